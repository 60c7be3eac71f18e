/**
 * A portfolio worker thread: checks the files it is sent, one at a time, and posts each row back.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckOptions } from "../../core/workbook/checkGrid";
import { rowOf, type PortfolioTask } from "./portfolioRows";

const { options } = workerData as { options: CheckOptions };

parentPort?.on("message", (message: { index: number; task: PortfolioTask }) => {
  void rowOf(message.task, options).then((row) =>
    parentPort?.postMessage({ index: message.index, row })
  );
});
