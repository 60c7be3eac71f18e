/**
 * Selecting cells for the task pane (activate the sheet, select the range: one sync) and telling it which control
 * the user selected in the sheet (one `worksheets.onSelectionChanged` handler, released on the last unsubscribe).
 */
import { parseRange } from "../core/workbook/grid";
import type { Mapping } from "../core/workbook/mapping";
import type { ExcelHost } from "./assessmentStore";

export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}

/** Pure: the control key and case study of a selected cell, from the mapping (null outside a control row). */
export function controlAt(
  mapping: Mapping | null,
  sheet: string,
  address: string
): { key: string | null; caseStudy: number } {
  const bounds = parseRange(
    address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address
  );
  const sheetMap = mapping?.sheets.find((s) => s.sheet.toLowerCase() === sheet.toLowerCase());
  if (!bounds || !sheetMap) return { key: null, caseStudy: 1 };
  const row = bounds.top;
  const key = Object.entries(sheetMap.controls).find(([, r]) => r === row)?.[0] ?? null;
  const group = sheetMap.columns.caseStudies.find(
    (g) => bounds.left === g.met || bounds.left === g.response
  );
  return { key, caseStudy: group?.index ?? 1 };
}

export type SelectionListener = (key: string | null, caseStudy: number) => void;

interface SelectionArgs {
  address?: string;
  worksheetId?: string;
}

/**
 * Watches the selection while at least one listener is attached. Registering loads the sheets' ids in the same
 * sync; a selection on a sheet added since costs one read of the names.
 */
export function createSelectionWatcher(excel: ExcelHost, mapping: () => Mapping | null) {
  const listeners = new Set<SelectionListener>();
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs> | null =
    null;
  let names = new Map<string, string>();
  let chain: Promise<void> = Promise.resolve();
  const errors: unknown[] = [];

  async function sheetName(id: string): Promise<string | null> {
    const known = names.get(id);
    if (known !== undefined) return known;
    const fresh = await excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name, items/id");
      await context.sync();
      return new Map(worksheets.items.map((s) => [s.id, s.name]));
    });
    names = fresh;
    return names.get(id) ?? null;
  }

  async function onSelection(args: SelectionArgs): Promise<void> {
    if (!args.worksheetId || !args.address) return;
    const name = await sheetName(args.worksheetId);
    if (name === null) return;
    const { key, caseStudy } = controlAt(mapping(), name, args.address);
    for (const listener of [...listeners]) listener(key, caseStudy);
  }

  async function start(): Promise<void> {
    handler = await excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name, items/id");
      const result = worksheets.onSelectionChanged.add(onSelection);
      await context.sync();
      names = new Map(worksheets.items.map((s) => [s.id, s.name]));
      return result;
    });
  }

  async function stop(): Promise<void> {
    const current = handler;
    handler = null;
    if (!current) return;
    await excel.run(current.context, async (context) => {
      current.remove();
      await context.sync();
    });
  }

  function update(): void {
    chain = chain
      .then(async () => {
        if (listeners.size > 0 && !handler) await start();
        else if (listeners.size === 0 && handler) await stop();
      })
      .catch((error: unknown) => {
        errors.push(error);
      });
  }

  return {
    subscribe(listener: SelectionListener): () => void {
      listeners.add(listener);
      if (listeners.size === 1) update();
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) update();
      };
    },
    /** Resolves when registering or releasing the handler has finished. */
    idle: (): Promise<void> => chain,
    get watching(): boolean {
      return handler !== null;
    },
    errors,
  };
}
