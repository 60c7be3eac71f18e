/**
 * The fake Excel client objects (Workbook, Worksheet, Range, ...). Every property read goes through load + sync,
 * every write or method call is queued and applied at sync, in order.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  cellAddress,
  columnLetters,
  contains,
  intersection,
  normalize,
  parseAddress,
  qualifiedAddress,
  rectAddress,
  rectColumns,
  rectRows,
  subtract,
} from "./address";
import {
  FakeClientObject,
  FakeClientResult,
  FakeEventHandlers,
  FakeRequestContext,
} from "./client-base";
import { ChangeRecord, FakeExcelEngine } from "./engine";
import {
  FakeOfficeError,
  dimensionMismatch,
  invalidArgument,
  invalidOperation,
  itemAlreadyExists,
  itemNotFound,
} from "./errors";
import { formatValue } from "./format";
import {
  CellModel,
  CellScalar,
  CellStyle,
  DataValidationModel,
  SheetModel,
  SheetVisibilityModel,
  createSheet,
  eachCell,
  findSheet,
  findSheetByName,
  newId,
} from "./model";

const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

type Grid<T> = T[][];

function engineOf(ctx: FakeRequestContext): FakeExcelEngine {
  return ctx.engine;
}

// ===============================================================================================================
// Workbook

export class FakeWorkbook extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly comments: FakeCommentCollection;
  readonly onSelectionChanged: FakeEventHandlers<unknown>;

  constructor(context: FakeRequestContext) {
    super(context, "Workbook");
    this.worksheets = new FakeWorksheetCollection(context);
    this.comments = new FakeCommentCollection(context, undefined);
    this.onSelectionChanged = new FakeEventHandlers(
      context,
      "Workbook.onSelectionChanged",
      (handler) => {
        const reg = {
          kind: "WorkbookSelectionChanged" as const,
          handler: handler as (a: unknown) => unknown,
        };
        engineOf(context).register(reg);
        return () => engineOf(context).unregister(reg);
      }
    );
  }

  protected _scalarNames(): readonly string[] {
    return ["name"];
  }

  protected _read(): unknown {
    return "Workbook.xlsx";
  }

  get name(): string {
    return this._get("name");
  }

  getSelectedRange(): FakeRange {
    const engine = engineOf(this.context);
    return new FakeRange(this.context, () => {
      const sel = engine.model.selection;
      const sheet = engine.sheetById(sel.sheetId) ?? engine.model.sheets[0];
      const parsed = parseAddress(sel.address);
      return { sheet, rect: parsed?.rect ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getActiveCell(): FakeRange {
    const engine = engineOf(this.context);
    return new FakeRange(this.context, () => {
      const sel = engine.model.selection;
      const sheet = engine.sheetById(sel.sheetId) ?? engine.model.sheets[0];
      const r = parseAddress(sel.address)?.rect ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
      return { sheet, rect: { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 } };
    });
  }
}

// ===============================================================================================================
// Worksheets

type SheetLocator =
  | { kind: "key"; key: string }
  | { kind: "active" }
  | { kind: "first" }
  | { kind: "id"; id: string };

export class FakeWorksheetCollection extends FakeClientObject {
  readonly onChanged: FakeEventHandlers<unknown>;
  readonly onSelectionChanged: FakeEventHandlers<unknown>;
  readonly onActivated: FakeEventHandlers<unknown>;
  readonly onAdded: FakeEventHandlers<unknown>;
  readonly onDeleted: FakeEventHandlers<unknown>;
  private _items: FakeWorksheet[] | undefined;

  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection");
    this.onChanged = sheetEvent(
      context,
      "WorksheetCollection.onChanged",
      "WorksheetChanged",
      undefined
    );
    this.onSelectionChanged = sheetEvent(
      context,
      "WorksheetCollection.onSelectionChanged",
      "WorksheetSelectionChanged",
      undefined
    );
    this.onActivated = sheetEvent(
      context,
      "WorksheetCollection.onActivated",
      "WorksheetActivated",
      undefined
    );
    this.onAdded = sheetEvent(context, "WorksheetCollection.onAdded", "WorksheetAdded", undefined);
    this.onDeleted = sheetEvent(
      context,
      "WorksheetCollection.onDeleted",
      "WorksheetDeleted",
      undefined
    );
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  protected override _nav(): FakeClientObject | undefined {
    return undefined;
  }

  override _doLoad(paths: string[] | undefined): void {
    const engine = engineOf(this.context);
    const itemPaths = paths
      ?.map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice(6) : p))
      .filter((p) => p !== "");
    this._items = engine.model.sheets.map((s) => {
      const ws = new FakeWorksheet(this.context, { kind: "id", id: s.id });
      ws._doLoad(itemPaths && itemPaths.length ? itemPaths : undefined);
      return ws;
    });
    this._loaded.set("items", this._items);
  }

  get items(): FakeWorksheet[] {
    return this._get("items");
  }

  getItem(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, { kind: "key", key });
    ws._queueBindPublic("WorksheetCollection.getItem");
    return ws;
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, { kind: "key", key }, true);
    ws._queueBindPublic("WorksheetCollection.getItemOrNullObject");
    return ws;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, { kind: "active" });
  }

  getFirst(): FakeWorksheet {
    return new FakeWorksheet(this.context, { kind: "first" });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._call("getCount", () => result._resolve(engineOf(this.context).model.sheets.length));
    return result;
  }

  add(name?: string): FakeWorksheet {
    const engine = engineOf(this.context);
    const holder: { id?: string } = {};
    const ws = new FakeWorksheet(this.context, { kind: "id", id: "" }, false, holder);
    this._call(
      "add",
      () => {
        let sheetName = name;
        if (sheetName === undefined) {
          let n = engine.model.sheets.length + 1;
          while (findSheetByName(engine.model, `Sheet${n}`)) n += 1;
          sheetName = `Sheet${n}`;
        }
        if (!isValidSheetName(sheetName)) throw invalidArgument("WorksheetCollection.add");
        if (findSheetByName(engine.model, sheetName))
          throw itemAlreadyExists("WorksheetCollection.add");
        const sheet = createSheet(sheetName);
        engine.model.sheets.push(sheet);
        holder.id = sheet.id;
        engine.markDirty();
        engine.queueEvent({
          kind: "WorksheetAdded",
          sheetId: sheet.id,
          args: () => ({ type: "WorksheetAdded", worksheetId: sheet.id, source: "Local" }),
        });
      },
      name
    );
    return ws;
  }
}

function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !/^'|'$/.test(name);
}

function sheetEvent(
  context: FakeRequestContext,
  location: string,
  kind:
    | "WorksheetChanged"
    | "WorksheetSelectionChanged"
    | "WorksheetActivated"
    | "WorksheetAdded"
    | "WorksheetDeleted",
  sheet: (() => string) | undefined
): FakeEventHandlers<unknown> {
  return new FakeEventHandlers(context, location, (handler) => {
    const reg = { kind, sheetId: sheet?.(), handler: handler as (a: unknown) => unknown };
    engineOf(context).register(reg);
    return () => engineOf(context).unregister(reg);
  });
}

export class FakeWorksheet extends FakeClientObject {
  readonly onChanged: FakeEventHandlers<unknown>;
  readonly onSelectionChanged: FakeEventHandlers<unknown>;
  readonly onActivated: FakeEventHandlers<unknown>;
  readonly freezePanes: FakeWorksheetFreezePanes;
  readonly charts: FakeChartCollection;
  readonly comments: FakeCommentCollection;
  private _boundId: string | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locator: SheetLocator,
    nullable = false,
    private readonly holder?: { id?: string }
  ) {
    super(context, "Worksheet", nullable);
    const id = (): string => this._sheet().id;
    this.onChanged = sheetEvent(context, "Worksheet.onChanged", "WorksheetChanged", id);
    this.onSelectionChanged = sheetEvent(
      context,
      "Worksheet.onSelectionChanged",
      "WorksheetSelectionChanged",
      id
    );
    this.onActivated = sheetEvent(context, "Worksheet.onActivated", "WorksheetActivated", id);
    this.freezePanes = new FakeWorksheetFreezePanes(context, this);
    this.charts = new FakeChartCollection(context, this);
    this.comments = new FakeCommentCollection(context, this);
  }

  _queueBindPublic(location: string): void {
    this._queueBind(location);
  }

  private _find(): SheetModel | undefined {
    const engine = engineOf(this.context);
    if (this._boundId !== undefined) return engine.sheetById(this._boundId);
    const loc = this.locator;
    switch (loc.kind) {
      case "key":
        return findSheet(engine.model, loc.key);
      case "active":
        return engine.sheetById(engine.model.activeSheetId) ?? engine.model.sheets[0];
      case "first":
        return engine.model.sheets[0];
      case "id":
        return engine.sheetById(this.holder?.id ?? loc.id);
    }
  }

  protected override _bind(): boolean {
    const s = this._find();
    if (s) this._boundId = s.id;
    return s !== undefined;
  }

  /** The bound sheet model (at sync). */
  _sheet(): SheetModel {
    if (!this._resolve()) throw itemNotFound("Worksheet");
    const s = this._find();
    if (!s) throw itemNotFound("Worksheet");
    return s;
  }

  protected _scalarNames(): readonly string[] {
    return ["name", "id", "position", "visibility", "tabColor", "standardWidth", "standardHeight"];
  }

  protected _read(name: string): unknown {
    const s = this._sheet();
    const engine = engineOf(this.context);
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return engine.model.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor ?? "";
      case "standardWidth":
        return 8.43;
      case "standardHeight":
        return DEFAULT_ROW_HEIGHT;
    }
    return undefined;
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, () => {
      const s = this._sheet();
      const engine = engineOf(this.context);
      if (!isValidSheetName(value)) throw invalidArgument("Worksheet.name");
      const other = findSheetByName(engine.model, value);
      if (other && other !== s)
        throw invalidArgument("Worksheet.name", "A sheet with this name already exists.");
      s.name = value;
      engine.markDirty();
    });
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(value: number) {
    this._set("position", value, () => {
      const s = this._sheet();
      const sheets = engineOf(this.context).model.sheets;
      if (value < 0 || value >= sheets.length) throw invalidArgument("Worksheet.position");
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(value, 0, s);
    });
  }
  get visibility(): SheetVisibilityModel {
    return this._get("visibility");
  }
  set visibility(value: SheetVisibilityModel) {
    this._set("visibility", value, () => {
      const s = this._sheet();
      const engine = engineOf(this.context);
      if (
        value !== "Visible" &&
        engine.model.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0
      ) {
        throw invalidOperation("Worksheet.visibility", "At least one sheet must remain visible.");
      }
      s.visibility = value;
    });
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(value: string) {
    this._set("tabColor", value, () => {
      this._sheet().tabColor = value || undefined;
    });
  }

  activate(): void {
    this._call("activate", () => {
      const s = this._sheet();
      if (s.visibility !== "Visible") throw invalidOperation("Worksheet.activate");
      engineOf(this.context).activate(s);
    });
  }

  delete(): void {
    this._call("delete", () => {
      const s = this._sheet();
      const engine = engineOf(this.context);
      const visible = engine.model.sheets.filter((x) => x.visibility === "Visible");
      if (visible.length === 1 && visible[0] === s) throw invalidOperation("Worksheet.delete");
      engine.model.sheets.splice(engine.model.sheets.indexOf(s), 1);
      if (engine.model.activeSheetId === s.id) {
        const next = engine.model.sheets.find((x) => x.visibility === "Visible");
        if (next) {
          engine.model.activeSheetId = next.id;
          engine.model.selection = { sheetId: next.id, address: "A1" };
        }
      }
      engine.markDirty();
      engine.queueEvent({
        kind: "WorksheetDeleted",
        sheetId: s.id,
        args: () => ({ type: "WorksheetDeleted", worksheetId: s.id, source: "Local" }),
      });
    });
  }

  calculate(_markAllDirty: boolean): void {
    this._call("calculate", () => engineOf(this.context).recalculate());
  }

  getRange(address?: string): FakeRange {
    const range = new FakeRange(this.context, () => {
      const sheet = this._sheet();
      if (address === undefined || address === "")
        return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
      const parsed = parseAddress(address);
      if (!parsed)
        throw invalidArgument("Worksheet.getRange", `The address '${address}' is not valid.`);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw invalidArgument(
          "Worksheet.getRange",
          `The address '${address}' refers to another sheet.`
        );
      }
      return { sheet, rect: parsed.rect };
    });
    range._queueBindPublic("Worksheet.getRange");
    return range;
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    const range = new FakeRange(this.context, () => {
      const sheet = this._sheet();
      const rect = {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
      if (rowCount < 1 || columnCount < 1 || !validRect(rect))
        throw invalidArgument("Worksheet.getRangeByIndexes");
      return { sheet, rect };
    });
    range._queueBindPublic("Worksheet.getRangeByIndexes");
    return range;
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this._sheet();
      return {
        sheet,
        rect: usedRect(sheet, undefined, valuesOnly ?? false) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const sheet = this._sheet();
        const rect = usedRect(sheet, undefined, valuesOnly ?? false);
        return rect ? { sheet, rect } : undefined;
      },
      true
    );
    range._queueBindPublic("Worksheet.getUsedRangeOrNullObject");
    return range;
  }
}

function validRect(r: Rect): boolean {
  return (
    r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLUMNS && r.r0 <= r.r1 && r.c0 <= r.c1
  );
}

function hasContent(cell: CellModel): boolean {
  return cell.value !== "" || cell.formula !== undefined;
}

function usedRect(
  sheet: SheetModel,
  within: Rect | undefined,
  valuesOnly: boolean
): Rect | undefined {
  let out: Rect | undefined;
  for (const { row, col, cell } of eachCell(sheet)) {
    if (valuesOnly && !hasContent(cell)) continue;
    if (within && !contains(within, row, col)) continue;
    out = out
      ? {
          r0: Math.min(out.r0, row),
          c0: Math.min(out.c0, col),
          r1: Math.max(out.r1, row),
          c1: Math.max(out.c1, col),
        }
      : { r0: row, c0: col, r1: row, c1: col };
  }
  return out;
}

export class FakeWorksheetFreezePanes extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet
  ) {
    super(context, "WorksheetFreezePanes");
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  freezeRows(count?: number): void {
    this._call("freezeRows", () => {
      this.worksheet._sheet().frozenRows = count ?? 1;
    });
  }
  freezeColumns(count?: number): void {
    this._call("freezeColumns", () => {
      this.worksheet._sheet().frozenColumns = count ?? 1;
    });
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this._call("freezeAt", () => {
      const sheet = this.worksheet._sheet();
      const rect =
        typeof frozenRange === "string"
          ? parseAddress(frozenRange)?.rect
          : frozenRange._target().rect;
      if (!rect) throw invalidArgument("WorksheetFreezePanes.freezeAt");
      sheet.frozenRows = rect.r1 + 1;
      sheet.frozenColumns = rect.c1 + 1;
    });
  }
  unfreeze(): void {
    this._call("unfreeze", () => {
      const sheet = this.worksheet._sheet();
      sheet.frozenRows = 0;
      sheet.frozenColumns = 0;
    });
  }
  getLocationOrNullObject(): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const sheet = this.worksheet._sheet();
        if (!sheet.frozenRows && !sheet.frozenColumns) return undefined;
        return {
          sheet,
          rect: {
            r0: 0,
            c0: 0,
            r1: sheet.frozenRows ? sheet.frozenRows - 1 : MAX_ROWS - 1,
            c1: sheet.frozenColumns ? sheet.frozenColumns - 1 : MAX_COLUMNS - 1,
          },
        };
      },
      true
    );
    range._queueBindPublic("WorksheetFreezePanes.getLocationOrNullObject");
    return range;
  }
}

// ===============================================================================================================
// Range

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
      "addressLocal",
      "values",
      "formulas",
      "formulasLocal",
      "numberFormat",
      "text",
      "valueTypes",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "cellCount",
      "rowHidden",
      "columnHidden",
      "hidden",
      "isEntireRow",
      "isEntireColumn",
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
    if (["values", "formulas", "formulasLocal", "text", "valueTypes"].includes(name))
      engine.recalculateIfDirty();
    const rows = rectRows(rect);
    const cols = rectColumns(rect);
    if (
      ["values", "formulas", "formulasLocal", "numberFormat", "text", "valueTypes"].includes(name)
    ) {
      if (rows * cols > 5_000_000)
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "Too many cells.");
    }
    switch (name) {
      case "address":
      case "addressLocal":
        return qualifiedAddress(sheet.name, rect);
      case "values":
        return this._map((cell) => cell?.value ?? "");
      case "formulas":
      case "formulasLocal":
        return this._map((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return this._map((cell) => cell?.numberFormat ?? "General");
      case "text":
        return this._map((cell) => formatValue(cell?.value ?? "", cell?.numberFormat));
      case "valueTypes":
        return this._map((cell) => valueType(cell));
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "cellCount":
        return rows * cols;
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
      case "isEntireColumn":
        return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
    }
    return undefined;
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
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
  get formulasLocal(): CellScalar[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(value: CellScalar[][]) {
    this._write("formulasLocal", value);
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
  get valueTypes(): string[][] {
    return this._get("valueTypes");
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
  get cellCount(): number {
    return this._get("cellCount");
  }
  get hidden(): boolean {
    return this._get("hidden");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
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

  private _write(name: "values" | "formulas" | "formulasLocal", value: CellScalar[][]): void {
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

  unmerge(): void {
    this._call("unmerge", () => {
      const { sheet, rect } = this._target();
      sheet.merges = sheet.merges.filter((m) => {
        const p = parseAddress(m);
        return !(p && intersection(p.rect, rect));
      });
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

  getEntireColumn(): FakeRange {
    return this._derive("Range.getEntireColumn", ({ rect }) => ({
      r0: 0,
      c0: rect.c0,
      r1: MAX_ROWS - 1,
      c1: rect.c1,
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

  getLastRow(): FakeRange {
    return this._derive("Range.getLastRow", ({ rect }) => ({
      r0: rect.r1,
      c0: rect.c0,
      r1: rect.r1,
      c1: rect.c1,
    }));
  }

  getLastColumn(): FakeRange {
    return this._derive("Range.getLastColumn", ({ rect }) => ({
      r0: rect.r0,
      c0: rect.c1,
      r1: rect.r1,
      c1: rect.c1,
    }));
  }

  getLastCell(): FakeRange {
    return this._derive("Range.getLastCell", ({ rect }) => ({
      r0: rect.r1,
      c0: rect.c1,
      r1: rect.r1,
      c1: rect.c1,
    }));
  }

  getIntersection(anotherRange: FakeRange | string): FakeRange {
    return this._derive("Range.getIntersection", ({ rect }) => {
      const other =
        typeof anotherRange === "string"
          ? parseAddress(anotherRange)?.rect
          : anotherRange._target().rect;
      const i = other && intersection(rect, other);
      if (!i) throw itemNotFound("Range.getIntersection");
      return i;
    });
  }

  getBoundingRect(anotherRange: FakeRange | string): FakeRange {
    return this._derive("Range.getBoundingRect", ({ rect }) => {
      const other =
        typeof anotherRange === "string"
          ? parseAddress(anotherRange)?.rect
          : anotherRange._target().rect;
      if (!other) throw invalidArgument("Range.getBoundingRect");
      return normalize({
        r0: Math.min(rect.r0, other.r0),
        c0: Math.min(rect.c0, other.c0),
        r1: Math.max(rect.r1, other.r1),
        c1: Math.max(rect.c1, other.c1),
      });
    });
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

function valueType(cell: CellModel | undefined): string {
  const v = cell?.value ?? "";
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (v.startsWith("#") && (cell?.formula !== undefined || cell?.spillFrom !== undefined))
    return "Error";
  return "String";
}

function range(a: number, b: number): number[] {
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

function removeRect(validations: DataValidationModel[], rect: Rect): DataValidationModel[] {
  const out: DataValidationModel[] = [];
  for (const v of validations) {
    const p = parseAddress(v.ref);
    if (!p) continue;
    for (const piece of subtract(p.rect, rect)) out.push({ ...v, ref: rectAddress(piece) });
  }
  return out;
}

// ===============================================================================================================
// Range format

function styleOf(cell: CellModel | undefined): CellStyle {
  return cell?.style ?? {};
}

abstract class FakeStyleObject extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    typeName: string,
    protected readonly owner: FakeRange
  ) {
    super(context, typeName);
  }

  protected override _bind(): boolean {
    this.owner._target();
    return true;
  }

  /** A style property over the range: the common value, or null when cells differ. */
  protected _common<T>(pick: (cell: CellModel | undefined) => T): T | null {
    const { sheet, rect } = this.owner._target();
    let first: T | undefined;
    let set = false;
    const limit = Math.min(rect.r1, rect.r0 + 2000);
    const climit = Math.min(rect.c1, rect.c0 + 200);
    for (let r = rect.r0; r <= limit; r++) {
      for (let c = rect.c0; c <= climit; c++) {
        const v = pick(sheet.cells[cellAddress(r, c)]);
        if (!set) {
          first = v;
          set = true;
        } else if (v !== first) return null;
      }
    }
    return first ?? null;
  }

  protected _style(name: string, value: unknown, f: (style: CellStyle) => void): void {
    this._set(name, value, () => {
      const { sheet, rect } = this.owner._target();
      engineOf(this.context).mutateBlock(sheet, rect, (cell) => {
        const style = { ...(cell.style ?? {}) };
        f(style);
        for (const k of Object.keys(style) as (keyof CellStyle)[])
          if (style[k] === undefined) delete style[k];
        if (Object.keys(style).length) cell.style = style;
        else delete cell.style;
      });
    });
  }
}

export class FakeRangeFormat extends FakeStyleObject {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(context: FakeRequestContext, owner: FakeRange) {
    super(context, "RangeFormat", owner);
    this.fill = new FakeRangeFill(context, owner);
    this.font = new FakeRangeFont(context, owner);
  }

  protected override _nav(name: string): FakeClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  protected _scalarNames(): readonly string[] {
    return ["wrapText", "columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment"];
  }

  protected _read(name: string): unknown {
    const { sheet, rect } = this.owner._target();
    switch (name) {
      case "wrapText":
        return this._common((c) => styleOf(c).wrapText === true);
      case "horizontalAlignment":
        return this._common((c) => styleOf(c).horizontalAlignment ?? "General");
      case "verticalAlignment":
        return this._common((c) => styleOf(c).verticalAlignment ?? "Bottom");
      case "columnWidth": {
        const ws = range(rect.c0, Math.min(rect.c1, rect.c0 + 200)).map(
          (c) => sheet.columns[c + 1]?.width ?? DEFAULT_COLUMN_WIDTH
        );
        return ws.every((w) => w === ws[0]) ? ws[0] : null;
      }
      case "rowHeight": {
        const hs = range(rect.r0, Math.min(rect.r1, rect.r0 + 2000)).map(
          (r) => sheet.rows[r + 1]?.height ?? DEFAULT_ROW_HEIGHT
        );
        return hs.every((h) => h === hs[0]) ? hs[0] : null;
      }
    }
    return undefined;
  }

  get wrapText(): boolean | null {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._style("wrapText", value, (s) => {
      s.wrapText = value || undefined;
    });
  }
  get horizontalAlignment(): string | null {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._style("horizontalAlignment", value, (s) => {
      s.horizontalAlignment = value === "General" ? undefined : value;
    });
  }
  get verticalAlignment(): string | null {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this._style("verticalAlignment", value, (s) => {
      s.verticalAlignment = value === "Bottom" ? undefined : value;
    });
  }
  get columnWidth(): number | null {
    return this._get("columnWidth");
  }
  set columnWidth(value: number) {
    this._set("columnWidth", value, () => {
      const { sheet, rect } = this.owner._target();
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + MAX_COLUMNS); c++)
        (sheet.columns[c + 1] ??= {}).width = value;
    });
  }
  get rowHeight(): number | null {
    return this._get("rowHeight");
  }
  set rowHeight(value: number) {
    this._set("rowHeight", value, () => {
      const { sheet, rect } = this.owner._target();
      for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100000); r++)
        (sheet.rows[r + 1] ??= {}).height = value;
    });
  }
  autofitColumns(): void {
    this._call("autofitColumns", () => undefined);
  }
  autofitRows(): void {
    this._call("autofitRows", () => undefined);
  }
}

export class FakeRangeFill extends FakeStyleObject {
  constructor(context: FakeRequestContext, owner: FakeRange) {
    super(context, "RangeFill", owner);
  }
  protected _scalarNames(): readonly string[] {
    return ["color"];
  }
  protected _read(): unknown {
    return this._common((c) => styleOf(c).fill ?? "#FFFFFF");
  }
  get color(): string | null {
    return this._get("color");
  }
  set color(value: string) {
    this._style("color", value, (s) => {
      s.fill = normalizeColor(value);
    });
  }
  clear(): void {
    this._style("clear", undefined, (s) => {
      delete s.fill;
    });
  }
}

export class FakeRangeFont extends FakeStyleObject {
  constructor(context: FakeRequestContext, owner: FakeRange) {
    super(context, "RangeFont", owner);
  }
  protected _scalarNames(): readonly string[] {
    return ["bold", "italic", "color"];
  }
  protected _read(name: string): unknown {
    if (name === "bold") return this._common((c) => styleOf(c).bold === true);
    if (name === "italic") return this._common((c) => styleOf(c).italic === true);
    return this._common((c) => styleOf(c).fontColor ?? "#000000");
  }
  get bold(): boolean | null {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._style("bold", value, (s) => {
      s.bold = value || undefined;
    });
  }
  get italic(): boolean | null {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._style("italic", value, (s) => {
      s.italic = value || undefined;
    });
  }
  get color(): string | null {
    return this._get("color");
  }
  set color(value: string) {
    this._style("color", value, (s) => {
      s.fontColor = normalizeColor(value);
    });
  }
}

const NAMED_COLORS: Record<string, string> = {
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  white: "#FFFFFF",
  black: "#000000",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
  lightgray: "#D3D3D3",
};

function normalizeColor(value: string): string | undefined {
  if (!value) return undefined;
  const named = NAMED_COLORS[value.toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-f]{6})$/i.exec(value);
  return m ? `#${m[1].toUpperCase()}` : value;
}

// ===============================================================================================================
// Data validation

export class FakeDataValidation extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly owner: FakeRange
  ) {
    super(context, "DataValidation");
  }

  protected override _bind(): boolean {
    this.owner._target();
    return true;
  }

  protected _scalarNames(): readonly string[] {
    return ["rule", "type", "ignoreBlanks", "errorAlert", "prompt"];
  }

  private _covering(): DataValidationModel | "none" | "mixed" {
    const { sheet, rect } = this.owner._target();
    const hits = sheet.validations.filter((v) => {
      const p = parseAddress(v.ref);
      return p && intersection(p.rect, rect);
    });
    if (hits.length === 0) return "none";
    const full = hits.find((v) => {
      const p = parseAddress(v.ref);
      return (
        p &&
        p.rect.r0 <= rect.r0 &&
        p.rect.c0 <= rect.c0 &&
        p.rect.r1 >= rect.r1 &&
        p.rect.c1 >= rect.c1
      );
    });
    if (full) return full;
    const same = hits.every((h) => h.type === hits[0].type && h.source === hits[0].source);
    return same ? hits[0] : "mixed";
  }

  protected _read(name: string): unknown {
    const v = this._covering();
    switch (name) {
      case "type":
        if (v === "none") return "None";
        if (v === "mixed") return "MixedCriteria";
        return TYPE_NAMES[v.type];
      case "rule":
        return v === "none" || v === "mixed" ? {} : ruleOf(v);
      case "ignoreBlanks":
        return v === "none" || v === "mixed" ? true : v.allowBlank !== false;
      case "errorAlert":
        return v === "none" || v === "mixed"
          ? { showAlert: true, style: "Stop", message: "", title: "" }
          : {
              showAlert: true,
              style: "Stop",
              message: v.errorMessage ?? "",
              title: v.errorTitle ?? "",
            };
      case "prompt":
        return v === "none" || v === "mixed"
          ? { showPrompt: false, message: "", title: "" }
          : { showPrompt: !!v.prompt, message: v.prompt ?? "", title: v.promptTitle ?? "" };
    }
    return undefined;
  }

  get type(): string {
    return this._get("type");
  }
  get rule(): FakeDataValidationRule {
    return this._get("rule");
  }
  set rule(value: FakeDataValidationRule) {
    this._set("rule", value, () => {
      const { sheet, rect } = this.owner._target();
      const model = modelOfRule(value, rect);
      sheet.validations = removeRect(sheet.validations, rect);
      sheet.validations.push(model);
    });
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this._set("ignoreBlanks", value, () => this._patch((v) => (v.allowBlank = value)));
  }
  get errorAlert(): { showAlert: boolean; style: string; message: string; title: string } {
    return this._get("errorAlert");
  }
  set errorAlert(value: { showAlert?: boolean; style?: string; message?: string; title?: string }) {
    this._set("errorAlert", value, () =>
      this._patch((v) => {
        v.errorMessage = value.message;
        v.errorTitle = value.title;
      })
    );
  }
  get prompt(): { showPrompt: boolean; message: string; title: string } {
    return this._get("prompt");
  }
  set prompt(value: { showPrompt?: boolean; message?: string; title?: string }) {
    this._set("prompt", value, () =>
      this._patch((v) => {
        v.prompt = value.message;
        v.promptTitle = value.title;
      })
    );
  }

  private _patch(f: (v: DataValidationModel) => void): void {
    const { sheet, rect } = this.owner._target();
    for (const v of sheet.validations) {
      const p = parseAddress(v.ref);
      if (p && intersection(p.rect, rect)) f(v);
    }
  }

  clear(): void {
    this._call("clear", () => {
      const { sheet, rect } = this.owner._target();
      sheet.validations = removeRect(sheet.validations, rect);
    });
  }
}

const TYPE_NAMES: Record<DataValidationModel["type"], string> = {
  list: "List",
  whole: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function ruleOf(v: DataValidationModel): FakeDataValidationRule {
  const basic = { formula1: v.source, formula2: v.formula2, operator: v.operator ?? "Between" };
  switch (v.type) {
    case "list":
      return { list: { inCellDropDown: v.inCellDropDown !== false, source: v.source } };
    case "whole":
      return { wholeNumber: basic };
    case "decimal":
      return { decimal: basic };
    case "textLength":
      return { textLength: basic };
    case "date":
      return { date: basic };
    case "time":
      return { time: basic };
    case "custom":
      return { custom: { formula: v.source } };
  }
}

function modelOfRule(rule: FakeDataValidationRule, rect: Rect): DataValidationModel {
  const ref = rectAddress(rect);
  if (rule.list) {
    const src = rule.list.source;
    const source =
      typeof src === "string" ? src : `=${src._target().rect ? absolute(src._target().rect) : ""}`;
    return { ref, type: "list", source, inCellDropDown: rule.list.inCellDropDown };
  }
  const basic = (
    type: DataValidationModel["type"],
    b: { formula1: string | number; formula2?: string | number; operator: string }
  ) => ({
    ref,
    type,
    source: String(b.formula1),
    formula2: b.formula2 === undefined ? undefined : String(b.formula2),
    operator: b.operator,
  });
  if (rule.wholeNumber) return basic("whole", rule.wholeNumber);
  if (rule.decimal) return basic("decimal", rule.decimal);
  if (rule.textLength) return basic("textLength", rule.textLength);
  if (rule.date) return basic("date", rule.date);
  if (rule.time) return basic("time", rule.time);
  if (rule.custom) return { ref, type: "custom", source: rule.custom.formula };
  throw invalidArgument("DataValidation.rule", "The data validation rule is empty.");
}

function absolute(rect: Rect): string {
  const a = `$${columnLetters(rect.c0)}$${rect.r0 + 1}`;
  const b = `$${columnLetters(rect.c1)}$${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

// ===============================================================================================================
// Charts

export class FakeChartCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet
  ) {
    super(context, "ChartCollection");
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  override _doLoad(paths: string[] | undefined): void {
    const sheet = this.worksheet._sheet();
    const sub = paths?.map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    const items = sheet.charts.map((c) => {
      const chart = new FakeChart(this.context, this.worksheet, { id: c.id });
      chart._doLoad(sub && sub.length ? sub : undefined);
      return chart;
    });
    this._loaded.set("items", items);
  }
  get items(): FakeChart[] {
    return this._get("items");
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._call("getCount", () => result._resolve(this.worksheet._sheet().charts.length));
    return result;
  }
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    const holder: { id?: string } = {};
    this._call("add", () => {
      const sheet = this.worksheet._sheet();
      const src = sourceData._target();
      const id = newId();
      sheet.charts.push({
        id,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: qualifiedAddress(src.sheet.name, src.rect),
        seriesBy: seriesBy ?? "Auto",
      });
      holder.id = id;
    });
    return new FakeChart(this.context, this.worksheet, holder);
  }
  getItem(name: string): FakeChart {
    const holder: { id?: string } = {};
    this._call("getItem", () => {
      const c = this.worksheet._sheet().charts.find((x) => x.name === name);
      if (!c) throw itemNotFound("ChartCollection.getItem");
      holder.id = c.id;
    });
    return new FakeChart(this.context, this.worksheet, holder);
  }
}

export class FakeChart extends FakeClientObject {
  readonly title: { text: string; visible: boolean };
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
    private readonly holder: { id?: string }
  ) {
    super(context, "Chart");
    let text = "";
    const self = this;
    this.title = {
      visible: true,
      get text() {
        return text;
      },
      set text(v: string) {
        text = v;
        context.enqueue("Chart.title.text", () => {
          self._chart().title = v;
        });
      },
    };
  }
  _chart(): NonNullable<ReturnType<FakeChart["_find"]>> {
    const c = this._find();
    if (!c) throw itemNotFound("Chart");
    return c;
  }
  private _find() {
    return this.worksheet._sheet().charts.find((c) => c.id === this.holder.id);
  }
  protected _scalarNames(): readonly string[] {
    return ["id", "name", "chartType"];
  }
  protected _read(name: string): unknown {
    const c = this._chart();
    return name === "id" ? c.id : name === "name" ? c.name : c.type;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, () => {
      this._chart().name = value;
    });
  }
  get chartType(): string {
    return this._get("chartType");
  }
  setPosition(_startCell: FakeRange | string, _endCell?: FakeRange | string): void {
    this._call("setPosition", () => undefined);
  }
  delete(): void {
    this._call("delete", () => {
      const sheet = this.worksheet._sheet();
      sheet.charts = sheet.charts.filter((c) => c.id !== this.holder.id);
    });
  }
}

// ===============================================================================================================
// Comments (ExcelApi 1.10: CommentCollection.add(cellAddress, content))

export class FakeCommentCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet | undefined
  ) {
    super(context, "CommentCollection");
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  private _all(): { sheet: SheetModel; id: string }[] {
    const sheets = this.worksheet ? [this.worksheet._sheet()] : engineOf(this.context).model.sheets;
    return sheets.flatMap((sheet) => sheet.comments.map((c) => ({ sheet, id: c.id })));
  }
  override _doLoad(paths: string[] | undefined): void {
    const sub = paths?.map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    const items = this._all().map(({ id }) => {
      const c = new FakeComment(this.context, { id });
      c._doLoad(sub && sub.length ? sub : undefined);
      return c;
    });
    this._loaded.set("items", items);
  }
  get items(): FakeComment[] {
    return this._get("items");
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._call("getCount", () => result._resolve(this._all().length));
    return result;
  }
  add(cellAddress: FakeRange | string, content: string, _contentType?: string): FakeComment {
    const holder: { id?: string } = {};
    this._call(
      "add",
      () => {
        const engine = engineOf(this.context);
        let sheet: SheetModel | undefined;
        let rect: Rect | undefined;
        if (typeof cellAddress === "string") {
          const p = parseAddress(cellAddress);
          sheet = p?.sheet ? findSheetByName(engine.model, p.sheet) : this.worksheet?._sheet();
          rect = p?.rect;
        } else {
          const t = cellAddress._target();
          sheet = t.sheet;
          rect = t.rect;
        }
        if (!sheet || !rect) throw invalidArgument("CommentCollection.add");
        if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) {
          throw invalidArgument(
            "CommentCollection.add",
            "A comment can only be added to a single cell."
          );
        }
        const address = cellAddressOf(rect);
        if (sheet.comments.some((c) => c.address === address))
          throw invalidOperation("CommentCollection.add");
        const id = newId();
        sheet.comments.push({ id, address, content, author: "Harness User" });
        holder.id = id;
      },
      content
    );
    return new FakeComment(this.context, holder);
  }
  getItemByCell(cellAddress: FakeRange | string): FakeComment {
    const holder: { id?: string } = {};
    this._call("getItemByCell", () => {
      const engine = engineOf(this.context);
      let sheet: SheetModel | undefined;
      let address: string | undefined;
      if (typeof cellAddress === "string") {
        const p = parseAddress(cellAddress);
        sheet = p?.sheet ? findSheetByName(engine.model, p.sheet) : this.worksheet?._sheet();
        address = p ? cellAddressOf(p.rect) : undefined;
      } else {
        const t = cellAddress._target();
        sheet = t.sheet;
        address = cellAddressOf(t.rect);
      }
      const c = sheet?.comments.find((x) => x.address === address);
      if (!c) throw itemNotFound("CommentCollection.getItemByCell");
      holder.id = c.id;
    });
    return new FakeComment(this.context, holder);
  }
}

function cellAddressOf(rect: Rect): string {
  return cellAddress(rect.r0, rect.c0);
}

export class FakeComment extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly holder: { id?: string }
  ) {
    super(context, "Comment");
  }
  private _find(): { sheet: SheetModel; index: number } {
    for (const sheet of engineOf(this.context).model.sheets) {
      const index = sheet.comments.findIndex((c) => c.id === this.holder.id);
      if (index >= 0) return { sheet, index };
    }
    throw itemNotFound("Comment");
  }
  protected _scalarNames(): readonly string[] {
    return ["id", "content", "authorName", "resolved"];
  }
  protected _read(name: string): unknown {
    const { sheet, index } = this._find();
    const c = sheet.comments[index];
    if (name === "id") return c.id;
    if (name === "content") return c.content;
    if (name === "authorName") return c.author ?? "";
    return c.resolved === true;
  }
  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  set content(value: string) {
    this._set("content", value, () => {
      const { sheet, index } = this._find();
      sheet.comments[index].content = value;
    });
  }
  get authorName(): string {
    return this._get("authorName");
  }
  get resolved(): boolean {
    return this._get("resolved");
  }
  set resolved(value: boolean) {
    this._set("resolved", value, () => {
      const { sheet, index } = this._find();
      sheet.comments[index].resolved = value;
    });
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, index } = this._find();
      const p = parseAddress(sheet.comments[index].address);
      return p ? { sheet, rect: p.rect } : undefined;
    });
  }
  delete(): void {
    this._call("delete", () => {
      const { sheet, index } = this._find();
      sheet.comments.splice(index, 1);
    });
  }
}
