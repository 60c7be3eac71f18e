/**
 * `selfassess finalize` vs `selfassess check` on the same 50,000-row MSP workbook (the filled checklist plus a
 * 50,000-row log sheet a partner keeps beside it), side by side in one run (goal: ratio <= 1.2). Finalize reads the
 * workbook as check does (ExcelJS) and then edits the package in place; it was 9.6 s vs 5.8 s when it re-serialised
 * the whole workbook with ExcelJS. Alternating runs, median of each; prints figures, asserts nothing.
 *   BENCH_ROUNDS=5 BENCH_ROWS=50000
 */
import { CHECKLISTS } from "../src/checklists";
import { checkGrid } from "../src/core/workbook/checkGrid";
import { finalizeWorkbook } from "../src/cli/xlsx/finalize";
import { readGrid } from "../src/xlsx/readGrid";
import { alternate } from "./support/alternate";
import { BENCH_TODAY as TODAY, filledWorkbook } from "./support/workbooks";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);

async function main(): Promise<void> {
  const bytes = await filledWorkbook("msp", { logRows: ROWS });
  const check = async () => {
    const result = checkGrid(await readGrid(bytes), CHECKLISTS, { today: TODAY });
    if (!result.ok) throw new Error(result.reason);
  };
  const finalize = async () => {
    const result = await finalizeWorkbook(bytes, { today: TODAY });
    if (result.replaced === 0) throw new Error("nothing finalized");
  };
  const { a: c, b: f } = await alternate(check, finalize, ROUNDS, 1);
  const ratio = f / c;
  console.log(
    `[bench finalize] MSP workbook with a ${ROWS}-row sheet, ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, ${ROUNDS} alternating runs`
  );
  console.log(`[bench finalize] check: median ${(c / 1000).toFixed(2)} s`);
  console.log(`[bench finalize] finalize: median ${(f / 1000).toFixed(2)} s`);
  console.log(
    `[bench finalize] ratio ${ratio.toFixed(2)} (goal <= 1.20): ${ratio <= 1.2 ? "met" : "NOT met"}`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
