/**
 * Shared plumbing for the evidence rules: reading an AnswerEntry defensively (rules get untrusted shapes and
 * must not throw), building findings with the right case study and cell, and the stable rule ids.
 */
import type { CellValue, ControlAnswer, Finding, FindingField, Severity } from "../model";
import type { AnswerEntry } from "../model";
import type { RuleContext } from "./types";
import { parseLink, type LinkErrorKind, type ParsedLink } from "../links/parseLink";
import { splitLinks } from "../vocabulary/multiValue";
import { parseEvidenceDate, splitDates, type ParsedDate } from "../dates/parseDate";
import { isIsoDate } from "../dates/calendar";

export const RULE_IDS = {
  linkScheme: "link.scheme",
  linkMalformed: "link.malformed",
  linkPlaceholder: "link.placeholder",
  linkPrivateHost: "link.private-host",
  linkLoginRequired: "link.login-required",
  linkDuplicate: "link.duplicate",
  dateUnreadable: "date.unreadable",
  dateAmbiguous: "date.ambiguous",
  dateNotADate: "date.not-a-date",
  dateFuture: "date.future",
  dateMaxAge: "date.max-age",
  dateMissing: "date.missing",
  dateMinCount: "date.min-count",
  valueMaxDuration: "value.max-duration",
} as const;
export type EvidenceRuleId = (typeof RULE_IDS)[keyof typeof RULE_IDS];

/** One answer read defensively: every field present and of the right type. */
export interface SafeAnswer {
  met: ControlAnswer["met"] | "invalid";
  response: string;
  links: string[];
  dates: CellValue[];
}

function isCellValue(v: unknown): v is CellValue {
  return (
    v === null ||
    v === undefined ||
    typeof v === "string" ||
    typeof v === "number" ||
    typeof v === "boolean" ||
    v instanceof Date
  );
}

function safeAnswer(raw: unknown): SafeAnswer {
  const a = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const met = a.met;
  return {
    met:
      met === undefined
        ? "blank"
        : met === "yes" || met === "no" || met === "na" || met === "blank"
          ? met
          : "invalid",
    response: typeof a.response === "string" ? a.response : "",
    links: Array.isArray(a.links) ? a.links.filter((l): l is string => typeof l === "string") : [],
    dates: Array.isArray(a.dates) ? a.dates.filter(isCellValue) : [],
  };
}

/** The entry's answers, each with its 0-based index (case study #index+1 for per-case-study controls). */
export function answersOf(entry: AnswerEntry): SafeAnswer[] {
  const answers: unknown = (entry as { answers?: unknown } | null | undefined)?.answers;
  return Array.isArray(answers) ? answers.map(safeAnswer) : [];
}

/** A met value that says the control is not claimed: date-age and value rules do not apply. */
export function notClaimed(answer: SafeAnswer): boolean {
  return answer.met === "no" || answer.met === "na";
}

/** The control is answered Yes: "required" rules (a date must be given, at least N dates) apply. */
export function answeredYes(answer: SafeAnswer): boolean {
  return answer.met === "yes";
}

function cellRef(
  entry: AnswerEntry,
  index: number,
  field: FindingField
): { sheet?: string; cell?: string } {
  const cells: unknown = (entry as { cells?: unknown } | null | undefined)?.cells;
  if (!Array.isArray(cells)) return {};
  const row: unknown = cells[index];
  if (typeof row !== "object" || row === null) return {};
  const ref: unknown = (row as Record<string, unknown>)[field];
  if (typeof ref !== "object" || ref === null) return {};
  const { sheet, cell } = ref as { sheet?: unknown; cell?: unknown };
  const out: { sheet?: string; cell?: string } = {};
  if (typeof sheet === "string" && sheet !== "") out.sheet = sheet;
  if (typeof cell === "string" && cell !== "") out.cell = cell;
  return out;
}

/** Build a finding for answer `index` of `entry`. */
export function finding(
  context: RuleContext,
  entry: AnswerEntry,
  index: number,
  field: "links" | "dates" | "response",
  severity: Severity,
  rule: EvidenceRuleId,
  message: string
): Finding {
  const f: Finding = {
    checklist: context.checklist?.id ?? context.scope?.checklist,
    control: context.control?.id ?? String((entry as { id?: unknown } | null)?.id ?? ""),
    field,
    severity,
    rule,
    message,
  };
  if (context.control?.perCaseStudy) f.caseStudy = index + 1;
  return { ...f, ...cellRef(entry, index, field) };
}

/** A finding about the control as a whole (no case study, no cell): e.g. a count across case studies. */
export function entryFinding(
  context: RuleContext,
  entry: AnswerEntry,
  field: "links" | "dates" | "response",
  severity: Severity,
  rule: EvidenceRuleId,
  message: string
): Finding {
  return {
    checklist: context.checklist?.id ?? context.scope?.checklist,
    control: context.control?.id ?? String((entry as { id?: unknown } | null)?.id ?? ""),
    field,
    severity,
    rule,
    message,
  };
}

/**
 * An evidence rule named `name` (the engine's `engine.rule-failed` finding names it). A context without a control
 * (a hostile or half-built shape) gives no findings; an exception in the body is a bug and propagates, so the
 * engine reports it and the property tests fail on it.
 */
export function evidenceRule(
  name: string,
  body: (context: RuleContext, entry: AnswerEntry) => Finding[]
): (context: RuleContext, entry: AnswerEntry) => Finding[] {
  const rule = (context: RuleContext, entry: AnswerEntry): Finding[] =>
    !context || typeof context !== "object" || !context.control ? [] : body(context, entry);
  return Object.defineProperty(rule, "name", { value: name });
}

export interface LinkItem {
  /** The piece of the cell this link came from. */
  value: string;
  parsed: ParsedLink;
}

/** Every link of an answer: each links cell split into its links, parsed. */
export function linksOf(answer: SafeAnswer): LinkItem[] {
  const out: LinkItem[] = [];
  for (const cell of answer.links) {
    for (const value of splitLinks(cell)) out.push({ value, parsed: parseLink(value) });
  }
  return out;
}

export interface DateItem {
  value: CellValue;
  parsed: ParsedDate;
}

/**
 * Every non-empty date of an answer (a text cell may hold several, see splitDates), parsed with the
 * context's date system and locale.
 */
export function datesOf(context: RuleContext, answer: SafeAnswer): DateItem[] {
  const options = { date1904: context.date1904 === true, locale: context.locale ?? null };
  return answer.dates
    .flatMap((cell) => splitDates(cell, options))
    .map((value) => ({ value, parsed: parseEvidenceDate(value, options) }))
    .filter((d) => d.parsed.ok || d.parsed.reason !== "empty");
}

/** The readable dates of an answer, as ISO strings, newest first, without repeats. */
export function readableDates(context: RuleContext, answer: SafeAnswer): string[] {
  const isos = new Set<string>();
  for (const d of datesOf(context, answer)) if (d.parsed.ok) isos.add(d.parsed.iso);
  return [...isos].sort().reverse();
}

/** The context's asOf when it is a real ISO date; rules that measure age skip silently otherwise. */
export function asOfDate(context: RuleContext): string | null {
  return isIsoDate(context.asOf) ? context.asOf : null;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function quoted(text: string, max = 100): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? `${t.slice(0, max - 3)}...` : t}"`;
}

/** A date for a message: the ISO reading, with the value as typed when that differs ("04/03/2026" -> ...). */
export function shownDate(value: CellValue, iso: string): string {
  if (typeof value === "string" && value.trim() !== iso)
    return `${quoted(value, 40)} (read as ${iso})`;
  return iso;
}

/**
 * The error for one link that the link parser rejected as `kind`, in the parser's own words (its message and hint);
 * no finding for a link it accepted or rejected for another reason.
 */
export function rejectedLink(
  context: RuleContext,
  entry: AnswerEntry,
  index: number,
  parsed: ParsedLink,
  kind: LinkErrorKind,
  rule: EvidenceRuleId
): Finding[] {
  return !parsed.ok && parsed.kind === kind
    ? [
        finding(
          context,
          entry,
          index,
          "links",
          "error",
          rule,
          `Evidence link ${parsed.message} ${parsed.hint}`
        ),
      ]
    : [];
}

/** An evidence rule that reports every link the parser rejects as `kind` (malformed, placeholder, ...). */
export function rejectedLinkRule(
  name: keyof typeof RULE_IDS,
  kind: LinkErrorKind
): (context: RuleContext, entry: AnswerEntry) => Finding[] {
  return evidenceRule(name, (context, entry) =>
    answersOf(entry).flatMap((answer, index) =>
      linksOf(answer).flatMap(({ parsed }) =>
        rejectedLink(context, entry, index, parsed, kind, RULE_IDS[name])
      )
    )
  );
}
