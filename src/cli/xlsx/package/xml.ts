/**
 * The few XML text operations the package editor needs. Parts are edited as text, element by element, so every
 * byte the tool does not own stays as the producer wrote it (a DOM round trip would re-order attributes, change
 * quoting and namespace prefixes, and drop what the parser does not model).
 */

/** Attributes of a start tag's attribute text (`r="A1" s="3"`), by qualified name. */
export function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.set(m[1], unescapeXml(m[2] ?? m[3] ?? ""));
  return out;
}

/** One attribute's value by local name (any prefix), or undefined. */
export function attribute(text: string, local: string): string | undefined {
  for (const [name, value] of attributes(text))
    if (name === local || name.endsWith(`:${local}`)) return value;
  return undefined;
}

/** Sets (or adds) an attribute in a start tag's attribute text, keeping the others as written. */
export function withAttribute(text: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const quoted = `"${escapeXml(value, true)}"`;
  if (re.test(text)) return text.replace(re, (_m, head: string) => `${head}${quoted}`);
  const selfClosing = /\s*\/\s*$/.exec(text);
  if (selfClosing)
    return `${text.slice(0, selfClosing.index)} ${name}=${quoted}${text.slice(selfClosing.index)}`;
  return `${text} ${name}=${quoted}`;
}

/** Removes an attribute from a start tag's attribute text. */
export function withoutAttribute(text: string, name: string): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  return text.replace(re, "");
}

// XML 1.0 cannot hold these characters, and a parser turns a literal CR into LF; SpreadsheetML writes them as
// _xHHHH_ (and a literal "_x0041_" as "_x005F_x0041_", so it reads back as typed).
function forbidden(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0xfffe || code === 0xffff;
}

function escapeForbidden(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += forbidden(code) ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : ch;
  }
  return out;
}

/** Text for element content (attribute = true also escapes quotes). */
export function escapeXml(text: string, attribute = false): string {
  const kept = text.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_");
  let out = (/[^\t\n\u0020-\ufffd]/.test(kept) ? escapeForbidden(kept) : kept)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
  if (attribute) out = out.replace(/"/g, "&quot;");
  return out;
}

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, entity: string) => {
    if (entity[0] === "#")
      return String.fromCodePoint(
        entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      );
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[entity] ?? "";
  });
}

/** SpreadsheetML text content (`<t>`, `<f>`, `<v>`) to the string it stands for. */
export function cellText(raw: string): string {
  // An XML parser reads a literal CR (or CRLF) as LF; only _x000D_ stands for a CR.
  return unescapeXml(raw.replace(/\r\n?/g, "\n")).replace(
    /_x([0-9A-Fa-f]{4})_/g,
    (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))
  );
}

/** The namespace prefix ("x:" or "") the root element `local` is written with. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<(\\w+:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

/** The prefix bound to a namespace URI in the document ("r" for xmlns:r="..."), or undefined. */
export function prefixOf(xml: string, uri: string): string | undefined {
  const re = /xmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) if ((m[2] ?? m[3]) === uri) return m[1];
  return undefined;
}

export interface ElementSpan {
  /** Offset of "<". */
  start: number;
  /** Offset just after the start tag's ">". */
  openEnd: number;
  /** Offset of the end tag (= openEnd for a self-closing element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  /** The start tag's attribute text. */
  attrs: string;
  selfClosing: boolean;
}

/**
 * The elements named `prefix + local` between `from` and `to`, in document order. Only for elements that do not
 * nest in themselves (row, c, sheet, definedName, Relationship, xf, si…), which is all this editor needs.
 */
export function elements(
  xml: string,
  prefix: string,
  local: string,
  from = 0,
  to = xml.length
): ElementSpan[] {
  const name = `${prefix}${local}`;
  const open = new RegExp(`<${name.replace(/[.:]/g, "\\$&")}(?=[\\s/>])([^>]*?)(/?)>`, "g");
  const close = `</${name}>`;
  const out: ElementSpan[] = [];
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const openEnd = m.index + m[0].length;
    if (m[2] === "/") {
      out.push({
        start: m.index,
        openEnd,
        closeStart: openEnd,
        end: openEnd,
        attrs: m[1],
        selfClosing: true,
      });
      continue;
    }
    const closeStart = xml.indexOf(close, openEnd);
    if (closeStart < 0) throw new Error(`<${name}> without </${name}>`);
    const end = closeStart + close.length;
    out.push({ start: m.index, openEnd, closeStart, end, attrs: m[1], selfClosing: false });
    open.lastIndex = end;
  }
  return out;
}

/** The first element named prefix + local, or undefined. */
export function element(
  xml: string,
  prefix: string,
  local: string,
  from = 0,
  to = xml.length
): ElementSpan | undefined {
  const name = `${prefix}${local}`;
  const open = new RegExp(`<${name.replace(/[.:]/g, "\\$&")}(?=[\\s/>])([^>]*?)(/?)>`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m || m.index >= to) return undefined;
  const openEnd = m.index + m[0].length;
  if (m[2] === "/")
    return {
      start: m.index,
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      attrs: m[1],
      selfClosing: true,
    };
  const close = `</${name}>`;
  const closeStart = xml.indexOf(close, openEnd);
  if (closeStart < 0) throw new Error(`<${name}> without </${name}>`);
  return {
    start: m.index,
    openEnd,
    closeStart,
    end: closeStart + close.length,
    attrs: m[1],
    selfClosing: false,
  };
}

/** Text with one span replaced. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}
