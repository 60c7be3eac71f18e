/**
 * Scope: the facts about a partner's solution and application that decide which controls apply.
 */
import type { Checklist, ChecklistId, ScopeQuestion } from "../checklists/schema";
import { Scope, type ScopeInput } from "./model";

export type ScopeResult = { ok: true; scope: Scope } | { ok: false; errors: string[] };

/** Parses scope answers for a checklist; unknown or mistyped fields come back as messages, never thrown. */
export function resolveScope(
  checklist: ChecklistId,
  input: Omit<ScopeInput, "checklist"> = {}
): ScopeResult {
  const result = Scope.safeParse({ ...input, checklist });
  if (result.success) return { ok: true, scope: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${i.path.join(".") || "scope"}: ${i.message}`),
  };
}

/** The default scope of a checklist: every question at its default. */
export function defaultScope(checklist: ChecklistId): Scope {
  return Scope.parse({ checklist });
}

export function asksQuestion(checklist: Checklist, question: ScopeQuestion): boolean {
  return checklist.scopeQuestions.includes(question);
}

/** How many case studies per-case-study controls are answered for. */
export function caseStudyCount(checklist: Checklist, scope: Scope): number {
  return scope.caseStudyCount ?? Math.max(1, checklist.caseStudies?.count ?? 1);
}

/** The date rules are measured against: the planned submission date, else today (passed in: core has no clock). */
export function assessmentDate(scope: Scope, today: string): string {
  return scope.plannedSubmissionDate ?? today;
}
