/**
 * A mapping the user corrected in the task pane (column roles), kept in the SelfAssess sheet as JSON split over
 * `mapping.N` rows (a cell holds at most 32,767 characters). It wins over recognition wherever the workbook is
 * read — the add-in's store and `selfassess check` alike — while it is for the checklist recognised.
 */
import type { Grid } from "./grid";
import { kvDrop, kvRows, type KvRow } from "./keyValue";
import { Mapping } from "./mapping";
import { SELFASSESS_SHEET } from "./persist";

const CHUNK = 30_000;

export function mappingRows(rows: readonly KvRow[], mapping: Mapping): KvRow[] {
  const json = JSON.stringify(mapping);
  const kept = kvDrop(rows, (k) => /^mapping(\.\d+)?$/.test(k));
  const parts: KvRow[] = [];
  for (let i = 0; i * CHUNK < json.length; i++)
    parts.push([`mapping.${i + 1}`, json.slice(i * CHUNK, (i + 1) * CHUNK)]);
  return [...kept, ...parts];
}

/** The mapping saved by `mappingRows`, or null when there is none or it does not parse. */
export function readSavedMapping(rows: readonly KvRow[] | null): Mapping | null {
  if (!rows) return null;
  const json = rows
    .filter((r) => /^mapping\.\d+$/.test(r[0]))
    .sort((a, b) => Number(a[0].slice(8)) - Number(b[0].slice(8)))
    .map((r) => String(r[1]))
    .join("");
  if (!json) return null;
  try {
    const parsed = Mapping.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Whether a saved mapping still fits the workbook: every sheet it maps exists and none of its sheets is one of the
 * product's own. A mapping saved before sheets were renamed or removed would otherwise read answers from nowhere.
 */
export function savedMappingFits(grid: Grid, saved: Mapping): boolean {
  const names = new Set(grid.sheets.map((s) => s.name));
  return saved.sheets.every((s) => names.has(s.sheet) && s.sheet !== SELFASSESS_SHEET);
}

/**
 * The saved mapping when there is one for the recognised checklist and it still fits the workbook, else the
 * recognised mapping: the SelfAssess sheet is trusted only while it agrees with the sheets' content.
 */
export function effectiveMapping(grid: Grid, recognised: Mapping): Mapping {
  const sheet = grid.sheets.find((s) => s.name === SELFASSESS_SHEET);
  const saved = sheet ? readSavedMapping(kvRows(sheet.rows)) : null;
  return saved && saved.checklist === recognised.checklist && savedMappingFits(grid, saved)
    ? saved
    : recognised;
}
