/**
 * Reads and writes the harness workbook model from/to .xlsx with ExcelJS (browser and node).
 *
 * ExcelJS keeps values, formulas (with cached results), number formats, fonts/fills, hidden rows/columns, widths,
 * merges, frozen panes, notes, defined names and plain data validations: what the add-in writes and reads. Charts are
 * not written (ExcelJS cannot).
 */
import ExcelJS from "exceljs";
import { Rect, cellAddress, parseAddress, parseCell, rectAddress } from "./fake-excel/address";
import {
  CellModel,
  CellScalar,
  CellStyle,
  DataValidationModel,
  SheetModel,
  WorkbookModel,
  createSheet,
  newId,
} from "./fake-excel/model";

type ExcelDataValidation = ExcelJS.DataValidation;

/** ExcelJS has `dataValidations` at runtime but not in its typings. */
interface WorksheetExtras {
  dataValidations: {
    model: Record<string, ExcelDataValidation | undefined>;
    add(ref: string, dv: ExcelDataValidation): void;
  };
}

function extras(ws: ExcelJS.Worksheet): WorksheetExtras {
  return ws as unknown as WorksheetExtras;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / 86400000;
}

function argbToHex(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (!argb || argb.length < 6) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}

function hexToArgb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/** Column width: Excel characters <-> points. */
function charsToPoints(chars: number): number {
  return Math.round(Math.trunc(chars * 7 + 5) * 0.75 * 100) / 100;
}

function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

function scalarOf(v: unknown): { value: CellScalar; isDate?: boolean } {
  if (v === null || v === undefined) return { value: "" };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: dateToSerial(v), isDate: true };
  if (typeof v === "object") {
    if ("error" in v && typeof v.error === "string") return { value: v.error };
    if ("richText" in v && Array.isArray(v.richText)) {
      return { value: (v.richText as { text: string }[]).map((t) => t.text).join("") };
    }
    if ("text" in v && typeof v.text === "string") return { value: v.text };
  }
  return { value: String(v) };
}

function readStyle(cell: ExcelJS.Cell): CellStyle | undefined {
  const style: CellStyle = {};
  const font = cell.font;
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  const fontColor = argbToHex(font?.color);
  if (fontColor && fontColor !== "#000000") style.fontColor = fontColor;
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const c = argbToHex(fill.fgColor);
    if (c) style.fill = c;
  }
  const al = cell.alignment;
  if (al?.wrapText) style.wrapText = true;
  if (al?.horizontal)
    style.horizontalAlignment = al.horizontal[0].toUpperCase() + al.horizontal.slice(1);
  if (al?.vertical) style.verticalAlignment = al.vertical[0].toUpperCase() + al.vertical.slice(1);
  return Object.keys(style).length ? style : undefined;
}

function noteText(note: string | ExcelJS.Comment | undefined): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** Groups cell addresses (same validation object) into rectangles: whole block, else vertical runs per column. */
function rectsOf(addresses: string[]): Rect[] {
  const cells = addresses
    .map((a) => parseCell(a))
    .filter((c): c is { row: number; col: number } => !!c);
  if (cells.length === 0) return [];
  const r0 = Math.min(...cells.map((c) => c.row));
  const r1 = Math.max(...cells.map((c) => c.row));
  const c0 = Math.min(...cells.map((c) => c.col));
  const c1 = Math.max(...cells.map((c) => c.col));
  if ((r1 - r0 + 1) * (c1 - c0 + 1) === cells.length) return [{ r0, c0, r1, c1 }];
  const byCol = new Map<number, number[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.row]);
  const out: Rect[] = [];
  for (const [col, rows] of byCol) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (const r of rows.slice(1).concat([Number.NaN])) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      out.push({ r0: start, c0: col, r1: prev, c1: col });
      start = r;
      prev = r;
    }
  }
  return out;
}

function validationFromExcel(
  ref: string,
  dv: ExcelDataValidation
): DataValidationModel | undefined {
  const f1 = dv.formulae?.[0];
  const f2 = dv.formulae?.[1];
  const type = dv.type;
  if (!["list", "whole", "decimal", "date", "textLength", "custom"].includes(type))
    return undefined;
  let source = f1 === undefined ? "" : f1 instanceof Date ? String(dateToSerial(f1)) : String(f1);
  if (type === "list") {
    source = /^".*"$/s.test(source)
      ? source.slice(1, -1).replace(/""/g, '"')
      : `=${source.replace(/^=/, "")}`;
  }
  const model: DataValidationModel = { ref, type, source };
  if (f2 !== undefined) model.formula2 = String(f2);
  if (dv.operator) model.operator = dv.operator;
  if (dv.allowBlank !== undefined) model.allowBlank = dv.allowBlank;
  if (dv.error) model.errorMessage = dv.error;
  if (dv.errorTitle) model.errorTitle = dv.errorTitle;
  if (dv.prompt) model.prompt = dv.prompt;
  if (dv.promptTitle) model.promptTitle = dv.promptTitle;
  return model;
}

function validationToExcel(v: DataValidationModel): ExcelDataValidation {
  const formulae: (string | number)[] = [];
  if (v.type === "list") {
    formulae.push(
      v.source.startsWith("=") ? v.source.slice(1) : `"${v.source.replace(/"/g, '""')}"`
    );
  } else {
    formulae.push(v.source.replace(/^=/, ""));
    if (v.formula2 !== undefined) formulae.push(v.formula2.replace(/^=/, ""));
  }
  const dv: ExcelDataValidation = {
    type: v.type === "time" ? "custom" : v.type,
    formulae,
    allowBlank: v.allowBlank ?? true,
    showErrorMessage: true,
  };
  if (v.operator && v.type !== "list" && v.type !== "custom")
    dv.operator = lowerFirst(v.operator) as ExcelJS.DataValidationOperator;
  if (v.errorMessage) dv.error = v.errorMessage;
  if (v.errorTitle) dv.errorTitle = v.errorTitle;
  if (v.prompt) {
    dv.prompt = v.prompt;
    dv.showInputMessage = true;
  }
  if (v.promptTitle) dv.promptTitle = v.promptTitle;
  return dv;
}

function lowerFirst(s: string): string {
  return s ? s[0].toLowerCase() + s.slice(1) : s;
}

function readSheet(ws: ExcelJS.Worksheet): SheetModel {
  const sheet = createSheet(ws.name);
  sheet.visibility =
    ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  const tab = argbToHex(ws.properties?.tabColor);
  if (tab) sheet.tabColor = tab;
  const frozen = ws.views?.find((v) => v.state === "frozen") as
    Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  sheet.frozenRows = frozen?.ySplit ?? 0;
  sheet.frozenColumns = frozen?.xSplit ?? 0;

  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) (sheet.rows[rowNumber] ??= {}).hidden = true;
    if (row.height) (sheet.rows[rowNumber] ??= {}).height = row.height;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const address = cellAddress(rowNumber - 1, colNumber - 1);
      const model: CellModel = { value: "" };
      const v = cell.value;
      if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
        const f = cell.formula;
        if (f) {
          model.formula = `=${f}`;
          if (v.result !== undefined) {
            const r = scalarOf(v.result);
            model.value = r.value;
            model.cached = true;
          }
        }
      } else {
        model.value = scalarOf(v).value;
      }
      if (cell.numFmt && cell.numFmt !== "General") model.numberFormat = cell.numFmt;
      const style = readStyle(cell);
      if (style) model.style = style;
      const note = noteText(cell.note);
      if (note !== undefined) {
        sheet.comments.push({ id: newId(), address, content: note, author: "" });
      }
      if (model.value !== "" || model.formula || model.numberFormat || model.style)
        sheet.cells[address] = model;
    });
  });
  const colCount = ws.columnCount;
  for (let c = 1; c <= Math.max(colCount, ws.columns?.length ?? 0); c++) {
    const col = ws.getColumn(c);
    if (col.hidden) (sheet.columns[c] ??= {}).hidden = true;
    if (col.width) (sheet.columns[c] ??= {}).width = charsToPoints(col.width);
  }
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  sheet.merges = merges.map((m) => {
    const p = parseAddress(m);
    return p ? rectAddress(p.rect) : m;
  });

  // Data validations: ExcelJS expands each sqref to single cells sharing one object.
  const dvModel = extras(ws).dataValidations?.model ?? {};
  const groups = new Map<ExcelDataValidation, string[]>();
  for (const [addr, dv] of Object.entries(dvModel)) {
    if (!dv) continue;
    if (addr.includes(":")) {
      const p = parseAddress(addr);
      const v = p && validationFromExcel(rectAddress(p.rect), dv);
      if (v) sheet.validations.push(v);
      continue;
    }
    groups.set(dv, [...(groups.get(dv) ?? []), addr]);
  }
  for (const [dv, addrs] of groups) {
    for (const rect of rectsOf(addrs)) {
      const v = validationFromExcel(rectAddress(rect), dv);
      if (v) sheet.validations.push(v);
    }
  }
  return sheet;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/** Reads an .xlsx file into a workbook model. Formula cells keep their cached results (`cached: true`). */
export async function loadWorkbook(buffer: ArrayBuffer | Uint8Array): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  const data = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheets = wb.worksheets.map(readSheet);
  const activeIndex = Math.min(
    Math.max(0, wb.views?.[0]?.activeTab ?? 0),
    Math.max(0, sheets.length - 1)
  );
  const active = sheets[activeIndex] ?? sheets[0];
  const names: WorkbookModel["names"] = [];
  for (const dn of (wb.definedNames.model ?? []) as ExcelJS.DefinedNamesModel) {
    if (dn.ranges.length === 1 && !dn.name.startsWith("_xlnm."))
      names.push({ name: dn.name, formula: `=${dn.ranges[0]}` });
  }
  return {
    sheets,
    activeSheetId: active?.id ?? "",
    selection: { sheetId: active?.id ?? "", address: "A1" },
    names,
  };
}

function toExcelValue(cell: CellModel): ExcelJS.CellValue {
  const v = cell.value;
  const asResult = (
    x: CellScalar
  ): number | string | boolean | ExcelJS.CellErrorValue | undefined => {
    if (x === "") return undefined;
    if (
      typeof x === "string" &&
      ["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"].includes(x)
    ) {
      return { error: x as ExcelJS.CellErrorValue["error"] };
    }
    return x;
  };
  if (cell.formula) {
    const result = asResult(v);
    return result === undefined
      ? { formula: cell.formula.slice(1) }
      : { formula: cell.formula.slice(1), result };
  }
  if (v === "") return null;
  return asResult(v) ?? null;
}

/** Writes a workbook model to .xlsx. Spilled values (from array results) are not written; anchors keep formulas. */
export async function saveWorkbook(model: WorkbookModel): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Self-Assessment Assistant harness";
  for (const sheet of model.sheets) {
    const views: Partial<ExcelJS.WorksheetView>[] = [];
    if (sheet.frozenRows || sheet.frozenColumns) {
      views.push({ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows });
    }
    const ws = wb.addWorksheet(sheet.name, {
      state:
        sheet.visibility === "Hidden"
          ? "hidden"
          : sheet.visibility === "VeryHidden"
            ? "veryHidden"
            : "visible",
      views,
      properties: sheet.tabColor ? { tabColor: { argb: hexToArgb(sheet.tabColor) } } : undefined,
    });
    for (const [addr, cell] of Object.entries(sheet.cells)) {
      if (cell.spillFrom) continue;
      const c = ws.getCell(addr);
      c.value = toExcelValue(cell);
      if (cell.numberFormat) c.numFmt = cell.numberFormat;
      const s = cell.style;
      if (s) {
        if (s.bold || s.italic || s.fontColor) {
          c.font = {
            bold: s.bold,
            italic: s.italic,
            color: s.fontColor ? { argb: hexToArgb(s.fontColor) } : undefined,
          };
        }
        if (s.fill)
          c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: hexToArgb(s.fill) } };
        if (s.wrapText || s.horizontalAlignment || s.verticalAlignment) {
          c.alignment = {
            wrapText: s.wrapText,
            horizontal: s.horizontalAlignment
              ? (lowerFirst(s.horizontalAlignment) as ExcelJS.Alignment["horizontal"])
              : undefined,
            vertical: s.verticalAlignment
              ? (lowerFirst(s.verticalAlignment) as ExcelJS.Alignment["vertical"])
              : undefined,
          };
        }
      }
    }
    for (const [n, row] of Object.entries(sheet.rows)) {
      const r = ws.getRow(Number(n));
      if (row.hidden) r.hidden = true;
      if (row.height) r.height = row.height;
    }
    for (const [n, col] of Object.entries(sheet.columns)) {
      const c = ws.getColumn(Number(n));
      if (col.hidden) c.hidden = true;
      if (col.width) c.width = pointsToChars(col.width);
    }
    for (const m of sheet.merges) ws.mergeCells(m);
    for (const v of sheet.validations) extras(ws).dataValidations.add(v.ref, validationToExcel(v));
    for (const cm of sheet.comments) ws.getCell(cm.address).note = cm.content;
  }
  for (const n of model.names) {
    const target = n.formula.replace(/^=/, "");
    if (parseAddress(target.replace(/\$/g, ""))?.sheet) wb.definedNames.add(target, n.name);
  }
  const activeIndex = Math.max(
    0,
    model.sheets.findIndex((s) => s.id === model.activeSheetId)
  );
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: activeIndex,
      visibility: "visible",
    },
  ];
  const out = await wb.xlsx.writeBuffer();
  const bytes =
    out instanceof ArrayBuffer ? new Uint8Array(out) : new Uint8Array(out as ArrayLike<number>);
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}
