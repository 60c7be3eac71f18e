/** A1 addresses within Excel's limits (XFD1048576), as the package editor and the undo record use them. */
import { columnLetters } from "../../../core/workbook/grid";

export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

export interface CellRef {
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
}

/** "C12" -> { row: 12, col: 3 }; null unless a plain A1 address inside the sheet's limits ("$" allowed). */
export function parseCellRef(address: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(address);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (col > MAX_COLUMN || row > MAX_ROW) return null;
  return { row, col };
}

export function formatCellRef(ref: CellRef): string {
  return `${columnLetters(ref.col - 1)}${ref.row}`;
}
