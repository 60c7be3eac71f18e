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

/**
 * An Excel expression for a cell or range's Met text reduced as `metKey` does, as far as a short formula can:
 * non-breaking spaces become spaces (written as the character itself: CHAR(160) depends on the platform's code
 * page), CLEAN drops line breaks and tabs, TRIM drops spaces at the ends and collapses runs, and MATCH ignores case.
 * What it reads differently from `metKey` (a line break between two words, other Unicode spaces) is found by
 * `formulaReadsMetAlike`, and finalize reports the cell instead of writing a formula that would disagree.
 */
export function formulaMetKey(ref: string): string {
  return `TRIM(CLEAN(SUBSTITUTE(${ref},"\u00a0"," ")))`;
}

/**
 * The spellings the formula matches: the vocabulary's, plus "1" and "0", which is how TRIM shows a boolean cell in
 * LibreOffice (it keeps TRUE and FALSE as the numbers 1 and 0; Excel shows "TRUE" and "FALSE"). A cell holding
 * the number or the text 1 or 0 therefore reads differently from the engine, which `formulaReadsMetAlike` reports.
 */
const FORMULA_SPELLINGS: Readonly<Record<Answered, readonly string[]>> = Object.freeze({
  yes: [...MET_SPELLINGS.yes, "1"],
  no: [...MET_SPELLINGS.no, "0"],
  na: MET_SPELLINGS.na,
});

const FORMULA_BY_KEY: ReadonlyMap<string, Answered> = new Map(
  (Object.keys(FORMULA_SPELLINGS) as Answered[]).flatMap((met) =>
    FORMULA_SPELLINGS[met].map((word) => [word.toLowerCase(), met] as const)
  )
);

function quoted(words: readonly string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(",");
}

/**
 * A boolean-valued expression, true where the cell or range reads as one of `answers` (array-valued for a range,
 * inside SUMPRODUCT). An error cell reads as unanswered instead of spreading into the total.
 */
export function formulaMetIs(ref: string, answers: readonly Answered[]): string {
  const words = answers.flatMap((a) => FORMULA_SPELLINGS[a]);
  return `ISNUMBER(MATCH(${formulaMetKey(ref)},{${quoted(words)}},0))`;
}

/**
 * What the formula reads in a cell, the JavaScript twin of `formulaMetIs`: the answers whose spellings MATCH finds
 * (none for a blank or unreadable cell; several when the text holds MATCH's wildcards * ? ~ and fits words of
 * several answers).
 */
function formulaReads(value: CellValue): Answered[] {
  if (typeof value === "boolean") return [value ? "yes" : "no"];
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number") text = String(value);
  else return [];
  const key = text
    .replace(/\u00a0/g, " ")
    // eslint-disable-next-line no-control-regex -- CLEAN removes exactly the control characters 0-31
    .replace(/[\u0000-\u001f]/g, "")
    .replace(/^ +| +$/g, "")
    .replace(/ {2,}/g, " ")
    .toLowerCase();
  if (!/[*?~]/.test(key)) {
    const met = FORMULA_BY_KEY.get(key);
    return met ? [met] : [];
  }
  const pattern = new RegExp(`^${wildcardSource(key)}$`, "i");
  return (Object.keys(FORMULA_SPELLINGS) as Answered[]).filter((met) =>
    FORMULA_SPELLINGS[met].some((word) => pattern.test(word))
  );
}

/** MATCH's wildcards as a regular expression: * any run, ? one character, ~ escapes the next. */
function wildcardSource(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) out += escapeRegExp(pattern[++i]);
    else if (ch === "*") out += "[^]*";
    else if (ch === "?") out += "[^]";
    else out += escapeRegExp(ch);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether a native formula reads this Met cell the way `parseMet` does, in Excel and in LibreOffice (both score an
 * unreadable Met as blank). False, for example, for "Not" and "met" on two lines, "Yes" followed by an em space,
 * the number 1, or "Y*".
 */
export function formulaReadsMetAlike(value: CellValue): boolean {
  const engine = parseMet(value) ?? "blank";
  const formula = formulaReads(value);
  return engine === "blank" ? formula.length === 0 : formula.length === 1 && formula[0] === engine;
}
