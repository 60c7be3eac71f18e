/**
 * date.missing: a required max-age rule and no date given (not even an unreadable one) on an answer marked
 * Yes. An unanswered control (met blank) is not yet an error; No and N/A need no evidence date.
 */
import type { MaxAgeRule } from "../../checklists/schema";
import type { z } from "zod";
import type { ControlRule } from "./types";
import { answeredYes, answersOf, finding, plural, RULE_IDS, evidenceRule } from "./support";

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

export const dateMissing: ControlRule = evidenceRule("dateMissing", (context, entry) => {
  const rules = (context.control.rules ?? []).filter(
    (r): r is z.infer<typeof MaxAgeRule> => r.kind === "max-age" && r.required
  );
  if (rules.length === 0) return [];
  return answersOf(entry).flatMap((answer, index) => {
    if (!answeredYes(answer) || answer.dates.some((d) => !isEmpty(d))) return [];
    return rules.map((rule) =>
      finding(
        context,
        entry,
        index,
        "dates",
        "error",
        RULE_IDS.dateMissing,
        `The control is answered Yes but no date is given for "${rule.subject}". The checklist requires it to be within ${plural(rule.months, "month")} before the submission; enter the date as YYYY-MM-DD.`
      )
    );
  });
});
