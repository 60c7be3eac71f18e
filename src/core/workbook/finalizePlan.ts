/**
 * Pure: finalizing a workbook, as data, with the same conventions as the CLI's finalize (src/cli/xlsx/finalize.ts):
 * every formula calling MSP.* becomes its native equivalent (native.ts) or, without one, its value (the engine's,
 * else the cached result); each original formula is recorded as a row (sheet, cell, formula without "=") of the
 * hidden "SelfAssess Original Formulas" sheet; the stamp for Summary!B6 names the date, checklist version, scope and
 * score. The Office.js side writes the plan; the CLI can share `engineValue` and `finalizeStamp`.
 */
import type { CellValue } from "../model";
import { safeCellInput } from "../text/formulaSafe";
import type { WorkbookCheck } from "./checkGrid";
import { programName } from "../programNames";
import { scopeWords } from "./scopeWords";
import { translateFormula, usesCustomFunctions, type NativeContext } from "./native";

export interface FormulaCell {
  sheet: string;
  /** A1 address without "$" ("C9"). */
  address: string;
  /** The formula without the leading "=". */
  formula: string;
  /** The value the cell shows now. */
  cached: CellValue;
}

export interface FinalizeWrite {
  sheet: string;
  address: string;
  /** "=<native formula>", or the value. */
  input: string | number | boolean;
  /** The native formula without "=", when the call has one. */
  native?: string;
  /** Without a native formula: the value itself (`input` then holds it as Office.js must receive it, text made
   * formula-safe with core/text/formulaSafe.ts). */
  value?: string | number | boolean;
}

export interface FinalizePlan {
  writes: FinalizeWrite[];
  /** Rows for the Original Formulas sheet: sheet, cell, formula without "=". */
  originals: [string, string, string][];
  replaced: number;
  valued: { sheet: string; cell: string; formula: string }[];
  stamp: string;
}

/** The engine's value of a lone MSP.SCORE/MAX/PASS/PROGRESS call, or undefined. */
export function engineValue(check: WorkbookCheck, formula: string): CellValue | undefined {
  const match = /^\s*MSP\.([A-Z]+)\s*\(\s*(?:"((?:[^"]|"")*)")?\s*\)\s*$/i.exec(formula);
  if (!match) return undefined;
  const name = match[1].toUpperCase();
  const section = match[2] === undefined ? null : match[2].replace(/""/g, '"');
  const a = check.assessment;
  const s = a.score;
  if (name === "SCORE" && s)
    return section === null ? s.total : s.sections.find((x) => x.id === section)?.total;
  if (name === "MAX" && s)
    return section === null ? s.max : s.sections.find((x) => x.id === section)?.max;
  if (name === "PASS" && s) return s.pass;
  if (name === "PROGRESS") {
    const counts = section === null ? a.overall : a.sections.find((x) => x.id === section);
    if (!counts) return undefined;
    return counts.applicable ? counts.answered / counts.applicable : 1;
  }
  return undefined;
}

/** The text finalize stamps on Summary!B6 (the CLI's wording). */
export function finalizeStamp(check: WorkbookCheck, today: string): string {
  const s = check.assessment.score;
  const scoreText = s
    ? `; score ${s.total} of ${s.max}, ${s.pass ? "pass" : "fail"} (pass mark ${check.checklist.scoring?.pass ?? "?"})`
    : "";
  return `Finalized ${today} (evidence as of ${check.assessment.asOf}): ${programName(check.checklist)} ${check.checklist.version}; scope: ${scopeWords(check.checklist, check.scope)}${scoreText}`;
}

function plain(value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

export function planFinalize(
  check: WorkbookCheck,
  cells: readonly FormulaCell[],
  today: string,
  options: { scoreCell?: string } = {}
): FinalizePlan {
  const context: NativeContext = {
    checklist: check.checklist,
    scope: check.scope,
    mapping: check.mapping,
    pointOverrides: check.pointOverrides,
  };
  if (options.scoreCell) context.scoreCell = options.scoreCell;
  const writes: FinalizeWrite[] = [];
  const originals: [string, string, string][] = [];
  const valued: FinalizePlan["valued"] = [];
  let replaced = 0;
  for (const cell of cells) {
    if (!usesCustomFunctions(cell.formula)) continue;
    originals.push([cell.sheet, cell.address, cell.formula]);
    const translated = translateFormula(context, cell.formula);
    if (translated.formula !== null) {
      writes.push({
        sheet: cell.sheet,
        address: cell.address,
        input: `=${translated.formula}`,
        native: translated.formula,
      });
      replaced++;
      continue;
    }
    const computed = engineValue(check, cell.formula);
    const value = plain(computed !== undefined ? computed : cell.cached);
    // A cached text such as "=HYPERLINK(…)" stays text: Office.js writes these inputs as formulas.
    writes.push({ sheet: cell.sheet, address: cell.address, input: safeCellInput(value), value });
    valued.push({ sheet: cell.sheet, cell: cell.address, formula: cell.formula });
  }
  return {
    writes,
    originals,
    replaced,
    valued,
    stamp: finalizeStamp(check, today),
  };
}

/**
 * Worksheet functions a recorded formula may wrap its MSP.* calls in (`IF(MSP.PASS(),"Pass","Fail")`): pure
 * arithmetic, logic and text, nothing that reaches outside the workbook or builds a reference from text.
 */
const HARMLESS_FUNCTIONS = new Set(
  (
    "IF IFS IFERROR IFNA AND OR NOT XOR ROUND ROUNDUP ROUNDDOWN INT ABS MIN MAX SUM AVERAGE MOD " +
    "TEXT CONCAT CONCATENATE LEN UPPER LOWER TRIM VALUE N ISNUMBER ISBLANK ISERROR ISTEXT TRUE FALSE"
  ).split(" ")
);

/**
 * Whether a formula from the Original Formulas record may be written back by undo: a formula calling the product's
 * own functions (MSP.*), with literals, references, operators and harmless worksheet functions around them.
 * Anything else — HYPERLINK, WEBSERVICE, INDIRECT, a DDE call (`cmd|' /c …'!A1`), a reference into another
 * workbook (`[1]Sheet!A1`) — was not written by finalize and is refused. Returns the reason, or null.
 */
export function originalFormulaProblem(formula: string): string | null {
  const text = formula.replace(/^=/, "");
  if (!text.trim()) return "the formula is empty";
  if (text.length > 8192) return "the formula is longer than Excel allows";
  const outsideStrings = text.replace(/"(?:[^"]|"")*"/g, '""');
  if (/"/.test(outsideStrings.replace(/""/g, ""))) return "the formula has an unclosed string";
  if (/[[\]|]/.test(outsideStrings.replace(/'(?:[^']|'')*'!/g, "x!")))
    return "the formula refers to another workbook or program";
  const calls = [...outsideStrings.matchAll(/([A-Za-z_\\][\w.]*)\s*\(/g)].map((m) => m[1]);
  const foreign = calls.find(
    (name) => !/^MSP\.[A-Za-z]+$/.test(name) && !HARMLESS_FUNCTIONS.has(name.toUpperCase())
  );
  if (foreign) return `the formula calls ${foreign.toUpperCase()}, not an MSP function`;
  if (!calls.some((name) => /^MSP\.[A-Za-z]+$/.test(name)))
    return "the formula calls no MSP function";
  return null;
}

/** One row of the Original Formulas record that undo cannot trust. */
export interface RecordProblem {
  /** The record sheet's cell at fault ("C5"). */
  cell: string;
  message: string;
}

/**
 * Validates the Original Formulas record (row 1 is its header): each row names an existing sheet other than the
 * product's own, a cell address inside Excel's limits, and a formula `originalFormulaProblem` accepts. Blank rows
 * are skipped. Returns the rows to restore, or the problems (with the record's cell) when there is any.
 */
export function checkOriginalsRecord(
  rows: readonly (readonly CellValue[])[],
  sheetNames: readonly string[],
  ownSheets: readonly string[]
):
  | { ok: true; restore: { sheet: string; address: string; formula: string }[] }
  | { ok: false; problems: RecordProblem[] } {
  const restore: { sheet: string; address: string; formula: string }[] = [];
  const problems: RecordProblem[] = [];
  const text = (v: CellValue | undefined) =>
    v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : String(v);
  rows.forEach((row, r) => {
    if (r === 0) return;
    const [sheet, address, formula] = [text(row[0]), text(row[1]).trim(), text(row[2])];
    if (!sheet && !address && !formula) return;
    const line = r + 1;
    if (!sheetNames.includes(sheet) || ownSheets.includes(sheet)) {
      problems.push({
        cell: `A${line}`,
        message: sheet
          ? `names sheet "${sheet}", which is not a sheet finalize writes`
          : "names no sheet",
      });
      return;
    }
    const at = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(address);
    const col = at ? [...at[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
    if (!at || col > 16384 || Number(at[2]) > 1048576) {
      problems.push({
        cell: `B${line}`,
        message: `"${address.slice(0, 40)}" is not a cell address`,
      });
      return;
    }
    const problem = originalFormulaProblem(formula);
    if (problem) {
      problems.push({ cell: `C${line}`, message: problem });
      return;
    }
    restore.push({
      sheet,
      address: address.replace(/\$/g, ""),
      formula: formula.replace(/^=/, ""),
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, restore };
}
