/**
 * Workbooks for the exchange tests, made the way `selfassess new` makes them (layout -> ExcelJS) and then filled
 * in cell by cell as a partner would, so the tests read them through the real reader and engine.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CATALOG,
  CHECKLISTS,
  type Checklist,
  type ChecklistId,
  type Control,
} from "../../../src/checklists";
import { Scope, type ScopeInput } from "../../../src/core/model";
import { buildLayout } from "../../../src/core/workbook/layout";
import type { Mapping } from "../../../src/core/workbook/mapping";
import { SELFASSESS_SHEET } from "../../../src/core/workbook/persist";
import { recognise } from "../../../src/core/workbook/recognise";
import { assessBytes } from "../../../src/cli/exchange/loadAssessed";
import { readGrid } from "../../../src/xlsx/readGrid";
import { layoutToWorkbook } from "../../../src/cli/xlsx/writeWorkbook";

export interface Fill {
  met?: string;
  response?: string;
  links?: string[];
  dates?: (string | Date)[];
  reviewerComment?: string;
}

/** What to type for a control: by key ("requirements/1.1"), control and case study (null when answered once). */
export type Filler = (
  key: string,
  id: string,
  caseStudy: number | null,
  control?: Control
) => Fill | null;

export interface MadeWorkbook {
  workbook: ExcelJS.Workbook;
  mapping: Mapping;
}

export async function blankWorkbook(
  id: ChecklistId,
  scope: Partial<ScopeInput> = {},
  checklist: Checklist = CATALOG[id],
  catalog: readonly Checklist[] = CHECKLISTS
): Promise<MadeWorkbook> {
  const layout = buildLayout(checklist, Scope.parse({ checklist: id, ...scope }), {
    today: "2025-06-01",
  });
  const workbook = layoutToWorkbook(layout, new Date(Date.UTC(2025, 5, 1)));
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const result = recognise(await readGrid(bytes), catalog);
  if (!result.ok) throw new Error(result.reason);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { workbook: reread, mapping: result.mapping };
}

/** Types the filler's answers into the workbook's mapped cells. */
export function fill(made: MadeWorkbook, filler: Filler, checklist?: Checklist): void {
  const list = checklist ?? CATALOG[made.mapping.checklist];
  const controls = new Map<string, Control>(
    list.sections.flatMap((s) => s.controls.map((c): [string, Control] => [`${s.part}/${c.id}`, c]))
  );
  for (const m of made.mapping.sheets) {
    const sheet = made.workbook.getWorksheet(m.sheet);
    if (!sheet) continue;
    const c = m.columns;
    for (const [key, row] of Object.entries(m.controls)) {
      const id = key.slice(key.indexOf("/") + 1);
      const set = (col: number | null, value: ExcelJS.CellValue | undefined) => {
        if (col === null || value === undefined) return;
        sheet.getCell(row + 1, col + 1).value = value;
      };
      const links: string[] = [];
      const dates: (string | Date)[] = [];
      let comment: string | undefined;
      const groups = c.caseStudies.length ? c.caseStudies : null;
      if (groups && c.met === null) {
        for (const g of groups) {
          const f = filler(key, id, g.index, controls.get(key));
          if (!f) continue;
          set(g.met, f.met);
          set(g.response, f.response);
          links.push(...(f.links ?? []));
          dates.push(...(f.dates ?? []));
          comment ??= f.reviewerComment;
        }
      } else {
        const f = filler(key, id, null, controls.get(key));
        if (!f) continue;
        set(c.met, f.met);
        set(c.response, f.response);
        links.push(...(f.links ?? []));
        dates.push(...(f.dates ?? []));
        comment = f.reviewerComment;
      }
      if (links.length) set(c.evidenceLinks, links.join("\n"));
      if (dates.length === 1 && dates[0] instanceof Date) set(c.evidenceDates, dates[0]);
      else if (dates.length)
        set(
          c.evidenceDates,
          dates.map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)).join("\n")
        );
      set(c.reviewerComment, comment);
    }
  }
}

/** Adds or replaces key/value rows of the SelfAssess sheet (review.*, finalized, ...). */
export function setMeta(made: MadeWorkbook, pairs: Record<string, string>): void {
  const sheet = made.workbook.getWorksheet(SELFASSESS_SHEET);
  if (!sheet) throw new Error("no SelfAssess sheet");
  const todo = new Map(Object.entries(pairs));
  sheet.eachRow((row) => {
    const key = String(row.getCell(1).value ?? "");
    if (todo.has(key)) {
      row.getCell(2).value = todo.get(key) ?? "";
      todo.delete(key);
    }
  });
  let next = sheet.rowCount + 1;
  for (const [key, value] of todo) {
    sheet.getCell(next, 1).value = key;
    sheet.getCell(next, 2).value = value;
    next++;
  }
}

export async function bytesOf(made: MadeWorkbook): Promise<Buffer> {
  return Buffer.from((await made.workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Every control met with a public link and a recent date: the engine finds nothing to report. */
export const cleanFiller: Filler = (_key, id, caseStudy, control) => ({
  met: "Yes",
  response:
    control?.response === "value"
      ? "4 hours"
      : `We do ${id}${caseStudy ? ` for customer ${caseStudy}` : ""}; see the linked document.`,
  links: [`https://docs.acme-cloud.com/evidence/${id}${caseStudy ? `-${caseStudy}` : ""}.pdf`],
  dates: ["2025-05-01"],
});

/** A workbook with every control answered cleanly except a few, for a realistic mix of findings. */
export const mixedFiller: Filler = (key, id, caseStudy, control) => {
  const n = [...key].reduce((a, ch) => a + ch.charCodeAt(0), 0) + (caseStudy ?? 0);
  if (n % 11 === 0) return null;
  if (n % 7 === 0) return { met: "No", response: "Not yet in place." };
  if (n % 5 === 0)
    return {
      met: "Yes",
      response: `Done ${id}.`,
      links: ["ftp://intranet/doc"],
      dates: ["2019-01-01"],
    };
  return cleanFiller(key, id, caseStudy, control);
};

/** Writes the portfolio folder used here and by the integration test. */
export async function makePortfolioFolder(target: string): Promise<void> {
  const write = async (name: string, made: MadeWorkbook) =>
    writeFileSync(join(target, name), await bytesOf(made));
  const msp = await blankWorkbook("msp");
  fill(msp, mixedFiller);
  await write("Acme MSP 2025.xlsx", msp);
  const ato = await blankWorkbook("ato");
  fill(ato, cleanFiller);
  setMeta(ato, { partner: "Globex Federal" });
  const hash = await assessBytes(await bytesOf(ato), "x", { today: "2025-06-01" });
  if (!hash.ok) throw new Error(hash.message);
  setMeta(ato, {
    "review.state": "approved",
    "review.reviewer": "Ana",
    "review.approvedOn": "2025-05-20",
    "review.answersHash": hash.workbook.answersHash(),
    finalized: "2025-05-21",
  });
  await write("globex-ato.xlsx", ato);
  const dcx = await blankWorkbook("dcx", { dcxSegment: "digital-commerce" });
  await write("Initech DCX.xlsx", dcx);
  const ftr = await blankWorkbook("ftr", { deliveryCategory: "multi-tenant-saas" });
  fill(ftr, cleanFiller);
  await write("umbrella_ftr_2025-05.xlsx", ftr);
  const ecs = await blankWorkbook("ecs");
  fill(ecs, mixedFiller);
  await write("Hooli ECS.xlsx", ecs);
  const old = await blankWorkbook("msp");
  fill(old, cleanFiller);
  setMeta(old, { checklistVersion: "2.9" });
  await write("Old Version MSP.xlsx", old);
  writeFileSync(join(target, "notes.xlsx"), "this is not a workbook");
}
