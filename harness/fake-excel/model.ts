/**
 * The in-memory workbook model: plain, JSON-serialisable data. The fake Office.js host reads and writes it; the
 * xlsx reader/writer (`harness/xlsx-io.ts`) converts it from and to .xlsx files.
 *
 * Conventions: cells are keyed by their A1 address ("B3"); `rows` by 1-based row number; `columns` by 1-based column
 * number (both as in ExcelJS and A1 notation). Widths and heights are in points, like Office.js.
 */
import { cellAddress, parseCell } from "./address";

/** A cell value as Office.js reports it in `Range.values`: errors are strings such as "#N/A", empty is "". */
export type CellScalar = string | number | boolean;

export interface CellStyle {
  /** Fill colour, "#RRGGBB". */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font colour, "#RRGGBB". */
  fontColor?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}

export interface CellModel {
  value: CellScalar;
  /** The formula including the leading "=", when the cell holds one. */
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
  /** Message attached to an error value (e.g. from a CustomFunctions.Error). */
  errorMessage?: string;
  /** For a value spilled by an array formula: the A1 address of the anchor cell. */
  spillFrom?: string;
  /** True when the value is the cached result read from a file and the formula has not been recomputed since. */
  cached?: boolean;
}

export interface RowModel {
  hidden?: boolean;
  /** Height in points. */
  height?: number;
}

export interface ColumnModel {
  hidden?: boolean;
  /** Width in points. */
  width?: number;
}

export interface DataValidationModel {
  /** Local range address, e.g. "C4:C40". */
  ref: string;
  type: "list" | "whole" | "decimal" | "date" | "time" | "textLength" | "custom";
  /**
   * For "list": the source as Office.js shows it — a comma-separated literal ("Yes,No,N/A") or a formula
   * ("=$H$1:$H$3"). For other types: formula1.
   */
  source: string;
  formula2?: string;
  operator?: string;
  inCellDropDown?: boolean;
  allowBlank?: boolean;
  errorMessage?: string;
  errorTitle?: string;
  prompt?: string;
  promptTitle?: string;
}

export interface CommentModel {
  id: string;
  /** Local A1 address of the cell. */
  address: string;
  content: string;
  author?: string;
  resolved?: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  /** Qualified source address. */
  source: string;
  seriesBy: string;
  title?: string;
}

export type SheetVisibilityModel = "Visible" | "Hidden" | "VeryHidden";

export interface SheetModel {
  /** Stable id (Office.js `Worksheet.id`). */
  id: string;
  name: string;
  visibility: SheetVisibilityModel;
  tabColor?: string;
  cells: Record<string, CellModel>;
  rows: Record<number, RowModel>;
  columns: Record<number, ColumnModel>;
  validations: DataValidationModel[];
  comments: CommentModel[];
  /** Local range addresses of merged areas. */
  merges: string[];
  frozenRows: number;
  frozenColumns: number;
  charts: ChartModel[];
}

export interface NamedItemModel {
  name: string;
  /** Formula including "=", e.g. "='MSP Checklist'!$C$4:$C$40". */
  formula: string;
  comment?: string;
}

export interface SelectionModel {
  sheetId: string;
  /** Local address. */
  address: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: string;
  selection: SelectionModel;
  names: NamedItemModel[];
}

let idCounter = 0;

/** Returns a fresh id such as "{00000000-0001-0000-0000-000000000000}" (Office.js ids look like GUIDs). */
export function newId(): string {
  idCounter += 1;
  const hex = idCounter.toString(16).toUpperCase().padStart(4, "0");
  return `{00000000-${hex}-0000-C000-000000000046}`;
}

export function createSheet(name: string): SheetModel {
  return {
    id: newId(),
    name,
    visibility: "Visible",
    cells: {},
    rows: {},
    columns: {},
    validations: [],
    comments: [],
    merges: [],
    frozenRows: 0,
    frozenColumns: 0,
    charts: [],
  };
}

/** An empty workbook with one sheet named "Sheet1" (or the given sheet names). */
export function createWorkbookModel(sheetNames: string[] = ["Sheet1"]): WorkbookModel {
  const sheets = sheetNames.map(createSheet);
  return {
    sheets,
    activeSheetId: sheets[0]?.id ?? "",
    selection: { sheetId: sheets[0]?.id ?? "", address: "A1" },
    names: [],
  };
}

export function findSheetByName(model: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return model.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function findSheet(model: WorkbookModel, nameOrId: string): SheetModel | undefined {
  return model.sheets.find((s) => s.id === nameOrId) ?? findSheetByName(model, nameOrId);
}

export function getCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells[cellAddress(row, col)];
}

/** Convenience for tests and tools: the value of a cell ("" if empty). `address` is local ("B3"). */
export function cellValue(sheet: SheetModel, address: string): CellScalar {
  return sheet.cells[address.toUpperCase().replace(/\$/g, "")]?.value ?? "";
}

/** True when the cell carries nothing worth keeping (no value, formula, format or style). */
export function isBlankCell(cell: CellModel | undefined): boolean {
  return (
    !cell ||
    (cell.value === "" &&
      cell.formula === undefined &&
      cell.numberFormat === undefined &&
      (cell.style === undefined || Object.keys(cell.style).length === 0))
  );
}

/** Iterates over the stored cells of a sheet with 0-based coordinates. */
export function* eachCell(
  sheet: SheetModel
): Generator<{ row: number; col: number; address: string; cell: CellModel }> {
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const pos = parseCell(address);
    if (pos) yield { row: pos.row, col: pos.col, address, cell };
  }
}

/** A deep copy of a model (plain data). */
export function cloneModel(model: WorkbookModel): WorkbookModel {
  return JSON.parse(JSON.stringify(model)) as WorkbookModel;
}
