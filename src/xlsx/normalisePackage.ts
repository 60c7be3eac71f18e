/**
 * Normalising an .xlsx package, in memory, into the shape ExcelJS can read, before readGrid parses it. The input
 * file is never touched: the caller gets new bytes (or the same bytes when nothing needed changing).
 *
 * ExcelJS finds parts by fixed names and resolves relationship targets by string, not by the OPC rules, so files
 * saved by other producers fail although Excel and LibreOffice open them:
 *  - openpyxl and Google Sheets exports write absolute targets ("/xl/worksheets/sheet1.xml");
 *  - openpyxl names comment parts "xl/comments/comment1.xml" and their drawings "xl/drawings/commentsDrawing1.vml",
 *    where ExcelJS only looks for "xl/comments1.xml" and "xl/drawings/vmlDrawing1.vml" (it then fails with
 *    "Cannot read properties of undefined (reading 'comments')");
 *  - any producer may name the workbook, worksheet, styles or shared strings parts differently, or write targets
 *    with "./", "..", backslashes or another letter case.
 * Every part a relationship names is found by the OPC rules and, when its name is not the one ExcelJS expects,
 * renamed (with the targets pointing at it rewritten in ExcelJS's relative form). A missing worksheet, workbook or
 * shared strings part makes the file unreadable: PackagePartError names it. A missing comment or drawing part only
 * drops its relationship (the cells are still readable, as Excel's repair would do).
 */
import JSZip from "jszip";

/** A package whose named part is missing or unreadable. */
export class PackagePartError extends Error {
  constructor(
    readonly part: string,
    message: string
  ) {
    super(message);
    this.name = "PackagePartError";
  }
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = {
  officeDocument: `${REL}/officeDocument`,
  worksheet: `${REL}/worksheet`,
  styles: `${REL}/styles`,
  sharedStrings: `${REL}/sharedStrings`,
  theme: `${REL}/theme`,
  comments: `${REL}/comments`,
  vmlDrawing: `${REL}/vmlDrawing`,
  drawing: `${REL}/drawing`,
  table: `${REL}/table`,
  image: `${REL}/image`,
} as const;

interface Relationship {
  /** The whole <Relationship .../> element, as written. */
  xml: string;
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function attr(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(element);
  return m ? (m[2] ?? m[3]) : undefined;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function parseRels(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*?\/?>/g)) {
    const element = m[0];
    out.push({
      xml: element,
      id: attr(element, "Id") ?? "",
      type: attr(element, "Type") ?? "",
      target: decodeXml(attr(element, "Target") ?? "").replace(/\\/g, "/"),
      external: (attr(element, "TargetMode") ?? "").toLowerCase() === "external",
    });
  }
  return out;
}

/** The part a target names, relative to the folder of the part that owns the relationships (OPC rules). */
export function resolveTarget(sourceFolder: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : `${sourceFolder}${target}`;
  const parts: string[] = [];
  for (const seg of raw.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(decodeURIComponent(seg));
  }
  return parts.join("/");
}

function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function withTarget(rel: Relationship, target: string): string {
  return rel.xml.replace(/(\sTarget\s*=\s*)("[^"]*"|'[^']*')/, `$1"${escapeAttr(target)}"`);
}

/** The package's entries by name, with a case-insensitive fallback (some producers differ in case). */
class Parts {
  private readonly lower = new Map<string, string>();
  constructor(readonly zip: JSZip) {
    for (const name of Object.keys(zip.files)) {
      if (zip.files[name].dir) continue;
      this.lower.set(name.replace(/\\/g, "/").toLowerCase(), name);
    }
  }
  /** The entry name holding a part, or undefined when the package lacks it. */
  find(part: string): string | undefined {
    if (this.zip.files[part] && !this.zip.files[part].dir) return part;
    return this.lower.get(part.toLowerCase());
  }
  async text(part: string): Promise<string | undefined> {
    const name = this.find(part);
    return name === undefined ? undefined : this.zip.file(name)!.async("string");
  }
}

/** Counts for new part names, skipping names the package already uses for other parts. */
function namer(taken: Set<string>) {
  const next = new Map<string, number>();
  return (pattern: (n: number) => string): string => {
    const key = pattern(0);
    let n = next.get(key) ?? 1;
    while (taken.has(pattern(n).toLowerCase())) n++;
    next.set(key, n + 1);
    const name = pattern(n);
    taken.add(name.toLowerCase());
    return name;
  };
}

interface Plan {
  /** New entry name -> old entry name (content copied as is unless rewritten). */
  moves: Map<string, string>;
  /** New entry name -> new content. */
  writes: Map<string, string>;
  /** Old entry names to drop (renamed or their rels replaced). */
  drops: Set<string>;
  changed: boolean;
}

/**
 * Returns bytes ExcelJS can read: the input itself when it already is, otherwise a rewritten copy. Bytes that are
 * not a zip are returned unchanged (readGrid's signature check and ExcelJS report those). Throws PackagePartError
 * for a package missing a part it cannot be read without.
 */
export async function normalisePackage(bytes: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes;
  }
  const parts = new Parts(zip);
  const plan: Plan = { moves: new Map(), writes: new Map(), drops: new Set(), changed: false };

  const rootRels = await parts.text("_rels/.rels");
  if (rootRels === undefined)
    throw new PackagePartError(
      "_rels/.rels",
      "the package has no _rels/.rels part, so the workbook part cannot be found"
    );
  const officeRel = parseRels(rootRels).find((r) => r.type === TYPE.officeDocument);
  const workbookPart = officeRel ? resolveTarget("", officeRel.target) : "xl/workbook.xml";
  const workbookName = parts.find(workbookPart);
  if (workbookName === undefined)
    throw new PackagePartError(
      workbookPart,
      `the workbook part ${workbookPart} is missing from the package`
    );
  if (workbookName !== "xl/workbook.xml" || officeRel?.target !== "xl/workbook.xml") {
    plan.changed = true;
    if (workbookName !== "xl/workbook.xml") {
      plan.moves.set("xl/workbook.xml", workbookName);
      plan.drops.add(workbookName);
    }
    if (officeRel)
      plan.writes.set(
        "_rels/.rels",
        rootRels.replace(officeRel.xml, withTarget(officeRel, "xl/workbook.xml"))
      );
  }

  const workbookXml = (await parts.text(workbookName))!;
  const sheetNames = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = /\sr:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? attr(m[0], "[\\w]+:id");
    const name = attr(m[0], "name");
    if (id && name) sheetNames.set(id, decodeXml(name));
  }

  const workbookRelsName = parts.find(relsPathOf(workbookName));
  if (workbookRelsName === undefined)
    throw new PackagePartError(
      relsPathOf(workbookName),
      `the workbook's relationships part ${relsPathOf(workbookName)} is missing from the package`
    );
  const workbookRelsXml = (await parts.text(workbookRelsName))!;
  const taken = new Set(Object.keys(zip.files).map((n) => n.toLowerCase()));
  const rename = namer(taken);
  const workbookFolder = folderOf(workbookName);
  let newWorkbookRels = workbookRelsXml;
  const sheets: { part: string; newPart: string }[] = [];

  for (const rel of parseRels(workbookRelsXml)) {
    if (rel.external) continue;
    const part = resolveTarget(workbookFolder, rel.target);
    const name = parts.find(part);
    const fixed: Record<string, string> = {
      [TYPE.styles]: "xl/styles.xml",
      [TYPE.sharedStrings]: "xl/sharedStrings.xml",
    };
    if (rel.type === TYPE.worksheet) {
      const sheet = sheetNames.get(rel.id);
      if (name === undefined)
        throw new PackagePartError(
          part,
          `the part ${part}${sheet ? ` (sheet '${sheet}')` : ""} is missing from the package`
        );
      const newPart = /^xl\/worksheets\/sheet\d+\.xml$/.test(name)
        ? name
        : rename((n) => `xl/worksheets/sheet${n}.xml`);
      sheets.push({ part: name, newPart });
      const target = newPart.slice("xl/".length);
      if (newPart !== name || rel.target !== target) {
        newWorkbookRels = newWorkbookRels.replace(rel.xml, withTarget(rel, target));
        plan.changed = true;
      }
      if (newPart !== name) {
        plan.moves.set(newPart, name);
        plan.drops.add(name);
      }
    } else if (fixed[rel.type] || rel.type === TYPE.theme) {
      if (name === undefined) {
        if (rel.type === TYPE.sharedStrings)
          throw new PackagePartError(
            part,
            `the shared strings part ${part} is missing from the package`
          );
        newWorkbookRels = newWorkbookRels.replace(rel.xml, "");
        plan.changed = true;
        continue;
      }
      const newPart =
        fixed[rel.type] ??
        (/^xl\/theme\/[a-zA-Z0-9]+\.xml$/.test(name)
          ? name
          : rename((n) => `xl/theme/theme${n}.xml`));
      const target = newPart.slice("xl/".length);
      if (newPart !== name || rel.target !== target) {
        newWorkbookRels = newWorkbookRels.replace(rel.xml, withTarget(rel, target));
        plan.changed = true;
      }
      if (newPart !== name) {
        plan.moves.set(newPart, name);
        plan.drops.add(name);
      }
    } else if (rel.target.startsWith("/")) {
      // Other workbook parts ExcelJS does not read by name: a relative target is enough.
      const rewritten = relativeTo(workbookFolder, part);
      newWorkbookRels = newWorkbookRels.replace(rel.xml, withTarget(rel, rewritten));
      plan.changed = true;
    }
  }
  if (newWorkbookRels !== workbookRelsXml || workbookRelsName !== "xl/_rels/workbook.xml.rels") {
    plan.writes.set("xl/_rels/workbook.xml.rels", newWorkbookRels);
    if (workbookRelsName !== "xl/_rels/workbook.xml.rels") plan.drops.add(workbookRelsName);
    plan.changed = true;
  }

  for (const sheet of sheets) await normaliseSheetRels(parts, sheet, rename, plan);

  if (!plan.changed) return bytes;
  return rebuild(zip, plan);
}

/** A target relative to a folder, as Excel writes it ("../comments1.xml"). */
function relativeTo(folder: string, part: string): string {
  const from = folder.split("/").filter(Boolean);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

async function normaliseSheetRels(
  parts: Parts,
  sheet: { part: string; newPart: string },
  rename: ReturnType<typeof namer>,
  plan: Plan
): Promise<void> {
  const relsName = parts.find(relsPathOf(sheet.part));
  const newRelsName = relsPathOf(sheet.newPart);
  if (relsName === undefined) return;
  const xml = (await parts.text(relsName))!;
  const folder = folderOf(sheet.part);
  let out = xml;
  const rels = parseRels(xml);
  /** ExcelJS's name pattern for each part type it reads from a sheet, and the target it expects. */
  const patterns: Record<string, { ok: RegExp; make: (n: number) => string }> = {
    [TYPE.comments]: { ok: /^xl\/comments\d+\.xml$/, make: (n) => `xl/comments${n}.xml` },
    [TYPE.vmlDrawing]: {
      ok: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
      make: (n) => `xl/drawings/vmlDrawing${n}.vml`,
    },
    [TYPE.drawing]: {
      ok: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
      make: (n) => `xl/drawings/drawing${n}.xml`,
    },
    [TYPE.table]: { ok: /^xl\/tables\/table\d+\.xml$/, make: (n) => `xl/tables/table${n}.xml` },
  };
  const missing = new Set<string>();
  for (const rel of rels) {
    if (rel.external) continue;
    const part = resolveTarget(folder, rel.target);
    const name = parts.find(part);
    const pattern = patterns[rel.type];
    if (name === undefined) {
      // A missing comment, drawing or table: drop the relationship, keep the cells.
      missing.add(rel.type);
      out = out.replace(rel.xml, "");
      continue;
    }
    const newPart = pattern && !pattern.ok.test(name) ? rename(pattern.make) : name;
    const target = relativeTo("xl/worksheets/", newPart);
    if (newPart !== name) {
      plan.moves.set(newPart, name);
      plan.drops.add(name);
      if (rel.type === TYPE.drawing) await moveDrawingRels(parts, name, newPart, plan);
    }
    if (rel.target !== target) out = out.replace(rel.xml, withTarget(rel, target));
  }
  if (missing.has(TYPE.vmlDrawing) || missing.has(TYPE.comments)) {
    // ExcelJS reads comment text from the comments part and anchors from the VML drawing: one without the other
    // fails, so both go.
    for (const rel of rels)
      if (rel.type === TYPE.comments || rel.type === TYPE.vmlDrawing)
        out = out.replace(rel.xml, "");
  }
  if (out !== xml || newRelsName !== relsName) {
    plan.writes.set(newRelsName, out);
    if (newRelsName !== relsName) plan.drops.add(relsName);
    plan.changed = true;
  }
}

/** A renamed drawing's relationships move with it, their targets resolved from the new folder. */
async function moveDrawingRels(
  parts: Parts,
  oldPart: string,
  newPart: string,
  plan: Plan
): Promise<void> {
  const relsName = parts.find(relsPathOf(oldPart));
  if (relsName === undefined) return;
  const xml = (await parts.text(relsName))!;
  let out = xml;
  for (const rel of parseRels(xml)) {
    if (rel.external) continue;
    const target = relativeTo(folderOf(newPart), resolveTarget(folderOf(oldPart), rel.target));
    if (rel.target !== target) out = out.replace(rel.xml, withTarget(rel, target));
  }
  plan.writes.set(relsPathOf(newPart), out);
  plan.drops.add(relsName);
}

async function rebuild(zip: JSZip, plan: Plan): Promise<Uint8Array> {
  const out = new JSZip();
  const targets = new Set([...plan.moves.keys(), ...plan.writes.keys()]);
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (entry.dir || plan.drops.has(name) || targets.has(name)) continue;
    out.file(name, await entry.async("uint8array"));
  }
  for (const [to, from] of plan.moves) {
    if (plan.writes.has(to)) continue;
    out.file(to, await zip.file(from)!.async("uint8array"));
  }
  for (const [to, text] of plan.writes) out.file(to, text);
  const typesName = "[Content_Types].xml";
  const types = zip.file(typesName);
  if (types && plan.moves.size) {
    let xml = await types.async("string");
    for (const [to, from] of plan.moves)
      xml = xml.split(`PartName="/${from}"`).join(`PartName="/${to}"`);
    out.file(typesName, xml);
  }
  return out.generateAsync({ type: "uint8array", compression: "STORE" });
}
