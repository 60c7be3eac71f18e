/**
 * value.max-duration: Partner Response such as "4 hours", "30 min", "1 day", "24h", "PT4H" is read as a
 * duration and compared with the rule's hours. Longer -> error; unreadable -> warning. When the rule's source
 * text says "less than" / "under" / "below" (the schema has no strict flag), a value equal to the limit is an
 * error too. Empty responses and answers marked No or N/A are not checked.
 */
import type { MaxDurationRule } from "../../checklists/schema";
import type { z } from "zod";
import { formatHours, parseDuration } from "../dates/parseDuration";
import type { ControlRule } from "./types";
import { answersOf, finding, notClaimed, quoted, RULE_IDS, evidenceRule } from "./support";

type MaxDuration = z.infer<typeof MaxDurationRule>;

/** The checklist's wording makes the limit exclusive ("RTO less than 24 hours"). */
export function isStrictLimit(rule: MaxDuration): boolean {
  return /\b(less than|under|below|shorter than|fewer than|lower than)\b|</i.test(rule.source);
}

export const valueMaxDuration: ControlRule = evidenceRule("valueMaxDuration", (context, entry) => {
  const rules = (context.control.rules ?? []).filter(
    (r): r is MaxDuration => r.kind === "max-duration"
  );
  if (rules.length === 0) return [];
  return answersOf(entry).flatMap((answer, index) => {
    if (notClaimed(answer) || answer.response.trim() === "") return [];
    return rules.flatMap((rule) => {
      const parsed = parseDuration(answer.response, rule.subject);
      if (!parsed.ok) {
        return [
          finding(
            context,
            entry,
            index,
            "response",
            "warning",
            RULE_IDS.valueMaxDuration,
            `${rule.subject}: ${parsed.message} The checklist's limit is ${formatHours(rule.hours)}.`
          ),
        ];
      }
      const strict = isStrictLimit(rule);
      const over = strict ? parsed.hours >= rule.hours : parsed.hours > rule.hours;
      if (!over) return [];
      const limit = strict
        ? `must be less than ${formatHours(rule.hours)}`
        : `may be at most ${formatHours(rule.hours)}`;
      return [
        finding(
          context,
          entry,
          index,
          "response",
          "error",
          RULE_IDS.valueMaxDuration,
          `${rule.subject} ${quoted(answer.response, 60)} is ${formatHours(parsed.hours)}; the checklist says it ${limit}. Lower the ${rule.subject} or explain how the requirement is met.`
        ),
      ];
    });
  });
});
