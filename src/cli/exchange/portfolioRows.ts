/**
 * Checks the workbooks of a portfolio and gives one row each, in worker threads when there are many (each worker
 * runs the same reader and engine as `check`; rows come back as plain data). An unreadable file, or one whose
 * check fails unexpectedly, gets a row with the reason: one bad file never aborts the run.
 */
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
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

/**
 * Below this many files a worker's start (it loads ExcelJS and the catalog again, about a second of CPU) costs
 * more than it saves, unless the caller asks for threads explicitly.
 */
export const MIN_FILES_FOR_WORKERS = 24;

/** Tasks a worker holds at once, so it never waits for the main thread, which is checking files of its own. */
const IN_FLIGHT = 2;

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

/**
 * Threads for a run: one per CPU that is free. On a busy machine (load average at or above the CPU count) workers
 * only add their start and a cold JIT to the work, so the run stays on the main thread.
 */
export function defaultJobs(cpus = availableParallelism(), load = loadavg()[0]): number {
  return Math.max(1, Math.min(cpus, Math.round(cpus - load)));
}

/** The compiled worker beside this module; absent when running from TypeScript sources (tests), then in-process. */
function workerFile(): string | null {
  const file = join(__dirname, "portfolioWorker.js");
  return existsSync(file) ? file : null;
}

/**
 * Rows in task order. With `threads` > 1, `threads - 1` workers and the main thread share the files (the main
 * thread has everything loaded already); `force` uses threads even for a few files.
 */
export async function portfolioRows(
  tasks: readonly PortfolioTask[],
  options: CheckOptions,
  threads: number = defaultJobs(),
  force = false
): Promise<PortfolioRow[]> {
  const file = workerFile();
  const rows: (PortfolioRow | undefined)[] = new Array<PortfolioRow | undefined>(tasks.length);
  const workers =
    file && threads > 1 && (force || tasks.length >= MIN_FILES_FOR_WORKERS)
      ? Math.min(threads - 1, Math.max(1, Math.floor(tasks.length / IN_FLIGHT) - 1))
      : 0;
  let next = 0;
  const take = (): number => (next < tasks.length ? next++ : -1);

  const pool = new Promise<void>((resolvePool) => {
    if (!file || workers === 0) return resolvePool();
    let running = 0;
    const start = () => {
      const worker = new Worker(file, { workerData: { options } });
      const held = new Set<number>();
      running++;
      const feed = () => {
        while (held.size < IN_FLIGHT) {
          const index = take();
          if (index < 0) break;
          held.add(index);
          worker.postMessage({ index, task: tasks[index] });
        }
        if (held.size === 0) void worker.terminate();
      };
      worker.on("message", (message: { index: number; row: PortfolioRow }) => {
        rows[message.index] = message.row;
        held.delete(message.index);
        feed();
      });
      worker.on("error", (error) => {
        // A crash (out of memory on a huge file, say) costs the files it held only; the others go on.
        for (const index of held)
          rows[index] = unreadableRow(
            tasks[index].file,
            `the check failed unexpectedly (${error.message})`
          );
        held.clear();
      });
      worker.on("exit", () => {
        running--;
        if (next < tasks.length) start();
        else if (running === 0) resolvePool();
      });
      feed();
    };
    for (let i = 0; i < workers; i++) start();
  });

  for (let index = take(); index >= 0; index = take()) {
    rows[index] = await rowOf(tasks[index], options);
    // Let the workers' messages in between files, so they are fed while this thread works too.
    await new Promise<void>((r) => setImmediate(r));
  }
  await pool;
  return rows.map((row, i) => row ?? unreadableRow(tasks[i].file, "the check did not finish"));
}
