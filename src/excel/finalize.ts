/**
 * Finalize and unfinalize through Office.js, with the CLI's conventions (finalizePlan.ts): one sync reads every
 * sheet's formulas and values, pure code checks the workbook and plans the replacements, one sync writes them with
 * the Original Formulas record, the Summary stamp and the SelfAssess `finalized` key. Unfinalize reads the record
 * (one sync) and writes the formulas back, deletes the record and clears the stamp (one sync).
 */
import type { Checklist } from "../checklists/schema";
import type { CellValue } from "../core/model";
import { evaluateWorkbook } from "../core/pipeline/evaluate";
import { sheetVisibility } from "../core/pipeline/loadedGrid";
import {
  checkOriginalsRecord,
  planFinalize,
  type FinalizeWrite,
  type FormulaCell,
} from "../core/workbook/finalizePlan";
import { a1, cellText, parseA1, type Grid, type GridSheet } from "../core/workbook/grid";
import { buildLayout, SUMMARY_SHEET, SUMMARY_STAMP_CELL } from "../core/workbook/layout";
import { FinalizeRefusedError, finalizeRefusal } from "../core/workbook/finalizeGate";
import { usesCustomFunctions } from "../core/workbook/native";
import {
  ORIGINAL_FORMULAS_SHEET,
  OWN_SHEETS,
  persistedRows,
  SELFASSESS_SHEET,
} from "../core/workbook/persist";
import { FINALIZED_HASH_KEY, finalizedHashOf } from "../core/workbook/stamps";
import { queueBlocks } from "./writeAnswers";
import { queueSheet } from "./createSheets";
import { findName, readWithNames, type SheetDirectory } from "./discovery";
import { kvDrop, kvFromCells, kvRows, kvSet, rowsFromA1 } from "../core/workbook/keyValue";
import type { FinalizeResult } from "./port";
import { planSheet, type Scalar } from "../core/workbook/renderPlan";
import { queueKvRead, queueKvWrite, type KvRead } from "./selfAssessSheet";

interface SheetRead {
  name: string;
  visibility: GridSheet["visibility"];
  rows: CellValue[][];
  formulas: FormulaCell[];
}

/** Queues a read of every sheet's used range (values and formulas) and visibility. */
function queueWorkbookRead(
  context: Excel.RequestContext,
  names: readonly string[]
): () => SheetRead[] {
  const reads = names.map((name) => {
    const worksheet = context.workbook.worksheets.getItem(name);
    worksheet.load("visibility");
    const range = worksheet.getUsedRangeOrNullObject(true);
    range.load("values, formulas, address");
    return { name, worksheet, range };
  });
  return () =>
    reads.map(({ name, worksheet, range }) => {
      if (range.isNullObject)
        return { name, visibility: sheetVisibility(worksheet.visibility), rows: [], formulas: [] };
      const rows = rowsFromA1(range.address, range.values);
      const formulaRows = rowsFromA1(range.address, range.formulas);
      const formulas: FormulaCell[] = [];
      formulaRows.forEach((line, r) =>
        line.forEach((f, c) => {
          if (typeof f === "string" && f.startsWith("=") && usesCustomFunctions(f))
            formulas.push({
              sheet: name,
              address: a1(r, c),
              formula: f.slice(1),
              cached: rows[r]?.[c] ?? null,
            });
        })
      );
      return { name, visibility: sheetVisibility(worksheet.visibility), rows, formulas };
    });
}

function writesToCells(
  writes: readonly FinalizeWrite[]
): { sheet: string; row: number; col: number; input: Scalar }[] {
  return writes.flatMap((w) => {
    const at = parseA1(w.address);
    return at ? [{ sheet: w.sheet, row: at.row, col: at.col, input: w.input }] : [];
  });
}

export async function finalizeInWorkbook(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  options: { catalog: readonly Checklist[]; today: string; locale?: string | null; force?: boolean }
): Promise<FinalizeResult & { stamp: string }> {
  const { result: sheets } = await readWithNames(context, directory, (names) =>
    queueWorkbookRead(context, names)
  );
  const grid: Grid = {
    sheets: sheets.map((s) => ({ name: s.name, rows: s.rows, visibility: s.visibility })),
  };
  const checked = evaluateWorkbook(grid, options.catalog, {
    today: options.today,
    locale: options.locale ?? null,
  });
  if (!checked.ok) throw new Error(`The workbook cannot be finalized: ${checked.reason}`);
  const check = checked.check;
  // Excel computes every formula, so a Met? formula always has its result here (no uncached cells as in a file).
  const refusal = finalizeRefusal(grid, check, { force: options.force });
  if (refusal)
    throw new FinalizeRefusedError(refusal, 'choose "Finalize anyway" on the Submit tab');
  const worksheets = context.workbook.worksheets;
  const names = sheets.map((s) => s.name);

  // A workbook without the add-in's Summary (an official template) gets one from the layout, as the CLI does.
  const formulas = sheets
    .filter((s) => s.name !== findName(names, ORIGINAL_FORMULAS_SHEET))
    .flatMap((s) => s.formulas);
  let summaryName = findName(names, SUMMARY_SHEET);
  let summaryRows = sheets.find((s) => s.name === summaryName)?.rows ?? [];
  if (!summaryName) {
    const spec = buildLayout(check.checklist, check.scope, { today: options.today }).sheets.find(
      (s) => s.name === SUMMARY_SHEET
    );
    if (spec) {
      queueSheet(worksheets.add(SUMMARY_SHEET), { ...planSheet(spec), notes: [] });
      summaryName = SUMMARY_SHEET;
      summaryRows = [];
      for (const row of spec.rows)
        for (const cell of row.cells)
          if (cell.formula !== undefined)
            formulas.push({
              sheet: SUMMARY_SHEET,
              address: a1(row.row, cell.col),
              formula: cell.formula,
              cached: null,
            });
    }
  }

  const plan = planFinalize(check, formulas, options.today);
  queueBlocks(context, writesToCells(plan.writes), true);

  const recordName = findName(names, ORIGINAL_FORMULAS_SHEET);
  if (plan.originals.length || !recordName) {
    const existing = sheets.find((s) => s.name === recordName)?.rows.length ?? 0;
    const record = recordName
      ? worksheets.getItem(recordName)
      : worksheets.add(ORIGINAL_FORMULAS_SHEET);
    const rows: string[][] = recordName ? [] : [["Sheet", "Cell", "Formula"]];
    rows.push(...plan.originals);
    if (rows.length) {
      const first = recordName ? existing : 0;
      const target = record.getRange(`A${first + 1}:C${first + rows.length}`);
      target.numberFormat = rows.map(() => ["@", "@", "@"]);
      target.values = rows;
    }
    if (!recordName) record.visibility = "Hidden";
  }

  if (summaryName) {
    const summary = worksheets.getItem(summaryName);
    summary.getRange(SUMMARY_STAMP_CELL).values = [[plan.stamp]];
    const label = SUMMARY_STAMP_CELL.replace(/^[A-Z]+/, "A");
    const labelAt = parseA1(label);
    if (labelAt && cellText(summaryRows[labelAt.row]?.[labelAt.col]) === "")
      summary.getRange(label).values = [["Finalized"]];
  }

  const metaName = findName(names, SELFASSESS_SHEET);
  const metaRows = sheets.find((s) => s.name === metaName)?.rows ?? null;
  const kv: KvRead = {
    sheet: metaName,
    rows: metaRows ? kvRows(metaRows) : null,
    count: metaRows?.length ?? 0,
  };
  const base =
    kv.rows ??
    kvFromCells(
      persistedRows({
        checklist: check.checklist.id,
        checklistVersion: check.checklist.version,
        scope: check.scope,
        created: options.today,
      })
    );
  queueKvWrite(
    context,
    kv,
    kvSet(kvSet(base, "finalized", options.today), FINALIZED_HASH_KEY, finalizedHashOf(check))
  );
  await context.sync();
  directory.names = [
    ...names,
    ...[SUMMARY_SHEET, ORIGINAL_FORMULAS_SHEET, SELFASSESS_SHEET].filter(
      (n) => findName(names, n) === null
    ),
  ];
  return { replaced: plan.replaced, valuesOnly: plan.valued.length, stamp: plan.stamp };
}

export async function unfinalizeInWorkbook(
  context: Excel.RequestContext,
  directory: SheetDirectory
): Promise<{ restored: number }> {
  const { result, names } = await readWithNames(context, directory, (names) => {
    const recordName = findName(names, ORIGINAL_FORMULAS_SHEET);
    const range = recordName
      ? context.workbook.worksheets.getItem(recordName).getUsedRangeOrNullObject(true)
      : null;
    range?.load("values, address");
    const kv = queueKvRead(context, names);
    return () => ({
      recordName,
      rows: range && !range.isNullObject ? rowsFromA1(range.address, range.values) : [],
      kv: kv(),
    });
  });
  if (!result.recordName)
    throw new Error(
      `The workbook has no "${ORIGINAL_FORMULAS_SHEET}" sheet: it was not finalized by the add-in or the CLI.`
    );
  // Only MSP.* formulas, for existing sheets, at real addresses (finalizePlan.ts checkOriginalsRecord).
  const checked = checkOriginalsRecord(
    result.rows,
    names,
    OWN_SHEETS.filter((n) => n !== SUMMARY_SHEET)
  );
  if (!checked.ok)
    throw new Error(
      `'${ORIGINAL_FORMULAS_SHEET}'!${checked.problems[0].cell}: ${checked.problems[0].message}; nothing was restored.`
    );
  const cells = checked.restore.flatMap((r) => {
    const at = parseA1(r.address);
    return at
      ? [{ sheet: r.sheet, row: at.row, col: at.col, input: `=${r.formula}` as Scalar }]
      : [];
  });
  queueBlocks(context, cells, true);
  const worksheets = context.workbook.worksheets;
  worksheets.getItem(result.recordName).delete();
  const summaryName = findName(names, SUMMARY_SHEET);
  if (summaryName)
    worksheets.getItem(summaryName).getRange(SUMMARY_STAMP_CELL).values = [["not yet"]];
  if (result.kv.rows)
    queueKvWrite(
      context,
      result.kv,
      kvDrop(kvSet(result.kv.rows, "finalized", ""), (k) => k === FINALIZED_HASH_KEY)
    );
  await context.sync();
  directory.names = names.filter((n) => n !== result.recordName);
  return { restored: cells.length };
}
