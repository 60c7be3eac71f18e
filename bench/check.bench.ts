/**
 * `selfassess check` on a filled MSP workbook vs ExcelJS loading the same file alone (goal: ratio <= 1.3).
 * Alternating runs, median of each; prints figures and the ratio, asserts nothing.
 */
import ExcelJS from "exceljs";
import { CHECKLISTS } from "../src/checklists";
import { checkGrid } from "../src/core/workbook/checkGrid";
import { readGrid } from "../src/xlsx/readGrid";
import { alternate } from "./support/alternate";
import { BENCH_TODAY, filledWorkbook } from "./support/workbooks";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);

async function main(): Promise<void> {
  const bytes = await filledWorkbook("msp");
  const loadOnly = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  };
  const check = async () => {
    const result = checkGrid(await readGrid(bytes), CHECKLISTS, { today: BENCH_TODAY });
    if (!result.ok) throw new Error(result.reason);
  };
  const { a: l, b: c } = await alternate(loadOnly, check, ROUNDS, 3);
  const ratio = c / l;
  console.log(
    `[bench check] MSP workbook ${(bytes.length / 1024).toFixed(0)} KiB, ${ROUNDS} alternating runs`
  );
  console.log(`[bench check] ExcelJS load alone: median ${l.toFixed(1)} ms`);
  console.log(
    `[bench check] check (load + grid + recognise + read + assess): median ${c.toFixed(1)} ms`
  );
  console.log(
    `[bench check] ratio ${ratio.toFixed(2)} (goal <= 1.30): ${ratio <= 1.3 ? "met" : "NOT met"}`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
