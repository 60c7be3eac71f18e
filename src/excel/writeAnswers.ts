/**
 * Writing answers into the cells the add-in owns (Met?, Partner Response, evidence links and dates, reviewer
 * comment): one sync reads the block of cells the writes touch on each sheet (values and formulas), pure code
 * decides what may be written, one sync writes one block per sheet (values only: formats and validation stay).
 */
import { a1 } from "../core/workbook/grid";
import {
  blocks,
  boundsAddress,
  boundsBySheet,
  cellInputText,
  cellKey,
  decide,
  sameText,
  type CellState,
  type CellTarget,
  type Decision,
} from "../core/workbook/answersPlan";
import type { WriteConflict } from "./port";
import type { Scalar } from "../core/workbook/renderPlan";

/** Queues a load of the cells under `targets` (one range per sheet); call the result after the sync. */
export function queueCellRead(
  context: Excel.RequestContext,
  targets: readonly CellTarget[]
): () => (t: CellTarget) => CellState {
  const reads = [...boundsBySheet(targets)].map(([sheet, b]) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(boundsAddress(b));
    range.load("values, formulas");
    return { sheet, b, range };
  });
  return () => {
    const bySheet = new Map(
      reads.map((r) => [r.sheet, { b: r.b, values: r.range.values, formulas: r.range.formulas }])
    );
    return (t) => {
      const read = bySheet.get(t.sheet);
      const value = (read?.values[t.row - (read?.b.top ?? 0)]?.[t.col - (read?.b.left ?? 0)] ??
        "") as Scalar;
      const formula = read?.formulas[t.row - read.b.top]?.[t.col - read.b.left];
      return {
        value,
        formula: typeof formula === "string" && formula.startsWith("=") ? formula : null,
      };
    };
  };
}

/** Queues the blocks; `formulas` when some cells get a formula back (undo), else values only. */
export function queueBlocks(
  context: Excel.RequestContext,
  cells: readonly (CellTarget & { input: Scalar })[],
  asFormulas: boolean
): void {
  for (const block of blocks(cells)) {
    const target = context.workbook.worksheets.getItem(block.sheet).getRange(block.address);
    // Office.js leaves a cell unchanged where the array holds null.
    if (asFormulas) target.formulas = block.cells as Scalar[][];
    else target.values = block.cells as Scalar[][];
  }
}

export interface WrittenCell extends CellTarget {
  /** What the cell held before. */
  previous: CellState;
  /** What the add-in wrote. */
  written: string;
}

/** Reads, decides and writes: two syncs whatever the number of cells. */
export async function writeAnswerCells<T extends CellTarget & { value: string }>(
  context: Excel.RequestContext,
  targets: readonly T[],
  owned: ReadonlyMap<string, string>,
  overwrite: boolean
): Promise<{ written: WrittenCell[]; conflicts: WriteConflict[] }> {
  if (targets.length === 0) return { written: [], conflicts: [] };
  const collect = queueCellRead(context, targets);
  await context.sync();
  const current = collect();
  const { write, conflicts } = decide(targets, current, owned, overwrite);
  if (write.length) {
    queueBlocks(
      context,
      write.map((d: Decision<T>) => ({
        sheet: d.target.sheet,
        row: d.target.row,
        col: d.target.col,
        input: cellInputText(d.target.value),
      })),
      false
    );
    await context.sync();
  }
  return {
    written: write.map((d) => ({
      sheet: d.target.sheet,
      row: d.target.row,
      col: d.target.col,
      previous: d.previous,
      written: d.target.value,
    })),
    conflicts,
  };
}

/**
 * Puts back what `written` replaced, where the cell still holds what the add-in wrote; a cell changed since comes
 * back as a conflict and is left alone. Two syncs.
 */
export async function undoCells(
  context: Excel.RequestContext,
  written: readonly WrittenCell[]
): Promise<{ restored: WrittenCell[]; conflicts: WriteConflict[] }> {
  if (written.length === 0) return { restored: [], conflicts: [] };
  const collect = queueCellRead(context, written);
  await context.sync();
  const current = collect();
  const restored: WrittenCell[] = [];
  const conflicts: WriteConflict[] = [];
  for (const cell of written) {
    const now = current(cell);
    if (now.formula === null && sameText(now.value, cell.written)) restored.push(cell);
    else
      conflicts.push({
        sheet: cell.sheet,
        cell: a1(cell.row, cell.col),
        current: now.formula ?? String(now.value),
        proposed: cell.previous.formula ?? String(cell.previous.value),
      });
  }
  if (restored.length) {
    const withFormula = restored.some((c) => c.previous.formula !== null);
    queueBlocks(
      context,
      restored.map((c) => ({
        sheet: c.sheet,
        row: c.row,
        col: c.col,
        input:
          c.previous.formula ??
          (typeof c.previous.value === "string"
            ? cellInputText(c.previous.value)
            : c.previous.value),
      })),
      withFormula
    );
    await context.sync();
  }
  return { restored, conflicts };
}

export { cellKey };
