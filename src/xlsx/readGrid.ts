/**
 * Reading an .xlsx file into the pure Grid shape with ExcelJS: formula cells give their cached result, rich text
 * its plain text, hyperlinks their text (targets kept aside), merged cells their value only in the top-left cell.
 * Encrypted (password-protected) files, legacy .xls and anything that is not a zip are refused with a clear
 * WorkbookReadError before ExcelJS sees them, and other producers' packages are reshaped first
 * (normalisePackage.ts).
 *
 * The one reader of .xlsx bytes: the CLI uses it in Node, the task pane in the browser for a workbook the user
 * picks (Compare with…, Start from last cycle's workbook…). So it uses nothing of Node (no Buffer, no fs), and the
 * task pane reaches this folder only through `import()`, which keeps ExcelJS out of its start-up scripts.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../core/model";
import { a1, type Grid, type GridSheet } from "../core/workbook/grid";
import { normalisePackage, PackagePartError } from "./normalisePackage";

export type ReadErrorKind = "encrypted" | "not-xlsx" | "corrupt" | "empty";

export class WorkbookReadError extends Error {
  constructor(
    readonly kind: ReadErrorKind,
    message: string
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** Refuses what is certainly not a readable .xlsx, by its first bytes. */
export function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookReadError("empty", "the file is empty");
  if (startsWith(bytes, CFB)) {
    throw new WorkbookReadError(
      "encrypted",
      "the file is password-protected (encrypted) or a legacy .xls workbook (an OLE compound file, not an .xlsx zip). Remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password, clear it) or save it as .xlsx, then try again"
    );
  }
  if (!startsWith(bytes, ZIP))
    throw new WorkbookReadError(
      "not-xlsx",
      "the file is not an .xlsx workbook (it is not a zip archive)"
    );
}

/** Loads an ExcelJS workbook, turning ExcelJS's errors into WorkbookReadError. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  checkSignature(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // Other producers' packages (openpyxl, Google Sheets, LibreOffice) are reshaped in memory first.
    const readable = await normalisePackage(bytes);
    // An ArrayBuffer, which ExcelJS's zip reader takes in Node and in the browser alike.
    const data = readable.buffer.slice(
      readable.byteOffset,
      readable.byteOffset + readable.byteLength
    ) as ArrayBuffer;
    await workbook.xlsx.load(data);
  } catch (error) {
    if (error instanceof PackagePartError) throw new WorkbookReadError("corrupt", error.message);
    throw new WorkbookReadError(
      "corrupt",
      `the file is damaged or not an Excel workbook (${error instanceof Error ? error.message : String(error)})`
    );
  }
  if (workbook.worksheets.length === 0)
    throw new WorkbookReadError(
      "corrupt",
      "the file holds no worksheets (is it an .xlsx workbook?)"
    );
  return workbook;
}

type Raw = ExcelJS.CellValue;

/** One ExcelJS value as a plain cell value. */
export function plainValue(value: Raw): CellValue {
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
      return typeof value.text === "string" ? value.text : plainValue(value.text as Raw);
    if ("error" in value) return value.error;
  }
  return null;
}

function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  const internal: unknown = (worksheet as unknown as { _merges?: unknown })._merges;
  const out: string[] = [];
  if (internal && typeof internal === "object") {
    for (const merge of Object.values(internal as Record<string, unknown>)) {
      const range =
        merge && typeof merge === "object"
          ? (merge as { shortRange?: unknown }).shortRange
          : undefined;
      if (typeof range === "string") out.push(range);
    }
  }
  return out;
}

export function sheetToGrid(worksheet: ExcelJS.Worksheet): GridSheet {
  const rows: CellValue[][] = [];
  const hyperlinks: Record<string, string> = {};
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const raw = cell.value;
      values[colNumber - 1] = plainValue(raw);
      if (
        raw &&
        typeof raw === "object" &&
        "hyperlink" in raw &&
        typeof raw.hyperlink === "string"
      ) {
        hyperlinks[a1(rowNumber - 1, colNumber - 1)] = raw.hyperlink;
      }
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const visibility =
    worksheet.state === "hidden" || worksheet.state === "veryHidden" ? worksheet.state : "visible";
  return { name: worksheet.name, rows, merges: mergesOf(worksheet), hyperlinks, visibility };
}

export function workbookToGrid(workbook: ExcelJS.Workbook): Grid {
  return {
    sheets: workbook.worksheets.map(sheetToGrid),
    date1904: !!workbook.properties?.date1904,
  };
}

/** Reads an .xlsx file's bytes into a Grid. Throws WorkbookReadError for files that cannot be read. */
export async function readGrid(bytes: Uint8Array): Promise<Grid & { date1904: boolean }> {
  const workbook = await loadWorkbook(bytes);
  const grid = workbookToGrid(workbook);
  return { sheets: grid.sheets, date1904: grid.date1904 ?? false };
}
