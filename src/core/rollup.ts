/**
 * Rolling answers up: a per-case-study control to one Met value by the catalog's rule, then controls to
 * section and overall counts.
 */
import type { Control } from "../checklists/schema";
import type { ControlStatus } from "./applicability";
import type { AnswerEntry, Met } from "./model";

/**
 * every: met only if every case study meets it (one No fails it; a blank leaves it open).
 * at-least-one: met as soon as one case study meets it.
 * N/A case studies are ignored unless all are N/A.
 */
export function rollupMet(
  control: Control,
  entry: AnswerEntry | undefined,
  caseStudies: number
): Met {
  if (!entry || entry.answers.length === 0) return "blank";
  if (!control.perCaseStudy || entry.answeredOnce) return entry.answers[0].met;
  const values: Met[] = [];
  for (let i = 0; i < caseStudies; i++) values.push(entry.answers[i]?.met ?? "blank");
  const has = (m: Met) => values.includes(m);
  if (values.every((m) => m === "na")) return "na";
  if (control.perCaseStudy.rollup === "every") {
    if (has("no")) return "no";
    if (has("blank")) return "blank";
    return "yes";
  }
  if (has("yes")) return "yes";
  if (has("blank")) return "blank";
  return "no";
}

export interface Counts {
  applicable: number;
  answered: number;
  met: number;
  notMet: number;
  na: number;
  /** Controls not asked for this scope (excluded or granted). */
  notAsked: number;
}

export interface ControlResult {
  status: ControlStatus;
  met: Met;
}

export function emptyCounts(): Counts {
  return { applicable: 0, answered: 0, met: 0, notMet: 0, na: 0, notAsked: 0 };
}

export function addToCounts(counts: Counts, result: ControlResult): void {
  if (result.status.state !== "applies") {
    counts.notAsked++;
    return;
  }
  counts.applicable++;
  if (result.met !== "blank") counts.answered++;
  if (result.met === "yes") counts.met++;
  else if (result.met === "no") counts.notMet++;
  else if (result.met === "na") counts.na++;
}
