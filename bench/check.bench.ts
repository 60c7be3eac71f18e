/**
 * `selfassess check` on a filled MSP workbook vs ExcelJS loading the same file alone (goal: ratio <= 1.3).
 * Alternating runs, median of each; prints figures and the ratio, asserts nothing.
 */
import ExcelJS from "exceljs";
import { CATALOG, CHECKLISTS } from "../src/checklists";
import { Scope } from "../src/core/model";
import { checkGrid } from "../src/core/workbook/checkGrid";
import { buildLayout } from "../src/core/workbook/layout";
import { recognise } from "../src/core/workbook/recognise";
import { readGrid } from "../src/xlsx/readGrid";
import { layoutToWorkbook } from "../src/cli/xlsx/writeWorkbook";
import { alternate } from "./support/alternate";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);

async function filledWorkbook(): Promise<Buffer> {
  const checklist = CATALOG.msp;
  const layout = buildLayout(checklist, Scope.parse({ checklist: "msp" }), { today: "2025-06-01" });
  const workbook = layoutToWorkbook(layout);
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const result = recognise(await readGrid(bytes), CHECKLISTS);
  if (!result.ok) throw new Error(result.reason);
  let i = 0;
  for (const m of result.mapping.sheets) {
    const sheet = workbook.getWorksheet(m.sheet);
    if (!sheet) continue;
    for (const row of Object.values(m.controls)) {
      const cols = m.columns.caseStudies.length
        ? m.columns.caseStudies.map((g) => g.met)
        : [m.columns.met ?? 2];
      for (const col of cols) {
        sheet.getCell(row + 1, col + 1).value = i++ % 7 === 0 ? "No" : "Yes";
        sheet.getCell(row + 1, col + 2).value = "Documented in our runbook, see the evidence link.";
      }
    }
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function main(): Promise<void> {
  const bytes = await filledWorkbook();
  const loadOnly = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  };
  const check = async () => {
    const result = checkGrid(await readGrid(bytes), CHECKLISTS, { today: "2025-06-01" });
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
