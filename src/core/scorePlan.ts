/**
 * The MSP score on the hot path. A custom function recalculates on every edit, while the scope (and so which
 * controls are asked, granted or excluded) changes rarely: the plan resolves applicability and points once per
 * scope, and evaluating answers is then one pass over flat arrays. `scoreMsp` remains the full account (fixes,
 * reasons); a property test keeps the two equal.
 */
import type { Checklist, Control } from "../checklists/schema";
import { applicability } from "./applicability";
import type { AnswerEntry, Scope } from "./model";
import { rollupMet } from "./rollup";
import { caseStudyCount } from "./scope";
import type { PointsOverrides } from "./scoring";

export interface ScorePlan {
  keys: readonly string[];
  controls: readonly Control[];
  metPoints: Int32Array;
  notMetPoints: Int32Array;
  /** 1 when the control is not asked (granted or excluded) and so scores its add points. */
  granted: Uint8Array;
  /** Index into sectionIds. */
  section: Uint16Array;
  mandatory: Uint8Array;
  sectionIds: readonly string[];
  caseStudies: number;
  max: number;
  passMark: number;
}

export interface PlanScore {
  total: number;
  /** Parallel to plan.sectionIds. */
  sectionTotals: number[];
  /** Indexes into plan.keys of the Mandatory Action Items not met. */
  mandatoryFailed: number[];
  pass: boolean;
}

export function compileScorePlan(
  checklist: Checklist,
  scope: Scope,
  overrides?: PointsOverrides
): ScorePlan | null {
  if (!checklist.scoring) return null;
  const statuses = applicability(checklist, scope).filter(
    (s) => s.part === "requirements" && (overrides?.get(s.key) ?? s.control.points)
  );
  const sectionIds = checklist.sections.filter((s) => s.part === "requirements").map((s) => s.id);
  const n = statuses.length;
  const plan: ScorePlan = {
    keys: statuses.map((s) => s.key),
    controls: statuses.map((s) => s.control),
    metPoints: new Int32Array(n),
    notMetPoints: new Int32Array(n),
    granted: new Uint8Array(n),
    section: new Uint16Array(n),
    mandatory: new Uint8Array(n),
    sectionIds,
    caseStudies: caseStudyCount(checklist, scope),
    max: 0,
    passMark: checklist.scoring.pass,
  };
  statuses.forEach((status, i) => {
    const points = overrides?.get(status.key) ?? status.control.points!;
    plan.metPoints[i] = points.met;
    plan.notMetPoints[i] = points.notMet;
    plan.granted[i] = status.state === "applies" ? 0 : 1;
    plan.section[i] = sectionIds.indexOf(status.section.id);
    plan.mandatory[i] = points.notMet <= checklist.scoring!.mandatoryNotMet ? 1 : 0;
    plan.max += points.met;
  });
  return plan;
}

export function evaluateScorePlan(
  plan: ScorePlan,
  answers: ReadonlyMap<string, AnswerEntry>
): PlanScore {
  const sectionTotals = new Array<number>(plan.sectionIds.length).fill(0);
  const mandatoryFailed: number[] = [];
  let total = 0;
  for (let i = 0; i < plan.keys.length; i++) {
    let got: number;
    if (plan.granted[i]) {
      got = plan.metPoints[i];
    } else {
      const control = plan.controls[i];
      const met = rollupMet(control, answers.get(plan.keys[i]), plan.caseStudies);
      got =
        met === "yes" || (met === "na" && control.naAllowed)
          ? plan.metPoints[i]
          : plan.notMetPoints[i];
    }
    total += got;
    sectionTotals[plan.section[i]] += got;
    if (plan.mandatory[i] && got !== plan.metPoints[i]) mandatoryFailed.push(i);
  }
  return {
    total,
    sectionTotals,
    mandatoryFailed,
    pass: total >= plan.passMark && mandatoryFailed.length === 0,
  };
}
