/**
 * The host engine behind the fake Office.js objects: owns the workbook model, applies cell writes, recalculates
 * formulas (native subset + custom functions from the CustomFunctions registry), and queues and dispatches events.
 * No DOM, no Office.js types at runtime: usable from node.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  cellAddress,
  contains,
  parseAddress,
  parseCell,
  rectAddress,
} from "./address";
import {
  ErrorValue,
  EvalEnv,
  FormulaSyntaxError,
  Matrix,
  Node,
  Scalar,
  UNSUPPORTED,
  Value,
  evaluateFormula,
  isRef,
  parseFormula,
  refToMatrix,
} from "./formula";
import {
  CellModel,
  CellScalar,
  SheetModel,
  WorkbookModel,
  createWorkbookModel,
  eachCell,
  findSheet,
  findSheetByName,
  isBlankCell,
} from "./model";

export const ERROR_STRINGS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#GETTING_DATA",
  UNSUPPORTED,
]);

// ---------------------------------------------------------------------------------------------------------------
// Custom functions

const NOT_REGISTERED = "is not registered (CustomFunctions.associate).";

/** Error object thrown or returned by custom functions (CustomFunctions.Error). */
export class FakeCustomFunctionError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

export type CustomFunctionArg = CellScalar | CellScalar[][] | null;
export type CustomFunctionResult =
  CellScalar | CellScalar[][] | FakeCustomFunctionError | null | undefined;
/** A custom function as registered with CustomFunctions.associate (the real API types it as `Function`). */
// `never[]` parameters: any function is assignable (like the real API's `Function`), calls go through `invoke`.
export type CustomFunctionImpl = (...args: never[]) => unknown;

function invoke(fn: CustomFunctionImpl, args: unknown[]): unknown {
  return (fn as (...a: unknown[]) => unknown)(...args);
}

/** The subset of functions.json (custom-functions-metadata) the host uses. */
export interface FunctionMetadata {
  id: string;
  name?: string;
  parameters?: {
    name: string;
    dimensionality?: "scalar" | "matrix";
    optional?: boolean;
    repeating?: boolean;
  }[];
  options?: {
    stream?: boolean;
    cancelable?: boolean;
    requiresAddress?: boolean;
    volatile?: boolean;
  };
}

export interface FakeInvocation {
  functionName: string;
  address: string;
  parameterAddresses: string[];
  onCanceled?: () => void;
  setResult: (value: unknown) => void;
}

interface CustomEntry {
  fnId: string;
  argsKey: string;
  invocation: FakeInvocation;
  state: "pending" | "done" | "streaming";
  result: Value;
  canceled: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Events

export type EventKind =
  | "WorksheetChanged"
  | "WorksheetSelectionChanged"
  | "WorkbookSelectionChanged"
  | "WorksheetActivated"
  | "WorksheetAdded"
  | "WorksheetDeleted";

export interface EventRegistration {
  kind: EventKind;
  /** The sheet the handler was registered on; undefined for collection- or workbook-level handlers. */
  sheetId?: string;
  handler: (args: unknown) => unknown;
}

export interface PendingEvent {
  kind: EventKind;
  sheetId: string;
  /** Builds the handler argument. */
  args: () => unknown;
}

export interface ChangeRecord {
  sheetId: string;
  rect: Rect;
  /** Value before/after for single-cell edits. */
  before?: CellScalar;
  after?: CellScalar;
}

export interface EngineOptions {
  /** Namespace of custom functions in formulas (default "MSP"). */
  functionNamespace?: string;
  /** When true (default), `context.sync()` waits for pending (non-streaming) async custom function results. */
  syncWaitsForAsyncFunctions?: boolean;
  /** Operations allowed in one sync before it rejects like Office.js's payload limit (default 10000). */
  maxOperationsPerSync?: number;
  /** Approximate request payload limit in bytes (default 5 MB, Excel on the web's limit). */
  maxPayloadBytes?: number;
  /** The clock TODAY() and NOW() read (default the system clock); tests pass a fixed one. */
  clock?: () => Date;
}

/** Converts a formula-engine scalar to what a cell stores. */
function toCell(v: Scalar): { value: CellScalar; errorMessage?: string } {
  if (v === null) return { value: 0 };
  if (v instanceof ErrorValue) return { value: v.code, errorMessage: v.message };
  return { value: v };
}

function fromCell(cell: CellModel | undefined): Scalar {
  if (!cell || cell.value === "") return null;
  const v = cell.value;
  if (
    typeof v === "string" &&
    ERROR_STRINGS.has(v) &&
    (cell.formula !== undefined || cell.spillFrom || cell.errorMessage)
  )
    return new ErrorValue(v, cell.errorMessage);
  return v;
}

/** Interprets user/API input for one cell: "=..." is a formula, numeric text becomes a number. */
export function interpretInput(
  input: CellScalar,
  numberFormat?: string
): { value: CellScalar; formula?: string } {
  if (typeof input === "string") {
    if (input.startsWith("=") && input.length > 1) return { value: "", formula: input };
    if (numberFormat !== "@") {
      const t = input.trim();
      if (t !== "" && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t))
        return { value: Number(t) };
      if (/^(\d+(\.\d+)?)%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
      const upper = t.toUpperCase();
      if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
    }
  }
  return { value: input };
}

export class FakeExcelEngine {
  model: WorkbookModel;
  readonly options: Required<EngineOptions>;
  /** Number of `context.sync()` calls across all contexts. */
  syncCount = 0;
  /** Number of operations (property writes, method calls, loads) queued across all contexts. */
  operationCount = 0;
  /** Errors thrown or rejected by event handlers. */
  readonly handlerErrors: unknown[] = [];
  /** Names of the functions called, in order (for tests). */
  readonly functionCalls: { id: string; address: string; args: unknown[] }[] = [];

  private readonly functions = new Map<string, CustomFunctionImpl>();
  private readonly metadata = new Map<string, FunctionMetadata>();
  private readonly customEntries = new Map<string, CustomEntry>();
  private readonly pendingPromises = new Set<Promise<unknown>>();
  private readonly parsed = new Map<string, Node | FormulaSyntaxError>();
  private readonly spills = new Map<string, { sheetId: string; rect: Rect }>();
  private readonly registrations = new Set<EventRegistration>();
  private pendingEvents: PendingEvent[] = [];
  private eventChain: Promise<void> = Promise.resolve();
  private recalcScheduled = false;
  private dirty = true;
  private readonly listeners = new Set<() => void>();

  constructor(model?: WorkbookModel, options: EngineOptions = {}) {
    this.model = model ?? createWorkbookModel();
    this.options = {
      functionNamespace: options.functionNamespace ?? "MSP",
      syncWaitsForAsyncFunctions: options.syncWaitsForAsyncFunctions ?? true,
      maxOperationsPerSync: options.maxOperationsPerSync ?? 10000,
      maxPayloadBytes: options.maxPayloadBytes ?? 5 * 1024 * 1024,
      clock: options.clock ?? (() => new Date()),
    };
  }

  // ----- model access -------------------------------------------------------------------------------------------

  /** Replaces the workbook (cancels streaming functions, keeps registered functions and event handlers). */
  loadModel(model: WorkbookModel): void {
    for (const entry of this.customEntries.values()) this.cancelEntry(entry);
    this.customEntries.clear();
    this.spills.clear();
    this.model = model;
    this.dirty = true;
    this.recalculate();
    this.notify();
  }

  sheet(nameOrId: string): SheetModel | undefined {
    return findSheet(this.model, nameOrId);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.model.sheets.find((s) => s.id === id);
  }

  requireSheet(nameOrId: string): SheetModel {
    const s = this.sheet(nameOrId);
    if (!s) throw new Error(`No worksheet named '${nameOrId}'.`);
    return s;
  }

  /** Subscribes to model changes (after each sync, user edit or asynchronous recalculation). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  notify(): void {
    for (const l of [...this.listeners]) l();
  }

  // ----- cell writes ---------------------------------------------------------------------------------------------

  private cellFor(sheet: SheetModel, row: number, col: number): CellModel {
    const key = cellAddress(row, col);
    let cell = sheet.cells[key];
    if (!cell) {
      cell = { value: "" };
      sheet.cells[key] = cell;
    }
    return cell;
  }

  private prune(sheet: SheetModel, row: number, col: number): void {
    const key = cellAddress(row, col);
    if (isBlankCell(sheet.cells[key])) delete sheet.cells[key];
  }

  /** Writes one cell from a `values`/`formulas` input. Returns true when content changed. */
  writeCell(sheet: SheetModel, row: number, col: number, input: CellScalar): boolean {
    const cell = this.cellFor(sheet, row, col);
    const before = { value: cell.value, formula: cell.formula };
    const parsed = interpretInput(input, cell.numberFormat);
    cell.value = parsed.value;
    if (parsed.formula !== undefined) cell.formula = parsed.formula;
    else delete cell.formula;
    delete cell.errorMessage;
    delete cell.spillFrom;
    delete cell.cached;
    this.prune(sheet, row, col);
    this.dirty = true;
    return before.value !== parsed.value || before.formula !== parsed.formula;
  }

  /** Clears contents (and formats when `formats`) of a block. */
  clearBlock(sheet: SheetModel, rect: Rect, contents: boolean, formats: boolean): void {
    for (const { row, col, address, cell } of [...eachCell(sheet)]) {
      if (!contains(rect, row, col)) continue;
      if (contents) {
        cell.value = "";
        delete cell.formula;
        delete cell.errorMessage;
        delete cell.spillFrom;
        delete cell.cached;
      }
      if (formats) {
        delete cell.numberFormat;
        delete cell.style;
      }
      if (isBlankCell(cell)) delete sheet.cells[address];
    }
    this.dirty = true;
  }

  /** Applies a per-cell mutation to every cell of a block (creating cells as needed). */
  mutateBlock(
    sheet: SheetModel,
    rect: Rect,
    f: (cell: CellModel, r: number, c: number) => void
  ): void {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        f(this.cellFor(sheet, r, c), r - rect.r0, c - rect.c0);
        this.prune(sheet, r, c);
      }
    }
  }

  markDirty(): void {
    this.dirty = true;
  }

  /** Replaces the clock TODAY() and NOW() read; formulas recalculate (as Excel does for volatile functions). */
  setClock(clock: () => Date): void {
    this.options.clock = clock;
    this.dirty = true;
    this.recalculate();
    this.notify();
  }

  // ----- user actions ---------------------------------------------------------------------------------------------

  /**
   * Simulates the user typing into a cell (or a block, with a 2-D array): applies the input, recalculates, raises
   * onChanged (source "Local") and resolves once the event handlers have finished.
   */
  async userEdit(
    sheetName: string,
    address: string,
    input: CellScalar | CellScalar[][]
  ): Promise<void> {
    const sheet = this.requireSheet(sheetName);
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Invalid address '${address}'.`);
    const rect = parsed.rect;
    const before = sheet.cells[cellAddress(rect.r0, rect.c0)]?.value ?? "";
    if (Array.isArray(input)) {
      input.forEach((line, r) =>
        line.forEach((v, c) => this.writeCell(sheet, rect.r0 + r, rect.c0 + c, v))
      );
    } else {
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) this.writeCell(sheet, r, c, input);
    }
    this.recalculate();
    const after = sheet.cells[cellAddress(rect.r0, rect.c0)]?.value ?? "";
    this.queueChanged({ sheetId: sheet.id, rect, before, after });
    this.notify();
    await this.flushEvents();
  }

  /** Simulates the user selecting cells (activating the sheet if needed): raises the selection events. */
  async userSelect(sheetName: string, address: string): Promise<void> {
    const sheet = this.requireSheet(sheetName);
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Invalid address '${address}'.`);
    this.select(sheet, parsed.rect);
    this.notify();
    await this.flushEvents();
  }

  /** Simulates the user clicking a sheet tab. */
  async userActivate(sheetName: string): Promise<void> {
    const sheet = this.requireSheet(sheetName);
    this.activate(sheet);
    this.notify();
    await this.flushEvents();
  }

  select(sheet: SheetModel, rect: Rect): void {
    if (this.model.activeSheetId !== sheet.id) this.activate(sheet);
    this.model.selection = { sheetId: sheet.id, address: rectAddress(rect) };
    const address = rectAddress(rect);
    this.queueEvent({
      kind: "WorksheetSelectionChanged",
      sheetId: sheet.id,
      args: () => ({ type: "WorksheetSelectionChanged", address, worksheetId: sheet.id }),
    });
    this.queueEvent({ kind: "WorkbookSelectionChanged", sheetId: sheet.id, args: () => ({}) });
  }

  activate(sheet: SheetModel): void {
    if (this.model.activeSheetId === sheet.id) return;
    this.model.activeSheetId = sheet.id;
    if (this.model.selection.sheetId !== sheet.id)
      this.model.selection = { sheetId: sheet.id, address: "A1" };
    this.queueEvent({
      kind: "WorksheetActivated",
      sheetId: sheet.id,
      args: () => ({ type: "WorksheetActivated", worksheetId: sheet.id }),
    });
  }

  // ----- events -------------------------------------------------------------------------------------------------

  register(reg: EventRegistration): void {
    this.registrations.add(reg);
  }

  unregister(reg: EventRegistration): void {
    this.registrations.delete(reg);
  }

  unregisterHandler(
    kind: EventKind,
    sheetId: string | undefined,
    handler: (args: unknown) => unknown
  ): void {
    for (const r of this.registrations) {
      if (r.kind === kind && r.sheetId === sheetId && r.handler === handler)
        this.registrations.delete(r);
    }
  }

  get registrationCount(): number {
    return this.registrations.size;
  }

  /** Builder for `WorksheetChangedEventArgs`, installed by the client layer (needs `getRange(ctx)`). */
  changedArgs: (change: ChangeRecord, source: "Local" | "Remote") => unknown = (
    change,
    source
  ) => ({
    type: "WorksheetChanged",
    address: rectAddress(change.rect),
    worksheetId: change.sheetId,
    changeType: "RangeEdited",
    source,
  });

  /** Builder for the workbook-level `SelectionChangedEventArgs` (needs a workbook object). */
  workbookSelectionArgs: () => unknown = () => ({});

  queueChanged(change: ChangeRecord, source: "Local" | "Remote" = "Local"): void {
    this.queueEvent({
      kind: "WorksheetChanged",
      sheetId: change.sheetId,
      args: () => this.changedArgs(change, source),
    });
  }

  queueEvent(ev: PendingEvent): void {
    this.pendingEvents.push(ev);
  }

  /** Dispatches queued events (after the current sync / user action); resolves when handlers have finished. */
  flushEvents(): Promise<void> {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    if (events.length === 0) return this.eventChain;
    this.eventChain = this.eventChain.then(() => this.dispatch(events));
    return this.eventChain;
  }

  private async dispatch(events: PendingEvent[]): Promise<void> {
    for (const ev of events) {
      const regs = [...this.registrations].filter(
        (r) => r.kind === ev.kind && (r.sheetId === undefined || r.sheetId === ev.sheetId)
      );
      for (const reg of regs) {
        try {
          const args =
            ev.kind === "WorkbookSelectionChanged" ? this.workbookSelectionArgs() : ev.args();
          await reg.handler(args);
        } catch (e) {
          this.handlerErrors.push(e);
        }
      }
    }
  }

  /**
   * Resolves when no events, handler batches or async custom function results are outstanding (bounded: rejects
   * after 100 rounds, which means handlers keep triggering each other).
   */
  async idle(): Promise<void> {
    for (let round = 0; round < 100; round++) {
      await this.flushEvents();
      await this.settleFunctions();
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (
        this.pendingEvents.length === 0 &&
        this.pendingPromises.size === 0 &&
        !this.recalcScheduled
      ) {
        await this.eventChain;
        if (this.pendingEvents.length === 0) return;
      }
    }
    throw new Error(
      "Fake Excel host did not become idle after 100 rounds (event handlers re-trigger each other?)."
    );
  }

  // ----- custom functions ----------------------------------------------------------------------------------------

  associate(id: string, fn: CustomFunctionImpl): void {
    this.functions.set(id.toUpperCase(), fn);
    this.dirty = true;
    this.scheduleRecalc();
  }

  /** Supplies functions.json metadata (parameter dimensionality, optional params, streaming). */
  setFunctionMetadata(json: { functions: FunctionMetadata[] } | FunctionMetadata[]): void {
    const list = Array.isArray(json) ? json : json.functions;
    for (const m of list) this.metadata.set(m.id.toUpperCase(), m);
    this.dirty = true;
    this.scheduleRecalc();
  }

  get registeredFunctions(): string[] {
    return [...this.functions.keys()];
  }

  getFunction(id: string): CustomFunctionImpl | undefined {
    return this.functions.get(id.toUpperCase());
  }

  /** Waits for pending async custom function results (not streaming ones) and the recalculation they trigger. */
  async settleFunctions(): Promise<void> {
    for (let i = 0; i < 100 && (this.pendingPromises.size > 0 || this.recalcScheduled); i++) {
      await Promise.allSettled([...this.pendingPromises]);
      await Promise.resolve();
      if (this.recalcScheduled) this.runScheduledRecalc();
    }
  }

  private scheduleRecalc(): void {
    if (this.recalcScheduled) return;
    this.recalcScheduled = true;
    queueMicrotask(() => this.runScheduledRecalc());
  }

  private runScheduledRecalc(): void {
    if (!this.recalcScheduled) return;
    this.recalcScheduled = false;
    this.dirty = true;
    this.recalculate();
    this.notify();
  }

  private cancelEntry(entry: CustomEntry): void {
    if (entry.canceled) return;
    entry.canceled = true;
    try {
      entry.invocation.onCanceled?.();
    } catch (e) {
      this.handlerErrors.push(e);
    }
  }

  private normalizeResult(v: unknown): Value {
    if (v instanceof FakeCustomFunctionError) return new ErrorValue(v.code, v.message || undefined);
    if (
      typeof v === "object" &&
      v !== null &&
      "code" in v &&
      typeof v.code === "string" &&
      v.code.startsWith("#")
    ) {
      const message =
        "message" in v && typeof v.message === "string" && v.message ? v.message : undefined;
      return new ErrorValue(v.code, message);
    }
    if (v instanceof Error) return new ErrorValue("#VALUE!", v.message);
    if (v === null || v === undefined) return 0;
    if (typeof v === "number") return Number.isFinite(v) ? v : new ErrorValue("#NUM!");
    if (typeof v === "string" || typeof v === "boolean") return v;
    if (Array.isArray(v)) {
      if (!v.every(Array.isArray))
        return new ErrorValue("#VALUE!", "Array results must be 2-D arrays.");
      const m = (v as unknown[][]).map((row) =>
        row.map((x): Scalar => {
          const n = this.normalizeResult(x);
          return isRef(n) || Array.isArray(n) ? new ErrorValue("#VALUE!") : n;
        })
      );
      return m;
    }
    return new ErrorValue("#VALUE!", "Unsupported result type.");
  }

  private callCustom(
    sheet: SheetModel,
    row: number,
    col: number,
    env: EvalEnv,
    touched: Set<string>,
    name: string,
    args: (Value | undefined)[],
    callIndex: number
  ): Value {
    const ns = this.options.functionNamespace.toUpperCase();
    const fnId = name.slice(ns.length + 1);
    const fn = this.functions.get(fnId);
    if (!fn) return new ErrorValue("#NAME?", `${name} ${NOT_REGISTERED}`);
    const meta = this.metadata.get(fnId);
    const params = meta?.parameters;
    const parameterAddresses: string[] = [];
    const converted: unknown[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const p = params?.[Math.min(i, params.length - 1)];
      if (a === undefined) {
        converted.push(null);
        parameterAddresses.push("");
        continue;
      }
      if (isRef(a)) {
        const s = this.sheetById(a.sheetId);
        parameterAddresses.push(s ? `${s.name}!${rectAddress(a.rect)}` : "");
        const m = refToMatrix(env, a).map((line) => line.map((x) => this.scalarForFunction(x)));
        const single = m.length === 1 && m[0].length === 1;
        if (p?.dimensionality === "matrix" || (!p && !single)) converted.push(m);
        else if (single) {
          const x = refToMatrix(env, a)[0][0];
          if (x instanceof ErrorValue) return x;
          converted.push(m[0][0]);
        } else
          return new ErrorValue("#VALUE!", `Parameter ${p?.name ?? i + 1} expects a single value.`);
        continue;
      }
      parameterAddresses.push("");
      if (Array.isArray(a)) {
        converted.push(a.map((line) => line.map((x) => this.scalarForFunction(x))));
        continue;
      }
      if (a instanceof ErrorValue) return a;
      converted.push(
        p?.dimensionality === "matrix" ? [[this.scalarForFunction(a)]] : this.scalarForFunction(a)
      );
    }
    let finalArgs: unknown[] = converted;
    if (params) {
      const repeating = params.length > 0 && params[params.length - 1].repeating;
      if (repeating) {
        finalArgs = [...converted.slice(0, params.length - 1)];
        while (finalArgs.length < params.length - 1) finalArgs.push(null);
        finalArgs.push(converted.slice(params.length - 1));
      } else {
        finalArgs = converted.slice(0, params.length);
        while (finalArgs.length < params.length) finalArgs.push(null);
      }
    } else {
      while (finalArgs.length < fn.length - 1) finalArgs.push(null);
    }

    const address = `${sheet.name}!${cellAddress(row, col)}`;
    const key = `${sheet.id}!${cellAddress(row, col)}#${callIndex}`;
    const argsKey = `${fnId}:${JSON.stringify(finalArgs)}`;
    touched.add(key);
    const existing = this.customEntries.get(key);
    if (existing && existing.argsKey === argsKey && !existing.canceled) {
      return existing.state === "pending" ? new ErrorValue("#BUSY!") : existing.result;
    }
    if (existing) this.cancelEntry(existing);

    const entry: CustomEntry = {
      fnId,
      argsKey,
      state: "pending",
      result: new ErrorValue("#BUSY!"),
      canceled: false,
      invocation: {
        functionName: `${this.options.functionNamespace}.${fnId}`,
        address,
        parameterAddresses,
        setResult: (value: unknown) => {
          if (entry.canceled) return;
          entry.state = "streaming";
          entry.result = this.normalizeResult(value);
          this.scheduleRecalc();
        },
      },
    };
    this.customEntries.set(key, entry);
    this.functionCalls.push({ id: fnId, address, args: finalArgs });
    let out: unknown;
    try {
      out = invoke(fn, [...finalArgs, entry.invocation]);
    } catch (e) {
      entry.state = "done";
      entry.result = this.normalizeResult(e instanceof Error ? e : new Error(String(e)));
      return entry.result;
    }
    const streaming = meta?.options?.stream ?? out === undefined;
    if (out instanceof Promise) {
      const p = out.then(
        (v: unknown) => {
          if (entry.canceled) return;
          entry.state = "done";
          entry.result = this.normalizeResult(v);
          this.scheduleRecalc();
        },
        (e: unknown) => {
          if (entry.canceled) return;
          entry.state = "done";
          entry.result = this.normalizeResult(e instanceof Error ? e : new Error(String(e)));
          this.scheduleRecalc();
        }
      );
      this.pendingPromises.add(p);
      void p.finally(() => this.pendingPromises.delete(p));
      return entry.result;
    }
    if (streaming) {
      if (entry.state === "streaming") return entry.result;
      return entry.result;
    }
    entry.state = "done";
    entry.result = this.normalizeResult(out);
    return entry.result;
  }

  private scalarForFunction(x: Scalar): CellScalar {
    if (x === null) return "";
    if (x instanceof ErrorValue) return x.code;
    return x;
  }

  // ----- recalculation -------------------------------------------------------------------------------------------

  private parse(formula: string): Node | FormulaSyntaxError {
    let p = this.parsed.get(formula);
    if (!p) {
      try {
        p = parseFormula(formula);
      } catch (e) {
        p = e instanceof FormulaSyntaxError ? e : new FormulaSyntaxError(String(e));
      }
      this.parsed.set(formula, p);
    }
    return p;
  }

  /** Recalculates every formula if something changed since the last pass. */
  recalculateIfDirty(): void {
    if (this.dirty) this.recalculate();
  }

  /** Full recalculation: native formulas are recomputed; custom functions are called again only for new arguments. */
  recalculate(): void {
    this.dirty = false;
    const state = new Map<string, "busy" | "done">();
    const touched = new Set<string>();
    const evaluated = new Set<string>();
    const evalCell = (sheet: SheetModel, row: number, col: number): void => {
      const addr = cellAddress(row, col);
      const key = `${sheet.id}!${addr}`;
      if (state.has(key)) return;
      const cell = sheet.cells[addr];
      if (!cell?.formula) return;
      state.set(key, "busy");
      const node = this.parse(cell.formula);
      let result: Scalar | Matrix;
      if (node instanceof FormulaSyntaxError) result = new ErrorValue("#NAME?", node.message);
      else {
        const env = this.env(sheet, row, col, touched, evalCell);
        try {
          result = evaluateFormula(node, env);
        } catch (e) {
          result = new ErrorValue("#VALUE!", e instanceof Error ? e.message : String(e));
        }
      }
      const unsupported =
        result instanceof ErrorValue &&
        (result.code === UNSUPPORTED ||
          (result.code === "#NAME?" && !!result.message?.endsWith(NOT_REGISTERED)));
      if (!(unsupported && cell.cached)) {
        this.store(sheet, row, col, cell, result);
        delete cell.cached;
      }
      evaluated.add(key);
      state.set(key, "done");
    };
    for (const sheet of this.model.sheets) {
      for (const { row, col, cell } of [...eachCell(sheet)])
        if (cell.formula) evalCell(sheet, row, col);
    }
    // Spills whose anchor no longer holds a formula.
    for (const [anchorKey, spill] of [...this.spills]) {
      if (!evaluated.has(anchorKey))
        this.clearSpill(anchorKey, spill.sheetId, anchorKey.split("!").pop() ?? "");
    }
    // Custom function invocations no longer in use.
    for (const [key, entry] of [...this.customEntries]) {
      if (!touched.has(key)) {
        this.cancelEntry(entry);
        this.customEntries.delete(key);
      }
    }
  }

  private store(
    sheet: SheetModel,
    row: number,
    col: number,
    cell: CellModel,
    result: Scalar | Matrix
  ): void {
    const anchor = cellAddress(row, col);
    const anchorKey = `${sheet.id}!${anchor}`;
    if (!Array.isArray(result) || (result.length === 1 && result[0].length === 1)) {
      const v = Array.isArray(result) ? result[0][0] : result;
      this.clearSpill(anchorKey, sheet.id, anchor);
      const c = toCell(v);
      cell.value = c.value;
      if (c.errorMessage) cell.errorMessage = c.errorMessage;
      else delete cell.errorMessage;
      return;
    }
    const rows = result.length;
    const cols = Math.max(...result.map((r) => r.length));
    const rect: Rect = { r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 };
    let blocked = rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS;
    for (let r = rect.r0; r <= rect.r1 && !blocked; r++) {
      for (let c = rect.c0; c <= rect.c1 && !blocked; c++) {
        if (r === row && c === col) continue;
        const other = sheet.cells[cellAddress(r, c)];
        if (
          other &&
          other.spillFrom !== anchor &&
          (other.value !== "" || other.formula !== undefined)
        )
          blocked = true;
      }
    }
    this.clearSpill(anchorKey, sheet.id, anchor);
    if (blocked) {
      cell.value = "#SPILL!";
      cell.errorMessage = "The spill range isn't blank.";
      return;
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = toCell(result[r][c] ?? new ErrorValue("#N/A"));
        if (r === 0 && c === 0) {
          cell.value = v.value;
          if (v.errorMessage) cell.errorMessage = v.errorMessage;
          else delete cell.errorMessage;
          continue;
        }
        const target = this.cellFor(sheet, row + r, col + c);
        target.value = v.value;
        target.spillFrom = anchor;
        if (v.errorMessage) target.errorMessage = v.errorMessage;
        else delete target.errorMessage;
      }
    }
    this.spills.set(anchorKey, { sheetId: sheet.id, rect });
  }

  private clearSpill(anchorKey: string, sheetId: string, anchor: string): void {
    const spill = this.spills.get(anchorKey);
    if (!spill) return;
    this.spills.delete(anchorKey);
    const sheet = this.sheetById(sheetId);
    if (!sheet) return;
    for (const { address, cell } of [...eachCell(sheet)]) {
      if (cell.spillFrom === anchor) {
        cell.value = "";
        delete cell.spillFrom;
        delete cell.errorMessage;
        if (isBlankCell(cell)) delete sheet.cells[address];
      }
    }
  }

  private env(
    sheet: SheetModel,
    row: number,
    col: number,
    touched: Set<string>,
    evalCell: (s: SheetModel, r: number, c: number) => void
  ): EvalEnv {
    const ns = `${this.options.functionNamespace.toUpperCase()}.`;
    const env: EvalEnv = {
      sheetId: (name) => (name === undefined ? sheet.id : findSheetByName(this.model, name)?.id),
      cell: (sheetId, r, c) => {
        const s = this.sheetById(sheetId);
        if (!s) return new ErrorValue("#REF!");
        const cell = s.cells[cellAddress(r, c)];
        if (cell?.formula) evalCell(s, r, c);
        else if (cell?.spillFrom) {
          const a = parseCell(cell.spillFrom);
          if (a) evalCell(s, a.row, a.col);
        }
        return fromCell(s.cells[cellAddress(r, c)]);
      },
      extent: (sheetId) => {
        const s = this.sheetById(sheetId);
        let rows = 1;
        let cols = 1;
        if (s) {
          for (const { row: r, col: c } of eachCell(s)) {
            rows = Math.max(rows, r + 1);
            cols = Math.max(cols, c + 1);
          }
        }
        return { rows, cols };
      },
      name: (name) => {
        const item = this.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        if (!item) return undefined;
        const parsed = parseAddress(item.formula.replace(/^=/, "").replace(/\$/g, ""));
        if (!parsed) return new ErrorValue(UNSUPPORTED, `Name ${name} is not a plain reference.`);
        const s = parsed.sheet ? findSheetByName(this.model, parsed.sheet) : sheet;
        return s ? { kind: "ref", sheetId: s.id, rect: parsed.rect } : new ErrorValue("#REF!");
      },
      isCustom: (name) => name.startsWith(ns),
      now: () => this.options.clock(),
      custom: (name, args, callIndex) =>
        this.callCustom(sheet, row, col, env, touched, name, args, callIndex),
    };
    return env;
  }
}
