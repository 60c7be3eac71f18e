/**
 * createFakeHost(): an in-memory Excel host with Office.js semantics — `Excel`, `Office`, `CustomFunctions` and
 * `OfficeExtension` globals over a plain workbook model. Node-safe (no DOM): used by the harness page and by jest.
 */
import { cellAddress, parseAddress, rectAddress } from "./address";
import { FakeClientObject, FakeClientResult, FakeRequestContext } from "./client-base";
import { FakeEventHandlers } from "./events";
import { FakeWorkbook } from "./workbook";
import { ChangeRecord, EngineOptions, FakeExcelEngine, FunctionMetadata } from "./engine";
import { FakeOfficeError, OfficeExtensionErrorCodes, invalidArgument } from "./errors";
import { CellScalar, WorkbookModel, findSheet } from "./model";
import { FakeOfficeOptions, ThemeName, createCustomFunctions, createOffice } from "./office";

export * from "./model";
export { FakeExcelEngine } from "./engine";
export type { EngineOptions, FunctionMetadata } from "./engine";
export { FakeOfficeError } from "./errors";
export { FakeRequestContext } from "./client-base";
export type { ThemeName } from "./office";

const ExcelEnums = {
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    conflict: "Conflict",
    generalException: "GeneralException",
    insertDeleteConflict: "InsertDeleteConflict",
    invalidArgument: "InvalidArgument",
    invalidBinding: "InvalidBinding",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    invalidSelection: "InvalidSelection",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    mergedRangeConflict: "MergedRangeConflict",
    notImplemented: "NotImplemented",
    rangeExceedsLimit: "RangeExceedsLimit",
    requestAborted: "RequestAborted",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    unsupportedFeature: "UnsupportedFeature",
    unsupportedOperation: "UnsupportedOperation",
    unsupportedSheet: "UnsupportedSheet",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  },
  EventSource: { local: "Local", remote: "Remote" },
  EventType: {
    worksheetChanged: "WorksheetChanged",
    worksheetSelectionChanged: "WorksheetSelectionChanged",
    worksheetActivated: "WorksheetActivated",
    worksheetAdded: "WorksheetAdded",
    worksheetDeleted: "WorksheetDeleted",
  },
  EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
  DataChangeType: {
    unknown: "Unknown",
    rangeEdited: "RangeEdited",
    rowInserted: "RowInserted",
    rowDeleted: "RowDeleted",
    columnInserted: "ColumnInserted",
    columnDeleted: "ColumnDeleted",
    cellInserted: "CellInserted",
    cellDeleted: "CellDeleted",
  },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ChartType: {
    columnClustered: "ColumnClustered",
    columnStacked: "ColumnStacked",
    barClustered: "BarClustered",
    barStacked: "BarStacked",
    line: "Line",
    pie: "Pie",
    doughnut: "Doughnut",
    radar: "Radar",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ClearApplyTo: {
    all: "All",
    formats: "Formats",
    contents: "Contents",
    hyperlinks: "Hyperlinks",
    removeHyperlinks: "RemoveHyperlinks",
    resetContents: "ResetContents",
  },
  CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
  CalculationMode: {
    automatic: "Automatic",
    automaticExceptTables: "AutomaticExceptTables",
    manual: "Manual",
  },
  ConditionalFormatType: { custom: "Custom" },
  DataValidationType: {
    none: "None",
    wholeNumber: "WholeNumber",
    decimal: "Decimal",
    list: "List",
    date: "Date",
    time: "Time",
    textLength: "TextLength",
    custom: "Custom",
    inconsistent: "Inconsistent",
    mixedCriteria: "MixedCriteria",
  },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  HorizontalAlignment: {
    general: "General",
    left: "Left",
    center: "Center",
    right: "Right",
    fill: "Fill",
    justify: "Justify",
    centerAcrossSelection: "CenterAcrossSelection",
    distributed: "Distributed",
  },
  VerticalAlignment: {
    top: "Top",
    center: "Center",
    bottom: "Bottom",
    justify: "Justify",
    distributed: "Distributed",
  },
  RangeValueType: {
    unknown: "Unknown",
    empty: "Empty",
    string: "String",
    integer: "Integer",
    double: "Double",
    boolean: "Boolean",
    error: "Error",
    richValue: "RichValue",
  },
} as const;

type RunArg =
  | FakeRequestContext
  | FakeClientObject
  | FakeClientObject[]
  | { previousContext?: unknown }
  | Batch;
type Batch = (context: Excel.RequestContext) => Promise<unknown>;

export interface FakeHost {
  /** The engine: model, recalculation, events, function registry. */
  readonly engine: FakeExcelEngine;
  /** The live workbook model (plain data). */
  readonly model: WorkbookModel;
  /** `context.sync()` calls across all contexts. */
  readonly syncCount: number;
  /** Operations queued across all contexts. */
  readonly operationCount: number;
  /** Every request context created by Excel.run (each has `syncCount` and `operationCount`). */
  readonly contexts: readonly FakeRequestContext[];
  /** Errors thrown by event handlers or onCanceled callbacks (handlers' errors are otherwise swallowed, as in Excel). */
  readonly handlerErrors: readonly unknown[];
  /** Resets syncCount/operationCount (host-wide) and forgets recorded contexts. */
  resetCounters(): void;
  /** Excel.run with the fake context typed as Excel.RequestContext (for tests of `src/excel` helpers). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A new request context outside Excel.run (never closed). */
  createContext(): Excel.RequestContext;
  /** The user types into a cell (or a block with a 2-D array): onChanged (source "Local") + recalculation. */
  userEdit(sheet: string, address: string, value: CellScalar | CellScalar[][]): Promise<void>;
  /** The user selects cells: onSelectionChanged (worksheet and workbook). */
  userSelect(sheet: string, address: string): Promise<void>;
  /** The user clicks a sheet tab: onActivated. */
  userActivate(sheet: string): Promise<void>;
  /** The current value of a cell as Range.values would report it (recalculates first). */
  getValue(sheet: string, address: string): CellScalar;
  /** A block of values (local address, e.g. "A1:C3"). */
  getValues(sheet: string, address: string): CellScalar[][];
  /** The formula of a cell ("" when none). */
  getFormula(sheet: string, address: string): string;
  /** The error message attached to an error value (custom function errors). */
  getErrorMessage(sheet: string, address: string): string | undefined;
  /** Replaces the workbook (e.g. after opening a file); keeps functions and event handlers. */
  loadModel(model: WorkbookModel): void;
  /** Supplies functions.json so arguments are passed exactly as the real runtime would. */
  setFunctionMetadata(json: { functions: FunctionMetadata[] } | FunctionMetadata[]): void;
  /** Sets the clock TODAY() and NOW() read (createFakeHost's `clock` option sets the first one). */
  setClock(clock: () => Date): void;
  /** Switches Office.context.officeTheme and raises officeThemeChanged. */
  setTheme(theme: ThemeName): void;
  readonly theme: ThemeName;
  /** Resolves when events, their handlers and async custom functions have settled. */
  idle(): Promise<void>;
  /** Subscribes to model changes; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Makes Office.onReady wait for `promise` (e.g. the harness page loading its workbook). */
  delayReady(promise: Promise<unknown>): void;
  /** Puts Excel, Office, CustomFunctions and OfficeExtension on `target` (default globalThis); returns an undo. */
  install(target?: object): () => void;
}

export interface FakeHostOptions extends EngineOptions, FakeOfficeOptions {}

export interface FakeHostBundle {
  Excel: typeof ExcelEnums & { run: typeof Excel.run; RequestContext: typeof FakeRequestContext };
  Office: ReturnType<typeof createOffice>["office"];
  CustomFunctions: ReturnType<typeof createCustomFunctions>;
  OfficeExtension: {
    Error: typeof FakeOfficeError;
    ErrorCodes: typeof OfficeExtensionErrorCodes;
    ClientResult: typeof FakeClientResult;
    EventHandlers: typeof FakeEventHandlers;
    ClientRequestContext: typeof FakeRequestContext;
  };
  host: FakeHost;
}

export function createFakeHost(
  model?: WorkbookModel,
  options: FakeHostOptions = {}
): FakeHostBundle {
  const engine = new FakeExcelEngine(model, options);
  const office = createOffice(options);
  const customFunctions = createCustomFunctions(engine);
  let theme: ThemeName = options.theme ?? "light";
  const contexts: FakeRequestContext[] = [];
  const newContext = (): FakeRequestContext => {
    const ctx = new FakeRequestContext(engine, (c) => new FakeWorkbook(c));
    contexts.push(ctx);
    if (contexts.length > 1000) contexts.shift();
    return ctx;
  };
  const asExcel = (ctx: FakeRequestContext): Excel.RequestContext =>
    ctx as unknown as Excel.RequestContext;

  engine.changedArgs = (change: ChangeRecord, source) => {
    const address = rectAddress(change.rect);
    const single = change.rect.r0 === change.rect.r1 && change.rect.c0 === change.rect.c1;
    const typeOf = (v: CellScalar | undefined): string =>
      v === undefined || v === ""
        ? "Empty"
        : typeof v === "number"
          ? "Double"
          : typeof v === "boolean"
            ? "Boolean"
            : "String";
    return {
      type: "WorksheetChanged",
      address,
      worksheetId: change.sheetId,
      changeType: "RangeEdited",
      source,
      triggerSource: "Unknown",
      details: single
        ? {
            valueBefore: change.before ?? "",
            valueAfter: change.after ?? "",
            valueTypeBefore: typeOf(change.before),
            valueTypeAfter: typeOf(change.after),
          }
        : undefined,
      getRange: (ctx: Excel.RequestContext) =>
        ctx.workbook.worksheets.getItem(change.sheetId).getRange(address),
      getRangeOrNullObject: (ctx: Excel.RequestContext) =>
        ctx.workbook.worksheets.getItem(change.sheetId).getRange(address),
    };
  };
  engine.workbookSelectionArgs = () => ({
    type: "DocumentSelectionChanged",
    workbook: newContext().workbook,
  });

  const run = async (...args: RunArg[]): Promise<unknown> => {
    const batch = args[args.length - 1];
    if (typeof batch !== "function")
      throw invalidArgument("Excel.run", "Excel.run needs a batch function.");
    const first = args.length > 1 ? args[0] : undefined;
    let ctx: FakeRequestContext;
    let created = false;
    if (first instanceof FakeRequestContext) ctx = first;
    else if (first instanceof FakeClientObject) ctx = first.context;
    else if (Array.isArray(first) && first[0] instanceof FakeClientObject) ctx = first[0].context;
    else {
      ctx = newContext();
      created = true;
    }
    const wasClosed = ctx.closed;
    ctx.closed = false;
    try {
      const out: unknown = batch(asExcel(ctx));
      if (!(out instanceof Promise)) {
        throw new FakeOfficeError(
          "RunMustReturnPromise",
          'The batch function passed to the ".run" method didn\'t return a promise.'
        );
      }
      const result = await out;
      if (ctx.pendingOperations > 0) await ctx.sync();
      return result;
    } finally {
      ctx.closed = created ? true : wasClosed;
    }
  };

  const ExcelNs = {
    ...ExcelEnums,
    run: run as typeof Excel.run,
    RequestContext: FakeRequestContext,
  };
  const OfficeExtensionNs = {
    Error: FakeOfficeError,
    ErrorCodes: OfficeExtensionErrorCodes,
    ClientResult: FakeClientResult,
    EventHandlers: FakeEventHandlers,
    ClientRequestContext: FakeRequestContext,
  };

  const sheetOf = (sheet: string) => {
    const s = findSheet(engine.model, sheet);
    if (!s) throw new Error(`No worksheet named '${sheet}'.`);
    return s;
  };

  const host: FakeHost = {
    engine,
    get model() {
      return engine.model;
    },
    get syncCount() {
      return engine.syncCount;
    },
    get operationCount() {
      return engine.operationCount;
    },
    contexts,
    get handlerErrors() {
      return engine.handlerErrors;
    },
    resetCounters() {
      engine.syncCount = 0;
      engine.operationCount = 0;
      contexts.length = 0;
    },
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => ExcelNs.run(batch),
    createContext: () => asExcel(newContext()),
    userEdit: (sheet, address, value) => engine.userEdit(sheet, address, value),
    userSelect: (sheet, address) => engine.userSelect(sheet, address),
    userActivate: (sheet) => engine.userActivate(sheet),
    getValue(sheet, address) {
      engine.recalculateIfDirty();
      const p = parseAddress(address);
      if (!p) throw new Error(`Invalid address '${address}'.`);
      return sheetOf(sheet).cells[cellAddress(p.rect.r0, p.rect.c0)]?.value ?? "";
    },
    getValues(sheet, address) {
      engine.recalculateIfDirty();
      const p = parseAddress(address);
      if (!p) throw new Error(`Invalid address '${address}'.`);
      const s = sheetOf(sheet);
      const out: CellScalar[][] = [];
      for (let r = p.rect.r0; r <= p.rect.r1; r++) {
        const line: CellScalar[] = [];
        for (let c = p.rect.c0; c <= p.rect.c1; c++)
          line.push(s.cells[cellAddress(r, c)]?.value ?? "");
        out.push(line);
      }
      return out;
    },
    getFormula(sheet, address) {
      const p = parseAddress(address);
      if (!p) throw new Error(`Invalid address '${address}'.`);
      return sheetOf(sheet).cells[cellAddress(p.rect.r0, p.rect.c0)]?.formula ?? "";
    },
    getErrorMessage(sheet, address) {
      engine.recalculateIfDirty();
      const p = parseAddress(address);
      if (!p) throw new Error(`Invalid address '${address}'.`);
      return sheetOf(sheet).cells[cellAddress(p.rect.r0, p.rect.c0)]?.errorMessage;
    },
    loadModel(m) {
      engine.loadModel(m);
    },
    setFunctionMetadata: (json) => engine.setFunctionMetadata(json),
    setClock: (clock) => engine.setClock(clock),
    setTheme(t) {
      theme = t;
      office.setTheme(t);
      engine.notify();
    },
    get theme() {
      return theme;
    },
    idle: () => engine.idle(),
    delayReady: (promise) => office.delayReady(promise),
    subscribe: (listener) => engine.subscribe(listener),
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      const names = ["Excel", "Office", "CustomFunctions", "OfficeExtension"] as const;
      const previous = names.map((n) => [n, t[n]] as const);
      t.Excel = ExcelNs;
      t.Office = office.office;
      t.CustomFunctions = customFunctions;
      t.OfficeExtension = OfficeExtensionNs;
      return () => {
        for (const [n, v] of previous) {
          if (v === undefined) delete t[n];
          else t[n] = v;
        }
      };
    },
  };

  engine.recalculate();
  return {
    Excel: ExcelNs,
    Office: office.office,
    CustomFunctions: customFunctions,
    OfficeExtension: OfficeExtensionNs,
    host,
  };
}
