/**
 * The portfolio as a plain .xlsx a PDM opens without the add-in: one row per workbook, numbers as numbers, dates
 * as dates, the file as a hyperlink relative to the portfolio, a frozen header row and a filter on every column.
 */
import ExcelJS from "exceljs";
import { PORTFOLIO_COLUMNS, type PortfolioRow } from "../../core/exchange/portfolio";

export const PORTFOLIO_SHEET = "Portfolio";

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export async function portfolioXlsx(
  rows: readonly PortfolioRow[],
  linkFor: (file: string) => string,
  now: Date = new Date()
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "selfassess";
  workbook.created = now;
  workbook.modified = now;
  workbook.title = "Self-assessment portfolio";
  const sheet = workbook.addWorksheet(PORTFOLIO_SHEET, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = PORTFOLIO_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  rows.forEach((row, r) => {
    const line = sheet.getRow(r + 2);
    PORTFOLIO_COLUMNS.forEach((column, c) => {
      const cell = line.getCell(c + 1);
      const value = column.value(row);
      if (value === null) return;
      if (typeof value === "object" && "date" in value) {
        cell.value = isoToDate(value.date);
        cell.numFmt = "yyyy-mm-dd";
      } else if (typeof value === "object") {
        cell.value = { text: value.text, hyperlink: linkFor(value.link) };
        cell.font = { color: { argb: "FF0563C1" }, underline: true };
      } else cell.value = value;
    });
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: PORTFOLIO_COLUMNS.length },
  };
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
