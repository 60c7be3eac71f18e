/**
 * The store's Office reads. Discovery (the first read, and after a mapped sheet went missing) costs two syncs: the
 * sheet names, then every sheet's used range. A planned read costs one: the mapped sheets' columns A..last mapped
 * column, and the SelfAssess sheet.
 */
import type { ChecklistId } from "../../checklists/schema";
import { lastMappedColumn, type ReadSheet } from "../../core/pipeline/fingerprint";
import { loadedSheet, sheetVisibility } from "../../core/pipeline/loadedGrid";
import { columnLetters, type Grid, type GridSheet } from "../../core/workbook/grid";
import type { Mapping } from "../../core/workbook/mapping";
import { SELFASSESS_SHEET } from "../../core/workbook/persist";

/** Where the mapped data lives, remembered between refreshes. */
export interface Plan {
  /** Mapped sheets, their ids and the last column a mapping reads (0-based). */
  sheets: (ReadSheet & { id: string })[];
  /** Id of the SelfAssess sheet when the workbook has one. */
  selfAssessId: string | null;
  /** Ids of every sheet seen at discovery. */
  knownIds: Set<string>;
  checklist: ChecklistId;
}

interface RangeRead {
  name: string;
  visibility?: GridSheet["visibility"];
  range: Excel.Range;
}

function toGridSheet(read: RangeRead): GridSheet {
  const { range } = read;
  return loadedSheet(read.name, range.isNullObject ? null : range, read.visibility);
}

/** Discovery: every sheet's used range, and the sheets' ids by name. */
export async function readAll(
  context: Excel.RequestContext,
  onSync: () => void
): Promise<{ grid: Grid; ids: Map<string, string> }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/id, items/visibility");
  await context.sync();
  onSync();
  const reads: (RangeRead & { id: string })[] = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("values, address");
    return { name: sheet.name, id: sheet.id, visibility: sheetVisibility(sheet.visibility), range };
  });
  await context.sync();
  onSync();
  const ids = new Map(reads.map((r) => [r.name, r.id]));
  return { grid: { sheets: reads.map(toGridSheet) }, ids };
}

/** A refresh of a known workbook: one load, one sync. */
export async function readPlanned(
  context: Excel.RequestContext,
  known: Plan,
  onSync: () => void
): Promise<Grid> {
  const sheets = context.workbook.worksheets;
  const reads: RangeRead[] = known.sheets.map(({ name, lastCol }) => {
    const range = sheets
      .getItem(name)
      .getRange(`A:${columnLetters(lastCol)}`)
      .getUsedRangeOrNullObject(true);
    range.load("values, address");
    return { name, range };
  });
  if (known.selfAssessId !== null) {
    const range = sheets.getItem(SELFASSESS_SHEET).getUsedRangeOrNullObject(true);
    range.load("values, address");
    reads.push({ name: SELFASSESS_SHEET, visibility: "hidden", range });
  }
  await context.sync();
  onSync();
  return { sheets: reads.map(toGridSheet) };
}

export function planFrom(
  mapping: Mapping | null,
  ids: ReadonlyMap<string, string>,
  checklist: ChecklistId | null
): Plan | null {
  if (!mapping || !checklist || mapping.sheets.length === 0) return null;
  return {
    sheets: mapping.sheets.map((s) => ({
      name: s.sheet,
      id: ids.get(s.sheet) ?? "",
      lastCol: lastMappedColumn(s),
    })),
    selfAssessId: ids.get(SELFASSESS_SHEET) ?? null,
    knownIds: new Set(ids.values()),
    checklist,
  };
}
