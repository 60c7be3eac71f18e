/** Event registration: handlers (`onChanged`, `onSelectionChanged`, ...) are added and removed at sync. */
import { FakeRequestContext, engineOf } from "./client-base";

/** OfficeExtension.EventHandlers: `add` registers at the next sync. */
export class FakeEventHandlers<TArgs> {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly location: string,
    private readonly register: (handler: (args: TArgs) => unknown) => () => void
  ) {}

  add(handler: (args: TArgs) => Promise<unknown>): FakeEventHandlerResult {
    const result = new FakeEventHandlerResult(this.context);
    this.context.enqueue(`${this.location}.add`, () => {
      result._unregister = this.register(handler);
    });
    this.handlers.set(handler, result);
    return result;
  }

  remove(handler: (args: TArgs) => Promise<unknown>): void {
    const result = this.handlers.get(handler);
    if (result) result.remove();
  }

  private readonly handlers = new Map<(args: TArgs) => Promise<unknown>, FakeEventHandlerResult>();
}

export class FakeEventHandlerResult {
  _unregister: (() => void) | undefined;
  constructor(readonly context: FakeRequestContext) {}
  remove(): void {
    this.context.enqueue("EventHandlerResult.remove", () => this._unregister?.());
  }
}

export function sheetEvent(
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
