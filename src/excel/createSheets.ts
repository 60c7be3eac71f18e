/**
 * Renders a WorkbookLayout into the open workbook: one sync to discover the sheet names (refusing to overwrite a
 * sheet a person has), one sync to add every sheet with its block of values and formulas, formats, merges, hidden
 * rows, notes, list validations, widths, frozen panes, visibility and the Summary's native chart.
 */
import { columnLetters, parseRange } from "../core/workbook/grid";
import type { LayoutChart, WorkbookLayout } from "../core/workbook/layout";
import { SELFASSESS_SHEET } from "../core/workbook/persist";
import { PALETTE, styleFormat } from "../core/workbook/palette";
import { planSheet, type SheetPlan } from "../core/workbook/renderPlan";

export class SheetExistsError extends Error {
  override name = "SheetExistsError";
}

/** The message when sheets of the layout already exist (the add-in's own SelfAssess sheet is rewritten instead). */
export function clashMessage(names: readonly string[]): string {
  const list = names.map((n) => `"${n}"`).join(", ");
  return `The workbook already has ${names.length === 1 ? "a sheet" : "sheets"} named ${list}. Rename or delete ${
    names.length === 1 ? "it" : "them"
  } first: the add-in does not overwrite sheets it did not create.`;
}

/** Queues one planned sheet's contents on a worksheet (added or cleared by the caller). */
export function queueSheet(worksheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const w of plan.widths)
    worksheet.getRange(`${w.column}:${w.column}`).format.columnWidth = w.points;
  if (plan.block) {
    const range = worksheet.getRange(plan.block.address);
    range.numberFormat = plan.block.numberFormat;
    range.formulas = plan.block.formulas;
  }
  for (const rect of plan.styles) {
    const f = styleFormat(rect.style);
    const format = worksheet.getRange(rect.address).format;
    if (f.fill) format.fill.color = f.fill;
    if (f.fontColor !== PALETTE.text) format.font.color = f.fontColor;
    if (f.bold) format.font.bold = true;
    if (f.fontSize) format.font.size = f.fontSize;
    if (f.wrapText) format.wrapText = true;
    if (f.horizontalAlignment) format.horizontalAlignment = f.horizontalAlignment;
    if (f.verticalAlignment) format.verticalAlignment = f.verticalAlignment;
  }
  for (const merge of plan.merges) worksheet.getRange(merge).merge(false);
  for (const rows of plan.hiddenRows) worksheet.getRange(rows).rowHidden = true;
  for (const note of plan.notes)
    worksheet.comments.add(worksheet.getRange(note.address), note.text);
  for (const v of plan.validations) {
    const validation = worksheet.getRange(v.range).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
    validation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "Met?",
      message: `Choose ${v.list.join(", ")}`,
    };
  }
  if (plan.freeze) {
    const { rows, columns } = plan.freeze;
    if (rows > 0 && columns > 0)
      worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) worksheet.freezePanes.freezeRows(rows);
    else if (columns > 0) worksheet.freezePanes.freezeColumns(columns);
  }
}

/** The chart's source: categories and values with the header row above them (it names the series). */
export function chartSource(chart: LayoutChart): string {
  const local = (ref: string) => ref.slice(ref.lastIndexOf("!") + 1).replace(/\$/g, "");
  const a = parseRange(local(chart.categories));
  const b = parseRange(local(chart.values));
  if (!a || !b) return local(chart.values);
  const top = Math.max(0, Math.min(a.top, b.top) - 1);
  const left = Math.min(a.left, b.left);
  const bottom = Math.max(a.bottom, b.bottom);
  const right = Math.max(a.right, b.right);
  return `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
}

function queueChart(worksheet: Excel.Worksheet, chart: LayoutChart): void {
  const added = worksheet.charts.add(
    "BarClustered",
    worksheet.getRange(chartSource(chart)),
    "Columns"
  );
  added.name = "SelfAssess section totals";
  added.title.text = chart.title;
  added.setPosition(chart.from, chart.to);
}

/**
 * Adds the layout's sheets. Rejects with SheetExistsError (before changing anything) when one of them exists,
 * except the add-in's own SelfAssess sheet, which is cleared and rewritten. Two syncs whatever the size. Returns the
 * workbook's sheet names after the additions.
 */
export async function createAssessmentSheets(
  context: Excel.RequestContext,
  layout: WorkbookLayout
): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const existing = new Map(worksheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  const clashes = layout.sheets
    .filter((s) => s.name !== SELFASSESS_SHEET && existing.has(s.name.toLowerCase()))
    .map((s) => existing.get(s.name.toLowerCase()) ?? s.name);
  if (clashes.length) throw new SheetExistsError(clashMessage(clashes));

  const added = new Map<string, Excel.Worksheet>();
  const plans = layout.sheets.map(planSheet);
  for (const plan of plans) {
    let worksheet: Excel.Worksheet;
    if (existing.has(plan.name.toLowerCase())) {
      worksheet = worksheets.getItem(plan.name);
      worksheet.getRange().clear("Contents");
    } else worksheet = worksheets.add(plan.name);
    added.set(plan.name, worksheet);
    queueSheet(worksheet, plan);
  }
  for (const chart of layout.charts) {
    const worksheet = added.get(chart.sheet);
    if (worksheet) queueChart(worksheet, chart);
  }
  // Hide last (a workbook must keep a visible sheet), then show the first sheet of the assessment.
  for (const plan of plans) {
    const worksheet = added.get(plan.name);
    if (worksheet && plan.visibility !== "Visible") worksheet.visibility = plan.visibility;
  }
  const first = layout.sheets.find((s) => s.visibility === "visible");
  if (first) added.get(first.name)?.activate();
  await context.sync();
  const names = worksheets.items.map((s) => s.name);
  return [...names, ...plans.map((p) => p.name).filter((n) => !existing.has(n.toLowerCase()))];
}
