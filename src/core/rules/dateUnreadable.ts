/**
 * Dates that cannot be read. One rule, three ids:
 *   date.ambiguous   "03/04/2025" with no locale to settle day and month (warning: the date may be right, but
 *                    no date rule can check it until it is written unambiguously);
 *   date.not-a-date  "Q3 2024", "ongoing", "Mar 2025", "31/02/2025" (error);
 *   date.unreadable  a date outside 1990-2100 or an Excel serial below 1 (error).
 * Empty cells are not reported here (date.missing covers a required date that is absent).
 */
import type { ControlRule } from "./types";
import { answersOf, datesOf, finding, RULE_IDS, evidenceRule } from "./support";

export const dateUnreadable: ControlRule = evidenceRule("dateUnreadable", (context, entry) =>
  answersOf(entry).flatMap((answer, index) =>
    datesOf(context, answer).flatMap(({ parsed }) => {
      if (parsed.ok || parsed.reason === "empty") return [];
      const [severity, rule] =
        parsed.reason === "ambiguous"
          ? (["warning", RULE_IDS.dateAmbiguous] as const)
          : parsed.reason === "not-a-date"
            ? (["error", RULE_IDS.dateNotADate] as const)
            : (["error", RULE_IDS.dateUnreadable] as const);
      return [
        finding(context, entry, index, "dates", severity, rule, `Evidence date ${parsed.message}`),
      ];
    })
  )
);
