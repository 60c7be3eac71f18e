/**
 * A workbook as plain data: per sheet a grid of cell values, read from A1 (row 0 is sheet row 1, column 0 is column
 * A). The ExcelJS reader (src/cli/xlsx) and the Office.js adapter (src/excel) both produce this shape, so
 * recognition and reading are pure code over it.
 */
import type { CellValue } from "../model";

export interface GridSheet {
  name: string;
  /** rows[r][c] is the value of the cell at sheet row r + 1, column c + 1 (formula cells give their cached result). */
  rows: CellValue[][];
  /** Merged ranges in A1 form ("B2:C2"); the value lives in the top-left cell. */
  merges?: string[];
  /** Hyperlink targets by A1 address, for cells whose link differs from their text. */
  hyperlinks?: Record<string, string>;
  /** "visible" unless the sheet is hidden or very hidden. */
  visibility?: "visible" | "hidden" | "veryHidden";
}

export interface Grid {
  sheets: GridSheet[];
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
}

/** 0-based column index to letters: 0 -> "A", 26 -> "AA". */
export function columnLetters(col: number): string {
  let n = Math.max(0, Math.floor(col)) + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based row and column to an A1 address: (0, 0) -> "A1". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${Math.max(0, Math.floor(row)) + 1}`;
}

/** "C12" -> { row: 11, col: 2 }; null when the text is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** "B2:C3" -> 0-based bounds; a single address is a one-cell range. */
export function parseRange(
  range: string
): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to = from] = range.split(":");
  const start = parseA1(from ?? "");
  const end = parseA1(to);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Quotes a sheet name for a reference when needed: MSP Checklist -> 'MSP Checklist'. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The cell value at (row, col), undefined outside the grid or for ragged rows. */
export function cellAt(sheet: GridSheet, row: number, col: number): CellValue {
  const r = Array.isArray(sheet.rows) ? sheet.rows[row] : undefined;
  return Array.isArray(r) ? r[col] : undefined;
}

/** Any cell value as trimmed text; dates as ISO dates, numbers as written, anything unexpected as "". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return "";
}

/** Normalises a header label: lower case, line breaks and runs of spaces to one space, punctuation dropped. */
export function normLabel(value: unknown): string {
  return cellText(value)
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/[?:*()[\]."'’]/g, "")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+/g, " ")
    .trim();
}

/** The number of columns a sheet uses (longest row). */
export function sheetWidth(sheet: GridSheet): number {
  let width = 0;
  if (!Array.isArray(sheet.rows)) return 0;
  for (const row of sheet.rows) if (Array.isArray(row) && row.length > width) width = row.length;
  return width;
}

/**
 * Header-cell lookup that sees through merges: a cell covered by a merged range reads as the range's top-left
 * value. Only used for header rows, where merged group titles span their columns.
 */
export function mergedLookup(sheet: GridSheet): (row: number, col: number) => CellValue {
  const ranges = (Array.isArray(sheet.merges) ? sheet.merges : [])
    .map((m) => (typeof m === "string" ? parseRange(m) : null))
    .filter(
      (r): r is NonNullable<typeof r> =>
        r !== null && (r.bottom - r.top) * (r.right - r.left) < 10_000
    );
  return (row, col) => {
    const own = cellAt(sheet, row, col);
    if (own !== null && own !== undefined && own !== "") return own;
    for (const r of ranges) {
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)
        return cellAt(sheet, r.top, r.left);
    }
    return own;
  };
}
