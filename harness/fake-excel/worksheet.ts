/** The fake `Worksheet`: name, visibility, ranges, used range, events. */
import { MAX_COLUMNS, MAX_ROWS, Rect, contains, parseAddress } from "./address";
import { FakeChartCollection } from "./charts";
import { FakeClientObject, FakeRequestContext, engineOf } from "./client-base";
import { FakeEventHandlers, sheetEvent } from "./events";
import { FakeCommentCollection } from "./comments";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { FakeWorksheetFreezePanes } from "./freeze-panes";
import {
  CellModel,
  SheetModel,
  SheetVisibilityModel,
  eachCell,
  findSheet,
  findSheetByName,
} from "./model";
import { FakeRange } from "./range";
import { DEFAULT_ROW_HEIGHT } from "./range-format";
import { SheetLocator, isValidSheetName } from "./worksheets";

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

export function validRect(r: Rect): boolean {
  return (
    r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLUMNS && r.r0 <= r.r1 && r.c0 <= r.c1
  );
}

function hasContent(cell: CellModel): boolean {
  return cell.value !== "" || cell.formula !== undefined;
}

export function usedRect(
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
