/**
 * An .xlsx package edited in place: the CLI's writer for existing workbooks (finalize, --undo, and commands such as
 * carry-forward). It changes only what it is asked to: the `<c>` elements of the cells written (and their rows),
 * a sheet it adds or removes (its part, its entry in workbook.xml, the workbook's relationships and
 * [Content_Types].xml), a cell format it needs (appended to styles.xml) and the core properties it sets. Every
 * other part — charts, drawings, pivots, custom properties, defined names, x14 validations, comments, themes — is
 * written back byte for byte (JSZip even reuses its compressed data).
 *
 *   const pkg = await openPackage(bytes);
 *   pkg.setCells("Summary", [{ address: "B6", value: "Finalized …" }]);
 *   const out = await pkg.save();
 */
import JSZip from "jszip";
import { isFormulaLike } from "../../../core/text/formulaSafe";
import { formatCellRef, parseCellRef } from "./address";
import { folderOf, relativeTarget, relsPathOf, resolveTarget } from "./paths";
import {
  cellXml,
  readSheetCells,
  writeSheetCells,
  type CellData,
  type PlannedWrite,
  type ReadCell,
} from "./sheetXml";
import { StyleSheet, type StyleChange } from "./styles";
import { readValidations, type DataValidation } from "./validations";
import {
  attribute,
  attributes,
  cellText,
  element,
  elements,
  escapeXml,
  prefixOf,
  rootPrefix,
  splice,
  withAttribute,
} from "./xml";

export type { CellData, ReadCell } from "./sheetXml";
export type { StyleChange } from "./styles";
export type { DataValidation } from "./validations";

export interface CellWrite {
  /** A1 address ("B6"). */
  address: string;
  value: CellData;
  /** Format changes applied to the cell's current format (a new format is appended to styles.xml). */
  style?: StyleChange;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  name: string;
  /** Position in the workbook's sheet list (what a sheet-scoped name's localSheetId counts). */
  index: number;
  state: SheetState;
  /** The zip entry of the worksheet part. */
  part: string;
  relId: string;
  /** A chartsheet or dialog sheet has no cells to edit. */
  isWorksheet: boolean;
}

/** The package is not an .xlsx this editor can work on (no workbook part, a sheet part missing…). */
export class PackageError extends Error {
  override name = "PackageError";
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function relationships(xml: string): Relationship[] {
  return elements(xml, rootPrefix(xml, "Relationships"), "Relationship").map((span) => {
    const a = attributes(span.attrs);
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: a.get("Target") ?? "",
      external: a.get("TargetMode") === "External",
    };
  });
}

const typeIs = (type: string, local: string) => type.endsWith(`/${local}`);

export class XlsxPackage {
  private readonly texts = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private readonly removed = new Set<string>();
  private sharedStrings: ((index: number) => string) | null = null;
  private styles: StyleSheet | null = null;
  private stylesPart: string | null = null;

  private constructor(
    private readonly zip: JSZip,
    readonly workbookPart: string
  ) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      throw new PackageError(
        `the file is not a readable .xlsx package (${error instanceof Error ? error.message : String(error)})`
      );
    }
    const rootRels = zip.file("_rels/.rels");
    const rels = rootRels ? relationships(await rootRels.async("string")) : [];
    const main = rels.find((r) => typeIs(r.type, "officeDocument"));
    const workbookPart = main ? resolveTarget("", main.target) : "xl/workbook.xml";
    if (!zip.file(workbookPart))
      throw new PackageError(`the package has no workbook part (${workbookPart})`);
    const pkg = new XlsxPackage(zip, workbookPart);
    await pkg.preload();
    return pkg;
  }

  /** Reads the parts every operation needs, so the operations themselves are synchronous. */
  private async preload(): Promise<void> {
    const names = [
      "[Content_Types].xml",
      this.workbookPart,
      relsPathOf(this.workbookPart),
      "docProps/core.xml",
    ];
    for (const name of names) await this.load(name);
    for (const rel of this.workbookRels()) {
      if (rel.external) continue;
      const part = resolveTarget(this.workbookPart, rel.target);
      if (typeIs(rel.type, "styles")) this.stylesPart = part;
      if (typeIs(rel.type, "sharedStrings") || typeIs(rel.type, "styles")) await this.load(part);
    }
    for (const sheet of this.sheets()) if (sheet.isWorksheet) await this.load(sheet.part);
  }

  private async load(name: string): Promise<void> {
    const file = this.zip.file(name);
    if (file && !this.texts.has(name)) this.texts.set(name, await file.async("string"));
  }

  private text(name: string): string | undefined {
    return this.texts.get(name);
  }

  private put(name: string, text: string): void {
    this.texts.set(name, text);
    this.dirty.add(name);
    this.removed.delete(name);
  }

  private drop(name: string): void {
    this.texts.delete(name);
    this.dirty.delete(name);
    this.removed.add(name);
  }

  private workbookXml(): string {
    return this.text(this.workbookPart)!;
  }

  private workbookRels(): Relationship[] {
    const xml = this.text(relsPathOf(this.workbookPart));
    return xml ? relationships(xml) : [];
  }

  /** The workbook's sheets in order. */
  sheets(): SheetInfo[] {
    const xml = this.workbookXml();
    const p = rootPrefix(xml, "workbook");
    const list = element(xml, p, "sheets");
    if (!list || list.selfClosing) return [];
    const rels = new Map(this.workbookRels().map((r) => [r.id, r]));
    return elements(xml, p, "sheet", list.openEnd, list.closeStart).map((span, index) => {
      const relId = attribute(span.attrs, "id") ?? "";
      const rel = rels.get(relId);
      const state = attribute(span.attrs, "state");
      return {
        name: attribute(span.attrs, "name") ?? "",
        index,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        part: rel ? resolveTarget(this.workbookPart, rel.target) : "",
        relId,
        isWorksheet: !!rel && typeIs(rel.type, "worksheet"),
      };
    });
  }

  sheet(name: string): SheetInfo | undefined {
    return this.sheets().find((s) => s.name === name);
  }

  private worksheet(name: string): { info: SheetInfo; xml: string } {
    const info = this.sheet(name);
    if (!info) throw new PackageError(`the workbook has no sheet "${name}"`);
    const xml = info.isWorksheet ? this.text(info.part) : undefined;
    if (xml === undefined)
      throw new PackageError(
        `sheet "${name}" is not a worksheet this tool can edit (${info.part})`
      );
    return { info, xml };
  }

  /**
   * A shared string by index. The table is scanned once for its entries' places and an entry is decoded when asked:
   * finalize reads a few cells of the product's sheets, while a partner's log sheet can hold 100,000 strings.
   */
  private sharedString(index: number): string {
    if (!this.sharedStrings) {
      const rel = this.workbookRels().find((r) => typeIs(r.type, "sharedStrings"));
      const xml = rel ? (this.text(resolveTarget(this.workbookPart, rel.target)) ?? "") : "";
      const p = rootPrefix(xml, "sst");
      const spans = elements(xml, p, "si");
      const decoded = new Map<number, string>();
      this.sharedStrings = (i) => {
        const span = spans[i];
        if (!span) return "";
        let text = decoded.get(i);
        if (text === undefined) {
          const body = xml
            .slice(span.openEnd, span.closeStart)
            .replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "");
          text = elements(body, p, "t")
            .map((t) => cellText(body.slice(t.openEnd, t.closeStart)))
            .join("");
          decoded.set(i, text);
        }
        return text;
      };
    }
    return this.sharedStrings(index);
  }

  /** Every cell of a worksheet by A1 address: value (shared strings resolved) and own formula. */
  readCells(sheet: string): Map<string, ReadCell> {
    return readSheetCells(this.worksheet(sheet).xml, (i) => this.sharedString(i));
  }

  /** A worksheet's data validations, plain and x14 (which ExcelJS's reader drops). */
  validations(sheet: string): DataValidation[] {
    return readValidations(this.worksheet(sheet).xml);
  }

  /**
   * The words a list validation offers: its inline list (`"Yes,No,N/A"`) or the values of the range it points at
   * (`Lists!$A$1:$A$3`, on this or another sheet). Null for a reference this cannot follow (a name, a formula).
   */
  listValues(sheet: string, validation: DataValidation): string[] | null {
    const f = validation.formula1.trim();
    if (/^".*"$/.test(f))
      return f
        .slice(1, -1)
        .replace(/""/g, '"')
        .split(",")
        .map((v) => v.trim());
    const m =
      /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(
        f
      );
    if (!m) return null;
    const name = m[1] ? m[1].replace(/''/g, "'") : (m[2] ?? sheet);
    if (!this.sheet(name)) return null;
    const from = parseCellRef(`${m[3]}${m[4]}`);
    const to = parseCellRef(`${m[5] ?? m[3]}${m[6] ?? m[4]}`);
    if (!from || !to) return null;
    const cells = this.readCells(name);
    const out: string[] = [];
    for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++)
      for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c++) {
        const v = cells.get(formatCellRef({ row: r, col: c }))?.value;
        if (v !== null && v !== undefined && v !== "") out.push(String(v));
      }
    return out;
  }

  private styleSheet(): StyleSheet {
    if (!this.styles) {
      const existing = this.stylesPart ? this.text(this.stylesPart) : undefined;
      this.styles = new StyleSheet(existing);
      if (!existing) this.addStylesPart();
    }
    return this.styles;
  }

  private addStylesPart(): void {
    this.stylesPart = `${folderOf(this.workbookPart)}/styles.xml`.replace(/^\//, "");
    this.addRelationship(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
      this.stylesPart
    );
    this.addContentType(
      this.stylesPart,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
    );
  }

  /**
   * Writes cells of a worksheet. Text that a spreadsheet could take for a formula (formulaSafe.ts) is written as
   * text with the quote prefix, so it shows as typed and is never evaluated.
   */
  setCells(sheet: string, writes: readonly CellWrite[]): void {
    if (!writes.length) return;
    const { info, xml } = this.worksheet(sheet);
    const prefix = rootPrefix(xml, "worksheet");
    const planned: PlannedWrite[] = writes.map((w) => {
      const ref = parseCellRef(w.address);
      if (!ref) throw new PackageError(`"${w.address}" is not a cell address (sheet "${sheet}")`);
      const change: StyleChange = { ...w.style };
      if (typeof w.value === "string" && isFormulaLike(w.value)) change.quotePrefix = true;
      const needsStyle = change.quotePrefix || change.numFmtId !== undefined || change.bold;
      return {
        ref,
        render: (address, existing) =>
          cellXml(
            prefix,
            address,
            w.value,
            needsStyle ? this.styleSheet().derive(existing, change) : existing
          ),
      };
    });
    this.put(info.part, writeSheetCells(xml, planned));
  }

  private addContentType(part: string, contentType: string): void {
    const xml = this.text("[Content_Types].xml") ?? "";
    const p = rootPrefix(xml, "Types");
    const exists = elements(xml, p, "Override").some(
      (o) => attribute(o.attrs, "PartName")?.toLowerCase() === `/${part}`.toLowerCase()
    );
    if (exists) return;
    const at = xml.lastIndexOf(`</${p}Types>`);
    if (at < 0) throw new PackageError("[Content_Types].xml is damaged");
    this.put(
      "[Content_Types].xml",
      splice(
        xml,
        at,
        at,
        `<${p}Override PartName="${escapeXml(`/${part}`, true)}" ContentType="${contentType}"/>`
      )
    );
  }

  private removeContentType(part: string): void {
    const xml = this.text("[Content_Types].xml") ?? "";
    const p = rootPrefix(xml, "Types");
    const span = elements(xml, p, "Override").find(
      (o) => attribute(o.attrs, "PartName")?.toLowerCase() === `/${part}`.toLowerCase()
    );
    if (span) this.put("[Content_Types].xml", splice(xml, span.start, span.end, ""));
  }

  private addRelationship(type: string, part: string): string {
    const relsPart = relsPathOf(this.workbookPart);
    const xml =
      this.text(relsPart) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const ids = new Set(relationships(xml).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const p = rootPrefix(xml, "Relationships");
    const at = xml.lastIndexOf(`</${p}Relationships>`);
    const rel = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(this.workbookPart, part), true)}"/>`;
    this.put(relsPart, splice(xml, at, at, rel));
    return id;
  }

  /**
   * Appends a worksheet with the given rows (row 0 is sheet row 1). Returns its info. Names, other sheets and
   * their positions are unchanged (it goes last).
   */
  addSheet(
    name: string,
    state: SheetState,
    rows: readonly (readonly CellWrite[])[] = [],
    widths: readonly number[] = []
  ): SheetInfo {
    if (!SHEET_NAME.test(name)) throw new PackageError(`"${name}" is not a valid sheet name`);
    if (this.sheets().some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new PackageError(`the workbook already has a sheet "${name}"`);
    const folder = folderOf(this.workbookPart);
    const taken = new Set(Object.keys(this.zip.files).map((f) => f.toLowerCase()));
    for (const t of this.texts.keys()) taken.add(t.toLowerCase());
    let n = 1;
    const partOf = (i: number) => `${folder ? `${folder}/` : ""}worksheets/sheet${i}.xml`;
    while (taken.has(partOf(n).toLowerCase()) && !this.removed.has(partOf(n))) n++;
    const part = partOf(n);
    const ns = /<(?:\w+:)?workbook\b[^>]*\sxmlns(?::\w+)?="([^"]*spreadsheetml[^"]*)"/.exec(
      this.workbookXml()
    )?.[1];
    const cols = widths.length
      ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
      : "";
    this.put(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns ?? "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}" xmlns:r="${REL_NS}"><dimension ref="A1"/>${cols}<sheetData/></worksheet>`
    );
    this.addContentType(part, WORKSHEET_CONTENT);
    const relId = this.addRelationship(WORKSHEET_TYPE, part);
    let xml = this.workbookXml();
    const p = rootPrefix(xml, "workbook");
    // The relationships prefix declared on the root, or a declaration on the new element itself (openpyxl
    // declares it on each <sheet>).
    const root = element(xml, p, "workbook");
    const declared = root ? prefixOf(xml.slice(root.start, root.openEnd), REL_NS) : undefined;
    const r = declared ?? "r";
    const ownNs = declared ? "" : ` xmlns:r="${REL_NS}"`;
    const ids = elements(xml, p, "sheet").map((s) => Number(attribute(s.attrs, "sheetId") ?? 0));
    const sheetId = Math.max(0, ...ids) + 1;
    const list = element(xml, p, "sheets");
    const entry = `<${p}sheet${ownNs} name="${escapeXml(name, true)}" sheetId="${sheetId}"${state === "visible" ? "" : ` state="${state}"`} ${r}:id="${relId}"/>`;
    if (!list) throw new PackageError("workbook.xml has no <sheets>");
    xml = list.selfClosing
      ? splice(xml, list.start, list.end, `<${p}sheets>${entry}</${p}sheets>`)
      : splice(xml, list.closeStart, list.closeStart, entry);
    this.put(this.workbookPart, xml);
    this.setCells(
      name,
      rows.flatMap((row) => row)
    );
    return this.sheet(name)!;
  }

  /**
   * Removes a worksheet (its part, relationships part, entry and relationship) and keeps sheet-scoped names
   * pointing at the same sheets (localSheetId counts positions). Names scoped to the removed sheet go with it.
   */
  removeSheet(name: string): void {
    const info = this.sheet(name);
    if (!info) return;
    let xml = this.workbookXml();
    const p = rootPrefix(xml, "workbook");
    const spans = elements(xml, p, "sheet", element(xml, p, "sheets")?.openEnd ?? 0);
    const count = this.sheets().length;
    const edits: { start: number; end: number; text: string }[] = [];
    const own = spans[info.index];
    edits.push({ start: own.start, end: own.end, text: "" });
    for (const dn of elements(xml, p, "definedName")) {
      const local = attribute(dn.attrs, "localSheetId");
      if (local === undefined) continue;
      const k = Number(local);
      if (k === info.index) edits.push({ start: dn.start, end: dn.end, text: "" });
      else if (k > info.index)
        edits.push({
          start: dn.start,
          end: dn.openEnd,
          text: `<${p}definedName${withAttribute(dn.attrs, "localSheetId", String(k - 1))}>`,
        });
    }
    for (const view of elements(xml, p, "workbookView")) {
      let attrs = view.attrs;
      for (const key of ["activeTab", "firstSheet"]) {
        const v = attribute(attrs, key);
        if (v === undefined) continue;
        const k = Number(v);
        const next = k > info.index || k >= count - 1 ? Math.max(0, k - 1) : k;
        if (next !== k) attrs = withAttribute(attrs, key, String(next));
      }
      if (attrs !== view.attrs)
        edits.push({
          start: view.start,
          end: view.openEnd,
          text: `<${p}workbookView${attrs}${view.selfClosing ? "/" : ""}>`,
        });
    }
    edits.sort((a, b) => b.start - a.start);
    for (const e of edits) xml = splice(xml, e.start, e.end, e.text);
    // An emptied <definedNames> is invalid: Excel wants at least one name in it.
    xml = xml.replace(new RegExp(`<${p}definedNames>\\s*</${p}definedNames>`), "");
    this.put(this.workbookPart, xml);
    const relsPart = relsPathOf(this.workbookPart);
    const rels = this.text(relsPart) ?? "";
    const relSpan = elements(rels, rootPrefix(rels, "Relationships"), "Relationship").find(
      (s) => attribute(s.attrs, "Id") === info.relId
    );
    if (relSpan) this.put(relsPart, splice(rels, relSpan.start, relSpan.end, ""));
    if (info.part) {
      this.drop(info.part);
      if (this.zip.file(relsPathOf(info.part))) this.drop(relsPathOf(info.part));
      this.removeContentType(info.part);
    }
  }

  /** Asks Excel and LibreOffice to recompute every formula on open (calcPr fullCalcOnLoad). */
  setFullCalcOnLoad(): void {
    let xml = this.workbookXml();
    const p = rootPrefix(xml, "workbook");
    const calc = element(xml, p, "calcPr");
    if (calc) {
      if (attribute(calc.attrs, "fullCalcOnLoad") === "1") return;
      const attrs = withAttribute(calc.attrs, "fullCalcOnLoad", "1");
      xml = splice(
        xml,
        calc.start,
        calc.openEnd,
        `<${p}calcPr${attrs}${calc.selfClosing ? "/" : ""}>`
      );
    } else {
      // calcPr follows sheets, functionGroups, externalReferences and definedNames in CT_Workbook.
      const after = ["definedNames", "externalReferences", "functionGroups", "sheets"]
        .map((local) => element(xml, p, local))
        .find((span) => span !== undefined);
      if (!after) return;
      xml = splice(xml, after.end, after.end, `<${p}calcPr fullCalcOnLoad="1"/>`);
    }
    this.put(this.workbookPart, xml);
  }

  /**
   * Drops the calculation chain: it lists formula cells in calculation order, and a formula replaced by a value (or a
   * new one) makes it stale, which Excel reports as damage. Excel rebuilds it on the next save.
   */
  dropCalcChain(): void {
    const rel = this.workbookRels().find((r) => typeIs(r.type, "calcChain"));
    if (!rel) return;
    const part = resolveTarget(this.workbookPart, rel.target);
    const relsPart = relsPathOf(this.workbookPart);
    const rels = this.text(relsPart)!;
    const span = elements(rels, rootPrefix(rels, "Relationships"), "Relationship").find(
      (s) => attribute(s.attrs, "Id") === rel.id
    );
    if (span) this.put(relsPart, splice(rels, span.start, span.end, ""));
    this.drop(part);
    this.removeContentType(part);
  }

  /** Sets core document properties (docProps/core.xml), when the package has that part. */
  setCoreProperties(values: { keywords?: string; description?: string; modified?: Date }): void {
    const name = "docProps/core.xml";
    let xml = this.text(name);
    if (xml === undefined) return;
    const cp = prefixOf(
      xml,
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    );
    const dc = prefixOf(xml, "http://purl.org/dc/elements/1.1/");
    const dcterms = prefixOf(xml, "http://purl.org/dc/terms/");
    const xsi = prefixOf(xml, "http://www.w3.org/2001/XMLSchema-instance");
    const set = (qname: string | null, text: string, extra = "") => {
      if (!qname) return;
      const span = element(xml!, "", qname);
      const body = escapeXml(text);
      if (span) {
        xml = splice(xml!, span.start, span.end, `<${qname}${span.attrs}>${body}</${qname}>`);
      } else {
        const root = /<\/(\w+:)?coreProperties>/.exec(xml!);
        if (root)
          xml = splice(xml!, root.index, root.index, `<${qname}${extra}>${body}</${qname}>`);
      }
    };
    if (values.keywords !== undefined) set(cp ? `${cp}:keywords` : null, values.keywords);
    if (values.description !== undefined) set(dc ? `${dc}:description` : null, values.description);
    if (values.modified)
      set(
        dcterms ? `${dcterms}:modified` : null,
        values.modified.toISOString().replace(/\.\d{3}Z$/, "Z"),
        xsi ? ` ${xsi}:type="${dcterms}:W3CDTF"` : ""
      );
    if (xml !== this.text(name)) this.put(name, xml);
  }

  /** The package's bytes: changed parts re-compressed, every other entry copied as it was. */
  async save(): Promise<Buffer> {
    if (this.styles?.changed && this.stylesPart) this.put(this.stylesPart, this.styles.xml);
    for (const name of this.removed) this.zip.remove(name);
    for (const name of this.dirty) {
      const text = this.texts.get(name);
      if (text !== undefined) this.zip.file(name, text, { createFolders: false });
    }
    return this.zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
  }
}

/** Opens an .xlsx package for surgical edits. Throws PackageError when it is not one. */
export function openPackage(bytes: Uint8Array): Promise<XlsxPackage> {
  return XlsxPackage.open(bytes);
}
