/**
 * `selfassess check` on a workbook of a release the catalog does not know vs a known one of the same size (goal:
 * ratio <= 1.1). The unknown release is the known MSP workbook with two requirement IDs renamed, so recognition
 * derives the checklist from the workbook's rows and enriches it; the known one takes the catalog path.
 * Alternating runs, median of each; prints figures and the ratio, asserts nothing.
 */
import { CHECKLISTS } from "../src/checklists";
import { checkGrid } from "../src/core/workbook/checkGrid";
import { readGrid } from "../src/xlsx/readGrid";
import { alternate } from "./support/alternate";
import { BENCH_TODAY, filledExcelWorkbook } from "./support/workbooks";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
/** IDs no MSP release in the catalog has. */
const NEW_IDS = ["15.1", "15.2"];

async function workbooks(): Promise<{ known: Buffer; unknown: Buffer }> {
  const { workbook, mapping } = await filledExcelWorkbook("msp", { withoutSelfAssess: true });
  const known = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const renamed = mapping.sheets
    .flatMap((m) =>
      Object.entries(m.controls)
        .filter(([key]) => key.startsWith("requirements/"))
        .map(([, row]) => ({ sheet: m.sheet, row, col: m.columns.id }))
    )
    .slice(0, NEW_IDS.length);
  renamed.forEach((r, n) => {
    const sheet = workbook.getWorksheet(r.sheet);
    if (sheet) sheet.getCell(r.row + 1, r.col + 1).value = NEW_IDS[n];
  });
  const unknown = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return { known, unknown };
}

async function main(): Promise<void> {
  const { known, unknown } = await workbooks();
  const check = (bytes: Buffer, source: string) => async () => {
    const result = checkGrid(await readGrid(bytes), CHECKLISTS, { today: BENCH_TODAY });
    if (!result.ok) throw new Error(result.reason);
    if (result.check.checklist.source !== source)
      throw new Error(`expected a ${source} checklist, got ${result.check.checklist.source}`);
  };
  const checkKnown = check(known, "catalog");
  const checkUnknown = check(unknown, "enriched");
  const { a: k, b: u } = await alternate(checkKnown, checkUnknown, ROUNDS, 3);
  const ratio = u / k;
  console.log(
    `[bench recognise] MSP workbooks ${(known.length / 1024).toFixed(0)} / ${(unknown.length / 1024).toFixed(0)} KiB, ${ROUNDS} alternating runs`
  );
  console.log(`[bench recognise] check, known release (catalog): median ${k.toFixed(1)} ms`);
  console.log(
    `[bench recognise] check, unknown release (derived + enriched): median ${u.toFixed(1)} ms`
  );
  console.log(
    `[bench recognise] ratio ${ratio.toFixed(2)} (goal <= 1.10): ${ratio <= 1.1 ? "met" : "NOT met"}`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
