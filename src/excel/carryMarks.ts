/**
 * The carry-forward marks through Office.js: the "Carried forward" column and the SelfAssess record that
 * `selfassess carry-forward` writes (placed, read and cleared by core/exchange/carryMarks.ts), so a carry made in
 * the pane survives a reload and reads the same in the CLI. Reading costs one sync (the mapped sheets' used ranges
 * and the SelfAssess rows, one more when the sheet names are unknown); marking and confirming one more to write.
 */
import {
  carriedFromOf,
  carriedFromPairs,
  clearCarryMarks,
  markRows,
  patchGrid,
  placeCarryMarks,
  readCarryMarks,
  type CarriedFrom,
  type CarriedMarks,
  type CellWriteOf,
  type MarkRequest,
} from "../core/exchange/carryMarks";
import { loadedSheet } from "../core/pipeline/loadedGrid";
import { cellInputText } from "../core/workbook/answersPlan";
import { parseA1, type Grid } from "../core/workbook/grid";
import { kvGet, kvSet, type KvRow } from "../core/workbook/keyValue";
import type { Mapping } from "../core/workbook/mapping";
import { findName, readWithNames, type SheetDirectory } from "./discovery";
import { queueKvRead, queueKvWrite, type KvRead } from "./selfAssessSheet";
import { queueBlocks } from "./writeAnswers";

/** The mapped sheets whole (a mark's column is found after everything a sheet holds) and the SelfAssess rows. */
async function readMarkSheets(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  mapping: Mapping
): Promise<{ grid: Grid; kv: KvRead }> {
  const { result } = await readWithNames(context, directory, (names) => {
    const kv = queueKvRead(context, names);
    const reads = mapping.sheets
      .filter((s) => findName(names, s.sheet) === s.sheet)
      .map((s) => {
        const range = context.workbook.worksheets.getItem(s.sheet).getUsedRangeOrNullObject(true);
        range.load("values, address");
        return { name: s.sheet, range };
      });
    return () => ({
      kv: kv(),
      grid: {
        sheets: reads.map((r) => loadedSheet(r.name, r.range.isNullObject ? null : r.range)),
      },
    });
  });
  return result;
}

function queueMarkWrites(context: Excel.RequestContext, writes: readonly CellWriteOf[]): void {
  queueBlocks(
    context,
    writes.flatMap((w) => {
      const at = parseA1(w.cell);
      return at ? [{ sheet: w.sheet, ...at, input: cellInputText(String(w.value)) }] : [];
    }),
    false
  );
}

function fromOf(rows: readonly KvRow[] | null): CarriedFrom | null {
  return rows ? carriedFromOf((key) => kvGet(rows, key)) : null;
}

export async function readCarriedFromWorkbook(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  mapping: Mapping
): Promise<CarriedMarks> {
  const { grid, kv } = await readMarkSheets(context, directory, mapping);
  return { marks: readCarryMarks(grid, mapping), from: fromOf(kv.rows), kept: [] };
}

/**
 * Marks `requests` for re-confirmation beside their rows and records where they came from in the SelfAssess sheet
 * (when the workbook has one: the CLI does not add it either). A cell of the column a person filled is kept.
 */
export async function markCarriedInWorkbook(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  mapping: Mapping,
  from: CarriedFrom,
  requests: readonly MarkRequest[]
): Promise<CarriedMarks> {
  const { grid, kv } = await readMarkSheets(context, directory, mapping);
  const { marks, kept } = placeCarryMarks(grid, mapping, from.date, markRows(mapping, requests));
  if (marks.length === 0)
    return { marks: readCarryMarks(grid, mapping), from: fromOf(kv.rows), kept };
  queueMarkWrites(context, marks);
  const rows = kv.sheet
    ? carriedFromPairs(from).reduce<KvRow[]>((acc, [k, v]) => kvSet(acc, k, v), kv.rows ?? [])
    : null;
  if (rows) queueKvWrite(context, kv, rows);
  await context.sync();
  return { marks: readCarryMarks(patchGrid(grid, marks), mapping), from: fromOf(rows), kept };
}

/** Empties the marks of re-confirmed controls; the rest of the column stays. */
export async function confirmCarriedInWorkbook(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  mapping: Mapping,
  keys: readonly string[]
): Promise<CarriedMarks> {
  const { grid, kv } = await readMarkSheets(context, directory, mapping);
  const clears = clearCarryMarks(grid, mapping, keys);
  if (clears.length) {
    queueMarkWrites(context, clears);
    await context.sync();
  }
  return {
    marks: readCarryMarks(patchGrid(grid, clears), mapping),
    from: fromOf(kv.rows),
    kept: [],
  };
}
