/**
 * Renders a WorkbookLayout with ExcelJS. ExcelJS cannot create native charts: for each chart of the layout the
 * writer leaves a note at the chart's anchor naming the data range (the add-in's Office.js writer draws the chart
 * from the same description).
 */
import ExcelJS from "exceljs";
import type {
  CellStyle,
  LayoutCell,
  LayoutSheet,
  WorkbookLayout,
} from "../../core/workbook/layout";
import { argb, PALETTE, styleFormat } from "../../core/workbook/palette";

function styleCell(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  const fill = styleFormat(style).fill;
  if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
  switch (style) {
    case "banner":
      cell.font = { bold: true, size: 14, color: { argb: argb(PALETTE.bannerText) } };
      break;
    case "header":
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
      break;
    case "section":
    case "total":
    case "label":
      cell.font = { bold: true };
      break;
    case "greyed":
      cell.font = { color: { argb: argb(PALETTE.greyedText) } };
      cell.alignment = { wrapText: true, vertical: "top" };
      break;
    case "text":
      cell.alignment = { wrapText: true, vertical: "top" };
      break;
    case "date":
      cell.numFmt = "yyyy-mm-dd";
      break;
    case "percent":
      cell.numFmt = "0%";
      break;
    case "number":
      cell.numFmt = "0";
      break;
    default:
      break;
  }
}

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

function writeCell(cell: ExcelJS.Cell, spec: LayoutCell): void {
  if (spec.formula !== undefined) cell.value = { formula: spec.formula };
  else if (spec.date !== undefined) cell.value = isoToDate(spec.date);
  else if (spec.value !== undefined && spec.value !== null) cell.value = spec.value;
  styleCell(cell, spec.style);
  if (spec.date !== undefined && !spec.style) cell.numFmt = "yyyy-mm-dd";
  if (spec.note) cell.note = spec.note;
}

function writeSheet(workbook: ExcelJS.Workbook, spec: LayoutSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name, { state: spec.visibility });
  sheet.columns = spec.widths.map((width) => ({ width }));
  for (const row of spec.rows) {
    const xrow = sheet.getRow(row.row + 1);
    for (const cell of row.cells) writeCell(xrow.getCell(cell.col + 1), cell);
    if (row.hidden) xrow.hidden = true;
  }
  for (const merge of spec.merges) sheet.mergeCells(merge);
  for (const validation of spec.validations) {
    const [from, to = from] = validation.range.split(":");
    const start = sheet.getCell(from);
    const end = sheet.getCell(to);
    for (let r = Number(start.row); r <= Number(end.row); r++) {
      for (let c = Number(start.col); c <= Number(end.col); c++) {
        sheet.getCell(r, c).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`"${validation.list.join(",")}"`],
          showErrorMessage: true,
          errorTitle: "Met?",
          error: `Choose ${validation.list.join(", ")}`,
        };
      }
    }
  }
  if (spec.freeze)
    sheet.views = [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  return sheet;
}

/** The workbook for a layout, ready to write. */
export function layoutToWorkbook(layout: WorkbookLayout, now: Date = new Date()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "selfassess";
  workbook.created = now;
  workbook.modified = now;
  workbook.title = layout.properties.title;
  workbook.subject = layout.properties.subject;
  workbook.keywords = layout.properties.keywords;
  workbook.description = layout.properties.description;
  for (const spec of layout.sheets) writeSheet(workbook, spec);
  for (const chart of layout.charts) {
    const sheet = workbook.getWorksheet(chart.sheet);
    if (!sheet) continue;
    const anchor = sheet.getCell(chart.from);
    anchor.value = `Chart "${chart.title}": ${chart.seriesName} ${chart.values} by ${chart.categories}`;
    anchor.note =
      "This file was written by the selfassess CLI, which cannot create native Excel charts. Select the section table and insert a bar chart, or open the workbook with the add-in, which draws it.";
  }
  return workbook;
}

export async function writeWorkbook(
  layout: WorkbookLayout,
  now: Date = new Date()
): Promise<Buffer> {
  const data = await layoutToWorkbook(layout, now).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
