/**
 * The add-in's own sheet: a small key/value block that remembers which checklist the workbook is being filled
 * for, so reopening the workbook (in Excel, the harness or the CLI) finds the same choice.
 */
import type { ChecklistId } from "../checklists/schema";

export const OWN_SHEET = "SelfAssess";
export const STAMP_ADDRESS = "A1:B2";

export interface Stamp {
  checklist: string;
  savedAt: string;
  /** Where the values landed, as Excel reports it after the write. */
  address: string;
}

/** The block written to `OWN_SHEET!A1:B2`; pure so it can be tested without a workbook. */
export function stampValues(checklist: ChecklistId, savedAt: Date): string[][] {
  return [
    ["Checklist", checklist],
    ["Saved at", savedAt.toISOString()],
  ];
}

/**
 * Writes the chosen checklist to the add-in's sheet (adding the sheet when `sheetExists` is false, as the caller
 * knows from `readWorkbookInfo`) and reads the values back in the same sync, so the result is what the workbook
 * now holds rather than what was sent.
 */
export async function writeChecklistStamp(
  context: Excel.RequestContext,
  checklist: ChecklistId,
  sheetExists: boolean,
  savedAt: Date = new Date()
): Promise<Stamp> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetExists ? sheets.getItem(OWN_SHEET) : sheets.add(OWN_SHEET);
  const range = sheet.getRange(STAMP_ADDRESS);
  range.values = stampValues(checklist, savedAt);
  range.load("values, address");
  await context.sync();
  const values = range.values;
  return {
    checklist: String(values[0]?.[1] ?? ""),
    savedAt: String(values[1]?.[1] ?? ""),
    address: range.address,
  };
}
