/**
 * The MSP score as people should read it. The engine's score counts a blank control as not met (that is what the
 * checklist's formula does once the assessment is submitted), so a blank assessment reads -9000: true at the end,
 * misleading at the start. Here unanswered controls are "open": they neither add nor subtract, the best reachable
 * score assumes every open control is met, and pass or fail is given only once it is decided.
 */
import type { Assessment } from "./assess";

/** pass / fail once decided; "open" while unanswered controls can still change the outcome. */
export type Verdict = "pass" | "fail" | "open";

export interface ScoreView {
  /** Points of the answered controls (and of those not asked, which are granted); open controls count 0. */
  current: number;
  max: number;
  passMark: number;
  /** The score if every open control were met. */
  bestReachable: number;
  /** Controls that count for the score and are not answered yet, by checklist ID. */
  open: string[];
  /** Mandatory controls not answered yet. */
  mandatoryOpen: string[];
  /** Mandatory controls answered and not met (No, or N/A where the checklist does not allow it). */
  mandatoryFailed: string[];
  verdict: Verdict;
  /** Why the verdict is what it is, in words people read. */
  reason: string;
}

/**
 * The score view of an MSP assessment, or null for checklists without a score. Open controls are the engine's
 * unmet controls (`score.fixes`) whose Met? is blank; for them the engine's total holds their "not met" points,
 * which are taken back out (catalog points, or the workbook's own where the engine used them: `recovered` is
 * exactly met minus not-met points either way).
 */
export function scoreView(assessment: Assessment): ScoreView | null {
  const score = assessment.score;
  if (!score) return null;
  const met = new Map(assessment.controls.map((c) => [c.key, c.met]));
  const points = new Map(assessment.statuses.map((s) => [s.key, s.control.points]));
  // In checklist order (the engine ranks its fixes by worth).
  const order = new Map(assessment.controls.map((c, i) => [c.key, i]));
  const fixes = [...score.fixes].sort((x, y) => (order.get(x.key) ?? 0) - (order.get(y.key) ?? 0));
  const openFixes = fixes.filter((f) => (met.get(f.key) ?? "blank") === "blank");
  const failedFixes = fixes.filter((f) => (met.get(f.key) ?? "blank") !== "blank");

  let current = score.total;
  let bestReachable = score.total;
  for (const fix of openFixes) {
    const catalogMet = points.get(fix.key)?.met ?? 0;
    // total holds the open control's not-met points: met - recovered.
    current -= catalogMet - fix.recovered;
    bestReachable += fix.recovered;
  }

  const open = openFixes.map((f) => f.id);
  const mandatoryOpen = openFixes.filter((f) => f.mandatory).map((f) => f.id);
  const mandatoryFailed = failedFixes.filter((f) => f.mandatory).map((f) => f.id);

  let verdict: Verdict;
  let reason: string;
  if (mandatoryFailed.length > 0) {
    verdict = "fail";
    reason = `Mandatory ${mandatoryFailed.length === 1 ? "item" : "items"} not met: ${mandatoryFailed.join(", ")}.`;
  } else if (bestReachable < score.passMark) {
    verdict = "fail";
    reason = `Even with every open control met, the score stays below ${score.passMark}.`;
  } else if (open.length === 0) {
    verdict = score.pass ? "pass" : "fail";
    reason = score.pass
      ? `Every control is answered and the score reaches ${score.passMark}.`
      : `Every control is answered and the score stays below ${score.passMark}.`;
  } else if (mandatoryOpen.length === 0 && score.total >= score.passMark) {
    // score.total counts every open control as not met: the worst case already passes.
    verdict = "pass";
    reason = `The score reaches ${score.passMark} whatever the open controls are answered.`;
  } else {
    verdict = "open";
    reason = `${open.length} ${open.length === 1 ? "control is" : "controls are"} still open; pass or fail is decided once they are answered.`;
  }

  return {
    current,
    max: score.max,
    passMark: score.passMark,
    bestReachable,
    open,
    mandatoryOpen,
    mandatoryFailed,
    verdict,
    reason,
  };
}
