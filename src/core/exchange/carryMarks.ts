/**
 * The re-confirmation marks of a carry-forward, as the sheet holds them: a "Carried forward" column beside the
 * mapped columns, one "Carried from <date>: re-confirm" per carried control on its row, and the SelfAssess rows
 * saying where the answers came from. The CLI's plan (carryForward.ts) and the add-in's port place, read and clear
 * them with these functions, so a workbook carried by either reads the same in the other.
 *
 * The column is the sheet's existing "Carried forward" column (an earlier carry), else the first column after
 * everything the sheet holds, so a mark never lands on a person's cell. In an existing column, a cell holding
 * anything but a mark is a person's: it is kept and listed, never overwritten.
 */
import { a1, cellAt, cellText, parseA1, sheetWidth, type Grid } from "../workbook/grid";
import type { Mapping } from "../workbook/mapping";

export const CARRIED_HEADER = "Carried forward";

/** A cell the carry writes (a date serial has `date`: the writer gives the cell a date format). */
export interface CellWriteOf {
  sheet: string;
  cell: string;
  value: string | number;
  date?: boolean;
}

/** A carried control's row, to mark. */
export interface MarkRow {
  sheet: string;
  /** 0-based row of the control. */
  row: number;
  /** The control's old ID when it was renamed, else null. */
  renamed: string | null;
  reworded: boolean;
}

/** Where the answers came from: recorded in the SelfAssess sheet beside the marks. */
export interface CarriedFrom {
  file: string;
  date: string;
  version: string;
}

export const CARRIED_FROM_KEYS = {
  file: "carriedFrom.file",
  date: "carriedFrom.date",
  version: "carriedFrom.version",
} as const;

export function carriedFromPairs(from: CarriedFrom): [string, string][] {
  return [
    [CARRIED_FROM_KEYS.file, from.file],
    [CARRIED_FROM_KEYS.date, from.date],
    [CARRIED_FROM_KEYS.version, from.version],
  ];
}

export function carryMarkText(date: string, renamed: string | null, reworded: boolean): string {
  const notes = [
    ...(renamed ? [`was ${renamed}`] : []),
    ...(reworded ? ["the requirement was reworded"] : []),
  ];
  return `Carried from ${date}${notes.length ? ` (${notes.join("; ")})` : ""}: re-confirm`;
}

const MARK = /^Carried from (.+?)(?: \((.+)\))?: re-confirm$/;

/** A mark's date and note ("was 1.4.1"), or null when the text is not a mark. */
export function parseCarryMark(text: string): { date: string; note: string | null } | null {
  const m = MARK.exec(text.trim());
  return m ? { date: m[1], note: m[2] ?? null } : null;
}

/** The "Carried forward" column of a mapped sheet: an existing one (an earlier carry), else the first free one. */
export function markColumn(
  grid: Grid,
  mapping: Mapping,
  sheet: string
): { col: number; header: number; existing: boolean } | null {
  const m = mapping.sheets.find((s) => s.sheet === sheet);
  const g = grid.sheets.find((s) => s.name === sheet);
  if (!m || !g) return null;
  const header = g.rows[m.headerRow] ?? [];
  const found = header.findIndex((v) => cellText(v) === CARRIED_HEADER);
  return found >= 0
    ? { col: found, header: m.headerRow, existing: true }
    : { col: sheetWidth(g), header: m.headerRow, existing: false };
}

/**
 * The header and one mark per row, placed on `grid` (which must hold the whole sheets the rows are on). `kept`
 * lists, as 'Sheet'!A1 words' parts, the cells of an existing column that a person filled.
 */
export function placeCarryMarks(
  grid: Grid,
  mapping: Mapping,
  date: string,
  rows: readonly MarkRow[]
): { marks: CellWriteOf[]; kept: { sheet: string; cell: string; existing: string }[] } {
  const marks: CellWriteOf[] = [];
  const kept: { sheet: string; cell: string; existing: string }[] = [];
  const columns = new Map<string, ReturnType<typeof markColumn>>();
  for (const r of rows) {
    if (!columns.has(r.sheet)) {
      const column = markColumn(grid, mapping, r.sheet);
      columns.set(r.sheet, column);
      if (column)
        marks.push({ sheet: r.sheet, cell: a1(column.header, column.col), value: CARRIED_HEADER });
    }
    const column = columns.get(r.sheet);
    if (!column) continue;
    const cell = a1(r.row, column.col);
    const sheet = grid.sheets.find((s) => s.name === r.sheet);
    const existing = sheet ? cellText(cellAt(sheet, r.row, column.col)) : "";
    if (existing && !parseCarryMark(existing)) {
      kept.push({ sheet: r.sheet, cell, existing });
      continue;
    }
    marks.push({ sheet: r.sheet, cell, value: carryMarkText(date, r.renamed, r.reworded) });
  }
  return { marks, kept };
}

/** A mark read back from the sheet. */
export interface CarryMarkRead {
  /** The control key ("requirements/1.1"). */
  key: string;
  sheet: string;
  cell: string;
  date: string;
  /** "was 1.4.1", "the requirement was reworded", or null. */
  note: string | null;
}

/** The marks the mapped sheets hold on control rows, in sheet and row order. */
export function readCarryMarks(grid: Grid, mapping: Mapping): CarryMarkRead[] {
  const out: CarryMarkRead[] = [];
  for (const m of mapping.sheets) {
    const column = markColumn(grid, mapping, m.sheet);
    const sheet = grid.sheets.find((s) => s.name === m.sheet);
    if (!column?.existing || !sheet) continue;
    const rows = Object.entries(m.controls).sort((a, b) => a[1] - b[1]);
    for (const [key, row] of rows) {
      const mark = parseCarryMark(cellText(cellAt(sheet, row, column.col)));
      if (mark) out.push({ key, sheet: m.sheet, cell: a1(row, column.col), ...mark });
    }
  }
  return out;
}

/** Empties the marks of `keys` (a re-confirmed control); other cells of the column are left alone. */
export function clearCarryMarks(
  grid: Grid,
  mapping: Mapping,
  keys: readonly string[]
): CellWriteOf[] {
  const wanted = new Set(keys);
  return readCarryMarks(grid, mapping)
    .filter((m) => wanted.has(m.key))
    .map((m) => ({ sheet: m.sheet, cell: m.cell, value: "" }));
}

/** A carried control to mark, by key; its row comes from the open workbook's mapping. */
export interface MarkRequest {
  key: string;
  renamed: string | null;
  reworded: boolean;
}

/** What the workbook holds of a carry: the marks still waiting for re-confirmation and where they came from. */
export interface CarriedMarks {
  marks: CarryMarkRead[];
  /** From the SelfAssess rows; null when the workbook has no such rows (or no SelfAssess sheet). */
  from: CarriedFrom | null;
  /** Cells of the column a person filled: their marks were not written. */
  kept: { sheet: string; cell: string; existing: string }[];
}

/** The SelfAssess key/value rows' record of the carry, when complete. */
export function carriedFromOf(get: (key: string) => unknown): CarriedFrom | null {
  const text = (key: string): string => cellText(get(key));
  const from = {
    file: text(CARRIED_FROM_KEYS.file),
    date: text(CARRIED_FROM_KEYS.date),
    version: text(CARRIED_FROM_KEYS.version),
  };
  return from.file && from.date ? from : null;
}

/** Mark rows for requests, placed by the mapping (requests for controls it does not map are dropped). */
export function markRows(mapping: Mapping, requests: readonly MarkRequest[]): MarkRow[] {
  return requests.flatMap((r) => {
    for (const sheet of mapping.sheets) {
      const row = sheet.controls[r.key];
      if (typeof row === "number")
        return [{ sheet: sheet.sheet, row, renamed: r.renamed, reworded: r.reworded }];
    }
    return [];
  });
}

/** A copy of the grid with the plan's cells written, to check the result without writing a file first. */
export function patchGrid(grid: Grid, writes: readonly CellWriteOf[]): Grid {
  const sheets = grid.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  for (const w of writes) {
    const sheet = sheets.find((s) => s.name === w.sheet);
    const at = parseA1(w.cell);
    if (!sheet || !at) continue;
    while (sheet.rows.length <= at.row) sheet.rows.push([]);
    const row = sheet.rows[at.row];
    while (row.length < at.col) row.push(null);
    row[at.col] = w.value;
  }
  return { ...grid, sheets };
}
