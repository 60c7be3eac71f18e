/**
 * Carry forward: last cycle's answers, responses, links and evidence dates brought into this cycle's workbook by
 * control, possibly on a newer checklist version. Pure: the plan says which cells to write; the CLI writes them
 * surgically into the new workbook's package, and the add-in could write the same plan through Office.js.
 *
 * - Controls are matched by part and ID; a control whose ID changed but whose title did not is matched by its title
 *   (renamed). Controls new, removed, renamed or reworded between the two versions are listed.
 * - A non-empty cell of the new workbook is never overwritten unless the caller allows it; it is skipped and listed.
 * - Every carried control is marked for re-confirmation in a "Carried forward" column beside its row
 *   ("Carried from <date>: re-confirm"), and the SelfAssess sheet records where the answers came from.
 * - Evidence dates that are too old under the new workbook's planned submission date are found by checking the
 *   new workbook with the carried values in place (`patchGrid`, then `checkGrid`), and listed (`agedEvidence`).
 */
import type { Checklist, ControlPart } from "../../checklists/schema";
import { isoToExcelSerial, parseEvidenceDate } from "../dates/parseDate";
import type { CellRef, CellValue, ControlAnswer, Finding } from "../model";
import { MET_LIST } from "../workbook/layout";
import { cellAt, cellText, normLabel, parseA1, type Grid } from "../workbook/grid";
import { SELFASSESS_SHEET } from "../workbook/persist";
import { releaseOf } from "../workbook/version";
import {
  cellWords,
  controlViews,
  dateWords,
  type AssessedWorkbook,
  type ControlView,
} from "./assessed";
import {
  CARRIED_FROM_KEYS,
  carriedFromPairs,
  placeCarryMarks,
  type CellWriteOf,
  type MarkRow,
} from "./carryMarks";

export { CARRIED_HEADER, patchGrid, type CellWriteOf } from "./carryMarks";

export type CarriedField = "met" | "response" | "links" | "dates";

export interface CarryWrite extends CellWriteOf {
  id: string;
  field: CarriedField;
  caseStudy: number | null;
}

export interface CarrySkip {
  id: string;
  title: string;
  field: CarriedField;
  caseStudy: number | null;
  cell: string;
  existing: string;
  carried: string;
}

export interface CarriedControl {
  /** The control key in the new workbook ("requirements/1.1"). */
  key: string;
  id: string;
  title: string;
  /** The old ID when the control was renamed, else null. */
  from: string | null;
  reworded: boolean;
  fields: CarriedField[];
  /** The control's row in the new workbook, where its mark goes (null when it has no cell). */
  row: MarkRow | null;
}

export interface VersionChanges {
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
  renamed: { from: string; to: string; title: string }[];
  reworded: { id: string; title: string; was: string }[];
}

export interface CarryPlan {
  from: { file: string; checklist: string; version: string; date: string };
  to: { file: string; checklist: string; version: string };
  writes: CarryWrite[];
  /** The "Carried forward" column: its header and one mark per carried control (carryMarks.ts). */
  marks: CellWriteOf[];
  /** Cells of an existing "Carried forward" column a person filled: their marks are not written. */
  keptMarks: { sheet: string; cell: string; existing: string }[];
  /** Rows of the SelfAssess sheet recording the carry (empty when the new workbook has no such sheet). */
  meta: CellWriteOf[];
  carried: CarriedControl[];
  skipped: CarrySkip[];
  changes: VersionChanges;
}

export interface CarryOptions {
  /** Replace non-empty cells of the new workbook (otherwise they are skipped and listed). */
  overwrite: boolean;
}

const MET_TEXT = { yes: MET_LIST[0], no: MET_LIST[1], na: MET_LIST[2], blank: "" } as const;

function words(text: string): string {
  return normLabel(text);
}

/** The date the old workbook's answers stand for: finalized, else approved, else created, else its as-of date. */
export function carriedDate(old: AssessedWorkbook): string {
  return (
    old.persisted?.finalized ??
    (old.review.state === "approved" ? old.review.approvedOn : null) ??
    old.persisted?.created ??
    old.check.assessment.asOf
  );
}

export function versionChanges(
  from: Checklist,
  to: Checklist
): VersionChanges & { pairs: Map<string, string> } {
  type C = { key: string; part: ControlPart; id: string; title: string; requirement: string };
  const list = (c: Checklist): C[] =>
    c.sections.flatMap((s) =>
      s.controls.map((x) => ({
        key: `${s.part}/${x.id}`,
        part: s.part,
        id: x.id,
        title: x.title,
        requirement: x.requirement,
      }))
    );
  const a = list(from);
  const b = list(to);
  const inA = new Map(a.map((c) => [c.key, c]));
  const inB = new Map(b.map((c) => [c.key, c]));
  /** New key -> old key, for every control matched (same key, or renamed). */
  const pairs = new Map<string, string>();
  const out: VersionChanges = { added: [], removed: [], renamed: [], reworded: [] };
  for (const c of b) {
    const old = inA.get(c.key);
    if (!old) continue;
    pairs.set(c.key, old.key);
    if (words(old.title) !== words(c.title) || words(old.requirement) !== words(c.requirement))
      out.reworded.push({ id: c.id, title: c.title, was: old.title });
  }
  const lostA = a.filter((c) => !inB.has(c.key));
  const newB = b.filter((c) => !inA.has(c.key));
  for (const c of newB) {
    const match = lostA.find(
      (o) =>
        o.part === c.part &&
        ![...pairs.values()].includes(o.key) &&
        (words(o.title) === words(c.title) || words(o.requirement) === words(c.requirement))
    );
    if (match) {
      pairs.set(c.key, match.key);
      out.renamed.push({ from: match.id, to: c.id, title: c.title });
    } else out.added.push({ id: c.id, title: c.title });
  }
  const used = new Set(pairs.values());
  for (const o of lostA) if (!used.has(o.key)) out.removed.push({ id: o.id, title: o.title });
  return { ...out, pairs };
}

function valueAt(grid: Grid, ref: CellRef | undefined): CellValue {
  if (!ref) return null;
  const sheet = grid.sheets.find((s) => s.name === ref.sheet);
  const at = parseA1(ref.cell);
  return sheet && at ? cellAt(sheet, at.row, at.col) : null;
}

/** What a field of the old answers becomes in a cell, or null when there is nothing to carry. */
function carriedValue(
  field: CarriedField,
  answers: readonly ControlAnswer[],
  old: AssessedWorkbook,
  date1904: boolean
): (Omit<CellWriteOf, "sheet" | "cell"> & { text: string }) | null {
  const first = answers[0];
  if (!first) return null;
  if (field === "met")
    return first.met === "blank" ? null : { value: MET_TEXT[first.met], text: MET_TEXT[first.met] };
  if (field === "response")
    return first.response ? { value: first.response, text: first.response } : null;
  if (field === "links") {
    const links = answers.flatMap((a) => a.links);
    return links.length ? { value: links.join("\n"), text: links.join("\n") } : null;
  }
  const dates = answers.flatMap((a) => a.dates.map((d) => dateWords(d, old.dates))).filter(Boolean);
  if (!dates.length) return null;
  if (dates.length === 1) {
    const parsed = parseEvidenceDate(dates[0], { date1904: false, locale: null });
    const serial = parsed.ok ? isoToExcelSerial(parsed.iso, date1904) : null;
    if (serial !== null && parsed.ok) return { value: serial, date: true, text: parsed.iso };
  }
  return { value: dates.join("\n"), text: dates.join("\n") };
}

function sameText(
  existing: CellValue,
  carried: { text: string; date?: boolean },
  date1904: boolean
): boolean {
  if (carried.date) return dateWords(existing, { date1904, locale: null }) === carried.text;
  return cellText(existing) === carried.text;
}

export function planCarryForward(
  old: AssessedWorkbook,
  fresh: AssessedWorkbook,
  freshGrid: Grid,
  options: CarryOptions
): CarryPlan {
  const date = carriedDate(old);
  const changes = versionChanges(old.check.checklist, fresh.check.checklist);
  const oldViews = new Map(controlViews(old.check).map((v) => [v.key, v]));
  const rewordedIds = new Set(changes.reworded.map((r) => r.id));
  const plan: CarryPlan = {
    from: {
      file: old.file,
      checklist: old.check.checklist.id,
      version: releaseOf(old.check),
      date,
    },
    to: {
      file: fresh.file,
      checklist: fresh.check.checklist.id,
      version: releaseOf(fresh.check),
    },
    writes: [],
    marks: [],
    keptMarks: [],
    meta: [],
    carried: [],
    skipped: [],
    changes: {
      added: changes.added,
      removed: changes.removed,
      renamed: changes.renamed,
      reworded: changes.reworded,
    },
  };
  const date1904 = freshGrid.date1904 ?? false;
  for (const view of controlViews(fresh.check)) {
    const oldKey = changes.pairs.get(view.key);
    const source: ControlView | undefined = oldKey ? oldViews.get(oldKey) : undefined;
    if (!source || !source.answers.length || !view.cells.length) continue;
    const fields = new Set<CarriedField>();
    const perCase = view.cells.length > 1;
    // A field per case study for Met and response; links and dates share one cell per control.
    const targets: { field: CarriedField; i: number; answers: ControlAnswer[] }[] = [];
    view.cells.forEach((_c, i) => {
      const answer = source.answers[perCase ? i : 0];
      if (!answer) return;
      targets.push({ field: "met", i, answers: [answer] });
      targets.push({ field: "response", i, answers: [answer] });
    });
    targets.push({ field: "links", i: 0, answers: source.answers });
    targets.push({ field: "dates", i: 0, answers: source.answers });
    for (const t of targets) {
      const ref = view.cells[t.i]?.[t.field];
      if (!ref) continue;
      if (t.field === "response" && view.cells[t.i]?.met?.cell === ref.cell) continue;
      const carried = carriedValue(t.field, t.answers, old, date1904);
      if (!carried) continue;
      const existing = valueAt(freshGrid, ref);
      if (sameText(existing, carried, date1904)) {
        fields.add(t.field);
        continue;
      }
      const caseStudy = perCase && (t.field === "met" || t.field === "response") ? t.i + 1 : null;
      if (cellText(existing) !== "" && !options.overwrite) {
        plan.skipped.push({
          id: view.id,
          title: view.title,
          field: t.field,
          caseStudy,
          cell: cellWords(ref),
          existing: cellText(existing),
          carried: carried.text,
        });
        continue;
      }
      const { text: _text, ...write } = carried;
      void _text;
      plan.writes.push({ ...ref, ...write, id: view.id, field: t.field, caseStudy });
      fields.add(t.field);
    }
    if (!fields.size) continue;
    const renamed = source.id !== view.id ? source.id : null;
    const reworded = rewordedIds.has(view.id);
    const at = view.cells[0]?.met ?? view.cells[0]?.id;
    const rowAt = at ? parseA1(at.cell) : null;
    plan.carried.push({
      key: view.key,
      id: view.id,
      title: view.title,
      from: renamed,
      reworded,
      fields: [...fields],
      row: at && rowAt ? { sheet: at.sheet, row: rowAt.row, renamed, reworded } : null,
    });
  }
  const placed = placeCarryMarks(
    freshGrid,
    fresh.check.mapping,
    date,
    plan.carried.flatMap((c) => (c.row ? [c.row] : []))
  );
  plan.marks = placed.marks;
  plan.keptMarks = placed.kept;
  const self = freshGrid.sheets.find((s) => s.name === SELFASSESS_SHEET);
  if (self && plan.carried.length) {
    const rows = self.rows;
    let at = rows.findIndex((r) => cellText(r?.[0]) === CARRIED_FROM_KEYS.file);
    if (at < 0) at = rows.length;
    carriedFromPairs({ file: old.file, date, version: plan.from.version }).forEach(
      ([key, value], i) =>
        plan.meta.push(
          { sheet: SELFASSESS_SHEET, cell: `A${at + 1 + i}`, value: key },
          { sheet: SELFASSESS_SHEET, cell: `B${at + 1 + i}`, value }
        )
    );
  }
  return plan;
}

const DATE_RULES = new Set(["date.max-age", "date.min-count"]);

/** Findings on carried evidence dates that are too old for the new planned submission date. */
export function agedEvidence(plan: CarryPlan, findings: readonly Finding[]): Finding[] {
  const carried = new Set(plan.writes.filter((w) => w.field === "dates").map((w) => w.id));
  return findings.filter((f) => DATE_RULES.has(f.rule) && carried.has(f.control));
}
