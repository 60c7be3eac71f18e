/**
 * Pure: the SelfAssess sheet as key/value rows (persist.ts format: column A key, column B value), read from a used
 * range and written back as one A:B block. Extra keys the add-in keeps there (review.*, mapping.*) are ignored by
 * `readPersisted`, so the CLI and the store read the same sheet.
 */
import { cellInputForText, safeCellInput } from "../text/formulaSafe";
import type { CellValue } from "../model";
import { cellText, parseRange } from "./grid";

/** A value a cell of the SelfAssess sheet holds. */
export type Scalar = string | number | boolean;

export type KvRow = [string, Scalar];

/** A used range's values placed at their position from A1 (rows and columns before the range filled with null). */
export function rowsFromA1(
  address: string,
  values: readonly (readonly unknown[])[]
): CellValue[][] {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const bounds = parseRange(local) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const rows: CellValue[][] = [];
  for (let r = 0; r < bounds.top; r++) rows.push([]);
  for (const line of values) {
    const row: CellValue[] = new Array<CellValue>(bounds.left).fill(null);
    for (const v of line)
      row.push(typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null);
    rows.push(row);
  }
  return rows;
}

/** Key/value pairs of columns A and B (rows without a key are dropped). */
export function kvRows(rows: readonly (readonly CellValue[])[]): KvRow[] {
  const out: KvRow[] = [];
  for (const row of rows) {
    const key = cellText(row[0]);
    if (!key) continue;
    const v = row[1];
    out.push([
      key,
      typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : "",
    ]);
  }
  return out;
}

export function kvGet(rows: readonly KvRow[], key: string): Scalar | undefined {
  return rows.find((r) => r[0] === key)?.[1];
}

/** Sets a key (in place when present, else appended). */
export function kvSet(rows: readonly KvRow[], key: string, value: Scalar): KvRow[] {
  const at = rows.findIndex((r) => r[0] === key);
  if (at < 0) return [...rows, [key, value]];
  return rows.map((r, i) => (i === at ? [key, value] : r));
}

/** Drops every key for which `drop` is true. */
export function kvDrop(rows: readonly KvRow[], drop: (key: string) => boolean): KvRow[] {
  return rows.filter((r) => !drop(r[0]));
}

/** Rows from persistedRows (CellValue) to key/value rows. */
export function kvFromCells(rows: readonly (readonly CellValue[])[]): KvRow[] {
  return rows.map((r) => {
    const v = r[1];
    const value: Scalar =
      typeof v === "string" || typeof v === "number" || typeof v === "boolean"
        ? v
        : v instanceof Date
          ? v.toISOString().slice(0, 10)
          : "";
    return [cellText(r[0]), value];
  });
}

/**
 * The A:B block that replaces `previousCount` rows: the rows, then empty rows to clear what is left. Strings are
 * formatted as text ("@") so Excel keeps ISO dates and numbers-as-text as written.
 */
export function kvBlock(
  rows: readonly KvRow[],
  previousCount: number
): { address: string; values: Scalar[][]; numberFormat: string[][] } {
  const n = Math.max(rows.length, previousCount, 1);
  const values: Scalar[][] = [];
  const numberFormat: string[][] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const key = row ? row[0] : "";
    const value = row ? row[1] : "";
    values.push([cellInputForText(key), safeCellInput(value)]);
    numberFormat.push(["@", typeof value === "string" ? "@" : "General"]);
  }
  return { address: `A1:B${n}`, values, numberFormat };
}
