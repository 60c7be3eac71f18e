/**
 * date.min-count: for each min-count rule ("the last 2 tests"), an answer marked Yes needs at least `count`
 * distinct readable dates on or before the planned submission, and, when the rule has `withinMonths`, no older
 * than that many months before it. Fewer -> error. Answers not marked Yes are not checked (unanswered is not yet
 * an error; No and N/A claim nothing).
 */
import type { MinCountRule } from "../../checklists/schema";
import type { z } from "zod";
import { addMonths } from "../dates/calendar";
import type { ControlRule } from "./types";
import {
  answeredYes,
  answersOf,
  asOfDate,
  finding,
  plural,
  readableDates,
  RULE_IDS,
  safeRule,
} from "./support";

type MinCount = z.infer<typeof MinCountRule>;

export const dateMinCount: ControlRule = safeRule((context, entry) => {
  const asOf = asOfDate(context);
  if (asOf === null) return [];
  const rules = (context.control.rules ?? []).filter((r): r is MinCount => r.kind === "min-count");
  if (rules.length === 0) return [];
  return answersOf(entry).flatMap((answer, index) => {
    if (!answeredYes(answer)) return [];
    const dates = readableDates(context, answer).filter((d) => d <= asOf);
    return rules.flatMap((rule) => {
      const from = rule.withinMonths !== undefined ? addMonths(asOf, -rule.withinMonths) : null;
      const counted = from === null ? dates : dates.filter((d) => d >= from);
      if (counted.length >= rule.count) return [];
      const window =
        from === null
          ? ""
          : ` within the ${plural(rule.withinMonths ?? 0, "month")} before the planned submission on ${asOf} (from ${from})`;
      const given =
        counted.length === 0
          ? "none is given"
          : `only ${counted.length} ${counted.length === 1 ? "is" : "are"} given`;
      return [
        finding(
          context,
          entry,
          index,
          "dates",
          "error",
          RULE_IDS.dateMinCount,
          `The checklist asks for at least ${rule.count} dated "${rule.subject}"${window}, but ${given}. Enter the date of each, one per line, as YYYY-MM-DD.`
        ),
      ];
    });
  });
});
