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
