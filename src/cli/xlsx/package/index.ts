/** The package editor: surgical edits of an .xlsx (cells, an added or removed sheet), everything else kept. */
export {
  openPackage,
  PackageError,
  XlsxPackage,
  type CellData,
  type CellWrite,
  type ReadCell,
  type SheetInfo,
  type SheetState,
  type StyleChange,
} from "./package";
export { parseCellRef, formatCellRef, MAX_ROW, MAX_COLUMN, type CellRef } from "./address";
export { resolveTarget, relsPathOf } from "./paths";
