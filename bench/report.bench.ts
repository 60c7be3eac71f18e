/**
 * The portfolio (`selfassess report DIR --out portfolio.xlsx`) over 200 workbooks vs `selfassess check DIR` on the
 * same folder, side by side in one run (goal: report <= 1.0x check; the portfolio does more per file and makes up
 * for it with worker threads). Alternating runs, median of each; prints figures and the ratio, asserts nothing.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { CATALOG, CHECKLISTS, type ChecklistId } from "../src/checklists";
import { Scope } from "../src/core/model";
import { buildLayout } from "../src/core/workbook/layout";
import { recognise } from "../src/core/workbook/recognise";
import { main } from "../src/cli/main";
import { readGrid } from "../src/xlsx/readGrid";
import { layoutToWorkbook } from "../src/cli/xlsx/writeWorkbook";
import { alternate } from "./support/alternate";
// Emits the worker module beside portfolioRows in dist-bench (it does nothing on the main thread).
import "../src/cli/exchange/portfolioWorker";

const FILES = Number(process.env.BENCH_FILES ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SCOPES: Record<ChecklistId, object> = {
  msp: {},
  ato: {},
  dcx: { dcxSegment: "digital-commerce" },
  ftr: { deliveryCategory: "multi-tenant-saas" },
  ecs: {},
};

/** A filled workbook of a checklist: every Met cell answered, responses, links and dates typed. */
async function filledWorkbook(id: ChecklistId, seed: number): Promise<Buffer> {
  const layout = buildLayout(CATALOG[id], Scope.parse({ checklist: id, ...SCOPES[id] }), {
    today: "2025-06-01",
  });
  const workbook = layoutToWorkbook(layout);
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const result = recognise(await readGrid(bytes), CHECKLISTS);
  if (!result.ok) throw new Error(result.reason);
  let i = seed;
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
      if (m.columns.evidenceLinks !== null)
        sheet.getCell(row + 1, m.columns.evidenceLinks + 1).value =
          `https://docs.acme-cloud.com/evidence/${i}.pdf`;
      if (m.columns.evidenceDates !== null)
        sheet.getCell(row + 1, m.columns.evidenceDates + 1).value = "2025-04-01";
    }
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

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
    const ids = Object.keys(SCOPES) as ChecklistId[];
    const sources: string[] = [];
    for (let k = 0; k < 10; k++) {
      const id = ids[k % ids.length];
      const file = join(out, `source-${k}.xlsx`);
      writeFileSync(file, await filledWorkbook(id, k));
      sources.push(file);
    }
    for (let n = 0; n < FILES; n++)
      copyFileSync(
        sources[n % sources.length],
        join(dir, `partner-${String(n).padStart(3, "0")}.xlsx`)
      );
    const check = () => run(["check", dir, "--as-of", "2025-06-01"]);
    const report = () =>
      run(["report", dir, "--out", join(out, "portfolio.xlsx"), "--as-of", "2025-06-01"]);
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
