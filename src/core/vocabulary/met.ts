/**
 * The Met words: the one definition of how a Met? cell is read (every spelling a person may type), the words the
 * tool writes to the sheet and shows in the pane, the sheet's list validation, and the same reading as a native
 * Excel expression for finalized workbooks. The reader, native formulas, the layout, the task pane and the custom
 * functions all take their words from here, so a spelling added here is read the same way everywhere.
 */
import type { CellValue, Met } from "../model";

export type Answered = Exclude<Met, "blank">;

/** The words written to a Met? cell and shown in the pane, per answer. */
export const MET_TEXT: Readonly<Record<Answered, string>> = Object.freeze({
  yes: "Yes",
  no: "No",
  na: "N/A",
});

/** The sheet's Met? list validation, in the order the drop-down shows it. */
export const MET_LIST: readonly string[] = Object.freeze([MET_TEXT.yes, MET_TEXT.no, MET_TEXT.na]);

/** The list validation's source as Excel stores it ("Yes,No,N/A"). */
export const MET_LIST_SOURCE = MET_LIST.join(",");

/**
 * Every spelling read as each answer, compared after `metKey` (so case, surrounding spaces and line breaks do not
 * matter). The first of each is the word the tool writes. "TRUE"/"FALSE" also cover boolean cells.
 */
export const MET_SPELLINGS: Readonly<Record<Answered, readonly string[]>> = Object.freeze({
  yes: [MET_TEXT.yes, "Y", "TRUE", "Met", "✓", "✔"],
  no: [MET_TEXT.no, "N", "FALSE", "Not met", "✗", "✘"],
  na: [MET_TEXT.na, "NA", "n.a.", "Not applicable"],
});

const BY_KEY: ReadonlyMap<string, Answered> = new Map(
  (Object.keys(MET_SPELLINGS) as Answered[]).flatMap((met) =>
    MET_SPELLINGS[met].map((word) => [metKey(word), met] as const)
  )
);

/**
 * A Met text reduced to what matters: white space of any kind (non-breaking spaces, tabs, line breaks) counts as
 * one space, leading and trailing space is dropped, and case is ignored.
 */
export function metKey(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Yes/No/N/A as typed in a cell or an answers file: "blank" for an empty cell, null when it is none of them. */
export function parseMet(value: CellValue): Met | null {
  if (value === null || value === undefined) return "blank";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value !== "string") return null;
  const key = metKey(value);
  if (key === "") return "blank";
  return BY_KEY.get(key) ?? null;
}

/** A Met the pane shows or writes, as its cell text ("" for blank). */
export function metText(met: Met): string {
  return met === "blank" ? "" : MET_TEXT[met];
}

/** The pane's reading of a Met text (a radio value or a cell's text): anything unreadable shows as unanswered. */
export function metFromText(text: string): Met {
  return parseMet(text) ?? "blank";
}

// ---------------------------------------------------------------------------------------------------------------
// The same reading in a native formula (finalized workbooks compute without the add-in)

function quoted(words: readonly string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(",");
}

/**
 * A boolean-valued expression, true where the (trimmed) cell or range reads as one of `answers` (array-valued for
 * a range, inside SUMPRODUCT); MATCH ignores case.
 */
export function formulaMetIs(ref: string, answers: readonly Answered[]): string {
  const words = answers.flatMap((a) => MET_SPELLINGS[a]);
  return `ISNUMBER(MATCH(TRIM(${ref}),{${quoted(words)}},0))`;
}
