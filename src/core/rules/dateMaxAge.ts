/**
 * date.max-age: for each max-age rule of the control, the newest readable date of an answer is measured
 * against the planned submission date (context.asOf). Older than `months` whole calendar months (before
 * addMonths(asOf, -months)) -> error; older than `warnAfterMonths` -> warning. Months are counted as a person
 * counts them (see dates/calendar.ts): 2024-01-10 -> 2025-11-01 is 21 months.
 *
 * All dates of an answer are candidates for every max-age rule (answers do not say which date is which);
 * the newest is the one that counts ("the most recent review"). Not applied to answers marked No or N/A, and
 * silent when no date is readable (date.missing and date.unreadable report those).
 */
import type { MaxAgeRule } from "../../checklists/schema";
import type { z } from "zod";
import { addMonths, wholeMonthsBetween } from "../dates/calendar";
import type { ControlRule } from "./types";
import {
  answersOf,
  asOfDate,
  finding,
  notClaimed,
  plural,
  readableDates,
  RULE_IDS,
  evidenceRule,
} from "./support";

type MaxAge = z.infer<typeof MaxAgeRule>;

function age(date: string, asOf: string, limit: number): string {
  const months = wholeMonthsBetween(date, asOf) ?? 0;
  return months > limit ? plural(months, "month") : `more than ${plural(limit, "month")}`;
}

export const dateMaxAge: ControlRule = evidenceRule("dateMaxAge", (context, entry) => {
  const asOf = asOfDate(context);
  if (asOf === null) return [];
  const rules = (context.control.rules ?? []).filter((r): r is MaxAge => r.kind === "max-age");
  if (rules.length === 0) return [];
  return answersOf(entry).flatMap((answer, index) => {
    if (notClaimed(answer)) return [];
    const newest = readableDates(context, answer)[0];
    if (newest === undefined) return [];
    return rules.flatMap((rule) => {
      if (newest < addMonths(asOf, -rule.months)) {
        return [
          finding(
            context,
            entry,
            index,
            "dates",
            "error",
            RULE_IDS.dateMaxAge,
            `${rule.subject} on ${newest}, ${age(newest, asOf, rule.months)} before the planned submission on ${asOf}; the checklist allows ${plural(rule.months, "month")}. Provide more recent evidence, or plan the submission earlier.`
          ),
        ];
      }
      const warn = rule.warnAfterMonths;
      if (warn !== undefined && warn < rule.months && newest < addMonths(asOf, -warn)) {
        return [
          finding(
            context,
            entry,
            index,
            "dates",
            "warning",
            RULE_IDS.dateMaxAge,
            `${rule.subject} on ${newest}, ${age(newest, asOf, warn)} before the planned submission on ${asOf}; the checklist allows ${plural(rule.months, "month")} but prefers ${plural(warn, "month")} or less, so a reviewer may question it. More recent evidence is safer.`
          ),
        ];
      }
      return [];
    });
  });
});
