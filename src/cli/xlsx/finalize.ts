/**
 * Finalizing a workbook for submission, so it computes without the add-in:
 *  - every formula calling MSP.SCORE / MSP.MAX / MSP.PASS / MSP.PROGRESS is replaced by its native equivalent
 *    (core/workbook/native.ts), written without a cached value so Excel and LibreOffice compute it on open;
 *    a call with no equivalent (another MSP.* function, a section the checklist does not have, a formula longer
 *    than Excel allows) is replaced by its value (the engine's, else the cached result);
 *  - each original formula is recorded (sheet, cell, formula) in the hidden sheet "SelfAssess Original Formulas",
 *    which `finalize --undo` (undoFinalize) reads to restore them;
 *  - the checklist version, scope and date are stamped on the Summary sheet (cell B6, the sheet is created when the
 *    workbook has none), in the SelfAssess sheet (`finalized`) and in the workbook properties (keywords, description).
 *
 * ExcelJS only reads (the grid and the formula cells); the writes are surgical edits of the package
 * (./package): the cells above and the product's own sheets change, every other part is kept byte for byte.
 * The caller writes the result to a new file; the input is never modified.
 */
import ExcelJS from "exceljs";
import { CHECKLISTS } from "../../checklists";
import type { CellValue } from "../../core/model";
import { checkGrid, type CheckOptions, type WorkbookCheck } from "../../core/workbook/checkGrid";
import {
  checkOriginalsRecord,
  planFinalize,
  type FormulaCell,
} from "../../core/workbook/finalizePlan";
import { a1, parseA1, sheetRef } from "../../core/workbook/grid";
import {
  buildLayout,
  SUMMARY_SHEET,
  SUMMARY_STAMP_CELL,
  type CellStyle,
  type LayoutCell,
} from "../../core/workbook/layout";
import { FinalizeRefusedError, finalizeRefusal } from "../../core/workbook/finalizeGate";
import { usesCustomFunctions } from "../../core/workbook/native";
import {
  ORIGINAL_FORMULAS_SHEET,
  OWN_SHEETS,
  persistedRows,
  SELFASSESS_SHEET,
} from "../../core/workbook/persist";
import {
  readReviewRows,
  SUMMARY_REVIEW_LABEL,
  SUMMARY_REVIEW_LABEL_CELL,
} from "../../core/workbook/reviewPlan";
import {
  FINALIZED_HASH_KEY,
  finalizedHashOf,
  selfAssessRows,
  staleStampWrites,
  SUMMARY_REVIEW_CELL,
} from "../../core/workbook/stamps";
import { openPackage, type CellWrite, type StyleChange, type XlsxPackage } from "./package";
import { loadWorkbook, plainValue, workbookToGrid } from "../../xlsx/readGrid";

export class NotRecognisedError extends Error {
  override name = "NotRecognisedError";
}

/** The Original Formulas record cannot be trusted: `cell` is the record's cell at fault. */
export class UndoRecordError extends Error {
  override name = "UndoRecordError";
  constructor(
    readonly cell: string,
    message: string
  ) {
    super(message);
  }
}

export interface FinalizeResult {
  buffer: Buffer;
  /** Formulas whose MSP.* calls became native formulas. */
  replaced: number;
  /** Formulas replaced by their value (no native equivalent). */
  valued: { sheet: string; cell: string; formula: string }[];
  check: WorkbookCheck;
  stamp: string;
}

const LAYOUT_STYLES: Partial<Record<CellStyle, StyleChange>> = {
  banner: { bold: true },
  header: { bold: true },
  section: { bold: true },
  total: { bold: true },
  label: { bold: true },
  date: { numFmtId: 14 },
  percent: { numFmtId: 9 },
  number: { numFmtId: 1 },
};

function dateSerial(iso: string, date1904: boolean): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return date1904 ? days - 1462 : days;
}

function layoutValue(cell: LayoutCell, date1904: boolean): CellWrite["value"] {
  if (cell.formula !== undefined) return { formula: cell.formula };
  if (cell.date !== undefined) return dateSerial(cell.date, date1904);
  return cell.value ?? null;
}

/** Key/value rows of the SelfAssess sheet: the row holding `key` in column A, and the first free row. */
function keyRow(
  pkg: XlsxPackage,
  sheet: string,
  key: string
): { row: number | null; next: number } {
  let row: number | null = null;
  let last = 0;
  for (const [address, cell] of pkg.readCells(sheet)) {
    const r = Number(/\d+$/.exec(address)?.[0]);
    if (cell.value !== null && cell.value !== "") last = Math.max(last, r);
    if (address === `A${r}` && String(cell.value ?? "") === key) row = row ?? r;
  }
  return { row, next: last + 1 };
}

function lastRow(pkg: XlsxPackage, sheet: string): number {
  let last = 0;
  for (const address of pkg.readCells(sheet).keys())
    last = Math.max(last, Number(/\d+$/.exec(address)?.[0]));
  return last;
}

/** Formula cells calling MSP.* as ExcelJS reads them (shared formulas translated), with their cached value. */
function formulaCells(workbook: ExcelJS.Workbook): { cells: FormulaCell[]; scoreCell?: string } {
  const cells: FormulaCell[] = [];
  let scoreCell: string | undefined;
  for (const sheet of workbook.worksheets) {
    if (sheet.name === ORIGINAL_FORMULAS_SHEET) continue;
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const formula = cell.formula;
        if (typeof formula !== "string" || !usesCustomFunctions(formula)) return;
        // MSP.PASS() refers to the cell computing MSP.SCORE() when there is one, keeping its formula short.
        if (!scoreCell && /^\s*MSP\.SCORE\(\s*\)\s*$/i.test(formula))
          scoreCell = `${sheetRef(sheet.name)}!${cell.address}`;
        cells.push({
          sheet: sheet.name,
          address: cell.address,
          formula,
          cached: plainValue(cell.value),
        });
      });
    });
  }
  return { cells, scoreCell };
}

/**
 * Throws FinalizeRefusedError, writing nothing, when the native formulas would disagree with the check on a Met?
 * cell (core/workbook/finalizeGate.ts) unless `force`.
 */
export async function finalizeWorkbook(
  bytes: Uint8Array,
  options: CheckOptions & { force?: boolean }
): Promise<FinalizeResult> {
  const workbook = await loadWorkbook(bytes);
  const grid = workbookToGrid(workbook);
  const result = checkGrid(grid, CHECKLISTS, options);
  if (!result.ok) throw new NotRecognisedError(result.reason);
  const check = result.check;
  const refusal = finalizeRefusal(grid, check, {
    force: options.force,
    uncachedFormula: (sheet, address) => {
      const at = parseA1(address);
      const cell = at && workbook.getWorksheet(sheet)?.findCell(at.row + 1, at.col + 1);
      return cell?.type === ExcelJS.ValueType.Formula && (cell.result ?? null) === null;
    },
  });
  if (refusal) throw new FinalizeRefusedError(refusal, "pass --force");
  const date1904 = !!grid.date1904;
  const pkg = await openPackage(bytes);
  const { cells, scoreCell } = formulaCells(workbook);

  // A workbook without our Summary (an official template) gets one, from the same layout `new` uses; its MSP.*
  // formulas are finalized like the others.
  let newSummary: LayoutCell[][] | null = null;
  let summaryWidths: number[] = [];
  if (!pkg.sheet(SUMMARY_SHEET)) {
    const spec = buildLayout(check.checklist, check.scope, { today: options.today }).sheets.find(
      (s) => s.name === SUMMARY_SHEET
    );
    newSummary = [];
    summaryWidths = spec?.widths ?? [];
    for (const row of spec?.rows ?? []) {
      newSummary[row.row] = row.cells;
      for (const cell of row.cells)
        if (cell.formula !== undefined && usesCustomFunctions(cell.formula))
          cells.push({
            sheet: SUMMARY_SHEET,
            address: a1(row.row, cell.col),
            formula: cell.formula,
            cached: null,
          });
    }
  }

  const plan = planFinalize(check, cells, options.today, { scoreCell });
  const writes = new Map<string, CellWrite[]>();
  const add = (sheet: string, write: CellWrite) => {
    const list = writes.get(sheet) ?? [];
    list.push(write);
    writes.set(sheet, list);
  };
  for (const w of plan.writes)
    add(w.sheet, {
      address: w.address,
      value: w.native !== undefined ? { formula: w.native } : (w.value ?? w.input),
    });

  const stampLabel = SUMMARY_STAMP_CELL.replace(/^[A-Z]+/, "A");
  if (newSummary) {
    const planned = new Map((writes.get(SUMMARY_SHEET) ?? []).map((w) => [w.address, w]));
    const rows: CellWrite[][] = newSummary.map((row, r) =>
      (row ?? []).map((cell) => {
        const address = a1(r, cell.col);
        const style = cell.style ? LAYOUT_STYLES[cell.style] : undefined;
        const value =
          address === SUMMARY_STAMP_CELL
            ? plan.stamp
            : (planned.get(address)?.value ?? layoutValue(cell, date1904));
        return { address, value, ...(style ? { style } : {}) };
      })
    );
    writes.delete(SUMMARY_SHEET);
    pkg.addSheet(SUMMARY_SHEET, "visible", rows, summaryWidths);
  } else {
    add(SUMMARY_SHEET, { address: SUMMARY_STAMP_CELL, value: plan.stamp });
    const label = pkg.readCells(SUMMARY_SHEET).get(stampLabel)?.value;
    if (label === null || label === undefined || label === "")
      add(SUMMARY_SHEET, { address: stampLabel, value: "Finalized" });
  }
  // A stale approval's line says so in the file as it does in the pane (stamps.ts, the review's isStale).
  if (!newSummary && check.approval?.stale) {
    const summary = pkg.readCells(SUMMARY_SHEET);
    const line = staleStampWrites(
      { approval: check.approval },
      {
        stamp: null,
        reviewLabel: summary.get(SUMMARY_REVIEW_LABEL_CELL)?.value ?? null,
        reviewLine: summary.get(SUMMARY_REVIEW_CELL)?.value ?? null,
      },
      readReviewRows(selfAssessRows(grid))
    ).reviewLine;
    if (line !== undefined) {
      add(SUMMARY_SHEET, { address: SUMMARY_REVIEW_LABEL_CELL, value: SUMMARY_REVIEW_LABEL });
      add(SUMMARY_SHEET, { address: SUMMARY_REVIEW_CELL, value: line });
    }
  }
  for (const [sheet, list] of writes) pkg.setCells(sheet, list);

  const record = plan.originals.map(([sheet, cell, formula]) => [sheet, cell, formula]);
  if (pkg.sheet(ORIGINAL_FORMULAS_SHEET)) {
    const start = lastRow(pkg, ORIGINAL_FORMULAS_SHEET) + 1;
    pkg.setCells(ORIGINAL_FORMULAS_SHEET, recordWrites(record, start));
  } else {
    pkg.addSheet(ORIGINAL_FORMULAS_SHEET, "hidden", [
      recordWrites([["Sheet", "Cell", "Formula"]], 1),
      recordWrites(record, 2),
    ]);
  }

  if (pkg.sheet(SELFASSESS_SHEET)) {
    // The date and the answers' hash it covers (a finalize again replaces both): stamps.ts compares the hash.
    const keys: [string, string][] = [
      ["finalized", options.today],
      [FINALIZED_HASH_KEY, finalizedHashOf(check)],
    ];
    const cells: CellWrite[] = [];
    let free = 0;
    for (const [key, value] of keys) {
      const { row, next } = keyRow(pkg, SELFASSESS_SHEET, key);
      free = Math.max(free, next);
      const at = row ?? free++;
      if (row === null) cells.push({ address: `A${at}`, value: key });
      cells.push({ address: `B${at}`, value });
    }
    pkg.setCells(SELFASSESS_SHEET, cells);
  } else {
    const rows = persistedRows({
      checklist: check.checklist.id,
      checklistVersion: check.checklist.version,
      scope: check.scope,
      created: options.today,
      finalized: options.today,
      finalizedHash: finalizedHashOf(check),
    });
    pkg.addSheet(
      SELFASSESS_SHEET,
      "veryHidden",
      rows.map((values, r) => values.map((v, c) => ({ address: a1(r, c), value: scalar(v) })))
    );
  }
  pkg.setCoreProperties({
    keywords: `selfassess ${check.checklist.id} ${check.checklist.version} finalized ${options.today}`,
    description: plan.stamp,
    modified: new Date(`${options.today}T00:00:00Z`),
  });
  pkg.setFullCalcOnLoad();
  pkg.dropCalcChain();
  const buffer = await pkg.save();
  return { buffer, replaced: plan.replaced, valued: plan.valued, check, stamp: plan.stamp };
}

function scalar(value: CellValue | undefined): CellWrite["value"] {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/** Record rows as cell writes starting at sheet row `start`. */
function recordWrites(rows: readonly (readonly string[])[], start: number): CellWrite[] {
  return rows.flatMap((values, r) =>
    values.map((value, c) => ({ address: a1(start - 1 + r, c), value }))
  );
}

export interface UndoResult {
  buffer: Buffer;
  restored: number;
}

/**
 * Restores the formulas recorded by finalize and removes the record and the stamp. The record is validated first
 * (checkOriginalsRecord): a row naming a sheet that is not there, a cell that is not an address, or a formula other
 * than MSP.* calls refuses the whole undo, so nothing planted in the hidden sheet is ever written.
 */
export async function undoFinalize(bytes: Uint8Array): Promise<UndoResult> {
  const pkg = await openPackage(bytes);
  if (!pkg.sheet(ORIGINAL_FORMULAS_SHEET))
    throw new NotRecognisedError(
      `the workbook has no "${ORIGINAL_FORMULAS_SHEET}" sheet: it was not finalized by selfassess`
    );
  const rows: CellValue[][] = [];
  for (const [address, cell] of pkg.readCells(ORIGINAL_FORMULAS_SHEET)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m || m[1].length > 1 || m[1] > "C") continue;
    const r = Number(m[2]) - 1;
    rows[r] = rows[r] ?? [];
    rows[r][m[1].charCodeAt(0) - 65] = cell.value;
  }
  for (let i = 0; i < rows.length; i++) rows[i] = rows[i] ?? [];
  const checked = checkOriginalsRecord(
    rows,
    pkg
      .sheets()
      .filter((s) => s.isWorksheet)
      .map((s) => s.name),
    OWN_SHEETS.filter((s) => s !== SUMMARY_SHEET)
  );
  if (!checked.ok) {
    const [first, ...more] = checked.problems;
    throw new UndoRecordError(
      first.cell,
      `${first.message}${more.length ? ` (and ${more.length} more row${more.length > 1 ? "s" : ""})` : ""}; nothing was restored`
    );
  }
  const bySheet = new Map<string, CellWrite[]>();
  for (const r of checked.restore) {
    const list = bySheet.get(r.sheet) ?? [];
    list.push({ address: r.address, value: { formula: r.formula } });
    bySheet.set(r.sheet, list);
  }
  for (const [sheet, list] of bySheet) pkg.setCells(sheet, list);
  pkg.removeSheet(ORIGINAL_FORMULAS_SHEET);
  if (pkg.sheet(SUMMARY_SHEET))
    pkg.setCells(SUMMARY_SHEET, [{ address: SUMMARY_STAMP_CELL, value: "not yet" }]);
  if (pkg.sheet(SELFASSESS_SHEET)) {
    const rows = ["finalized", FINALIZED_HASH_KEY]
      .map((key) => keyRow(pkg, SELFASSESS_SHEET, key).row)
      .filter((row): row is number => row !== null);
    if (rows.length)
      pkg.setCells(
        SELFASSESS_SHEET,
        rows.map((row) => ({ address: `B${row}`, value: null }))
      );
  }
  pkg.setFullCalcOnLoad();
  pkg.dropCalcChain();
  return { buffer: await pkg.save(), restored: checked.restore.length };
}
