/** The workbooks the benches measure, built the way `selfassess new` lays them out and then filled as a partner would. */
import type ExcelJS from "exceljs";
import { CATALOG, CHECKLISTS, type ChecklistId } from "../../src/checklists";
import { Scope } from "../../src/core/model";
import { buildLayout } from "../../src/core/workbook/layout";
import type { Mapping } from "../../src/core/workbook/mapping";
import { SELFASSESS_SHEET } from "../../src/core/workbook/persist";
import { recognise } from "../../src/core/workbook/recognise";
import { readGrid } from "../../src/xlsx/readGrid";
import { layoutToWorkbook } from "../../src/cli/xlsx/writeWorkbook";

export const BENCH_TODAY = "2025-06-01";

/** A scope each programme accepts without questions left open. */
export const BENCH_SCOPES: Record<ChecklistId, object> = {
  msp: {},
  ato: {},
  dcx: { dcxSegment: "digital-commerce" },
  ftr: { deliveryCategory: "multi-tenant-saas" },
  ecs: {},
};

export interface FilledOptions {
  /** Where the Yes/No pattern starts, so copies of one programme differ. */
  seed?: number;
  /** Type an evidence link and an evidence date where the layout has their columns. */
  evidence?: boolean;
  /** Rows of a "Ticket log" sheet a partner keeps beside the checklist (0: none). */
  logRows?: number;
  /** Drop the SelfAssess sheet, as a partner's copy of the official workbook arrives. */
  withoutSelfAssess?: boolean;
}

const bufferOf = async (workbook: ExcelJS.Workbook): Promise<Buffer> =>
  Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

/**
 * A checklist's workbook with every Met cell answered (one in seven No) and a response beside it; optionally links,
 * dates and a large unrelated sheet, which every reader must still load. As ExcelJS holds it, with its mapping, for
 * a bench that edits it further.
 */
export async function filledExcelWorkbook(
  id: ChecklistId,
  options: FilledOptions = {}
): Promise<{ workbook: ExcelJS.Workbook; mapping: Mapping }> {
  const layout = buildLayout(CATALOG[id], Scope.parse({ checklist: id, ...BENCH_SCOPES[id] }), {
    today: BENCH_TODAY,
  });
  const workbook = layoutToWorkbook(layout);
  const own = options.withoutSelfAssess ? workbook.getWorksheet(SELFASSESS_SHEET) : undefined;
  if (own) workbook.removeWorksheet(own.id);
  const bytes = await bufferOf(workbook);
  const result = recognise(await readGrid(bytes), CHECKLISTS);
  if (!result.ok) throw new Error(result.reason);
  let i = options.seed ?? 0;
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
      if (!options.evidence) continue;
      if (m.columns.evidenceLinks !== null)
        sheet.getCell(row + 1, m.columns.evidenceLinks + 1).value =
          `https://docs.acme-cloud.com/evidence/${i}.pdf`;
      if (m.columns.evidenceDates !== null)
        sheet.getCell(row + 1, m.columns.evidenceDates + 1).value = "2025-04-01";
    }
  }
  const logRows = options.logRows ?? 0;
  if (logRows > 0) {
    const log = workbook.addWorksheet("Ticket log");
    log.addRow(["Ticket", "Opened", "Customer", "Summary", "Minutes"]);
    for (let r = 1; r <= logRows; r++)
      log.addRow([
        `T-${100000 + r}`,
        new Date(Date.UTC(2025, 0, 1 + (r % 365))),
        `Customer ${r % 97}`,
        `Incident ${r}: patched and verified`,
        (r * 37) % 480,
      ]);
  }
  return { workbook, mapping: result.mapping };
}

/** filledExcelWorkbook's file. */
export async function filledWorkbook(
  id: ChecklistId,
  options: FilledOptions = {}
): Promise<Buffer> {
  return bufferOf((await filledExcelWorkbook(id, options)).workbook);
}
