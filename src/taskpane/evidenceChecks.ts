/**
 * What the form says about one evidence link or date as it is typed: core's link and date parsing, nothing
 * fetched. Pure, so the messages are testable without rendering.
 */
import type { Control } from "../checklists/schema";
import { addMonths, compareIsoDates } from "../core/dates/calendar";
import { parseEvidenceDate } from "../core/dates/parseDate";
import { parseLink } from "../core/links/parseLink";

export interface Check {
  state: "none" | "error" | "warning" | "success";
  message: string;
}

const NONE: Check = { state: "none", message: "" };

/** One link as typed; `others` are the control's other links (for duplicates). */
export function checkLink(text: string, control: Control, others: readonly string[]): Check {
  if (text.trim() === "") return NONE;
  const link = parseLink(text);
  if (!link.ok) return { state: "error", message: `${link.message} ${link.hint}`.trim() };
  if (link.login) {
    return {
      state: control.publicEvidence ? "error" : "warning",
      message: `${link.host} usually needs a ${link.login} sign-in: reviewers outside your company may not be able to open it.`,
    };
  }
  const same = others.some((o) => {
    const p = parseLink(o);
    return p.ok && p.normalized === link.normalized;
  });
  if (same)
    return {
      state: control.distinctEvidence ? "error" : "warning",
      message: "The same link is given twice.",
    };
  if (link.insecure) return { state: "warning", message: "Use https:// rather than http://." };
  return { state: "success", message: `Reads as a link to ${link.host} (not opened).` };
}

/** One evidence date (YYYY-MM-DD from a date input, or text from the sheet) against the control's rules. */
export function checkDate(value: string, control: Control, asOf: string): Check {
  if (value.trim() === "") return NONE;
  const parsed = parseEvidenceDate(value, { date1904: false, locale: null });
  if (!parsed.ok) return { state: "error", message: parsed.message };
  const iso = parsed.iso;
  if (compareIsoDates(iso, asOf) > 0)
    return {
      state: "error",
      message: `${iso} is after ${asOf}, the date the assessment is measured on.`,
    };
  for (const rule of control.rules) {
    if (rule.kind !== "max-age") continue;
    if (compareIsoDates(iso, addMonths(asOf, -rule.months)) < 0)
      return {
        state: "error",
        message: `${rule.subject}: older than ${rule.months} months before ${asOf} (the checklist: "${rule.source}").`,
      };
    if (
      rule.warnAfterMonths !== undefined &&
      compareIsoDates(iso, addMonths(asOf, -rule.warnAfterMonths)) < 0
    )
      return {
        state: "warning",
        message: `${rule.subject}: older than ${rule.warnAfterMonths} months before ${asOf}.`,
      };
  }
  return { state: "success", message: `Reads as ${iso}.` };
}

/** What the checklist asks of the dates, in words (shown as the dates field's hint). */
export function dateRulesText(control: Control): string[] {
  return control.rules.map((rule) => {
    switch (rule.kind) {
      case "max-age":
        return `${rule.subject}: within ${rule.months} months.`;
      case "min-count":
        return `${rule.subject}: at least ${rule.count}${rule.withinMonths ? ` within ${rule.withinMonths} months` : ""}.`;
      case "max-duration":
        return `${rule.subject}: at most ${rule.hours} hours.`;
    }
  });
}
