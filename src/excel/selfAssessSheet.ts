/**
 * Reading and writing the SelfAssess sheet's key/value rows through Office.js (queue only: the caller syncs).
 */
import { SELFASSESS_SHEET } from "../core/workbook/persist";
import { findName } from "./discovery";
import { kvBlock, kvRows, rowsFromA1, type KvRow } from "../core/workbook/keyValue";

export interface KvRead {
  /** The sheet's name as the workbook spells it, or null when it has none. */
  sheet: string | null;
  rows: KvRow[] | null;
  /** Rows the used range covers (what a rewrite must clear). */
  count: number;
}

/** Queues a read of the SelfAssess rows when `names` has the sheet; call the result after the sync. */
export function queueKvRead(context: Excel.RequestContext, names: readonly string[]): () => KvRead {
  const sheet = findName(names, SELFASSESS_SHEET);
  if (!sheet) return () => ({ sheet: null, rows: null, count: 0 });
  const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  used.load("values, address");
  // The caller syncs, then collects: the rule cannot follow the sync across the returned function.
  return () => {
    // eslint-disable-next-line office-addins/call-sync-before-read -- read after the caller's sync (see above)
    if (used.isNullObject) return { sheet, rows: [], count: 0 };
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- idem
    const cells = rowsFromA1(used.address, used.values);
    return { sheet, rows: kvRows(cells), count: cells.length };
  };
}

/** Queues the rows into A:B (adding the very hidden sheet when the workbook has none). */
export function queueKvWrite(
  context: Excel.RequestContext,
  read: KvRead,
  rows: readonly KvRow[]
): void {
  const worksheets = context.workbook.worksheets;
  const worksheet = read.sheet ? worksheets.getItem(read.sheet) : worksheets.add(SELFASSESS_SHEET);
  const block = kvBlock(rows, read.count);
  const target = worksheet.getRange(block.address);
  target.numberFormat = block.numberFormat;
  target.values = block.values;
  if (!read.sheet) worksheet.visibility = "VeryHidden";
}
