/**
 * Prerequisites as questions. The official workbooks do not carry the prerequisites (MSP P-1..P-3, 1.1-3.1 of the
 * other checklists) as rows, so a workbook without those rows must not be held back by them: they are asked like
 * scope questions (task pane, `check --prerequisite`), remembered in the SelfAssess sheet (Scope.prerequisites),
 * and reported without blocking readiness. When the workbook does carry them as rows, the rows answer and the
 * questions are not asked.
 */
import type { Checklist } from "../checklists/schema";
import type { Finding, Scope } from "./model";

export interface PrerequisiteQuestion {
  /** As printed: "P-1", "1.1". */
  id: string;
  title: string;
  requirement: string;
  /** The prerequisite section's title, e.g. "APN Program Requirements". */
  section: string;
}

/** The catalog checklist's prerequisites, in order. */
export function prerequisiteQuestions(checklist: Checklist): PrerequisiteQuestion[] {
  const out: PrerequisiteQuestion[] = [];
  for (const section of checklist.sections) {
    if (section.part !== "prerequisites") continue;
    for (const control of section.controls)
      out.push({
        id: control.id,
        title: control.title,
        requirement: control.requirement,
        section: section.title,
      });
  }
  return out;
}

/** Whether the checklist being assessed (the workbook's) has prerequisite rows: then the rows answer them. */
export function carriesPrerequisites(assessed: Checklist): boolean {
  return assessed.sections.some((s) => s.part === "prerequisites" && s.controls.length > 0);
}

/**
 * The questions to ask for a workbook: the catalog's prerequisites when the assessed checklist has none of its
 * own rows, else none.
 */
export function askedPrerequisites(
  catalog: Checklist,
  assessed: Checklist
): PrerequisiteQuestion[] {
  return carriesPrerequisites(assessed) ? [] : prerequisiteQuestions(catalog);
}

/** Prerequisite answers given all at once ("all met") and one by one (these win). */
export interface PrerequisiteFlags {
  allMet: boolean;
  answers: Record<string, boolean>;
}

/** The answers for a checklist: every prerequisite met when `allMet`, then the single answers on top. */
export function prerequisiteAnswers(
  checklist: Checklist,
  flags: PrerequisiteFlags
): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (flags.allMet) for (const q of prerequisiteQuestions(checklist)) out[q.id] = true;
  return { ...out, ...flags.answers };
}

/** The scope with these answers merged in (later answers win). */
export function withPrerequisiteAnswers(scope: Scope, answers: Record<string, boolean>): Scope {
  if (!Object.keys(answers).length) return scope;
  return { ...scope, prerequisites: { ...(scope.prerequisites ?? {}), ...answers } };
}

/** The answer to one prerequisite question: true (met), false (not met) or null (not answered). */
export function prerequisiteAnswer(scope: Scope, id: string): boolean | null {
  const value = scope.prerequisites?.[id];
  return typeof value === "boolean" ? value : null;
}

function listed(questions: PrerequisiteQuestion[]): string {
  return questions.map((q) => `${q.id} ${q.title}`).join("; ");
}

/**
 * Findings for the prerequisites asked as questions, placed at `place` (the checklist sheet's header: there is no
 * row to point at). Not answered is information, not met a warning; neither blocks readiness. Answers for IDs the
 * checklist has no prerequisite for are reported so a mistyped flag is not silently ignored.
 */
export function prerequisiteFindings(
  catalog: Checklist,
  assessed: Checklist,
  scope: Scope,
  place: { sheet: string; cell: string }
): Finding[] {
  const all = prerequisiteQuestions(catalog);
  const findings: Finding[] = [];
  const base = { checklist: catalog.id, control: "", field: "scope" as const, ...place };
  const known = new Set(all.map((q) => q.id));
  const unknown = Object.keys(scope.prerequisites ?? {}).filter((id) => !known.has(id));
  if (unknown.length)
    findings.push({
      ...base,
      severity: "warning",
      rule: "prerequisite.unknown",
      message: `${catalog.title} has no prerequisite ${unknown.join(", ")}; its prerequisites are ${[...known].join(", ") || "none"}. That answer is ignored.`,
    });
  if (carriesPrerequisites(assessed)) return findings;
  const unanswered = all.filter((q) => prerequisiteAnswer(scope, q.id) === null);
  const notMet = all.filter((q) => prerequisiteAnswer(scope, q.id) === false);
  if (notMet.length)
    findings.push({
      ...base,
      severity: "warning",
      rule: "prerequisite.not-met",
      message: `Prerequisite${notMet.length === 1 ? "" : "s"} answered as not met: ${listed(notMet)}. AWS checks ${notMet.length === 1 ? "it" : "them"} before the validation; the workbook has no row for ${notMet.length === 1 ? "it" : "them"}.`,
    });
  if (unanswered.length)
    findings.push({
      ...base,
      severity: "info",
      rule: "prerequisite.unanswered",
      message: `The workbook has no prerequisite rows, so the prerequisites are questions: ${unanswered.length} not answered yet (${listed(unanswered)}). Answer them in the task pane's scope questions or with selfassess check --prerequisite ID=yes|no (or --prerequisites-met).`,
    });
  return findings;
}
