/**
 * One workbook file through the same reader and engine as `selfassess check` (readGrid, then checkGrid), kept
 * with its Grid so the exchange commands can read the SelfAssess record and the review without reading again.
 */
import { readFile } from "node:fs/promises";
import { CHECKLISTS } from "../../checklists";
import { assessedWorkbook, type AssessedWorkbook } from "../../core/exchange/assessed";
import { checkGrid, type CheckOptions } from "../../core/workbook/checkGrid";
import type { Grid } from "../../core/workbook/grid";
import { readGrid, WorkbookReadError } from "../../xlsx/readGrid";

export type LoadOutcome =
  | { ok: true; workbook: AssessedWorkbook; grid: Grid; bytes: Uint8Array }
  | { ok: false; message: string };

export async function loadAssessed(
  path: string,
  file: string,
  options: CheckOptions
): Promise<LoadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return {
      ok: false,
      message: `cannot read the file (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  return assessBytes(bytes, file, options);
}

export async function assessBytes(
  bytes: Uint8Array,
  file: string,
  options: CheckOptions
): Promise<LoadOutcome> {
  let grid: Grid;
  try {
    grid = await readGrid(bytes);
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, message: error.message };
    throw error;
  }
  const result = checkGrid(grid, CHECKLISTS, options);
  if (!result.ok) return { ok: false, message: result.reason };
  return {
    ok: true,
    grid,
    bytes,
    workbook: assessedWorkbook(file, grid, result.check, options.locale ?? null),
  };
}
