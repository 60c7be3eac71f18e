/**
 * A workbook the user picks, read in the browser into a Grid and checked by the same pipeline as the open
 * workbook (`evaluateWorkbook`). Nothing leaves the machine: the file's bytes are read from the file input.
 * The bytes go through the CLI's own reader (src/xlsx: the signature checks, the producer normaliser, the cell
 * rules), imported with `import()` so ExcelJS and JSZip stay in an async chunk fetched on the first pick.
 */
import { CHECKLISTS } from "../../checklists";
import { lazy } from "../../core/lazy";
import { assessedWorkbook, type AssessedWorkbook } from "../../core/exchange/assessed";
import { evaluateWorkbook } from "../../core/pipeline";
import type { Grid } from "../../core/workbook/grid";

const reader = lazy(() => import(/* webpackChunkName: "xlsx-reader" */ "../../xlsx/readGrid"));

export type PickedOutcome =
  { ok: true; workbook: AssessedWorkbook; grid: Grid } | { ok: false; message: string };

/** Reads the bytes of an .xlsx file into a Grid; throws an Error whose message a person can read. */
export async function readPickedGrid(bytes: Uint8Array): Promise<Grid> {
  const { readGrid } = await reader.get();
  return readGrid(bytes);
}

/** Reads and checks a picked file; the outcome's message names the file. */
export async function assessPicked(
  name: string,
  bytes: Uint8Array,
  today: string
): Promise<PickedOutcome> {
  let grid: Grid;
  try {
    grid = await readPickedGrid(bytes);
  } catch (error) {
    // WorkbookReadError's messages name what is wrong and what to do; anything else is a bug and propagates.
    if (!(error instanceof Error && error.name === "WorkbookReadError")) throw error;
    return { ok: false, message: `${name}: ${error.message}` };
  }
  const result = evaluateWorkbook(grid, CHECKLISTS, { today });
  if (!result.ok) return { ok: false, message: `${name}: ${result.reason}` };
  return { ok: true, grid, workbook: assessedWorkbook(name, grid, result.check) };
}

/** A File's bytes (File.arrayBuffer where the browser has it, else a FileReader). */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}
