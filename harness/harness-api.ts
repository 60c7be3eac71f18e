/** The typed test API exposed on `window.__harness` for e2e tests. */
import type { FakeHost, ThemeName } from "./fake-excel";
import type { CellScalar, WorkbookModel } from "./fake-excel/model";

export interface HarnessApi {
  /** The fake host (model, engine, counters). */
  readonly host: FakeHost;
  /** Resolves once the initial workbook is loaded (Office.onReady waits for it too). */
  readonly ready: Promise<void>;
  /** Name of the loaded workbook (file name). */
  readonly workbookName: string;
  /** `context.sync()` calls so far. */
  readonly syncCount: number;
  getValue(sheet: string, address: string): CellScalar;
  getValues(sheet: string, address: string): CellScalar[][];
  getFormula(sheet: string, address: string): string;
  /** Like a user typing into the grid: raises onChanged and recalculates. */
  userEdit(sheet: string, address: string, value: CellScalar | CellScalar[][]): Promise<void>;
  userSelect(sheet: string, address: string): Promise<void>;
  /** Resolves when events, handlers and async custom functions have settled. */
  idle(): Promise<void>;
  sheetNames(): string[];
  model(): WorkbookModel;
  /** Opens a workbook under samples/ (e.g. "msp-sample.xlsx") as a new document: the page reloads on it. */
  openSample(name: string): Promise<void>;
  /** Opens a workbook from bytes as a new document (the page reloads on it). */
  openBytes(bytes: ArrayBuffer, name?: string): Promise<void>;
  /** The current workbook as .xlsx bytes. */
  saveBytes(): Promise<ArrayBuffer>;
  setTheme(theme: ThemeName): void;
}

declare global {
  interface Window {
    __harness?: HarnessApi;
  }
}
