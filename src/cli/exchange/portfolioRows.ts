/**
 * Checks the workbooks of a portfolio and gives one row each, in worker threads when there are many (each worker
 * runs the same reader and engine as `check`; rows come back as plain data). An unreadable file, or one whose
 * check fails unexpectedly, gets a row with the reason: one bad file never aborts the run.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { portfolioRow, unreadableRow, type PortfolioRow } from "../../core/exchange/portfolio";
import type { CheckOptions } from "../../core/workbook/checkGrid";
import { loadAssessed } from "./loadAssessed";

export interface PortfolioTask {
  /** Absolute path. */
  path: string;
  /** The name shown in the portfolio. */
  file: string;
}

/** Below this many files, starting workers (each loads ExcelJS and the catalog) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 6;

export async function rowOf(task: PortfolioTask, options: CheckOptions): Promise<PortfolioRow> {
  try {
    const outcome = await loadAssessed(task.path, task.file, options);
    return outcome.ok ? portfolioRow(outcome.workbook) : unreadableRow(task.file, outcome.message);
  } catch (error) {
    return unreadableRow(
      task.file,
      `the check failed unexpectedly (${error instanceof Error ? error.message : String(error)})`
    );
  }
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The compiled worker beside this module; absent when running from TypeScript sources (tests), then in-process. */
function workerFile(): string | null {
  const file = join(__dirname, "portfolioWorker.js");
  return existsSync(file) ? file : null;
}

export async function portfolioRows(
  tasks: readonly PortfolioTask[],
  options: CheckOptions,
  jobs: number = defaultJobs()
): Promise<PortfolioRow[]> {
  const file = workerFile();
  const workers = Math.min(jobs, Math.ceil(tasks.length / 2));
  if (!file || jobs < 2 || tasks.length < MIN_FILES_FOR_WORKERS) {
    const rows: PortfolioRow[] = [];
    for (const task of tasks) rows.push(await rowOf(task, options));
    return rows;
  }
  const rows: (PortfolioRow | undefined)[] = new Array<PortfolioRow | undefined>(tasks.length);
  let next = 0;
  await new Promise<void>((resolveAll) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(file, { workerData: { options } });
      let current = -1;
      running++;
      const feed = () => {
        if (next >= tasks.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, task: tasks[current] });
      };
      worker.on("message", (message: { index: number; row: PortfolioRow }) => {
        rows[message.index] = message.row;
        feed();
      });
      worker.on("error", (error) => {
        // A crash (out of memory on a huge file, say) costs that file only: it gets its row, a new worker goes on.
        if (current >= 0)
          rows[current] = unreadableRow(
            tasks[current].file,
            `the check failed unexpectedly (${error.message})`
          );
        current = -1;
      });
      worker.on("exit", () => {
        running--;
        if (next < tasks.length) start();
        else if (running === 0) resolveAll();
      });
      feed();
    };
    for (let i = 0; i < workers; i++) start();
  });
  return rows.map((row, i) => row ?? unreadableRow(tasks[i].file, "the check did not finish"));
}
