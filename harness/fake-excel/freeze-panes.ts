/** The fake `WorksheetFreezePanes`. */
import { parseAddress } from "./address";
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
}
