/** The fake `WorksheetFreezePanes`. */
import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "./address";
import { FakeClientObject, FakeRequestContext } from "./client-base";
import { invalidArgument } from "./errors";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

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
