/** A1-style address parsing and formatting (0-based row/column indices internally). */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangular block of cells, 0-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  /** Sheet name as written (unquoted), if the address had a `Sheet!` prefix. */
  sheet?: string;
  rect: Rect;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectAddress(rect: Rect): string {
  const a = cellAddress(rect.r0, rect.c0);
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1)
    return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  if (rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  return `${a}:${cellAddress(rect.r1, rect.c1)}`;
}

/** Quotes a sheet name the way Excel does in addresses ("'MSP Checklist'!A1"). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COL_RE = /^\$?([A-Za-z]{1,3})$/;
const ROW_RE = /^\$?([0-9]{1,7})$/;

export function parseCell(text: string): { row: number; col: number } | undefined {
  const m = CELL_RE.exec(text.trim());
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLUMNS) return undefined;
  return { row, col };
}

/** Splits "Sheet!A1:B2" / "'My Sheet'!A1" into sheet and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const trimmed = address.trim();
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) return { local: trimmed };
  let sheet = trimmed.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: trimmed.slice(bang + 1) };
}

/** Parses the local part of an address: "A1", "B2:D10", "A:C", "3:5". Returns undefined if invalid. */
export function parseRect(local: string): Rect | undefined {
  const parts = local.trim().split(":");
  if (parts.length === 1) {
    const c = parseCell(parts[0]);
    return c ? { r0: c.row, c0: c.col, r1: c.row, c1: c.col } : undefined;
  }
  if (parts.length !== 2) return undefined;
  const [a, b] = parts;
  const ca = parseCell(a);
  const cb = parseCell(b);
  if (ca && cb) return normalize({ r0: ca.row, c0: ca.col, r1: cb.row, c1: cb.col });
  const cola = COL_RE.exec(a);
  const colb = COL_RE.exec(b);
  if (cola && colb) {
    return normalize({
      r0: 0,
      c0: columnIndex(cola[1]),
      r1: MAX_ROWS - 1,
      c1: columnIndex(colb[1]),
    });
  }
  const rowa = ROW_RE.exec(a);
  const rowb = ROW_RE.exec(b);
  if (rowa && rowb) {
    return normalize({
      r0: Number(rowa[1]) - 1,
      c0: 0,
      r1: Number(rowb[1]) - 1,
      c1: MAX_COLUMNS - 1,
    });
  }
  return undefined;
}

export function parseAddress(address: string): ParsedAddress | undefined {
  const { sheet, local } = splitSheet(address);
  const rect = parseRect(local);
  return rect ? { sheet, rect } : undefined;
}

export function normalize(rect: Rect): Rect {
  return {
    r0: Math.min(rect.r0, rect.r1),
    c0: Math.min(rect.c0, rect.c1),
    r1: Math.max(rect.r0, rect.r1),
    c1: Math.max(rect.c0, rect.c1),
  };
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function intersection(a: Rect, b: Rect): Rect | undefined {
  if (!intersects(a, b)) return undefined;
  return {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
}

/** a minus b, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersection(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.r0 < i.r0) out.push({ r0: a.r0, c0: a.c0, r1: i.r0 - 1, c1: a.c1 });
  if (i.r1 < a.r1) out.push({ r0: i.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < i.c0) out.push({ r0: i.r0, c0: a.c0, r1: i.r1, c1: i.c0 - 1 });
  if (i.c1 < a.c1) out.push({ r0: i.r0, c0: i.c1 + 1, r1: i.r1, c1: a.c1 });
  return out;
}
