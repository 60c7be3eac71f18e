/**
 * A workbook the user picks, read in the browser into a Grid and checked by the same pipeline as the open
 * workbook (`evaluateWorkbook`). Nothing leaves the machine: the file's bytes are read from the file input.
 * ExcelJS is imported here only, and this module only through `import()`, so it stays in its own chunk and the
 * pane's start-up scripts do not grow. The cell-to-value rules are the CLI reader's (src/cli/xlsx/readGrid.ts),
 * which the pane may not import (it is Node code).
 */
import type ExcelJS from "exceljs";
import { CHECKLISTS } from "../../checklists";
import { assessedWorkbook, type AssessedWorkbook } from "../../core/exchange/assessed";
import type { CellValue } from "../../core/model";
import { evaluateWorkbook } from "../../core/pipeline";
import { a1, type Grid, type GridSheet } from "../../core/workbook/grid";

export type PickedOutcome =
  { ok: true; workbook: AssessedWorkbook; grid: Grid } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0];

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && !(result instanceof Date))
        return "error" in result ? result.error : null;
      return result;
    }
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text ?? "").join("");
    if ("hyperlink" in value)
      return typeof value.text === "string"
        ? value.text
        : plainValue(value.text as ExcelJS.CellValue);
    if ("error" in value) return value.error;
  }
  return null;
}

function sheetToGrid(worksheet: ExcelJS.Worksheet): GridSheet {
  const rows: CellValue[][] = [];
  const hyperlinks: Record<string, string> = {};
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const raw = cell.value;
      values[colNumber - 1] = plainValue(raw);
      if (raw && typeof raw === "object" && "hyperlink" in raw && typeof raw.hyperlink === "string")
        hyperlinks[a1(rowNumber - 1, colNumber - 1)] = raw.hyperlink;
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const visibility =
    worksheet.state === "hidden" || worksheet.state === "veryHidden" ? worksheet.state : "visible";
  return { name: worksheet.name, rows, merges: [], hyperlinks, visibility };
}

/** Reads the bytes of an .xlsx file into a Grid; throws an Error whose message a person can read. */
export async function readPickedGrid(bytes: Uint8Array): Promise<Grid> {
  if (bytes.length === 0) throw new Error("the file is empty");
  if (CFB.every((b, i) => bytes[i] === b))
    throw new Error(
      "the file is password-protected or a legacy .xls workbook: remove the password or save it as .xlsx in Excel, then pick it again"
    );
  if (!ZIP.every((b, i) => bytes[i] === b)) throw new Error("the file is not an .xlsx workbook");
  const { default: Excel } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
  } catch (error) {
    throw new Error(
      `the file is damaged or not an Excel workbook (${error instanceof Error ? error.message : String(error)})`
    );
  }
  if (!workbook.worksheets.length) throw new Error("the file holds no worksheets");
  return {
    sheets: workbook.worksheets.map(sheetToGrid),
    date1904: !!workbook.properties?.date1904,
  };
}

/** Reads and checks a picked file; the outcome's message names the file. */
export async function assessPicked(
  name: string,
  bytes: Uint8Array,
  today: string
): Promise<PickedOutcome> {
  let grid: Grid;
  try {
    grid = await readPickedGrid(bytes);
  } catch (error) {
    return {
      ok: false,
      message: `${name}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const result = evaluateWorkbook(grid, CHECKLISTS, { today });
  if (!result.ok) return { ok: false, message: `${name}: ${result.reason}` };
  return { ok: true, grid, workbook: assessedWorkbook(name, grid, result.check) };
}

/** A File's bytes (File.arrayBuffer where the browser has it, else a FileReader). */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}
