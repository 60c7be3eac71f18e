/**
 * The answers file of `selfassess score`: control IDs mapped to "Yes"/"No"/"N/A"/"" (Y/N accepted, any case) or
 * to objects with met, response, links and dates; a per-case-study control may take an array, one per case study.
 * Problems come back as messages that name the ID, never thrown.
 */
import type { Checklist, ControlPart } from "../checklists/schema";
import { controlKey, normalizeId, parseMet } from "./answers";
import { ControlAnswer, type AnswerEntry, type CellValue } from "./model";
import { programName } from "./programNames";

export interface AnswersFileResult {
  entries: AnswerEntry[];
  /** Unknown IDs, unreadable values: each names the ID. */
  errors: string[];
}

type Lookup = Map<string, { part: ControlPart; id: string }>;

function lookupTable(checklist: Checklist): Lookup {
  const table: Lookup = new Map();
  // Requirements win a bare ID ("1.1"); prerequisites are reachable as "prerequisites/1.1".
  for (const part of ["prerequisites", "requirements"] as const) {
    for (const section of checklist.sections) {
      if (section.part !== part) continue;
      for (const control of section.controls) {
        table.set(control.id.toLowerCase(), { part, id: control.id });
        table.set(controlKey(part, control.id).toLowerCase(), { part, id: control.id });
      }
    }
  }
  return table;
}

function isCell(value: unknown): value is CellValue {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function readOne(id: string, raw: unknown, errors: string[]): ControlAnswer | null {
  if (typeof raw === "string" || raw === null || typeof raw === "boolean") {
    const met = parseMet(raw);
    if (met === null) {
      errors.push(`${id}: "${String(raw)}" is not Yes, No, N/A or blank`);
      return null;
    }
    return ControlAnswer.parse({ met });
  }
  if (typeof raw !== "object" || Array.isArray(raw)) {
    errors.push(`${id}: expected "Yes", "No", "N/A", "" or an object, got ${JSON.stringify(raw)}`);
    return null;
  }
  const obj = raw as Record<string, unknown>;
  const met = parseMet(isCell(obj.met) ? obj.met : "");
  if (met === null) {
    errors.push(`${id}: met "${String(obj.met)}" is not Yes, No, N/A or blank`);
    return null;
  }
  const strings = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.filter((v): v is string => typeof v === "string")
      : typeof value === "string"
        ? [value]
        : [];
  const cells = (value: unknown): CellValue[] =>
    Array.isArray(value) ? value.filter(isCell) : isCell(value) && value !== null ? [value] : [];
  return ControlAnswer.parse({
    met,
    naReason: typeof obj.naReason === "string" ? obj.naReason : "",
    response: typeof obj.response === "string" ? obj.response : "",
    links: strings(obj.links),
    dates: cells(obj.dates),
    reviewerComment: typeof obj.reviewerComment === "string" ? obj.reviewerComment : "",
  });
}

export function readAnswersFile(
  checklist: Checklist,
  json: unknown,
  caseStudies: number
): AnswersFileResult {
  const errors: string[] = [];
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return {
      entries: [],
      errors: ["the answers file must be a JSON object mapping control IDs to answers"],
    };
  }
  const table = lookupTable(checklist);
  const entries: AnswerEntry[] = [];
  const unknown: string[] = [];
  for (const [rawId, raw] of Object.entries(json as Record<string, unknown>)) {
    const target = table.get(normalizeId(rawId).toLowerCase());
    if (!target) {
      unknown.push(rawId);
      continue;
    }
    const control = checklist.sections.flatMap((s) => s.controls).find((c) => c.id === target.id);
    const perCaseStudy = !!control?.perCaseStudy;
    let answers: ControlAnswer[] = [];
    if (Array.isArray(raw)) {
      const read = raw.map((item) => readOne(rawId, item, errors));
      if (read.some((a) => a === null)) continue;
      answers = read as ControlAnswer[];
      if (!perCaseStudy && answers.length > 1)
        errors.push(`${rawId}: answered once, but ${answers.length} answers were given`);
    } else {
      const one = readOne(rawId, raw, errors);
      if (!one) continue;
      // One answer for a per-case-study control stands for every case study.
      answers = perCaseStudy ? Array.from({ length: caseStudies }, () => one) : [one];
    }
    entries.push({ part: target.part, id: target.id, answers });
  }
  if (unknown.length) {
    errors.unshift(`unknown control IDs for the ${programName(checklist)}: ${unknown.join(", ")}`);
  }
  return { entries, errors };
}
