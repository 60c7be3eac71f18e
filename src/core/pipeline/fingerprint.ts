/**
 * What a live reader compares between two reads of the same workbook, so it can skip work: the structure key
 * (what recognition depends on) and the fingerprint (every cell the assessment depends on).
 */
import type { CellValue } from "../model";
import { cellText, type Grid } from "../workbook/grid";
import type { Mapping, SheetMapping } from "../workbook/mapping";
import { SELFASSESS_SHEET } from "../workbook/persist";

/** The last column (0-based) a sheet mapping reads. */
export function lastMappedColumn(sheet: SheetMapping): number {
  const c = sheet.columns;
  const cols = [
    c.id,
    c.requirement,
    c.met,
    c.response,
    c.evidenceLinks,
    c.evidenceDates,
    c.reviewerComment,
    c.pointsNotMet,
    c.pointsMet,
    ...c.caseStudies.flatMap((g) => [g.met, g.response]),
  ];
  return Math.max(0, ...cols.filter((n): n is number => typeof n === "number"));
}

/**
 * What recognition depends on, given the mapping it produced last time: the title rows, the header rows, the ID
 * column and which rows have a requirement text of each mapped sheet, and every cell of the other sheets read. The
 * answers are not part of it, so an edit of a Met? cell re-reads answers without recognising the workbook again.
 */
export function structureKey(grid: Grid, mapping: Mapping | null): string {
  const sheets = mapping
    ? grid.sheets.filter(
        (s) => s.name === SELFASSESS_SHEET || mapping.sheets.some((m) => m.sheet === s.name)
      )
    : grid.sheets;
  return JSON.stringify(
    sheets.map((sheet) => {
      const m = mapping?.sheets.find((s) => s.sheet === sheet.name);
      if (!m) return [sheet.name, sheet.rows];
      const width = lastMappedColumn(m) + 1;
      const top = Math.max(8, m.headerRow + m.headerRows);
      const requirement = m.columns.requirement;
      return [
        sheet.name,
        sheet.rows.slice(0, top).map((row) => row.slice(0, width)),
        sheet.rows.map((row) => row[m.columns.id] ?? null),
        requirement === null ? [] : sheet.rows.map((row) => (cellText(row[requirement]) ? 1 : 0)),
      ];
    })
  );
}

/** A sheet a live reader reads, and how far to the right. */
export interface ReadSheet {
  name: string;
  lastCol: number;
}

/**
 * The cells a read covers (the planned sheets up to their last mapped column, and the SelfAssess sheet; every sheet
 * when there is no plan), with trailing blanks trimmed so a discovery read and a planned read of the same cells
 * print the same. Equal fingerprints mean an equal assessment.
 */
export function fingerprint(grid: Grid, planned: readonly ReadSheet[] | null): string {
  const trim = (row: readonly CellValue[]): CellValue[] => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === "" || row[end - 1] === undefined))
      end--;
    return row.slice(0, end);
  };
  const sheets = grid.sheets
    .map((sheet) => {
      const read = planned?.find((s) => s.name === sheet.name);
      if (planned && !read && sheet.name !== SELFASSESS_SHEET) return null;
      const rows = sheet.rows.map((row) => trim(read ? row.slice(0, read.lastCol + 1) : row));
      while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
      return [sheet.name, rows];
    })
    .filter((entry) => entry !== null);
  return JSON.stringify(sheets);
}

/**
 * What recognising the whole workbook concluded beyond the cells a planned read covers: the mapping and the
 * findings about the workbook's shape (a sheet of IDs without a header lies outside every planned read).
 */
export function recognitionPrint(outcome: {
  mapping: Mapping | null;
  workbookFindings: readonly unknown[];
}): string {
  return JSON.stringify([outcome.mapping, outcome.workbookFindings]);
}
