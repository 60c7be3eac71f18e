/**
 * Watching the workbook for changes while anyone is subscribed: `worksheets.onChanged` (ExcelApi 1.7), else one
 * handler per sheet. Registrations and removals run one after the other, so a quick subscribe/unsubscribe cannot
 * leave a handler behind.
 */
import { parseRange } from "../../core/workbook/grid";
import type { ExcelHost } from "../assessmentStore";
import type { Plan } from "./read";

export interface ChangedArgs {
  worksheetId?: string;
  address?: string;
}

/** Whether a change concerns what the plan reads, and whether the workbook's sheets must be found again. */
export function relevance(
  plan: Plan | null,
  args: ChangedArgs
): { relevant: boolean; rediscover: boolean } {
  if (!plan) return { relevant: true, rediscover: true };
  const id = args.worksheetId ?? "";
  if (!plan.knownIds.has(id)) return { relevant: true, rediscover: true };
  if (id === plan.selfAssessId) return { relevant: true, rediscover: false };
  const sheet = plan.sheets.find((s) => s.id === id);
  if (!sheet) return { relevant: false, rediscover: false };
  const bounds = args.address ? parseRange(args.address) : null;
  return { relevant: !bounds || bounds.left <= sheet.lastCol, rediscover: false };
}

export interface Watcher {
  /** Starts or stops watching to match `wanted()`, after any change in progress. */
  update(): void;
  /** Resolves when no registration or removal is in progress. */
  settled(): Promise<void>;
  readonly watching: boolean;
}

export function createWatcher(options: {
  excel: ExcelHost;
  isSetSupported: (name: string, minVersion: string) => boolean;
  /** True while anyone wants to hear about changes. */
  wanted: () => boolean;
  onChanged: (args: ChangedArgs) => void;
  onError: (error: unknown) => void;
}): Watcher {
  const { excel } = options;
  let handlers: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  let chain: Promise<void> = Promise.resolve();
  let watching = false;

  const handler = (args: ChangedArgs): Promise<void> => {
    options.onChanged(args);
    return Promise.resolve();
  };

  async function start(): Promise<void> {
    handlers = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      if (options.isSetSupported("ExcelApi", "1.7")) {
        const result = sheets.onChanged.add(handler);
        await context.sync();
        return [result];
      }
      sheets.load("items/name");
      await context.sync();
      const results = sheets.items.map((sheet) => sheet.onChanged.add(handler));
      await context.sync();
      return results;
    });
    watching = true;
  }

  async function stop(): Promise<void> {
    const current = handlers;
    handlers = [];
    watching = false;
    if (current.length === 0) return;
    // Office.js removes a handler in a batch over the context it was added with (all of ours share one).
    await excel.run(current[0].context, async (context) => {
      for (const h of current) h.remove();
      await context.sync();
    });
  }

  return {
    update() {
      chain = chain
        .then(async () => {
          const want = options.wanted();
          if (want && !watching) await start();
          else if (!want && watching) await stop();
        })
        .catch(options.onError);
    },
    settled: () => chain,
    get watching() {
      return watching;
    },
  };
}
