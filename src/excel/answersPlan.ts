/**
 * Pure: where answer writes go (the mapping's columns), which of them would change a cell a person typed, and the
 * blocks that write them (one per sheet, `null` for the cells in between, which Office.js leaves unchanged).
 */
import { cellInputForText } from "../core/text/formulaSafe";
import type { Checklist, Control } from "../checklists/schema";
import { controlKey } from "../core/answers";
import { a1, cellText } from "../core/workbook/grid";
import type { Mapping, SheetMapping } from "../core/workbook/mapping";
import type { AnswerWrite, WriteConflict } from "./port";
import { isoToSerial, type Scalar } from "./renderPlan";

export interface CellTarget {
  sheet: string;
  row: number;
  col: number;
}

export interface AnswerTarget extends CellTarget {
  value: string;
  write: AnswerWrite;
}

export function cellKey(t: CellTarget): string {
  return `${t.sheet}\u0000${t.row}\u0000${t.col}`;
}

function controlsByKey(checklist: Checklist | null): Map<string, Control> {
  const out = new Map<string, Control>();
  for (const section of checklist?.sections ?? [])
    for (const control of section.controls) out.set(controlKey(section.part, control.id), control);
  return out;
}

/** The column of a field for a control on a mapped sheet, or null when the sheet has none. */
export function fieldColumn(
  sheet: SheetMapping,
  control: Control | undefined,
  field: AnswerWrite["field"],
  caseStudy: number
): number | null {
  const cols = sheet.columns;
  const groups = cols.caseStudies;
  const perCase = !!control?.perCaseStudy && groups.length > 0;
  switch (field) {
    case "met":
      return perCase ? (groups[caseStudy - 1]?.met ?? null) : (cols.met ?? groups[0]?.met ?? null);
    case "response":
    case "naReason":
      return perCase
        ? (groups[caseStudy - 1]?.response ?? null)
        : (cols.response ?? groups[0]?.response ?? null);
    case "links":
      return cols.evidenceLinks;
    case "dates":
      return cols.evidenceDates;
    case "reviewerComment":
      return cols.reviewerComment;
  }
}

/** The first mapped sheet holding a control (as readAnswers reads it) and its row. */
export function locateControl(
  mapping: Mapping,
  key: string
): { sheet: SheetMapping; row: number } | null {
  for (const sheet of mapping.sheets) {
    const row = sheet.controls[key];
    if (typeof row === "number") return { sheet, row };
  }
  return null;
}

/** Places writes on cells; the last write to a cell wins. */
export function locateWrites(
  writes: readonly AnswerWrite[],
  mapping: Mapping,
  checklist: Checklist | null
): { targets: AnswerTarget[]; unmapped: AnswerWrite[] } {
  const controls = controlsByKey(checklist);
  const byCell = new Map<string, AnswerTarget>();
  const unmapped: AnswerWrite[] = [];
  for (const write of writes) {
    const at = locateControl(mapping, write.key);
    const col = at
      ? fieldColumn(at.sheet, controls.get(write.key), write.field, Math.max(1, write.caseStudy))
      : null;
    if (!at || col === null) {
      unmapped.push(write);
      continue;
    }
    const target: AnswerTarget = {
      sheet: at.sheet.sheet,
      row: at.row,
      col,
      value: write.value,
      write,
    };
    byCell.set(cellKey(target), target);
  }
  return { targets: [...byCell.values()], unmapped };
}

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The bounding block of the targets on each sheet. */
export function boundsBySheet(targets: readonly CellTarget[]): Map<string, Bounds> {
  const out = new Map<string, Bounds>();
  for (const t of targets) {
    const b = out.get(t.sheet);
    if (!b) out.set(t.sheet, { top: t.row, left: t.col, bottom: t.row, right: t.col });
    else {
      b.top = Math.min(b.top, t.row);
      b.left = Math.min(b.left, t.col);
      b.bottom = Math.max(b.bottom, t.row);
      b.right = Math.max(b.right, t.col);
    }
  }
  return out;
}

export function boundsAddress(b: Bounds): string {
  const from = a1(b.top, b.left);
  const to = a1(b.bottom, b.right);
  return from === to ? from : `${from}:${to}`;
}

/** What a cell holds: its value and, when it has one, its formula (with "="). */
export interface CellState {
  value: Scalar;
  formula: string | null;
}

/** Whether a cell's value reads as `text` (ISO dates also match the date serial Excel turns them into). */
export function sameText(value: Scalar, text: string): boolean {
  const current = cellText(value);
  const wanted = text.trim();
  if (current === wanted) return true;
  if (typeof value === "number" && /^\d{4}-\d{2}-\d{2}$/.test(wanted))
    return isoToSerial(wanted) === value;
  return false;
}

export interface Decision<T extends CellTarget> {
  target: T;
  previous: CellState;
}

/**
 * Which targets to write and which are conflicts. A cell is written when it is empty, when it still holds what the
 * add-in wrote there (`owned`), or when `overwrite`; a formula is never replaced silently; a cell that already reads
 * as the proposed text is left alone.
 */
export function decide<T extends CellTarget & { value: string }>(
  targets: readonly T[],
  current: (t: CellTarget) => CellState,
  owned: ReadonlyMap<string, string>,
  overwrite: boolean
): { write: Decision<T>[]; conflicts: WriteConflict[] } {
  const write: Decision<T>[] = [];
  const conflicts: WriteConflict[] = [];
  for (const target of targets) {
    const state = current(target);
    const text = cellText(state.value);
    if (state.formula === null && sameText(state.value, target.value)) continue;
    const mine = owned.get(cellKey(target));
    const free =
      state.formula === null &&
      (text === "" || (mine !== undefined && sameText(state.value, mine)));
    if (free || overwrite) write.push({ target, previous: state });
    else
      conflicts.push({
        sheet: target.sheet,
        cell: a1(target.row, target.col),
        current: state.formula ?? text,
        proposed: target.value,
      });
  }
  return { write, conflicts };
}

/** Text as it goes into a cell through `Range.values`, never taken for a formula (core/text/formulaSafe.ts). */
export const cellInputText = cellInputForText;

export interface Block {
  sheet: string;
  address: string;
  /** null: leave the cell unchanged. */
  cells: (Scalar | null)[][];
}

/** One block per sheet covering the cells to write; cells not written are null. */
export function blocks(cells: readonly (CellTarget & { input: Scalar })[]): Block[] {
  const out: Block[] = [];
  for (const [sheet, b] of boundsBySheet(cells)) {
    const grid: (Scalar | null)[][] = Array.from({ length: b.bottom - b.top + 1 }, () =>
      new Array<Scalar | null>(b.right - b.left + 1).fill(null)
    );
    for (const c of cells) if (c.sheet === sheet) grid[c.row - b.top][c.col - b.left] = c.input;
    out.push({ sheet, address: boundsAddress(b), cells: grid });
  }
  return out;
}
