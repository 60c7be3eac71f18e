/**
 * The Start view's choice of checklist, remembered in the add-in's SelfAssess sheet in persist.ts's format (the one
 * format of that sheet: `readPersisted`, the store, the CLI and the AssessmentPort all read it), so reopening the
 * workbook (in Excel, the harness or the CLI) finds the same choice.
 */
import { CATALOG } from "../checklists";
import type { ChecklistId } from "../checklists/schema";
import { defaultScope } from "../core/scope";
import { persistedRows, SELFASSESS_SHEET } from "../core/workbook/persist";
import {
  kvBlock,
  kvDrop,
  kvFromCells,
  kvGet,
  kvRows,
  kvSet,
  rowsFromA1,
  type KvRow,
} from "../core/workbook/keyValue";

export const OWN_SHEET = SELFASSESS_SHEET;

export interface Stamp {
  checklist: string;
  savedAt: string;
  /** Where the values landed, as Excel reports it after the write. */
  address: string;
}

/** The SelfAssess rows for a checklist chosen on `savedAt` (persist.ts format, default scope); pure. */
export function stampRows(
  checklist: ChecklistId,
  savedAt: Date,
  existing: readonly KvRow[] | null = null
): KvRow[] {
  const fresh = kvFromCells(
    persistedRows({
      checklist,
      checklistVersion: CATALOG[checklist].version,
      scope: defaultScope(checklist),
      created: savedAt.toISOString().slice(0, 10),
    })
  );
  if (!existing || existing.length === 0) return fresh;
  if (kvGet(existing, "checklist") === checklist) return [...existing];
  // Another checklist: its scope does not carry over.
  let rows = kvDrop(existing, (k) => k.startsWith("scope."));
  for (const [key, value] of fresh)
    if (key !== "created" || kvGet(rows, "created") === undefined) rows = kvSet(rows, key, value);
  return rows;
}

/**
 * Writes the chosen checklist to the SelfAssess sheet and reads the values back in the same sync. A new sheet
 * (`sheetExists` false, as the caller knows from `readWorkbookInfo`) costs one sync; an existing one is read first
 * so its other rows (scope, review, mapping) are kept: two syncs.
 */
export async function writeChecklistStamp(
  context: Excel.RequestContext,
  checklist: ChecklistId,
  sheetExists: boolean,
  savedAt: Date = new Date()
): Promise<Stamp> {
  const sheets = context.workbook.worksheets;
  let existing: KvRow[] | null = null;
  let count = 0;
  if (sheetExists) {
    const used = sheets.getItem(OWN_SHEET).getUsedRangeOrNullObject(true);
    used.load("values, address");
    await context.sync();
    if (!used.isNullObject) {
      const cells = rowsFromA1(used.address, used.values);
      existing = kvRows(cells);
      count = cells.length;
    }
  }
  const sheet = sheetExists ? sheets.getItem(OWN_SHEET) : sheets.add(OWN_SHEET);
  const block = kvBlock(stampRows(checklist, savedAt, existing), count);
  const range = sheet.getRange(block.address);
  range.numberFormat = block.numberFormat;
  range.values = block.values;
  if (!sheetExists) sheet.visibility = "VeryHidden";
  range.load("values, address");
  await context.sync();
  const rows = kvRows(range.values);
  return {
    checklist: String(kvGet(rows, "checklist") ?? ""),
    savedAt: String(kvGet(rows, "created") ?? ""),
    address: range.address,
  };
}
