/**
 * MSP scoring exactly as "Scoring Explained" in the v3.1 checklist: a control scores its "Add if Does Meet
 * Capability" value when met and its "Subtract if Does Not Meet Capability" value when not (a blank is not met);
 * waived and renewal-skipped controls are granted their add points; 1000 is the maximum and 900 passes.
 */
import type { Checklist, Points } from "../checklists/schema";
import type { ControlResult } from "./rollup";

export interface SectionScore {
  id: string;
  title: string;
  total: number;
  max: number;
  min: number;
}

export interface Fix {
  key: string;
  id: string;
  title: string;
  section: string;
  /** Points the score gains when this control is met. */
  recovered: number;
  mandatory: boolean;
  /** The score once this fix and every fix before it in the list are made. */
  scoreAfter: number;
}

export interface MspScore {
  total: number;
  max: number;
  min: number;
  passMark: number;
  pass: boolean;
  sections: SectionScore[];
  mandatoryFailed: string[];
  /** Unmet controls ranked by what fixing them is worth: mandatory first, then points recovered. */
  fixes: Fix[];
  /** How many fixes from the top of the list are needed to pass; null when passing already or impossible. */
  fixesToPass: number | null;
}

/** Points for a control: the workbook's own point column overrides the catalog where it has one. */
export type PointsOverrides = ReadonlyMap<string, Points>;

function scoredPoints(result: ControlResult, points: Points): number {
  const { status, met } = result;
  if (status.state === "granted") return points.met;
  if (status.state === "excluded") return points.met;
  if (met === "yes") return points.met;
  // N/A is only a way out where the checklist allows it; elsewhere it scores as not met (the finding says so).
  if (met === "na" && status.control.naAllowed) return points.met;
  return points.notMet;
}

export function scoreMsp(
  checklist: Checklist,
  results: readonly ControlResult[],
  overrides?: PointsOverrides
): MspScore | null {
  const scoring = checklist.scoring;
  if (!scoring) return null;
  const sections = new Map<string, SectionScore>();
  for (const section of checklist.sections) {
    if (section.part === "requirements")
      sections.set(section.id, { id: section.id, title: section.title, total: 0, max: 0, min: 0 });
  }
  let total = 0;
  let max = 0;
  let min = 0;
  const mandatoryFailed: string[] = [];
  const unmet: Omit<Fix, "scoreAfter">[] = [];
  for (const result of results) {
    const { status } = result;
    const points = overrides?.get(status.key) ?? status.control.points;
    const section = sections.get(status.section.id);
    if (!points || !section || status.part !== "requirements") continue;
    const got = scoredPoints(result, points);
    section.total += got;
    section.max += points.met;
    section.min += points.notMet;
    total += got;
    max += points.met;
    min += points.notMet;
    if (got !== points.met) {
      const mandatory = points.notMet <= scoring.mandatoryNotMet;
      if (mandatory) mandatoryFailed.push(status.control.id);
      unmet.push({
        key: status.key,
        id: status.control.id,
        title: status.control.title,
        section: status.section.id,
        recovered: points.met - got,
        mandatory,
      });
    }
  }
  unmet.sort((a, b) => Number(b.mandatory) - Number(a.mandatory) || b.recovered - a.recovered);
  let running = total;
  const fixes: Fix[] = unmet.map((fix) => {
    running += fix.recovered;
    return { ...fix, scoreAfter: running };
  });
  const pass = total >= scoring.pass && mandatoryFailed.length === 0;
  let fixesToPass: number | null = null;
  if (!pass) {
    const mandatoryCount = fixes.filter((f) => f.mandatory).length;
    const index = fixes.findIndex(
      (f, i) => i >= mandatoryCount - 1 && f.scoreAfter >= scoring.pass
    );
    fixesToPass = index >= 0 ? index + 1 : null;
  }
  return {
    total,
    max,
    min,
    passMark: scoring.pass,
    pass,
    sections: [...sections.values()],
    mandatoryFailed,
    fixes,
    fixesToPass,
  };
}

/**
 * Which rule decides a pass: a workbook with points (MSP v3.x) passes on its score (and no failed Mandatory
 * Action Item); one without points passes when every Mandatory control is met.
 */
export type PassRule = "points" | "mandatory";

export interface PassResult {
  rule: PassRule;
  pass: boolean;
  /** Mandatory controls not met (blank counts as not met), by ID. */
  mandatoryFailed: string[];
  /** Mandatory controls asked for this scope. */
  mandatoryCount: number;
  /** The rule in words, for a tooltip or a report line. */
  explanation: string;
}

export function passRule(checklist: Pick<Checklist, "scoring">): PassRule {
  return checklist.scoring ? "points" : "mandatory";
}

function metForPass(result: ControlResult): boolean {
  const { met, status } = result;
  return met === "yes" || (met === "na" && status.control.naAllowed);
}

/**
 * The mandatory rule: every asked control the checklist marks Mandatory is met. A checklist that marks none
 * (ECS, FTR: every control "must" be met) makes every asked control mandatory.
 */
export function mandatoryPass(results: readonly ControlResult[]): PassResult {
  const asked = results.filter(
    (r) => r.status.state === "applies" && r.status.part === "requirements" && !r.status.optional
  );
  const marked = asked.filter((r) => r.status.control.mandatory);
  const mandatory = marked.length > 0 ? marked : asked;
  const mandatoryFailed = mandatory.filter((r) => !metForPass(r)).map((r) => r.status.control.id);
  return {
    rule: "mandatory",
    pass: mandatory.length > 0 && mandatoryFailed.length === 0,
    mandatoryFailed,
    mandatoryCount: mandatory.length,
    explanation:
      marked.length > 0
        ? `This workbook has no point columns: it passes when all ${mandatory.length} Mandatory controls are met.`
        : `This workbook has no point columns and marks no control Mandatory: it passes when all ${mandatory.length} asked controls are met.`,
  };
}

/** The pass result by the rule the checklist's form calls for. */
export function passResult(
  checklist: Pick<Checklist, "scoring">,
  results: readonly ControlResult[],
  score: MspScore | null
): PassResult {
  if (checklist.scoring && score) {
    return {
      rule: "points",
      pass: score.pass,
      mandatoryFailed: score.mandatoryFailed,
      mandatoryCount: results.filter((r) => {
        const points = r.status.control.points;
        return !!points && points.notMet <= (checklist.scoring?.mandatoryNotMet ?? -200);
      }).length,
      explanation: `Passes at ${score.passMark} of ${score.max} points with no Mandatory Action Item failed.`,
    };
  }
  return mandatoryPass(results);
}

/** The pass result of an assessment (its statuses and outcomes are parallel lists). */
export function assessmentPass(assessment: {
  score: MspScore | null;
  statuses: readonly ControlResult["status"][];
  controls: readonly { met: ControlResult["met"] }[];
}): PassResult {
  const results = assessment.statuses.map((status, i) => ({
    status,
    met: assessment.controls[i]?.met ?? "blank",
  }));
  return passResult(
    {
      scoring: assessment.score
        ? { max: assessment.score.max, pass: assessment.score.passMark, mandatoryNotMet: -200 }
        : null,
    },
    results,
    assessment.score
  );
}
