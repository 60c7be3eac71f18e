/**
 * Native Excel equivalents of the add-in's custom functions, for a finalized workbook that must compute without
 * the add-in: MSP.SCORE([section]) becomes SUMPRODUCTs over the Met column, MSP.MAX([section]) a number,
 * MSP.PASS() an AND over the total and the Mandatory Action Items, MSP.PROGRESS([section]) a count of answered
 * Met cells over the applicable controls. They follow the engine's rules exactly (scoring.ts, rollup.ts): a blank
 * or unreadable Met scores as not met, N/A counts as met only where the control allows it, excluded and granted
 * controls score their add points, a control answered per case study rolls up by its rule over the scope's case
 * studies. Pure string building, shared by the ExcelJS finalizer and the Office.js side.
 *
 * Agreement with the engine: Met? text is read as the vocabulary module reads it (met.ts formulaMetIs), and the
 * points are the engine's own (the workbook's point cells where they hold a number, else the catalog's) written as
 * constants, so no point cell can make the two disagree. What a formula still cannot read alike (see
 * formulaReadsMetAlike, and Met formulas without a saved result) `nativeDisagreements` reports as
 * formula.cannot-agree, and finalize refuses.
 */
import type { Checklist, Control, Points } from "../../checklists/schema";
import { applicability, type ControlStatus } from "../applicability";
import type { CellValue, Finding, Scope } from "../model";
import { caseStudyCount } from "../scope";
import {
  formulaMetIs,
  formulaReadsMetAlike,
  metText,
  parseMet,
  type Answered,
} from "../vocabulary/met";
import { a1, cellAt, columnLetters, sheetRef, type Grid } from "./grid";
import type { Mapping, SheetMapping } from "./mapping";

/** Excel's limit on a formula's length; longer equivalents fall back to the value. */
export const MAX_FORMULA_LENGTH = 8000;

/** The Met words (every spelling parseMet reads, normalised the same way) come from the vocabulary module. */
function yes(ref: string, naAllowed: boolean): string {
  return formulaMetIs(ref, naAllowed ? ["yes", "na"] : ["yes"]);
}

/** True where the cell or range holds a readable Met answer (Yes, No or N/A in any spelling parseMet reads). */
function known(ref: string): string {
  return formulaMetIs(ref, ["yes", "no", "na"]);
}

function na(ref: string): string {
  return formulaMetIs(ref, ["na"]);
}

interface Located {
  status: ControlStatus;
  points: Points | null;
  sheet: SheetMapping | null;
  row: number;
}

export interface NativeContext {
  checklist: Checklist;
  scope: Scope;
  mapping: Mapping;
  /** The workbook's point columns where they differ from the catalog (readAnswers' pointOverrides). */
  pointOverrides?: ReadonlyMap<string, Points>;
  /** A cell holding the overall score (e.g. "Summary!C24"): MSP.PASS() refers to it instead of repeating the sum. */
  scoreCell?: string;
}

function locate(context: NativeContext): Located[] {
  const where = new Map<string, { sheet: SheetMapping; row: number }>();
  for (const sheet of context.mapping.sheets)
    for (const [key, row] of Object.entries(sheet.controls))
      if (!where.has(key)) where.set(key, { sheet, row });
  return applicability(context.checklist, context.scope).map((status) => {
    const at = where.get(status.key);
    return {
      status,
      points: context.pointOverrides?.get(status.key) ?? status.control.points,
      sheet: at?.sheet ?? null,
      row: at?.row ?? -1,
    };
  });
}

function cell(l: Located, col: number): string {
  return `${sheetRef(l.sheet?.sheet ?? "")}!${a1(l.row, col)}`;
}

/**
 * The points of a control as numbers: the ones the engine scores with (the workbook's point columns where they
 * hold a number, rounded, else the catalog's). Written as constants rather than references to the point cells, so
 * a blank, text, error or fractional point cell cannot make the formula disagree with the engine.
 */
function metPoints(l: Located): number {
  return l.points?.met ?? 0;
}

function notMetPoints(l: Located): number {
  return l.points?.notMet ?? 0;
}

/** A column of numbers as an Excel array constant: {10;10;25}. */
function column(values: readonly number[]): string {
  return `{${values.join(";")}}`;
}

/** The Met columns a control is read from, one per case study in scope (null = no cell: reads blank). */
function metColumns(l: Located, control: Control, caseStudies: number): (number | null)[] {
  if (!l.sheet) return [null];
  const cols = l.sheet.columns;
  if (control.perCaseStudy && cols.caseStudies.length) {
    const out: (number | null)[] = [];
    for (let i = 0; i < caseStudies; i++) out.push(cols.caseStudies[i]?.met ?? null);
    return out;
  }
  const met = cols.met ?? cols.caseStudies[0]?.met ?? null;
  if (!control.perCaseStudy) return [met];
  // A single Met column answers a per-reference control once, for every reference (as readAnswers reads it).
  const out: (number | null)[] = [];
  for (let i = 0; i < caseStudies; i++) out.push(met);
  return out;
}

/** The Met cells a control is read from, one per case study in scope (null = no cell: reads blank). */
function metCells(l: Located, control: Control, caseStudies: number): (string | null)[] {
  return metColumns(l, control, caseStudies).map((col) => (col === null ? null : cell(l, col)));
}

/** A boolean expression: the control (rolled up) counts as met for scoring. */
function metCondition(l: Located, caseStudies: number): string {
  const control = l.status.control;
  const cells = metCells(l, control, caseStudies);
  if (!control.perCaseStudy) return cells[0] ? yes(cells[0], control.naAllowed) : "FALSE";
  const present = cells.filter((c): c is string => c !== null);
  const n = cells.length;
  const y = present.length ? present.map((c) => `${yes(c, false)}*1`).join("+") : "0";
  const a = present.length ? present.map((c) => `${na(c)}*1`).join("+") : "0";
  const allNa = present.length === n && control.naAllowed ? `(${a})=${n}` : "FALSE";
  if (control.perCaseStudy.rollup === "every")
    return `OR(AND((${y})+(${a})=${n},(${y})>0),${allNa})`;
  return `OR((${y})>0,${allNa})`;
}

/**
 * The number of the given applicable controls whose rolled-up Met is not blank, with runs of adjacent rows on one
 * sheet (same kind of roll-up) compressed into one SUMPRODUCT. every: answered once a case study says No or none is
 * blank; at-least-one: once one says Yes or none is blank (rollup.ts).
 */
function answeredExpression(items: Located[], caseStudies: number): string {
  type Kind = "once" | "every" | "at-least-one";
  const terms: string[] = [];
  let run: {
    sheet: SheetMapping;
    first: number;
    last: number;
    kind: Kind;
    cols: (number | null)[];
  } | null = null;
  const flush = () => {
    if (!run) return;
    const { sheet, first, last, kind, cols } = run;
    const ranges = cols.map((c) => (c === null ? null : rangeRef(sheet, c, first, last)));
    const present = ranges.filter((r): r is string => r !== null);
    if (kind === "once") terms.push(present.length ? `SUMPRODUCT(${known(present[0])}*1)` : "0");
    else {
      // Answered once a cell is decisive (No for "every", Yes for "at-least-one") or none is blank; with no
      // decisive cell, none is blank exactly when every cell holds one of the other answers (shorter than
      // matching every spelling per cell).
      const decisiveAnswers: Answered[] = kind === "every" ? ["no"] : ["yes"];
      const otherAnswers: Answered[] = kind === "every" ? ["yes", "na"] : ["no", "na"];
      const decisive = present.map((r) => formulaMetIs(r, decisiveAnswers)).join("+") || "0";
      const other = present.map((r) => formulaMetIs(r, otherAnswers)).join("+");
      const noneBlank = present.length === cols.length ? `((${other})=${cols.length})` : "0";
      terms.push(`SUMPRODUCT((((${decisive})>0)+${noneBlank}>0)*1)`);
    }
    run = null;
  };
  for (const l of items) {
    if (!l.sheet) {
      flush();
      continue; // not in the workbook: blank
    }
    const control = l.status.control;
    const kind: Kind = control.perCaseStudy ? control.perCaseStudy.rollup : "once";
    const cells = metCells(l, control, caseStudies);
    const cols: (number | null)[] = cells.map((c, i) => {
      if (c === null) return null;
      const groups = l.sheet?.columns.caseStudies ?? [];
      if (control.perCaseStudy && groups.length) return groups[i]?.met ?? null;
      return l.sheet?.columns.met ?? groups[0]?.met ?? null;
    });
    if (
      run &&
      run.sheet === l.sheet &&
      run.last + 1 === l.row &&
      run.kind === kind &&
      run.cols.join() === cols.join()
    ) {
      run.last = l.row;
      continue;
    }
    flush();
    run = { sheet: l.sheet, first: l.row, last: l.row, kind, cols };
  }
  flush();
  return terms.length ? terms.join("+") : "0";
}

interface Run {
  sheet: SheetMapping;
  first: number;
  last: number;
  naAllowed: boolean;
  items: Located[];
}

function rangeRef(sheet: SheetMapping, col: number, first: number, last: number): string {
  const c = columnLetters(col);
  return `${sheetRef(sheet.sheet)}!${c}${first + 1}:${c}${last + 1}`;
}

/**
 * A sum over controls as one native expression, compressing runs of adjacent rows answered once on a sheet with
 * a Met column into one SUMPRODUCT. `score`: the points each control scores; `failed`: the number of
 * applicable Mandatory Action Items (subtract points at or below `mandatory`) not met.
 */
function sumExpression(
  items: Located[],
  caseStudies: number,
  kind: "score" | "failed",
  mandatory: number
): string {
  const terms: string[] = [];
  let run: Run | null = null;
  const flush = () => {
    if (!run) return;
    const met = rangeRef(run.sheet, run.sheet.columns.met ?? 0, run.first, run.last);
    const y = yes(met, run.naAllowed);
    if (kind === "score") {
      // Each row scores its subtract points, plus (add - subtract) where it is met.
      const base = run.items.reduce((sum, l) => sum + notMetPoints(l), 0);
      const gain = column(run.items.map((l) => metPoints(l) - notMetPoints(l)));
      terms.push(`(${base}+SUMPRODUCT(${y}*${gain}))`);
    } else {
      const mask = run.items.map((l) => (notMetPoints(l) <= mandatory ? 1 : 0));
      if (mask.some(Boolean)) terms.push(`SUMPRODUCT((1-${y})*${column(mask)})`);
    }
    run = null;
  };
  for (const l of items) {
    const control = l.status.control;
    const runnable =
      l.status.state === "applies" &&
      !control.perCaseStudy &&
      l.sheet !== null &&
      l.sheet.columns.met !== null;
    if (runnable && l.sheet) {
      if (
        run &&
        run.sheet === l.sheet &&
        run.last + 1 === l.row &&
        run.naAllowed === control.naAllowed
      ) {
        run.last = l.row;
        run.items.push(l);
        continue;
      }
      flush();
      run = { sheet: l.sheet, first: l.row, last: l.row, naAllowed: control.naAllowed, items: [l] };
      continue;
    }
    flush();
    if (kind === "score") {
      if (l.status.state !== "applies") terms.push(String(metPoints(l)));
      else terms.push(`IF(${metCondition(l, caseStudies)},${metPoints(l)},${notMetPoints(l)})`);
    } else if (l.status.state === "applies" && (l.points?.notMet ?? 0) <= mandatory) {
      terms.push(`(1-${metCondition(l, caseStudies)}*1)`);
    }
  }
  flush();
  return terms.length ? terms.join("+") : "0";
}

function maxExpression(items: Located[]): string {
  return String(items.reduce((sum, l) => sum + metPoints(l), 0));
}

function scored(items: Located[], section: string | null): Located[] {
  return items.filter(
    (l) =>
      l.points &&
      l.status.part === "requirements" &&
      (section === null || l.status.section.id === section)
  );
}

export type NativeFunction = "SCORE" | "MAX" | "PASS" | "PROGRESS";

/**
 * The native formula (without "=") equivalent to MSP.<name>(section?), or null when there is none (an unknown
 * section, a checklist without scoring for SCORE/MAX/PASS, or an equivalent longer than Excel allows).
 */
export function nativeFormula(
  context: NativeContext,
  name: NativeFunction,
  section: string | null
): string | null {
  const items = locate(context);
  const caseStudies = caseStudyCount(context.checklist, context.scope);
  if (section !== null && !context.checklist.sections.some((s) => s.id === section)) return null;
  let formula: string | null = null;
  const mandatory = context.checklist.scoring?.mandatoryNotMet ?? -Infinity;
  if (name === "SCORE" && context.checklist.scoring)
    formula = sumExpression(scored(items, section), caseStudies, "score", mandatory);
  else if (name === "MAX" && context.checklist.scoring)
    formula = maxExpression(scored(items, section));
  else if (name === "PASS" && context.checklist.scoring) {
    const scoring = context.checklist.scoring;
    const all = scored(items, null);
    const total = context.scoreCell ?? sumExpression(all, caseStudies, "score", mandatory);
    const failed = sumExpression(all, caseStudies, "failed", mandatory);
    formula = `AND((${total})>=${scoring.pass},(${failed})=0)`;
  } else if (name === "PROGRESS") {
    const applicable = items.filter(
      (l) => l.status.state === "applies" && (section === null || l.status.section.id === section)
    );
    if (!applicable.length) formula = "1";
    else {
      formula = `(${answeredExpression(applicable, caseStudies)})/${applicable.length}`;
    }
  }
  if (formula !== null && formula.length > MAX_FORMULA_LENGTH) return null;
  return formula;
}

const CALL = /\bMSP\.([A-Z]+)\s*\(\s*("(?:[^"]|"")*"|[^()"]*)?\s*\)/gi;

export interface TranslatedFormula {
  /** The formula with every MSP.* call replaced, or null when one of them has no native equivalent. */
  formula: string | null;
  /** The functions that had no equivalent. */
  missing: string[];
}

/** Replaces every MSP.SCORE/MAX/PASS/PROGRESS call in a formula (without "=") by its native equivalent. */
export function translateFormula(context: NativeContext, formula: string): TranslatedFormula {
  const missing: string[] = [];
  const out = formula.replace(CALL, (whole: string, fn: string, rawArg: string | undefined) => {
    const name = fn.toUpperCase();
    const arg = (rawArg ?? "").trim();
    const section =
      arg === "" ? null : arg.startsWith('"') ? arg.slice(1, -1).replace(/""/g, '"') : arg;
    if (!["SCORE", "MAX", "PASS", "PROGRESS"].includes(name)) {
      missing.push(whole);
      return whole;
    }
    const native = nativeFormula(context, name as NativeFunction, section);
    if (native === null) {
      missing.push(whole);
      return whole;
    }
    return `(${native})`;
  });
  if (/\bMSP\./i.test(out) && !missing.length) missing.push(formula);
  return { formula: missing.length || out.length > MAX_FORMULA_LENGTH ? null : out, missing };
}

/** Whether a formula calls one of the add-in's custom functions. */
export function usesCustomFunctions(formula: string): boolean {
  return /\bMSP\./i.test(formula);
}

/** The rule id of a Met cell that a native formula cannot read as the engine does. */
export const CANNOT_AGREE_RULE = "formula.cannot-agree";

/**
 * The Met cells the native formulas read (every applicable control's, per case study in scope) whose content a
 * formula would read differently from the engine, as error findings naming sheet and cell: finalize refuses to
 * write formulas that would show a reviewer another score than the check. Point cells never disagree (the formulas
 * use the engine's points as constants).
 */
export function nativeDisagreements(
  grid: Grid,
  context: Pick<NativeContext, "checklist" | "scope" | "mapping">,
  options: {
    /**
     * Whether a cell holds a formula without a cached result: the grid reads it as blank, but Excel and
     * LibreOffice compute it, so its Met cannot be known to agree.
     */
    uncachedFormula?: (sheet: string, address: string) => boolean;
  } = {}
): Finding[] {
  const caseStudies = caseStudyCount(context.checklist, context.scope);
  const sheets = new Map((Array.isArray(grid?.sheets) ? grid.sheets : []).map((g) => [g.name, g]));
  const findings: Finding[] = [];
  for (const l of locate(context)) {
    if (l.status.state !== "applies" || !l.sheet) continue;
    const sheet = sheets.get(l.sheet.sheet);
    if (!sheet) continue;
    const columns = metColumns(l, l.status.control, caseStudies);
    columns.forEach((col, i) => {
      if (col === null) return;
      const value = cellAt(sheet, l.row, col);
      const address = a1(l.row, col);
      const uncached = options.uncachedFormula?.(sheet.name, address) === true;
      if (!uncached && formulaReadsMetAlike(value)) return;
      const engine = parseMet(value);
      const reads = engine === null || engine === "blank" ? "unanswered" : metText(engine);
      findings.push({
        checklist: context.checklist.id,
        control: l.status.control.id,
        ...(l.status.control.perCaseStudy && columns.length > 1 ? { caseStudy: i + 1 } : {}),
        field: "met",
        severity: "error",
        rule: CANNOT_AGREE_RULE,
        message: uncached
          ? `'${sheet.name}'!${address}: the cell holds a formula whose result was never saved, so this check reads it as unanswered while Excel and LibreOffice compute it. Open and save the workbook in Excel, or type the answer instead.`
          : `'${sheet.name}'!${address}: ${shown(value)} counts as ${reads} here, but Excel and LibreOffice formulas cannot read it the same way, so the finalized workbook would show another score. Type ${engine === null || engine === "blank" ? "Yes, No or N/A, or clear the cell" : metText(engine)} instead.`,
        sheet: sheet.name,
        cell: address,
      });
    });
  }
  return findings;
}

/** A cell value for a message, with invisible characters spelled out ("Yes\u2003"). */
function shown(value: CellValue): string {
  if (typeof value !== "string")
    return `the ${typeof value === "number" ? "number" : "value"} ${String(value)}`;
  return JSON.stringify(value).replace(
    /[\u0080-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
