/** The fake `Workbook`: worksheets, comments, the selection and its event. */
import { parseAddress } from "./address";
import { FakeClientObject, FakeRequestContext, engineOf } from "./client-base";
import { FakeEventHandlers } from "./events";
import { FakeCommentCollection } from "./comments";
import { FakeRange } from "./range";
import { FakeWorksheetCollection } from "./worksheets";

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
}
