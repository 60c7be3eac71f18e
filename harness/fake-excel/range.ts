/** The fake `Range`: values, formulas and number formats read through load + sync and written at sync. */
import {
  MAX_COLUMNS,
  Rect,
  cellAddress,
  contains,
  intersection,
  parseAddress,
  qualifiedAddress,
  rectAddress,
  rectColumns,
  rectRows,
  subtract,
} from "./address";
import { FakeClientObject, FakeRequestContext, engineOf } from "./client-base";
import { FakeDataValidation } from "./data-validation";
import { ChangeRecord } from "./engine";
import { FakeOfficeError, dimensionMismatch, invalidArgument, itemNotFound } from "./errors";
import { formatValue } from "./format";
import { CellModel, CellScalar, DataValidationModel, SheetModel } from "./model";
import { FakeRangeFormat } from "./range-format";
import { FakeWorksheet, usedRect, validRect } from "./worksheet";

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

type RangeResolver = () => RangeTarget | undefined;

export interface FakeDataValidationRule {
  list?: { inCellDropDown: boolean; source: string | FakeRange };
  wholeNumber?: { formula1: string | number; formula2?: string | number; operator: string };
  decimal?: { formula1: string | number; formula2?: string | number; operator: string };
  textLength?: { formula1: string | number; formula2?: string | number; operator: string };
  date?: { formula1: string; formula2?: string; operator: string };
  time?: { formula1: string; formula2?: string; operator: string };
  custom?: { formula: string };
}

export class FakeRange extends FakeClientObject {
  private _bound: { sheetId: string; rect: Rect } | undefined;
  private _format: FakeRangeFormat | undefined;
  private _dataValidation: FakeDataValidation | undefined;
  private _worksheet: FakeWorksheet | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly resolver: RangeResolver,
    nullable = false
  ) {
    super(context, "Range", nullable);
  }

  _queueBindPublic(location: string): void {
    this._queueBind(location);
  }

  protected override _bind(): boolean {
    if (this._bound) return engineOf(this.context).sheetById(this._bound.sheetId) !== undefined;
    const t = this.resolver();
    if (!t) return false;
    if (!validRect(t.rect)) throw invalidArgument("Range");
    this._bound = { sheetId: t.sheet.id, rect: t.rect };
    return true;
  }

  /** The sheet and rectangle this range is bound to (at sync). */
  _target(): RangeTarget {
    if (!this._resolve() || !this._bound) throw itemNotFound("Range");
    const sheet = engineOf(this.context).sheetById(this._bound.sheetId);
    if (!sheet) throw itemNotFound("Range");
    return { sheet, rect: this._bound.rect };
  }

  private _derive(location: string, f: (t: RangeTarget) => Rect): FakeRange {
    const range = new FakeRange(this.context, () => {
      const t = this._target();
      const rect = f(t);
      if (!validRect(rect)) throw invalidArgument(location);
      return { sheet: t.sheet, rect };
    });
    range._queueBindPublic(location);
    return range;
  }

  get format(): FakeRangeFormat {
    if (!this._format) this._format = new FakeRangeFormat(this.context, this);
    return this._format;
  }

  get dataValidation(): FakeDataValidation {
    if (!this._dataValidation) this._dataValidation = new FakeDataValidation(this.context, this);
    return this._dataValidation;
  }

  get worksheet(): FakeWorksheet {
    if (!this._worksheet) {
      const holder: { id?: string } = {};
      this._worksheet = new FakeWorksheet(this.context, { kind: "id", id: "" }, false, holder);
      Object.defineProperty(holder, "id", { get: () => this._target().sheet.id });
    }
    return this._worksheet;
  }

  protected override _nav(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  protected _scalarNames(): readonly string[] {
    return [
      "address",
      "values",
      "formulas",
      "numberFormat",
      "text",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "rowHidden",
      "columnHidden",
      "hidden",
      "isEntireRow",
    ];
  }

  private _map<T>(f: (cell: CellModel | undefined, row: number, col: number) => T): Grid<T> {
    const { sheet, rect } = this._target();
    const out: Grid<T> = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const line: T[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) line.push(f(sheet.cells[cellAddress(r, c)], r, c));
      out.push(line);
    }
    return out;
  }

  protected _read(name: string): unknown {
    const { sheet, rect } = this._target();
    const engine = engineOf(this.context);
    if (["values", "formulas", "text"].includes(name)) engine.recalculateIfDirty();
    const rows = rectRows(rect);
    const cols = rectColumns(rect);
    if (["values", "formulas", "numberFormat", "text"].includes(name)) {
      if (rows * cols > 5_000_000)
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "Too many cells.");
    }
    switch (name) {
      case "address":
        return qualifiedAddress(sheet.name, rect);
      case "values":
        return this._map((cell) => cell?.value ?? "");
      case "formulas":
        return this._map((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return this._map((cell) => cell?.numberFormat ?? "General");
      case "text":
        return this._map((cell) => formatValue(cell?.value ?? "", cell?.numberFormat));
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "rowHidden":
        return tri(range(rect.r0, rect.r1).map((r) => sheet.rows[r + 1]?.hidden === true));
      case "columnHidden":
        return tri(range(rect.c0, rect.c1).map((c) => sheet.columns[c + 1]?.hidden === true));
      case "hidden":
        return (
          range(rect.r0, rect.r1).every((r) => sheet.rows[r + 1]?.hidden === true) ||
          range(rect.c0, rect.c1).every((c) => sheet.columns[c + 1]?.hidden === true)
        );
      case "isEntireRow":
        return rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
    }
    return undefined;
  }

  get address(): string {
    return this._get("address");
  }
  get values(): CellScalar[][] {
    return this._get("values");
  }
  set values(value: CellScalar[][]) {
    this._write("values", value);
  }
  get formulas(): CellScalar[][] {
    return this._get("formulas");
  }
  set formulas(value: CellScalar[][]) {
    this._write("formulas", value);
  }
  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(value: string[][]) {
    this._set("numberFormat", value, () => {
      const { sheet, rect } = this._target();
      const grid = expand("Range.numberFormat", value, rect);
      engineOf(this.context).mutateBlock(sheet, rect, (cell, r, c) => {
        const v = grid(r, c);
        if (v === null || v === undefined) return;
        if (v === "General" || v === "") delete cell.numberFormat;
        else cell.numberFormat = String(v);
      });
    });
  }
  get text(): string[][] {
    return this._get("text");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get hidden(): boolean {
    return this._get("hidden");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get rowHidden(): boolean | null {
    return this._get("rowHidden");
  }
  set rowHidden(value: boolean) {
    this._set("rowHidden", value, () => {
      const { sheet, rect } = this._target();
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row = (sheet.rows[r + 1] ??= {});
        if (value) row.hidden = true;
        else delete row.hidden;
        if (Object.keys(row).length === 0) delete sheet.rows[r + 1];
      }
    });
  }
  get columnHidden(): boolean | null {
    return this._get("columnHidden");
  }
  set columnHidden(value: boolean) {
    this._set("columnHidden", value, () => {
      const { sheet, rect } = this._target();
      for (let c = rect.c0; c <= rect.c1; c++) {
        const col = (sheet.columns[c + 1] ??= {});
        if (value) col.hidden = true;
        else delete col.hidden;
        if (Object.keys(col).length === 0) delete sheet.columns[c + 1];
      }
    });
  }

  private _write(name: "values" | "formulas", value: CellScalar[][]): void {
    this._set(name, value, () => {
      const { sheet, rect } = this._target();
      const engine = engineOf(this.context);
      const grid = expand(`Range.${name}`, value, rect);
      const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
      const before = single ? (sheet.cells[cellAddress(rect.r0, rect.c0)]?.value ?? "") : undefined;
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const v = grid(r - rect.r0, c - rect.c0);
          if (v === null || v === undefined) continue;
          if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
            throw invalidArgument(
              `Range.${name}`,
              "Cell values must be strings, numbers or booleans."
            );
          }
          engine.writeCell(sheet, r, c, v);
        }
      }
      const change: ChangeRecord = { sheetId: sheet.id, rect };
      if (single) {
        engine.recalculateIfDirty();
        change.before = before;
        change.after = sheet.cells[cellAddress(rect.r0, rect.c0)]?.value ?? "";
      }
      engine.queueChanged(change);
    });
  }

  select(): void {
    this._call("select", () => {
      const { sheet, rect } = this._target();
      engineOf(this.context).select(sheet, rect);
    });
  }

  activate(): void {
    this.select();
  }

  clear(
    applyTo?: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"
  ): void {
    this._call("clear", () => {
      const { sheet, rect } = this._target();
      const engine = engineOf(this.context);
      const mode = applyTo ?? "All";
      const contents = mode === "All" || mode === "Contents" || mode === "ResetContents";
      const formats = mode === "All" || mode === "Formats";
      engine.clearBlock(sheet, rect, contents, formats);
      if (mode === "All") {
        sheet.validations = removeRect(sheet.validations, rect);
        sheet.comments = sheet.comments.filter((cm) => {
          const p = parseAddress(cm.address);
          return !(p && contains(rect, p.rect.r0, p.rect.c0));
        });
      }
      if (contents) engine.queueChanged({ sheetId: sheet.id, rect });
    });
  }

  merge(across?: boolean): void {
    this._call("merge", () => {
      const { sheet, rect } = this._target();
      sheet.merges = sheet.merges.filter((m) => {
        const p = parseAddress(m);
        return !(p && intersection(p.rect, rect));
      });
      if (across) {
        for (let r = rect.r0; r <= rect.r1; r++)
          sheet.merges.push(rectAddress({ r0: r, c0: rect.c0, r1: r, c1: rect.c1 }));
      } else sheet.merges.push(rectAddress(rect));
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this._derive("Range.getCell", ({ rect }) => ({
      r0: rect.r0 + row,
      c0: rect.c0 + column,
      r1: rect.r0 + row,
      c1: rect.c0 + column,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derive("Range.getOffsetRange", ({ rect }) => ({
      r0: rect.r0 + rowOffset,
      c0: rect.c0 + columnOffset,
      r1: rect.r1 + rowOffset,
      c1: rect.c1 + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derive("Range.getResizedRange", ({ rect }) => ({
      r0: rect.r0,
      c0: rect.c0,
      r1: rect.r1 + deltaRows,
      c1: rect.c1 + deltaColumns,
    }));
  }

  getEntireRow(): FakeRange {
    return this._derive("Range.getEntireRow", ({ rect }) => ({
      r0: rect.r0,
      c0: 0,
      r1: rect.r1,
      c1: MAX_COLUMNS - 1,
    }));
  }

  getRow(row: number): FakeRange {
    return this._derive("Range.getRow", ({ rect }) => ({
      r0: rect.r0 + row,
      c0: rect.c0,
      r1: rect.r0 + row,
      c1: rect.c1,
    }));
  }

  getColumn(column: number): FakeRange {
    return this._derive("Range.getColumn", ({ rect }) => ({
      r0: rect.r0,
      c0: rect.c0 + column,
      r1: rect.r1,
      c1: rect.c0 + column,
    }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._derive("Range.getUsedRange", ({ sheet, rect }) => {
      const u = usedRect(sheet, rect, valuesOnly ?? false);
      if (!u) throw itemNotFound("Range.getUsedRange");
      return u;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const t = this._target();
        const u = usedRect(t.sheet, t.rect, valuesOnly ?? false);
        return u ? { sheet: t.sheet, rect: u } : undefined;
      },
      true
    );
    range._queueBindPublic("Range.getUsedRangeOrNullObject");
    return range;
  }
}

export function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b && out.length < 100000; i++) out.push(i);
  return out;
}

function tri(flags: boolean[]): boolean | null {
  if (flags.every(Boolean)) return true;
  if (flags.every((f) => !f)) return false;
  return null;
}

/** Accepts a 2-D array matching the range, or a single value for every cell (like Office.js). */
function expand<T>(
  location: string,
  value: T[][] | T,
  rect: Rect
): (r: number, c: number) => T | null | undefined {
  if (!Array.isArray(value)) return () => value;
  const rows = rectRows(rect);
  const cols = rectColumns(rect);
  if (value.length !== rows || value.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw dimensionMismatch(location);
  }
  return (r, c) => value[r][c];
}

export function removeRect(validations: DataValidationModel[], rect: Rect): DataValidationModel[] {
  const out: DataValidationModel[] = [];
  for (const v of validations) {
    const p = parseAddress(v.ref);
    if (!p) continue;
    for (const piece of subtract(p.rect, rect)) out.push({ ...v, ref: rectAddress(piece) });
  }
  return out;
}

type Grid<T> = T[][];
