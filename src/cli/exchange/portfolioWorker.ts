/**
 * A portfolio worker thread: checks the files it is sent, one at a time, and posts each row back. Importing this
 * module on the main thread does nothing (the bench imports it so the compiler emits it beside portfolioRows).
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { CheckOptions } from "../../core/workbook/checkGrid";
import { rowOf, type PortfolioTask } from "./portfolioRows";

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { options } = workerData as { options: CheckOptions };
  port.on("message", (message: { index: number; task: PortfolioTask }) => {
    void rowOf(message.task, options).then((row) =>
      port.postMessage({ index: message.index, row })
    );
  });
}
