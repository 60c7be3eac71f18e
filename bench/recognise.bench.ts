/**
 * `selfassess check` on a workbook of a release the catalog does not know vs a known one of the same size (goal:
 * ratio <= 1.1). The unknown release is the known MSP workbook with two requirement IDs renamed, so recognition
 * derives the checklist from the workbook's rows and enriches it; the known one takes the catalog path.
 * Alternating runs, median of each; prints figures and the ratio, asserts nothing.
 */
import { CATALOG, CHECKLISTS } from "../src/checklists";
import { Scope } from "../src/core/model";
import { checkGrid } from "../src/core/workbook/checkGrid";
import { buildLayout } from "../src/core/workbook/layout";
import { recognise } from "../src/core/workbook/recognise";
import { readGrid } from "../src/xlsx/readGrid";
import { layoutToWorkbook } from "../src/cli/xlsx/writeWorkbook";
import { alternate } from "./support/alternate";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
/** IDs no MSP release in the catalog has. */
const NEW_IDS = ["15.1", "15.2"];

async function workbooks(): Promise<{ known: Buffer; unknown: Buffer }> {
  const layout = buildLayout(CATALOG.msp, Scope.parse({ checklist: "msp" }), {
    today: "2025-06-01",
  });
  const workbook = layoutToWorkbook(layout);
  // Without the SelfAssess sheet, as a partner's copy of the official workbook arrives.
  const own = workbook.getWorksheet("SelfAssess");
  if (own) workbook.removeWorksheet(own.id);
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const result = recognise(await readGrid(bytes), CHECKLISTS);
  if (!result.ok) throw new Error(result.reason);
  let i = 0;
  const renamed: { sheet: string; row: number; col: number }[] = [];
  for (const m of result.mapping.sheets) {
    const sheet = workbook.getWorksheet(m.sheet);
    if (!sheet) continue;
    for (const [key, row] of Object.entries(m.controls)) {
      const cols = m.columns.caseStudies.length
        ? m.columns.caseStudies.map((g) => g.met)
        : [m.columns.met ?? 2];
      for (const col of cols) {
        sheet.getCell(row + 1, col + 1).value = i++ % 7 === 0 ? "No" : "Yes";
        sheet.getCell(row + 1, col + 2).value = "Documented in our runbook, see the evidence link.";
      }
      if (key.startsWith("requirements/") && renamed.length < NEW_IDS.length)
        renamed.push({ sheet: m.sheet, row, col: m.columns.id });
    }
  }
  const known = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
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
    const result = checkGrid(await readGrid(bytes), CHECKLISTS, { today: "2025-06-01" });
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
