/**
 * Pure: turns a LayoutSheet (src/core/workbook/layout.ts, the one shared description) into what the Office.js writer
 * queues — one block of formulas/values and one block of number formats per sheet, style rectangles, hidden row
 * runs, notes, merges, validations, widths and frozen panes. The ExcelJS writer (src/cli/xlsx/writeWorkbook.ts)
 * renders the same description with the same colours, so both workbooks look alike.
 */
import { safeCellInput } from "../core/text/formulaSafe";
import type { CellStyle, LayoutCell, LayoutSheet } from "../core/workbook/layout";
import { a1, columnLetters } from "../core/workbook/grid";

import type { Scalar } from "../core/workbook/keyValue";

export type { Scalar };

/** The formatting of one layout style, as Office.js range format properties. */
export interface StyleFormat {
  /** "#RRGGBB", or null to clear the fill. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  fontSize?: number;
  wrapText: boolean;
  horizontalAlignment?: "Center";
  verticalAlignment?: "Center" | "Top";
}

/** Same colours as the ExcelJS writer's FILLS (ARGB there, #RRGGBB here). */
const FILLS: Partial<Record<CellStyle, string>> = {
  banner: "#232F3E",
  header: "#D9E1F2",
  section: "#EDEDED",
  input: "#FFFFF2",
  greyed: "#F2F2F2",
};

export function styleFormat(style: CellStyle): StyleFormat {
  const base: StyleFormat = {
    fill: FILLS[style] ?? null,
    fontColor: "#000000",
    bold: false,
    wrapText: false,
  };
  switch (style) {
    case "banner":
      return { ...base, fontColor: "#FFFFFF", bold: true, fontSize: 14 };
    case "header":
      return {
        ...base,
        bold: true,
        wrapText: true,
        horizontalAlignment: "Center",
        verticalAlignment: "Center",
      };
    case "section":
    case "total":
    case "label":
      return { ...base, bold: true };
    case "greyed":
      return { ...base, fontColor: "#808080", wrapText: true, verticalAlignment: "Top" };
    case "text":
      return { ...base, wrapText: true, verticalAlignment: "Top" };
    default:
      return base;
  }
}

/** The number format a style implies ("General" when none). */
export function styleNumberFormat(style: CellStyle | undefined, isDate: boolean): string {
  if (style === "date" || (isDate && !style)) return "yyyy-mm-dd";
  if (style === "percent") return "0%";
  if (style === "number") return "0";
  return isDate ? "yyyy-mm-dd" : "General";
}

/** Text Excel would turn into a number, boolean or date when written through `values`/`formulas` ("1.10", "TRUE"). */
export function looksParsed(text: string): boolean {
  const t = text.trim();
  return (
    /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(t) ||
    /^(true|false)$/i.test(t) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(t)
  );
}

/** An ISO date (YYYY-MM-DD) as an Excel serial in the 1900 date system. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, (m ?? 1) - 1, d ?? 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Column width in characters (ExcelJS) to points (Office.js): 8.43 characters = 64 px = 48 pt. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** What goes into `Range.formulas` for a layout cell. */
export function cellInput(cell: LayoutCell): Scalar {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  if (cell.date !== undefined) return isoToSerial(cell.date);
  if (cell.value === null || cell.value === undefined) return "";
  // A constant that Excel would parse as a formula stays text.
  return safeCellInput(cell.value);
}

export interface StyleRect {
  /** Local A1 range. */
  address: string;
  style: CellStyle;
}

export interface SheetPlan {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** The block A1:<last> written in one assignment, or null for an empty sheet. */
  block: { address: string; formulas: Scalar[][]; numberFormat: string[][] } | null;
  styles: StyleRect[];
  /** Local A1 row ranges to hide ("5:7"). */
  hiddenRows: string[];
  notes: { address: string; text: string }[];
  merges: string[];
  validations: { range: string; list: string[] }[];
  /** Column letter -> width in points. */
  widths: { column: string; points: number }[];
  freeze: { rows: number; columns: number } | null;
}

/** Groups equal values of a per-cell key into rectangles: horizontal runs per row, merged down equal runs. */
export function rectangles<T>(
  cells: { row: number; col: number; key: T }[]
): { top: number; left: number; bottom: number; right: number; key: T }[] {
  const byRow = new Map<number, { col: number; key: T }[]>();
  for (const c of cells) {
    const list = byRow.get(c.row) ?? [];
    list.push({ col: c.col, key: c.key });
    byRow.set(c.row, list);
  }
  const runs: { top: number; left: number; bottom: number; right: number; key: T }[] = [];
  /** Open rectangles by "left:right:key" that ended on the previous row. */
  let open = new Map<
    string,
    { top: number; left: number; bottom: number; right: number; key: T }
  >();
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    const list = (byRow.get(row) ?? []).sort((a, b) => a.col - b.col);
    const next = new Map<
      string,
      { top: number; left: number; bottom: number; right: number; key: T }
    >();
    let i = 0;
    while (i < list.length) {
      let j = i;
      while (
        j + 1 < list.length &&
        list[j + 1].col === list[j].col + 1 &&
        list[j + 1].key === list[i].key
      )
        j++;
      const id = `${list[i].col}:${list[j].col}:${String(list[i].key)}`;
      const prev = open.get(id);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(id, prev);
      } else {
        const rect = {
          top: row,
          left: list[i].col,
          bottom: row,
          right: list[j].col,
          key: list[i].key,
        };
        runs.push(rect);
        next.set(id, rect);
      }
      i = j + 1;
    }
    open = next;
  }
  return runs;
}

function rectAddress(r: { top: number; left: number; bottom: number; right: number }): string {
  const from = a1(r.top, r.left);
  const to = a1(r.bottom, r.right);
  return from === to ? from : `${from}:${to}`;
}

/** Contiguous runs of row indexes as "first:last" 1-based row ranges. */
export function rowRuns(rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  let start = -1;
  let prev = -1;
  for (const r of sorted) {
    if (start < 0) start = r;
    else if (r !== prev + 1) {
      out.push(`${start + 1}:${prev + 1}`);
      start = r;
    }
    prev = r;
  }
  if (start >= 0) out.push(`${start + 1}:${prev + 1}`);
  return out;
}

export function planSheet(sheet: LayoutSheet): SheetPlan {
  let lastRow = -1;
  let lastCol = -1;
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      lastRow = Math.max(lastRow, row.row);
      lastCol = Math.max(lastCol, cell.col);
    }
  }
  const styled: { row: number; col: number; key: CellStyle }[] = [];
  const notes: SheetPlan["notes"] = [];
  let block: SheetPlan["block"] = null;
  if (lastRow >= 0) {
    const formulas: Scalar[][] = Array.from({ length: lastRow + 1 }, () =>
      new Array<Scalar>(lastCol + 1).fill("")
    );
    const numberFormat: string[][] = Array.from({ length: lastRow + 1 }, () =>
      new Array<string>(lastCol + 1).fill("General")
    );
    for (const row of sheet.rows) {
      for (const cell of row.cells) {
        formulas[row.row][cell.col] = cellInput(cell);
        // Text such as the ID "1.10" stays text (as the ExcelJS writer stores it), not the number 1.1.
        numberFormat[row.row][cell.col] =
          typeof cell.value === "string" && cell.formula === undefined && looksParsed(cell.value)
            ? "@"
            : styleNumberFormat(cell.style, cell.date !== undefined);
        if (cell.style) styled.push({ row: row.row, col: cell.col, key: cell.style });
        if (cell.note) notes.push({ address: a1(row.row, cell.col), text: cell.note });
      }
    }
    block = { address: `A1:${a1(lastRow, lastCol)}`, formulas, numberFormat };
  }
  const styles = rectangles(styled)
    .filter((r) => hasFormat(r.key))
    .map((r) => ({ address: rectAddress(r), style: r.key }));
  return {
    name: sheet.name,
    visibility:
      sheet.visibility === "veryHidden"
        ? "VeryHidden"
        : sheet.visibility === "hidden"
          ? "Hidden"
          : "Visible",
    block,
    styles,
    hiddenRows: rowRuns(sheet.rows.filter((r) => r.hidden).map((r) => r.row)),
    notes,
    merges: sheet.merges,
    validations: sheet.validations,
    widths: sheet.widths.map((w, i) => ({ column: columnLetters(i), points: charsToPoints(w) })),
    freeze: sheet.freeze,
  };
}

/** Styles that set something beyond the number format. */
function hasFormat(style: CellStyle): boolean {
  const f = styleFormat(style);
  return f.fill !== null || f.bold || f.wrapText || f.fontColor !== "#000000";
}
