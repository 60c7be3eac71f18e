/**
 * The portfolio (`selfassess report DIR --out portfolio.xlsx`) over 200 workbooks vs `selfassess check DIR` on the
 * same folder, side by side in one run (goal: report <= 1.0x check; the portfolio does more per file and makes up
 * for it with worker threads). Alternating runs, median of each; prints figures and the ratio, asserts nothing.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { ChecklistId } from "../src/checklists";
import { main } from "../src/cli/main";
import { alternate } from "./support/alternate";
import { BENCH_SCOPES, BENCH_TODAY, filledWorkbook } from "./support/workbooks";
// Emits the worker module beside portfolioRows in dist-bench (it does nothing on the main thread).
import "../src/cli/exchange/portfolioWorker";

const FILES = Number(process.env.BENCH_FILES ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

async function run(args: string[]): Promise<void> {
  let err = "";
  const code = await main(args, {
    stdout: () => {},
    stderr: (t) => (err += t),
    cwd: process.cwd(),
  });
  if (code === 2) throw new Error(`selfassess ${args[0]} failed: ${err}`);
}

async function benchMain(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-portfolio-"));
  const out = mkdtempSync(join(tmpdir(), "bench-portfolio-out-"));
  try {
    const ids = Object.keys(BENCH_SCOPES) as ChecklistId[];
    const sources: string[] = [];
    for (let k = 0; k < 10; k++) {
      const id = ids[k % ids.length];
      const file = join(out, `source-${k}.xlsx`);
      writeFileSync(file, await filledWorkbook(id, { seed: k, evidence: true }));
      sources.push(file);
    }
    for (let n = 0; n < FILES; n++)
      copyFileSync(
        sources[n % sources.length],
        join(dir, `partner-${String(n).padStart(3, "0")}.xlsx`)
      );
    const check = () => run(["check", dir, "--as-of", BENCH_TODAY]);
    const report = () =>
      run(["report", dir, "--out", join(out, "portfolio.xlsx"), "--as-of", BENCH_TODAY]);
    const { a: cm, b: rm } = await alternate(check, report, ROUNDS, 1);
    const ratio = rm / cm;
    console.log(
      `[bench report] ${FILES} workbooks (all five programmes), ${ROUNDS} alternating runs, ${availableParallelism()} CPUs`
    );
    console.log(`[bench report] check DIR: median ${(cm / 1000).toFixed(2)} s`);
    console.log(
      `[bench report] report DIR --out portfolio.xlsx: median ${(rm / 1000).toFixed(2)} s`
    );
    console.log(
      `[bench report] ratio ${ratio.toFixed(2)} (goal <= 1.00): ${ratio <= 1 ? "met" : "NOT met"}`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

benchMain().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
