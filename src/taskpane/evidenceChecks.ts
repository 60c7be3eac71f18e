/**
 * What the form says about one evidence link or date as it is typed: core's link and date parsing, nothing
 * fetched. Pure, so the messages are testable without rendering.
 */
import type { Control } from "../checklists/schema";
import { addMonths, compareIsoDates } from "../core/dates/calendar";
import { localeDateOrder, parseEvidenceDate } from "../core/dates/parseDate";
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

/**
 * One evidence date (YYYY-MM-DD from the form, or text from the sheet, read in `locale`) against the control's
 * rules.
 */
export function checkDate(
  value: string,
  control: Control,
  asOf: string,
  locale: string | null = null
): Check {
  if (value.trim() === "") return NONE;
  const parsed = parseEvidenceDate(value, { date1904: false, locale });
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

/** What a typed date became: the ISO date to write, or why it cannot be read. */
export type TypedDate = { ok: true; iso: string } | { ok: false; message: string };

/**
 * A date as a person types it in the form, read in the workbook's locale by core's `parseDate`: "01/10/2023" is
 * 1 October in en-GB and 10 January in en-US; eight digits without separators ("01102023") are read in the same
 * order (a number that long would otherwise be taken for an Excel serial far in the future).
 */
export function readTypedDate(text: string, locale: string | null): TypedDate {
  let typed = text.trim();
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(typed);
  const yearFirst = /^(\d{4})(\d{2})(\d{2})$/.exec(typed);
  const order = localeDateOrder(locale);
  if (yearFirst && (order === "ymd" || Number(yearFirst[1]) >= 1990))
    typed = `${yearFirst[1]}-${yearFirst[2]}-${yearFirst[3]}`;
  else if (digits) typed = `${digits[1]}/${digits[2]}/${digits[3]}`;
  const parsed = parseEvidenceDate(typed, { date1904: false, locale });
  return parsed.ok ? { ok: true, iso: parsed.iso } : { ok: false, message: parsed.message };
}

/** How dates can be typed in this locale, for the field's placeholder. */
export function datePlaceholder(locale: string | null): string {
  switch (localeDateOrder(locale)) {
    case "dmy":
      return "DD/MM/YYYY or YYYY-MM-DD";
    case "mdy":
      return "MM/DD/YYYY or YYYY-MM-DD";
    default:
      return "YYYY-MM-DD";
  }
}
