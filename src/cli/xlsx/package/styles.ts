/**
 * New cell formats appended to styles.xml's cellXfs, derived from a cell's existing format: the quote prefix for
 * formula-like text, a number format, bold. Existing formats are never changed (other cells use them).
 */
import { attribute, element, elements, withAttribute } from "./xml";

export interface StyleChange {
  quotePrefix?: boolean;
  /** A built-in number format id (14 date, 9 percent, 1 "0"). */
  numFmtId?: number;
  bold?: boolean;
}

const MINIMAL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export class StyleSheet {
  private readonly cache = new Map<string, number>();
  changed = false;

  constructor(public xml: string = MINIMAL) {}

  private prefix(): string {
    return /<(\w+:)?styleSheet[\s>]/.exec(this.xml)?.[1] ?? "";
  }

  /** Appends an element to a collection (`fonts`, `cellXfs`) and returns its index. */
  private append(collection: string, local: string, item: string): number {
    const p = this.prefix();
    const span = element(this.xml, p, collection);
    if (!span) throw new Error(`styles.xml has no <${collection}>`);
    const count = span.selfClosing
      ? 0
      : elements(this.xml, p, local, span.openEnd, span.closeStart).length;
    const open = `<${p}${collection}${withAttribute(span.attrs, "count", String(count + 1)).replace(/\s*\/\s*$/, "")}>`;
    const body = span.selfClosing ? "" : this.xml.slice(span.openEnd, span.closeStart);
    this.xml = `${this.xml.slice(0, span.start)}${open}${body}${item}</${p}${collection}>${this.xml.slice(span.end)}`;
    this.changed = true;
    return count;
  }

  private item(collection: string, local: string, index: number): string | undefined {
    const p = this.prefix();
    const span = element(this.xml, p, collection);
    if (!span || span.selfClosing) return undefined;
    const item = elements(this.xml, p, local, span.openEnd, span.closeStart)[index];
    return item ? this.xml.slice(item.start, item.end) : undefined;
  }

  /** The index of a format like `base` with `change` applied (created once per base and change). */
  derive(base: number | undefined, change: StyleChange): number {
    const from = base ?? 0;
    const key = `${from}|${change.quotePrefix ? 1 : 0}|${change.numFmtId ?? ""}|${change.bold ? 1 : 0}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const p = this.prefix();
    let xf =
      this.item("cellXfs", "xf", from) ??
      `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const open = /^<[^>]*?(\/?)>/.exec(xf)!;
    let attrs = open[0].slice(`<${p}xf`.length, open[0].length - (open[1] ? 2 : 1));
    if (change.quotePrefix) attrs = withAttribute(attrs, "quotePrefix", "1");
    if (change.numFmtId !== undefined) {
      attrs = withAttribute(attrs, "numFmtId", String(change.numFmtId));
      attrs = withAttribute(attrs, "applyNumberFormat", "1");
    }
    if (change.bold) {
      const fontId = Number(attribute(attrs, "fontId") ?? 0);
      const font = this.item("fonts", "font", fontId) ?? `<${p}font/>`;
      const bold = /<(\w+:)?b[\s/>]/.test(font)
        ? font
        : font.endsWith("/>")
          ? `${font.slice(0, -2)}><${p}b/></${p}font>`
          : font.replace(/^(<[^>]*>)/, `$1<${p}b/>`);
      attrs = withAttribute(attrs, "fontId", String(this.append("fonts", "font", bold)));
      attrs = withAttribute(attrs, "applyFont", "1");
    }
    xf = `<${p}xf${attrs}${open[1] ? "/>" : `>${xf.slice(open[0].length)}`}`;
    const index = this.append("cellXfs", "xf", xf);
    this.cache.set(key, index);
    return index;
  }
}
