/** The fake `WorksheetCollection`: lookup by name or id (ItemNotFound at sync), add, events. */
import { FakeClientObject, FakeClientResult, FakeRequestContext, engineOf } from "./client-base";
import { FakeEventHandlers, sheetEvent } from "./events";
import { invalidArgument, itemAlreadyExists } from "./errors";
import { createSheet, findSheetByName } from "./model";
import { FakeWorksheet } from "./worksheet";

export type SheetLocator =
  { kind: "key"; key: string } | { kind: "active" } | { kind: "id"; id: string };

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

export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !/^'|'$/.test(name);
}
