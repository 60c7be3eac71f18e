/** What the Start view shows about the open workbook, read in one load and one sync. */
export interface WorkbookInfo {
  /** Worksheet names in tab order. */
  sheets: string[];
  activeSheet: string;
  /** Address of the selected range, sheet-qualified as Excel returns it (e.g. "Sheet1!A1:B2"). */
  selection: string;
}

export async function readWorkbookInfo(context: Excel.RequestContext): Promise<WorkbookInfo> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const selected = context.workbook.getSelectedRange();
  selected.load("address");
  await context.sync();
  return {
    sheets: sheets.items.map((sheet) => sheet.name),
    activeSheet: active.name,
    selection: selected.address,
  };
}
