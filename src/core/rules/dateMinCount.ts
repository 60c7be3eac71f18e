/**
 * date.min-count: for each min-count rule ("the last 2 tests"), at least `count` distinct readable dates on or
 * before the planned submission and, when the rule has `withinMonths`, no older than that many months before
 * it. Fewer -> error.
 *
 * - Control answered once: the answer, when marked Yes, must hold `count` such dates.
 * - Per-case-study control, count 1 ("at least one DR test"): each case study marked Yes needs one.
 * - Per-case-study control, count > 1 ("≥ 3 customer references", one per case study): the dates are pooled
 *   over the case studies not marked No/N/A (a date counts once per case study), checked once at least one
 *   case study is marked Yes, and reported once for the control (no caseStudy in the finding).
 * Unanswered is not yet an error; No and N/A claim nothing.
 */
import type { MinCountRule } from "../../checklists/schema";
import type { z } from "zod";
import { addMonths } from "../dates/calendar";
import type { ControlRule } from "./types";
import type { Finding } from "../model";
import {
  answeredYes,
  answersOf,
  asOfDate,
  entryFinding,
  finding,
  notClaimed,
  plural,
  readableDates,
  RULE_IDS,
  evidenceRule,
  type SafeAnswer,
} from "./support";

type MinCount = z.infer<typeof MinCountRule>;

function message(
  rule: MinCount,
  asOf: string,
  from: string | null,
  counted: number,
  pooled: boolean
): string {
  const window =
    from === null
      ? ""
      : ` within the ${plural(rule.withinMonths ?? 0, "month")} before the planned submission on ${asOf} (from ${from})`;
  const given =
    counted === 0 ? "none is given" : `only ${counted} ${counted === 1 ? "is" : "are"} given`;
  const where = pooled ? " across the case studies" : "";
  const fix = pooled
    ? "Enter the date for each case study as YYYY-MM-DD, and add case studies if needed."
    : "Enter the date of each, one per line, as YYYY-MM-DD.";
  return `The checklist asks for at least ${rule.count} dated "${rule.subject}"${window}, but ${given}${where}. ${fix}`;
}

export const dateMinCount: ControlRule = evidenceRule("dateMinCount", (context, entry) => {
  const asOf = asOfDate(context);
  if (asOf === null) return [];
  const rules = (context.control.rules ?? []).filter((r): r is MinCount => r.kind === "min-count");
  if (rules.length === 0) return [];
  const answers = answersOf(entry);
  const windowStart = (rule: MinCount) =>
    rule.withinMonths !== undefined ? addMonths(asOf, -rule.withinMonths) : null;
  const qualifying = (answer: SafeAnswer, from: string | null) =>
    readableDates(context, answer).filter((d) => d <= asOf && (from === null || d >= from));

  const findings: Finding[] = [];
  for (const rule of rules) {
    const from = windowStart(rule);
    if (context.control.perCaseStudy != null && rule.count > 1) {
      if (!answers.some(answeredYes)) continue;
      const counted = answers
        .filter((a) => !notClaimed(a))
        .reduce((n, a) => n + qualifying(a, from).length, 0);
      if (counted < rule.count) {
        findings.push(
          entryFinding(
            context,
            entry,
            "dates",
            "error",
            RULE_IDS.dateMinCount,
            message(rule, asOf, from, counted, true)
          )
        );
      }
      continue;
    }
    answers.forEach((answer, index) => {
      if (!answeredYes(answer)) return;
      const counted = qualifying(answer, from).length;
      if (counted < rule.count) {
        findings.push(
          finding(
            context,
            entry,
            index,
            "dates",
            "error",
            RULE_IDS.dateMinCount,
            message(rule, asOf, from, counted, false)
          )
        );
      }
    });
  }
  return findings;
});
