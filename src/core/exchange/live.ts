/**
 * The open workbook, as the task pane sees it (the live store's snapshot), in the shapes the exchange functions
 * take: an AssessedWorkbook for `diffWorkbooks` and `planCarryForward`, and a Grid holding the answer cells so the
 * carry-forward plan sees which cells are not empty. The pane never reads the workbook a second time for this.
 * Carry-forward writes become the port's answer writes, keyed by control and case study.
 */
import type { LiveAssessment } from "../pipeline/snapshot";
import type { CellValue } from "../model";
import type { AnswerWrite } from "../workbook/answersPlan";
import { parseA1, type Grid, type GridSheet } from "../workbook/grid";
import { MET_LIST } from "../workbook/layout";
import { cellWords, dateWords, type AssessedWorkbook } from "./assessed";
import { planCarryForward, type CarryPlan, type CarrySkip } from "./carryForward";

/** The store's snapshot: a LiveAssessment whose state may also be "loading" or "failed". */
export type LiveView = Omit<LiveAssessment, "state"> & { state: string };

const MET_TEXT = { yes: MET_LIST[0], no: MET_LIST[1], na: MET_LIST[2], blank: "" } as const;

/** The open workbook as an AssessedWorkbook; null while it holds no recognised assessment. */
export function assessedFromLive(
  live: LiveView,
  file: string,
  locale: string | null = null
): AssessedWorkbook | null {
  if (live.state !== "ready" || !live.assessment || !live.checklist || !live.mapping) return null;
  if (!live.readiness) return null;
  const assessment = { ...live.assessment, findings: live.findings };
  return {
    file,
    check: {
      assessment,
      findings: live.findings,
      workbookFindings: live.workbookFindings,
      engineFindings: live.assessment.findings,
      readiness: live.readiness,
      checklist: live.checklist,
      scope: live.assessment.scope,
      scopeSource: "workbook",
      mapping: live.mapping,
      entries: [...live.entries],
      pointOverrides: new Map(),
      candidates: [],
      // The pipeline's comparison; a snapshot made without one (a test's fake port) says only the catalog's release.
      version: live.version ?? {
        workbookVersion: null,
        catalogVersion: live.checklist.version,
        validity: null,
        lapsed: false,
        differs: false,
      },
      finalized: live.finalized ?? null,
      approval: live.approval ?? null,
    },
    persisted: null,
    review: { state: "draft", reviewer: null, approvedOn: null, answersHash: null, history: [] },
    answersHash: () => "",
    approval: "draft",
    partner: null,
    dates: { date1904: false, locale },
  };
}

/** A Grid holding only the open workbook's answer cells (what the store read), with the mapped header rows. */
export function liveGrid(live: LiveView): Grid {
  const sheets = new Map<string, GridSheet>();
  const sheetOf = (name: string): GridSheet => {
    let s = sheets.get(name);
    if (!s) {
      s = { name, rows: [], merges: [], hyperlinks: {}, visibility: "visible" };
      sheets.set(name, s);
    }
    return s;
  };
  const put = (sheet: string, cell: string, value: CellValue) => {
    const at = parseA1(cell);
    if (!at) return;
    const s = sheetOf(sheet);
    while (s.rows.length <= at.row) s.rows.push([]);
    const row = s.rows[at.row];
    while (row.length < at.col) row.push(null);
    row[at.col] = value;
  };
  for (const m of live.mapping?.sheets ?? []) sheetOf(m.sheet);
  for (const entry of live.entries) {
    entry.cells?.forEach((cells, i) => {
      const answer = entry.answers[i];
      if (!answer) return;
      if (cells.id) put(cells.id.sheet, cells.id.cell, entry.id);
      if (cells.met) put(cells.met.sheet, cells.met.cell, MET_TEXT[answer.met]);
      if (cells.response && cells.response.cell !== cells.met?.cell)
        put(cells.response.sheet, cells.response.cell, answer.response);
      if (cells.links) put(cells.links.sheet, cells.links.cell, answer.links.join("\n"));
      if (cells.dates)
        put(
          cells.dates.sheet,
          cells.dates.cell,
          answer.dates.map((d) => dateWords(d, { date1904: false, locale: null })).join("\n")
        );
    });
  }
  return { sheets: [...sheets.values()], date1904: false };
}

export interface LiveCarryWrite extends AnswerWrite {
  id: string;
  title: string;
  /** The cell as people read it: 'MSP Checklist'!C12. */
  cell: string;
}

export interface LiveConflict extends LiveCarryWrite {
  /** What the open workbook's cell holds now. */
  existing: string;
}

export interface LiveCarryPlan {
  plan: CarryPlan;
  /** Written on "Carry forward": the open workbook's cell is empty. */
  writes: LiveCarryWrite[];
  /** Not written unless the user confirms: the open workbook's cell holds something else. */
  conflicts: LiveConflict[];
}

/** Plans carrying `old` into the open workbook: the writes for empty cells, and a write per conflict to confirm. */
export function planLiveCarry(
  old: AssessedWorkbook,
  current: AssessedWorkbook,
  live: LiveView
): LiveCarryPlan {
  const grid = liveGrid(live);
  const plan = planCarryForward(old, current, grid, { overwrite: false });
  const full = planCarryForward(old, current, grid, { overwrite: true });
  // Each answer cell of the open workbook -> the control, case study and field the port writes.
  const byCell = new Map<string, { key: string; caseStudy: number; field: AnswerWrite["field"] }>();
  for (const entry of live.entries) {
    const key = `${entry.part}/${entry.id}`;
    entry.cells?.forEach((cells, i) => {
      for (const field of ["met", "response", "links", "dates"] as const) {
        const ref = cells[field];
        const id = ref && `${ref.sheet}\u0000${ref.cell}`;
        if (id && !byCell.has(id)) byCell.set(id, { key, caseStudy: i + 1, field });
      }
    });
  }
  const titles = new Map(plan.carried.map((c) => [c.id, c.title]));
  const toWrite = (w: CarryPlan["writes"][number]): LiveCarryWrite | null => {
    const target = byCell.get(`${w.sheet}\u0000${w.cell}`);
    if (!target) return null;
    const value = w.date ? dateWords(w.value, { date1904: false, locale: null }) : String(w.value);
    return {
      ...target,
      value,
      id: w.id,
      title: titles.get(w.id) ?? w.id,
      cell: cellWords({ sheet: w.sheet, cell: w.cell }),
    };
  };
  const writes = plan.writes.map(toWrite).filter((w): w is LiveCarryWrite => w !== null);
  const skipped = new Map<string, CarrySkip>(plan.skipped.map((s) => [s.cell, s]));
  const conflicts: LiveConflict[] = [];
  for (const w of full.writes) {
    const cell = cellWords({ sheet: w.sheet, cell: w.cell });
    const skip = skipped.get(cell);
    if (!skip) continue;
    const write = toWrite(w);
    if (write) conflicts.push({ ...write, title: skip.title, existing: skip.existing });
  }
  return { plan, writes, conflicts };
}
