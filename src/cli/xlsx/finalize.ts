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
 * The caller writes the result to a new file; the input is never modified.
 */
import ExcelJS from "exceljs";
import { CHECKLISTS } from "../../checklists";
import type { Finding } from "../../core/model";
import { checkGrid, type CheckOptions, type WorkbookCheck } from "../../core/workbook/checkGrid";
import { buildLayout, SUMMARY_SHEET, SUMMARY_STAMP_CELL } from "../../core/workbook/layout";
import {
  nativeDisagreements,
  translateFormula,
  usesCustomFunctions,
  type NativeContext,
} from "../../core/workbook/native";
import { parseA1, sheetRef } from "../../core/workbook/grid";
import {
  ORIGINAL_FORMULAS_SHEET,
  persistedRows,
  SELFASSESS_SHEET,
} from "../../core/workbook/persist";
import { engineValue, finalizeStamp } from "../../core/workbook/finalizePlan";
import { loadWorkbook, plainValue, workbookToGrid } from "./readGrid";
import { layoutToWorkbook } from "./writeWorkbook";

export class NotRecognisedError extends Error {
  override name = "NotRecognisedError";
}

export interface FinalizeResult {
  buffer: Buffer;
  /** Formulas whose MSP.* calls became native formulas. */
  replaced: number;
  /** Formulas replaced by their value (no native equivalent). */
  valued: { sheet: string; cell: string; formula: string }[];
  check: WorkbookCheck;
  stamp: string;
  /** Met cells the native formulas would read differently from the engine (finalize refuses unless forced). */
  disagreements: Finding[];
}

function upsertKey(sheet: ExcelJS.Worksheet, key: string, value: string): void {
  let target: ExcelJS.Row | null = null;
  sheet.eachRow((row) => {
    if (String(row.getCell(1).value ?? "") === key) target = row;
  });
  const row = target ?? sheet.getRow(sheet.rowCount + 1);
  row.getCell(1).value = key;
  row.getCell(2).value = value;
}

function summarySheet(
  workbook: ExcelJS.Workbook,
  check: WorkbookCheck,
  today: string
): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(SUMMARY_SHEET);
  if (existing) return existing;
  // A workbook without our Summary (an official template): add one, from the same layout `new` uses.
  const layout = buildLayout(check.checklist, check.scope, { today });
  const spec = layout.sheets.find((s) => s.name === SUMMARY_SHEET);
  const source = layoutToWorkbook({
    ...layout,
    sheets: spec ? [spec] : [],
    charts: [],
  }).getWorksheet(SUMMARY_SHEET);
  const sheet = workbook.addWorksheet(SUMMARY_SHEET);
  if (source) {
    source.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const target = sheet.getCell(r, c);
        target.value = cell.value;
        target.style = cell.style;
      });
    });
    sheet.columns = (spec?.widths ?? []).map((width) => ({ width }));
  }
  return sheet;
}

export async function finalizeWorkbook(
  bytes: Uint8Array,
  options: CheckOptions
): Promise<FinalizeResult> {
  const workbook = await loadWorkbook(bytes);
  const grid = workbookToGrid(workbook);
  const result = checkGrid(grid, CHECKLISTS, options);
  if (!result.ok) throw new NotRecognisedError(result.reason);
  const check = result.check;
  const context: NativeContext = {
    checklist: check.checklist,
    scope: check.scope,
    mapping: check.mapping,
    pointOverrides: check.pointOverrides,
  };
  summarySheet(workbook, check, options.today);
  // MSP.PASS() refers to the cell computing MSP.SCORE() when there is one, keeping its formula short.
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (
          !context.scoreCell &&
          cell.type === ExcelJS.ValueType.Formula &&
          /^\s*MSP\.SCORE\(\s*\)\s*$/i.test(cell.formula ?? "")
        )
          context.scoreCell = `${sheetRef(sheet.name)}!${cell.address}`;
      });
    });
  }

  const originals: [string, string, string][] = [];
  const valued: FinalizeResult["valued"] = [];
  let replaced = 0;
  for (const sheet of workbook.worksheets) {
    if (sheet.name === ORIGINAL_FORMULAS_SHEET) continue;
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const formula = cell.formula;
        if (typeof formula !== "string" || !usesCustomFunctions(formula)) return;
        originals.push([sheet.name, cell.address, formula]);
        const translated = translateFormula(context, formula);
        if (translated.formula !== null) {
          cell.value = { formula: translated.formula };
          replaced++;
          return;
        }
        const computed = engineValue(check, formula);
        const cached = plainValue(cell.value);
        cell.value = computed !== undefined ? computed : (cached ?? null);
        valued.push({ sheet: sheet.name, cell: cell.address, formula });
      });
    });
  }

  let record = workbook.getWorksheet(ORIGINAL_FORMULAS_SHEET);
  if (!record) {
    record = workbook.addWorksheet(ORIGINAL_FORMULAS_SHEET, { state: "hidden" });
    record.getRow(1).values = ["Sheet", "Cell", "Formula"];
  }
  for (const [name, address, formula] of originals) record.addRow([name, address, formula]);

  const stamp = finalizeStamp(check, options.today);
  const summary = workbook.getWorksheet(SUMMARY_SHEET);
  if (summary) {
    summary.getCell(SUMMARY_STAMP_CELL).value = stamp;
    const label = summary.getCell(SUMMARY_STAMP_CELL.replace(/^[A-Z]+/, "A"));
    if (!label.value) label.value = "Finalized";
  }
  let meta = workbook.getWorksheet(SELFASSESS_SHEET);
  if (!meta) {
    meta = workbook.addWorksheet(SELFASSESS_SHEET, { state: "veryHidden" });
    for (const values of persistedRows({
      checklist: check.checklist.id,
      checklistVersion: check.checklist.version,
      scope: check.scope,
      created: options.today,
    }))
      meta.addRow(values.map((v) => (v === undefined ? null : v)));
  }
  upsertKey(meta, "finalized", options.today);
  workbook.keywords = `selfassess ${check.checklist.id} ${check.checklist.version} finalized ${options.today}`;
  workbook.description = stamp;
  workbook.modified = new Date(`${options.today}T00:00:00Z`);
  workbook.calcProperties = { ...(workbook.calcProperties ?? {}), fullCalcOnLoad: true };
  const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const disagreements = nativeDisagreements(grid, check, {
    uncachedFormula: (sheet, address) => {
      const at = parseA1(address);
      const cell = at && workbook.getWorksheet(sheet)?.findCell(at.row + 1, at.col + 1);
      return cell?.type === ExcelJS.ValueType.Formula && (cell.result ?? null) === null;
    },
  });
  return { buffer, replaced, valued, check, stamp, disagreements };
}

export interface UndoResult {
  buffer: Buffer;
  restored: number;
}

/** Restores the formulas recorded by finalize and removes the record and the stamp. */
export async function undoFinalize(bytes: Uint8Array): Promise<UndoResult> {
  const workbook = await loadWorkbook(bytes);
  const record = workbook.getWorksheet(ORIGINAL_FORMULAS_SHEET);
  if (!record)
    throw new NotRecognisedError(
      `the workbook has no "${ORIGINAL_FORMULAS_SHEET}" sheet: it was not finalized by selfassess`
    );
  let restored = 0;
  record.eachRow((row, r) => {
    if (r === 1) return;
    const name = String(row.getCell(1).value ?? "");
    const address = String(row.getCell(2).value ?? "");
    const formula = String(row.getCell(3).value ?? "");
    const sheet = workbook.getWorksheet(name);
    if (!sheet || !address || !formula) return;
    sheet.getCell(address).value = { formula };
    restored++;
  });
  workbook.removeWorksheet(record.id);
  const summary = workbook.getWorksheet(SUMMARY_SHEET);
  if (summary) summary.getCell(SUMMARY_STAMP_CELL).value = "not yet";
  const meta = workbook.getWorksheet(SELFASSESS_SHEET);
  if (meta) upsertKey(meta, "finalized", "");
  const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return { buffer, restored };
}
