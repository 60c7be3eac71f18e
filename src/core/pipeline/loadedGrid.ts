/**
 * Turning what a host loaded (a sheet's used range: its address and values, its visibility) into a Grid sheet.
 * Pure, so the add-in's store and finalize build the same Grid the CLI's reader does.
 */
import { rowsFromA1 } from "../workbook/keyValue";
import type { GridSheet } from "../workbook/grid";

/** Office's sheet visibility ("Visible", "Hidden", "VeryHidden") in the Grid's words. */
export function sheetVisibility(visibility: string): NonNullable<GridSheet["visibility"]> {
  return visibility === "Hidden"
    ? "hidden"
    : visibility === "VeryHidden"
      ? "veryHidden"
      : "visible";
}

/** A used range as loaded: null when the sheet is empty. */
export interface LoadedRange {
  address: string;
  values: readonly (readonly unknown[])[];
}

export function loadedSheet(
  name: string,
  range: LoadedRange | null,
  visibility?: GridSheet["visibility"]
): GridSheet {
  const rows = range ? rowsFromA1(range.address, range.values) : [];
  return { name, rows, ...(visibility ? { visibility } : {}) };
}
