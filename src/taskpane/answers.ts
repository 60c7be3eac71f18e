/**
 * The answers the task pane shows: the entries the store read from the sheet, field by field.
 */
import type { AnswerField } from "../excel/port";
import { controlKey } from "../core/answers";
import { formatIsoDate } from "../core/dates/calendar";
import { excelSerialToParts } from "../core/dates/parseDate";
import { metText } from "../core/vocabulary/met";
import type { AnswerEntry, CellValue, ControlAnswer } from "../core/model";

export function entriesByKey(entries: readonly AnswerEntry[]): Map<string, AnswerEntry> {
  return new Map(entries.map((e) => [controlKey(e.part, e.id), e]));
}

export { MET_TEXT, metFromText } from "../core/vocabulary/met";

function dateText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number") {
    const parts = excelSerialToParts(value, false);
    return parts ? formatIsoDate(parts) : String(value);
  }
  return String(value);
}

/** A field of an answer as the text that goes into its cell (the form's value). */
export function fieldText(answer: ControlAnswer | undefined, field: AnswerField): string {
  if (!answer) return "";
  switch (field) {
    case "met":
      return metText(answer.met);
    case "links":
      return answer.links.join("\n");
    case "dates":
      return answer.dates
        .map(dateText)
        .filter((d) => d !== "")
        .join("\n");
    default:
      return answer[field];
  }
}

/** Splits a multi-value cell text into its items (one per line). */
export function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * Every value of a multi-value field (links or dates) in the cell, as one text with a value per line. The reader
 * (core's splitter) gives a per-case-study control's shared cell to its case studies one line each; the cell is
 * all of them, in order.
 */
export function cellValues(
  entry: AnswerEntry | undefined,
  field: "links" | "dates",
  perCaseStudy: boolean
): string {
  const answers = entry?.answers ?? [];
  return (perCaseStudy ? answers : answers.slice(0, 1))
    .map((answer) => fieldText(answer, field))
    .filter((text) => text !== "")
    .join("\n");
}

/** The values of a multi-value text (one per line), empty lines dropped. */
export function valuesOf(text: string): string[] {
  return lines(text)
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** Values as the text that goes into a multi-value cell: one per line, blank ones left out. */
export function joinValues(values: readonly string[]): string {
  return values
    .map((v) => v.trim())
    .filter((v) => v !== "")
    .join("\n");
}
