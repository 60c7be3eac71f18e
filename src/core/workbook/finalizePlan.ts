/**
 * Pure: finalizing a workbook, as data, with the same conventions as the CLI's finalize (src/cli/xlsx/finalize.ts):
 * every formula calling MSP.* becomes its native equivalent (native.ts) or, without one, its value (the engine's,
 * else the cached result); each original formula is recorded as a row (sheet, cell, formula without "=") of the
 * hidden "SelfAssess Original Formulas" sheet; the stamp for Summary!B6 names the date, checklist version, scope and
 * score. The Office.js side writes the plan; the CLI can share `engineValue` and `finalizeStamp`.
 */
import type { CellValue } from "../model";
import type { WorkbookCheck } from "./checkGrid";
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
  return `Finalized ${today} (evidence as of ${check.assessment.asOf}): ${check.checklist.id.toUpperCase()} ${check.checklist.version}; scope: ${scopeWords(check.checklist, check.scope)}${scoreText}`;
}

function plain(value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

export function planFinalize(
  check: WorkbookCheck,
  cells: readonly FormulaCell[],
  today: string
): FinalizePlan {
  const context: NativeContext = {
    checklist: check.checklist,
    scope: check.scope,
    mapping: check.mapping,
    pointOverrides: check.pointOverrides,
  };
  const writes: FinalizeWrite[] = [];
  const originals: [string, string, string][] = [];
  const valued: FinalizePlan["valued"] = [];
  let replaced = 0;
  for (const cell of cells) {
    if (!usesCustomFunctions(cell.formula)) continue;
    originals.push([cell.sheet, cell.address, cell.formula]);
    const translated = translateFormula(context, cell.formula);
    if (translated.formula !== null) {
      writes.push({ sheet: cell.sheet, address: cell.address, input: `=${translated.formula}` });
      replaced++;
      continue;
    }
    const computed = engineValue(check, cell.formula);
    writes.push({
      sheet: cell.sheet,
      address: cell.address,
      input: plain(computed !== undefined ? computed : cell.cached),
    });
    valued.push({ sheet: cell.sheet, cell: cell.address, formula: cell.formula });
  }
  return { writes, originals, replaced, valued, stamp: finalizeStamp(check, today) };
}
