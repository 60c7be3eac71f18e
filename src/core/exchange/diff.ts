/**
 * What changed between two checked workbooks (two runs of one assessment, or last cycle's and this cycle's,
 * possibly on a newer checklist version): controls are matched by part and ID, and every change names the cell
 * in both files so a PDM can open either and look. Pure: the CLI prints it as text or JSON.
 */
import { fileWithChecklist } from "../catalogNames";
import type { CellRef, Finding, Met } from "../model";
import type { WorkbookCheck } from "../workbook/checkGrid";
import { releaseOf } from "../workbook/version";
import {
  cellWords,
  controlViews,
  dateWords,
  type AssessedWorkbook,
  type ControlView,
} from "./assessed";

export const MET_WORDS: Record<Met, string> = { yes: "Yes", no: "No", na: "N/A", blank: "blank" };

export interface Side {
  file: string;
  checklist: string;
  version: string;
}

export interface AnswerChange {
  id: string;
  title: string;
  /** The customer reference, for controls answered per case study; null when answered once. */
  caseStudy: number | null;
  field: "met" | "response";
  from: string;
  to: string;
  cellA: string;
  cellB: string;
}

export interface EvidenceChange {
  id: string;
  title: string;
  caseStudy: number | null;
  kind: "link" | "date";
  value: string;
  /** The evidence cell in the file that has it; the other file's cell for the same control beside it. */
  cellA: string;
  cellB: string;
}

export interface ControlScoreChange {
  id: string;
  title: string;
  from: Met;
  to: Met;
  /** MSP: the control's points in each file; null for unscored checklists. */
  pointsFrom: number | null;
  pointsTo: number | null;
  cellA: string;
  cellB: string;
}

export interface FindingChange {
  id: string;
  caseStudy: number | null;
  rule: string;
  severity: Finding["severity"];
  message: string;
  cell: string;
}

export interface Totals {
  score: number | null;
  max: number | null;
  pass: boolean | null;
  ready: boolean;
  answered: number;
  applicable: number;
  met: number;
  errors: number;
  warnings: number;
}

export interface WorkbookDiff {
  a: Side;
  b: Side;
  totals: { from: Totals; to: Totals };
  sections: { id: string; title: string; from: number; to: number }[];
  controls: ControlScoreChange[];
  answers: AnswerChange[];
  evidenceAdded: EvidenceChange[];
  evidenceRemoved: EvidenceChange[];
  findingsFixed: FindingChange[];
  findingsIntroduced: FindingChange[];
  onlyInA: { id: string; title: string; cell: string }[];
  onlyInB: { id: string; title: string; cell: string }[];
}

function side(w: AssessedWorkbook): Side {
  return { file: w.file, checklist: w.check.checklist.id, version: releaseOf(w.check) };
}

function totals(check: WorkbookCheck): Totals {
  const a = check.assessment;
  const count = (s: string) => check.findings.filter((f) => f.severity === s).length;
  return {
    score: a.score?.total ?? null,
    max: a.score?.max ?? null,
    pass: a.score ? a.score.pass : null,
    ready: a.ready,
    answered: a.overall.answered,
    applicable: a.overall.applicable,
    met: a.overall.met,
    errors: count("error"),
    warnings: count("warning"),
  };
}

/** MSP points a control scores, as scoring.ts counts them; null for unscored checklists. */
function pointsOf(check: WorkbookCheck, view: ControlView): number | null {
  if (!check.checklist.scoring || view.part !== "requirements") return null;
  const status = check.assessment.statuses.find((s) => s.key === view.key);
  const points = check.pointOverrides.get(view.key) ?? status?.control.points;
  if (!points || !status) return null;
  if (status.state !== "applies") return points.met;
  if (view.met === "yes" || (view.met === "na" && status.control.naAllowed)) return points.met;
  return points.notMet;
}

function where(
  view: ControlView | undefined,
  i: number,
  field: "met" | "response" | "links" | "dates"
): string {
  const cells = view?.cells[i] ?? view?.cells[0];
  return cellWords(cells?.[field] ?? cells?.met ?? cells?.id);
}

/** A message without the cell addresses it names, so a finding that moved rows is still the same finding. */
function findingIdentity(f: Finding): string {
  const message = f.message.replace(
    /(?:'(?:[^']|'')*'|[A-Za-z0-9_.]+)!\$?[A-Z]{1,3}\$?\d+:?\s*/g,
    ""
  );
  return [f.control, f.caseStudy ?? "", f.rule, f.field, message].join("\u0000");
}

function findingChanges(from: readonly Finding[], to: readonly Finding[]): FindingChange[] {
  const left = new Map<string, number>();
  for (const f of to) left.set(findingIdentity(f), (left.get(findingIdentity(f)) ?? 0) + 1);
  const out: FindingChange[] = [];
  for (const f of from) {
    const key = findingIdentity(f);
    const n = left.get(key) ?? 0;
    if (n > 0) {
      left.set(key, n - 1);
      continue;
    }
    out.push({
      id: f.control,
      caseStudy: f.caseStudy ?? null,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      cell: f.sheet && f.cell ? cellWords({ sheet: f.sheet, cell: f.cell } as CellRef) : "",
    });
  }
  return out;
}

export function diffWorkbooks(a: AssessedWorkbook, b: AssessedWorkbook): WorkbookDiff {
  const va = new Map(controlViews(a.check).map((v) => [v.key, v]));
  const vb = new Map(controlViews(b.check).map((v) => [v.key, v]));
  const out: WorkbookDiff = {
    a: side(a),
    b: side(b),
    totals: { from: totals(a.check), to: totals(b.check) },
    sections: [],
    controls: [],
    answers: [],
    evidenceAdded: [],
    evidenceRemoved: [],
    findingsFixed: findingChanges(a.check.findings, b.check.findings),
    findingsIntroduced: findingChanges(b.check.findings, a.check.findings),
    onlyInA: [],
    onlyInB: [],
  };
  const sa = a.check.assessment.score?.sections ?? [];
  for (const s of b.check.assessment.score?.sections ?? []) {
    const before = sa.find((x) => x.id === s.id);
    if (before && before.total !== s.total)
      out.sections.push({ id: s.id, title: s.title, from: before.total, to: s.total });
  }
  for (const [key, x] of va) {
    const y = vb.get(key);
    if (!y) {
      out.onlyInA.push({ id: x.id, title: x.title, cell: where(x, 0, "met") });
      continue;
    }
    if (x.met !== y.met) {
      out.controls.push({
        id: y.id,
        title: y.title,
        from: x.met,
        to: y.met,
        pointsFrom: pointsOf(a.check, x),
        pointsTo: pointsOf(b.check, y),
        cellA: where(x, 0, "met"),
        cellB: where(y, 0, "met"),
      });
    }
    const n = Math.max(x.answers.length, y.answers.length);
    const perCase = n > 1;
    for (let i = 0; i < n; i++) {
      const p = x.answers[i];
      const q = y.answers[i];
      const caseStudy = perCase ? i + 1 : null;
      const metFrom = p?.met ?? "blank";
      const metTo = q?.met ?? "blank";
      const base = { id: y.id, title: y.title, caseStudy };
      if (metFrom !== metTo)
        out.answers.push({
          ...base,
          field: "met",
          from: MET_WORDS[metFrom],
          to: MET_WORDS[metTo],
          cellA: where(x, i, "met"),
          cellB: where(y, i, "met"),
        });
      if ((p?.response ?? "") !== (q?.response ?? ""))
        out.answers.push({
          ...base,
          field: "response",
          from: p?.response ?? "",
          to: q?.response ?? "",
          cellA: where(x, i, "response"),
          cellB: where(y, i, "response"),
        });
      const evidence = (kind: "link" | "date", before: string[], after: string[]) => {
        const field = kind === "link" ? "links" : "dates";
        const cells = { cellA: where(x, i, field), cellB: where(y, i, field) };
        for (const value of after)
          if (!before.includes(value)) out.evidenceAdded.push({ ...base, kind, value, ...cells });
        for (const value of before)
          if (!after.includes(value)) out.evidenceRemoved.push({ ...base, kind, value, ...cells });
      };
      evidence("link", p?.links ?? [], q?.links ?? []);
      evidence(
        "date",
        (p?.dates ?? []).map((d) => dateWords(d, a.dates)).filter(Boolean),
        (q?.dates ?? []).map((d) => dateWords(d, b.dates)).filter(Boolean)
      );
    }
  }
  for (const [key, y] of vb)
    if (!va.has(key)) out.onlyInB.push({ id: y.id, title: y.title, cell: where(y, 0, "met") });
  return out;
}

function yesNo(v: boolean | null): string {
  return v === null ? "-" : v ? "yes" : "no";
}

function ref(id: string, title: string, caseStudy: number | null): string {
  return `${id} ${title}${caseStudy ? ` (customer reference ${caseStudy})` : ""}`;
}

/** The diff in words for a PDM: a section per kind of change, cells in both files. */
export function diffText(d: WorkbookDiff): string {
  const lines: string[] = [];
  lines.push(`Comparing ${fileWithChecklist(d.a)} (A) with ${fileWithChecklist(d.b)} (B)`);
  const section = (title: string, items: string[]) => {
    lines.push("", `${title} (${items.length})`);
    if (!items.length) lines.push("  none");
    for (const item of items) lines.push(`  ${item}`);
  };
  const { from, to } = d.totals;
  const overall: string[] = [];
  if (from.score !== null || to.score !== null)
    overall.push(
      `Score ${from.score ?? "-"}/${from.max ?? "-"} -> ${to.score ?? "-"}/${to.max ?? "-"}; pass ${yesNo(from.pass)} -> ${yesNo(to.pass)}`
    );
  overall.push(
    `Answered ${from.answered}/${from.applicable} -> ${to.answered}/${to.applicable}; met ${from.met} -> ${to.met}`,
    `Errors ${from.errors} -> ${to.errors}; warnings ${from.warnings} -> ${to.warnings}; ready to submit ${yesNo(from.ready)} -> ${yesNo(to.ready)}`
  );
  for (const s of d.sections) overall.push(`Section ${s.id} ${s.title}: ${s.from} -> ${s.to}`);
  for (const c of d.controls)
    overall.push(
      `${c.id} ${c.title}: ${MET_WORDS[c.from]} -> ${MET_WORDS[c.to]}${c.pointsFrom !== null || c.pointsTo !== null ? ` (${c.pointsFrom ?? "-"} -> ${c.pointsTo ?? "-"} points)` : ""}   A ${c.cellA || "-"}   B ${c.cellB || "-"}`
    );
  section("Score and pass", overall);
  section(
    "Answers changed",
    d.answers.map(
      (c) =>
        `${ref(c.id, c.title, c.caseStudy)}: ${c.field === "met" ? "Met" : "Partner response"} "${c.from}" -> "${c.to}"   A ${c.cellA || "-"}   B ${c.cellB || "-"}`
    )
  );
  const ev = (c: EvidenceChange) =>
    `${ref(c.id, c.title, c.caseStudy)}: ${c.kind === "link" ? "link" : "date"} ${c.value}   A ${c.cellA || "-"}   B ${c.cellB || "-"}`;
  section("Evidence added", d.evidenceAdded.map(ev));
  section("Evidence removed", d.evidenceRemoved.map(ev));
  const fc = (f: FindingChange, file: "A" | "B") =>
    `${f.id || "(workbook)"}${f.caseStudy ? ` #${f.caseStudy}` : ""} ${f.severity} [${f.rule}] ${f.message}   ${file} ${f.cell || "-"}`;
  section(
    "Findings fixed",
    d.findingsFixed.map((f) => fc(f, "A"))
  );
  section(
    "Findings introduced",
    d.findingsIntroduced.map((f) => fc(f, "B"))
  );
  if (d.onlyInA.length || d.onlyInB.length) {
    section(
      "Controls only in A",
      d.onlyInA.map((c) => `${c.id} ${c.title}   A ${c.cell || "-"}`)
    );
    section(
      "Controls only in B",
      d.onlyInB.map((c) => `${c.id} ${c.title}   B ${c.cell || "-"}`)
    );
  }
  return `${lines.join("\n")}\n`;
}
