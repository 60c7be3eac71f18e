/**
 * date.future: an evidence date after the planned submission date (context.asOf) is an error: the evidence
 * cannot exist yet when the assessment is submitted. Usually a typo (wrong year, day and month swapped).
 */
import type { ControlRule } from "./types";
import {
  answersOf,
  asOfDate,
  datesOf,
  finding,
  RULE_IDS,
  evidenceRule,
  shownDate,
} from "./support";

export const dateFuture: ControlRule = evidenceRule("dateFuture", (context, entry) => {
  const asOf = asOfDate(context);
  if (asOf === null) return [];
  return answersOf(entry).flatMap((answer, index) =>
    datesOf(context, answer).flatMap(({ value, parsed }) =>
      parsed.ok && parsed.iso > asOf
        ? [
            finding(
              context,
              entry,
              index,
              "dates",
              "error",
              RULE_IDS.dateFuture,
              `Evidence date ${shownDate(value, parsed.iso)} is after the planned submission on ${asOf}. Check it for a typo (year, or day and month swapped), or move the planned submission date.`
            ),
          ]
        : []
    )
  );
});
