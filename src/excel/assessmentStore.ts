/**
 * The live assessment of the open workbook, shared by the custom functions and the task pane (one runtime).
 *
 * The store reads the mapped sheets in ONE load and ONE `context.sync()` per refresh (the used range of each mapped
 * sheet's columns A..last mapped column, plus the hidden SelfAssess sheet), recognises and reads them through
 * src/core/workbook, runs `assess`, caches the result and tells its subscribers. While anyone is subscribed it
 * watches worksheet changes (`workbook.worksheets.onChanged`, else one handler per sheet) and refreshes, debounced
 * and coalesced: a burst of edits costs one refresh. The first read of a workbook discovers its sheets and costs
 * two syncs (the sheet names, then every sheet's used range); later refreshes cost one.
 *
 *   const store = getAssessmentStore();            // the runtime's shared instance
 *   const stop = store.subscribe((snapshot) => render(snapshot));
 *   render(store.getSnapshot());                   // "loading" until the first read lands
 *   ...
 *   stop();                                        // the last unsubscribe releases the event handlers
 */
import { CHECKLISTS, getChecklist, type Checklist, type ChecklistId } from "../checklists";
import { assess, type Assessment } from "../core/assess";
import type { AnswerEntry, CellValue, Finding, ScopeInput } from "../core/model";
import { defaultScope, resolveScope } from "../core/scope";
import {
  cellText,
  columnLetters,
  parseRange,
  type Grid,
  type GridSheet,
} from "../core/workbook/grid";
import type { Mapping } from "../core/workbook/mapping";
import { readPersisted, SELFASSESS_SHEET } from "../core/workbook/persist";
import { readAnswers } from "../core/workbook/readAnswers";
import { recognise, type RecogniseResult } from "../core/workbook/recognise";
import { effectiveMapping } from "../core/workbook/savedMapping";
import { rowsFromA1 } from "../core/workbook/keyValue";

export type StoreState = "loading" | "ready" | "unmapped" | "failed";

/** What the store knows about the workbook; a new object whenever something changed (safe for useSyncExternalStore). */
export interface AssessmentSnapshot {
  /** loading: nothing read yet; ready: an assessment; unmapped: no checklist recognised; failed: the read failed. */
  state: StoreState;
  assessment: Assessment | null;
  checklist: Checklist | null;
  mapping: Mapping | null;
  /** Why there is no assessment (unmapped or failed), in words. */
  reason: string | null;
  /** Findings from recognising and reading the workbook (unknown IDs, unreadable cells, missing controls). */
  workbookFindings: Finding[];
  /** The answers read from the sheet (every field, per case study), so the task pane shows what the sheet holds. */
  entries: readonly AnswerEntry[];
  /** Increases by one with every snapshot that differs from the previous one. */
  revision: number;
}

export type SnapshotListener = (snapshot: AssessmentSnapshot) => void;

export interface AssessmentStoreStats {
  /** Refreshes that ran (read the workbook). */
  refreshes: number;
  /** `context.sync()` calls made by refreshes (event registration not counted). */
  syncs: number;
  /** Worksheet change events received that concerned the mapped cells. */
  relevantEvents: number;
  /** Worksheet change events received in all. */
  events: number;
  /** Snapshots published to subscribers. */
  published: number;
}

export interface RefreshOptions {
  /** Re-discover the workbook's sheets (two syncs) instead of re-reading the mapped ones. */
  rediscover?: boolean;
}

export interface AssessmentStore {
  getSnapshot(): AssessmentSnapshot;
  /**
   * Calls `listener` with every new snapshot. The first subscriber starts watching the workbook (and the first read
   * when nothing has been read); the last unsubscribe stops watching. The listener is not called with the current
   * snapshot: read `getSnapshot()`.
   */
  subscribe(listener: SnapshotListener): () => void;
  /** Reads the workbook now (coalesced with a refresh in flight); rejects when the read fails. */
  refresh(options?: RefreshOptions): Promise<AssessmentSnapshot>;
  /** Resolves once no refresh is scheduled or running. */
  whenIdle(): Promise<AssessmentSnapshot>;
  /** Stops watching and drops every subscriber. */
  dispose(): Promise<void>;
  readonly stats: Readonly<AssessmentStoreStats>;
  /** Subscribers currently attached. */
  readonly listenerCount: number;
  /** True while worksheet change handlers are registered. */
  readonly watching: boolean;
}

/** The part of the `Excel` namespace the store uses (the real one, or the fake host's in tests). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Re-enters the context an event handler was registered with, which removing the handler needs. */
  run<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
}

export interface AssessmentStoreOptions {
  excel: ExcelHost;
  /** Quiet time after the last change before a refresh, in ms (default 300). */
  debounceMs?: number;
  /** Today as YYYY-MM-DD (default: the local date). */
  today?: () => string;
  /** The checklists recognition may choose from (default: the catalog). */
  catalog?: readonly Checklist[];
  /** Requirement set check (default: `Office.context.requirements.isSetSupported`, true outside Office). */
  isSetSupported?: (name: string, minVersion: string) => boolean;
}

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Where the mapped data lives, remembered between refreshes. */
interface Plan {
  /** Mapped sheets and the last column a mapping reads (0-based). */
  sheets: { name: string; id: string; lastCol: number }[];
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

function toVisibility(v: Excel.SheetVisibility | string): GridSheet["visibility"] {
  return v === "Hidden" ? "hidden" : v === "VeryHidden" ? "veryHidden" : "visible";
}

function lastMappedColumn(sheet: Mapping["sheets"][number]): number {
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

function withoutChecklist(scope: ScopeInput): Omit<ScopeInput, "checklist"> {
  const rest: Partial<ScopeInput> = { ...scope };
  delete rest.checklist;
  return rest;
}

/**
 * What recognition depends on, given the mapping it produced last time: the title rows, the header rows, the ID
 * column and which rows have a requirement text of each mapped sheet, and every cell of the other sheets read. The
 * answers are not part of it, so an edit of a Met? cell re-reads answers without recognising the workbook again.
 */
function structureKey(grid: Grid, mapping: Mapping | null): string {
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

/**
 * What a refresh compares to decide whether anything changed: the cells the plan reads (mapped sheets up to their
 * last mapped column, and the SelfAssess sheet), with trailing blanks trimmed so a discovery read and a planned read
 * of the same cells print the same.
 */
function fingerprintOf(grid: Grid, plan: Plan | null): string {
  const trim = (row: readonly CellValue[]): CellValue[] => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === "" || row[end - 1] === undefined))
      end--;
    return row.slice(0, end);
  };
  const sheets = grid.sheets
    .map((sheet) => {
      const planned = plan?.sheets.find((s) => s.name === sheet.name);
      if (plan && !planned && sheet.name !== SELFASSESS_SHEET) return null;
      const rows = sheet.rows.map((row) => trim(planned ? row.slice(0, planned.lastCol + 1) : row));
      while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
      return [sheet.name, rows];
    })
    .filter((entry) => entry !== null);
  return JSON.stringify(sheets);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const LOADING: AssessmentSnapshot = Object.freeze({
  state: "loading",
  assessment: null,
  checklist: null,
  mapping: null,
  reason: null,
  workbookFindings: [],
  entries: [],
  revision: 0,
}) as AssessmentSnapshot;

interface ChangedArgs {
  worksheetId?: string;
  address?: string;
}

export function createAssessmentStore(options: AssessmentStoreOptions): AssessmentStore {
  const excel = options.excel;
  const debounceMs = options.debounceMs ?? 300;
  const today = options.today ?? localToday;
  const catalog = options.catalog ?? CHECKLISTS;
  const isSetSupported = options.isSetSupported ?? officeSupports;

  let snapshot: AssessmentSnapshot = LOADING;
  let plan: Plan | null = null;
  let fingerprint: string | null = null;
  /** The last recognition and the structure it was made from: answers change far more often than structure. */
  let recognition: { key: string; result: RecogniseResult; mapping: Mapping | null } | null = null;
  const listeners = new Set<SnapshotListener>();
  const stats: AssessmentStoreStats = {
    refreshes: 0,
    syncs: 0,
    relevantEvents: 0,
    events: 0,
    published: 0,
  };

  // ----- reading -------------------------------------------------------------------------------------------------

  /** Discovery: every sheet's used range (two syncs: the names, then the values). */
  async function readAll(
    context: Excel.RequestContext
  ): Promise<{ grid: Grid; ids: Map<string, string> }> {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name, items/id, items/visibility");
    await context.sync();
    stats.syncs++;
    const reads: (RangeRead & { id: string })[] = sheets.items.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("values, address");
      return { name: sheet.name, id: sheet.id, visibility: toVisibility(sheet.visibility), range };
    });
    await context.sync();
    stats.syncs++;
    const ids = new Map(reads.map((r) => [r.name, r.id]));
    return { grid: { sheets: reads.map(toGridSheet) }, ids };
  }

  /** A refresh of a known workbook: the mapped sheets' columns and the SelfAssess sheet, one load, one sync. */
  async function readPlanned(context: Excel.RequestContext, known: Plan): Promise<Grid> {
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
    stats.syncs++;
    return { sheets: reads.map(toGridSheet) };
  }

  function toGridSheet(read: RangeRead): GridSheet {
    const { range } = read;
    const rows = range.isNullObject ? [] : rowsFromA1(range.address, range.values);
    return { name: read.name, rows, ...(read.visibility ? { visibility: read.visibility } : {}) };
  }

  /** Recognise, read and assess a grid: pure, no Office.js. */
  function evaluate(
    grid: Grid,
    forced: ChecklistId | null
  ): { snapshot: Omit<AssessmentSnapshot, "revision">; mapping: Mapping | null } {
    const key = `${forced ?? ""}|${structureKey(grid, recognition?.mapping ?? null)}`;
    const recognised =
      recognition && recognition.key === key
        ? recognition.result
        : recognise(grid, catalog, forced ? { checklist: forced } : {});
    recognition = {
      key: `${forced ?? ""}|${structureKey(grid, recognised.ok ? recognised.mapping : null)}`,
      result: recognised,
      mapping: recognised.ok ? recognised.mapping : null,
    };
    if (!recognised.ok) {
      return {
        snapshot: {
          state: "unmapped",
          assessment: null,
          checklist: null,
          mapping: null,
          reason: recognised.reason,
          workbookFindings: [],
          entries: [],
        },
        mapping: null,
      };
    }
    // A mapping the user corrected (column roles) wins over the recognised one while it is for the same checklist.
    const mapping = effectiveMapping(grid, recognised.mapping);
    const checklist =
      catalog.find((c) => c.id === mapping.checklist) ?? getChecklist(mapping.checklist);
    if (!checklist) {
      return {
        snapshot: {
          state: "unmapped",
          assessment: null,
          checklist: null,
          mapping,
          reason: `checklist ${mapping.checklist} is not in the catalog`,
          workbookFindings: [],
          entries: [],
        },
        mapping,
      };
    }
    const read = readAnswers(grid, mapping, checklist);
    const findings = [...recognised.findings, ...read.findings];
    const persisted = readPersisted(grid);
    // readPersisted keeps only scope fields that fit the schema, so this resolves; the default scope is the fallback.
    const resolved =
      persisted?.checklist === checklist.id
        ? resolveScope(checklist.id, withoutChecklist(persisted.scope))
        : null;
    const scope = resolved?.ok ? resolved.scope : defaultScope(checklist.id);
    const assessment = assess(checklist, scope, read.entries, {
      today: today(),
      date1904: grid.date1904 ?? false,
      pointsOverrides: read.pointOverrides,
    });
    return {
      snapshot: {
        state: "ready",
        assessment,
        checklist,
        mapping,
        reason: null,
        workbookFindings: findings,
        entries: read.entries,
      },
      mapping,
    };
  }

  function planFrom(
    mapping: Mapping | null,
    ids: Map<string, string>,
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

  function publish(next: Omit<AssessmentSnapshot, "revision">): void {
    snapshot = Object.freeze({ ...next, revision: snapshot.revision + 1 });
    stats.published++;
    for (const listener of [...listeners]) listener(snapshot);
  }

  async function doRefresh(rediscover: boolean): Promise<AssessmentSnapshot> {
    stats.refreshes++;
    try {
      const known = rediscover ? null : plan;
      let grid: Grid;
      let ids: Map<string, string> | null = null;
      if (known) {
        try {
          grid = await excel.run((context) => readPlanned(context, known));
        } catch (error) {
          // A mapped sheet was renamed or deleted: find the workbook's sheets again.
          if ((error as { code?: string }).code !== "ItemNotFound") throw error;
          const all = await excel.run(readAll);
          grid = all.grid;
          ids = all.ids;
        }
      } else {
        const all = await excel.run(readAll);
        grid = all.grid;
        ids = all.ids;
      }
      const unchanged = () =>
        print === fingerprint && snapshot.state !== "loading" && snapshot.state !== "failed";
      let print: string;
      if (ids) {
        // Discovery: the plan (which cells matter) comes from recognising the whole workbook.
        const result = evaluate(grid, null);
        const nextPlan = planFrom(result.mapping, ids, result.snapshot.checklist?.id ?? null);
        print = fingerprintOf(grid, nextPlan);
        plan = nextPlan;
        if (unchanged()) return snapshot;
        fingerprint = print;
        publish(result.snapshot);
        return snapshot;
      }
      // A planned read: compare before recognising and assessing, most refreshes after an edit elsewhere end here.
      print = fingerprintOf(grid, known);
      if (unchanged()) return snapshot;
      const result = evaluate(grid, readPersisted(grid) ? null : (known?.checklist ?? null));
      if (known && result.mapping) {
        // Rows or columns may have moved: keep the sheets' ids, take the new mapping's columns.
        const sameIds = new Map(known.sheets.map((s) => [s.name, s.id]));
        plan = {
          ...known,
          sheets: planFrom(result.mapping, sameIds, known.checklist)?.sheets ?? known.sheets,
        };
      }
      fingerprint = print;
      publish(result.snapshot);
      return snapshot;
    } catch (error) {
      fingerprint = null;
      publish({
        ...snapshot,
        state: "failed",
        assessment: null,
        reason: `Could not read the workbook: ${errorMessage(error)}`,
      });
      throw error;
    }
  }

  // ----- scheduling: debounced, coalesced ------------------------------------------------------------------------

  let timer: ReturnType<typeof setTimeout> | null = null;
  let inflight: Promise<AssessmentSnapshot> | null = null;
  let again = false;
  let againRediscover = false;
  let idleWaiters: (() => void)[] = [];

  function settleIdle(): void {
    if (timer || inflight) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  }

  function run(rediscover: boolean): Promise<AssessmentSnapshot> {
    if (inflight) {
      again = true;
      againRediscover ||= rediscover;
      return inflight.then(
        () => waitForNext(),
        () => waitForNext()
      );
    }
    const task = doRefresh(rediscover || plan === null);
    inflight = task;
    const done = () => {
      inflight = null;
      if (again) {
        const r = againRediscover;
        again = false;
        againRediscover = false;
        run(r).catch(() => undefined); // the failure is in the snapshot; scheduled refreshes have no caller
      }
      settleIdle();
    };
    task.then(done, done);
    return task;
  }

  function waitForNext(): Promise<AssessmentSnapshot> {
    return inflight ?? Promise.resolve(snapshot);
  }

  let pendingRediscover = false;

  function schedule(rediscover: boolean): void {
    pendingRediscover ||= rediscover;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const r = pendingRediscover;
      pendingRediscover = false;
      run(r).catch(() => undefined); // the failure is in the snapshot for the subscribers
    }, debounceMs);
  }

  // ----- watching ------------------------------------------------------------------------------------------------

  let handlers: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  let watchChain: Promise<void> = Promise.resolve();
  let watching = false;

  function isRelevant(args: ChangedArgs): { relevant: boolean; rediscover: boolean } {
    const known = plan;
    if (!known) return { relevant: true, rediscover: true };
    const id = args.worksheetId ?? "";
    if (!known.knownIds.has(id)) return { relevant: true, rediscover: true };
    if (id === known.selfAssessId) return { relevant: true, rediscover: false };
    const sheet = known.sheets.find((s) => s.id === id);
    if (!sheet) return { relevant: false, rediscover: false };
    const bounds = args.address ? parseRange(args.address) : null;
    return { relevant: !bounds || bounds.left <= sheet.lastCol, rediscover: false };
  }

  function onChanged(args: ChangedArgs): Promise<void> {
    stats.events++;
    const { relevant, rediscover } = isRelevant(args);
    if (relevant) {
      stats.relevantEvents++;
      schedule(rediscover);
    }
    return Promise.resolve();
  }

  async function startWatching(): Promise<void> {
    const registered = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      if (isSetSupported("ExcelApi", "1.7")) {
        const result = sheets.onChanged.add(onChanged);
        await context.sync();
        return [result];
      }
      sheets.load("items/name");
      await context.sync();
      const results = sheets.items.map((sheet) => sheet.onChanged.add(onChanged));
      await context.sync();
      return results;
    });
    handlers = registered;
    watching = true;
  }

  async function stopWatching(): Promise<void> {
    const current = handlers;
    handlers = [];
    watching = false;
    if (current.length === 0) return;
    // Office.js removes a handler in a batch over the context it was added with (all of ours share one).
    await excel.run(current[0].context, async (context) => {
      for (const h of current) h.remove();
      await context.sync();
    });
  }

  function updateWatching(): void {
    watchChain = watchChain
      .then(async () => {
        const want = listeners.size > 0;
        if (want && !watching) await startWatching();
        else if (!want && watching) await stopWatching();
      })
      .catch((error: unknown) => {
        publish({
          ...snapshot,
          reason: `Could not watch the workbook for changes: ${errorMessage(error)}`,
        });
      });
  }

  // ----- the store ---------------------------------------------------------------------------------------------

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        updateWatching();
        if (snapshot.state === "loading" && !inflight) run(true).catch(() => undefined);
      }
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) updateWatching();
      };
    },
    refresh: (refreshOptions = {}) => run(refreshOptions.rediscover ?? false),
    whenIdle: async () => {
      await watchChain;
      if (timer || inflight) await new Promise<void>((resolve) => idleWaiters.push(resolve));
      await watchChain;
      return snapshot;
    },
    async dispose() {
      listeners.clear();
      if (timer) clearTimeout(timer);
      timer = null;
      updateWatching();
      await watchChain;
      if (inflight) await inflight.catch(() => undefined);
      settleIdle();
    },
    get stats() {
      return stats;
    },
    get listenerCount() {
      return listeners.size;
    },
    get watching() {
      return watching;
    },
  };
}

/** ExcelApi 1.7 adds `worksheets.onChanged`; older hosts get one handler per sheet. */
function officeSupports(name: string, minVersion: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(name, minVersion);
}

// ----- the runtime's shared instance ------------------------------------------------------------------------------

/** Pane and functions are separate bundles in one runtime: the instance lives on globalThis under a typed key. */
const STORE_KEY = Symbol.for("self-assessment-assistant/assessment-store");

interface SharedState {
  [STORE_KEY]?: AssessmentStore;
}

function shared(): SharedState {
  return globalThis as typeof globalThis & SharedState;
}

/** The shared store, created on first use over the global `Excel` of the Office runtime. */
export function getAssessmentStore(): AssessmentStore {
  const slot = shared();
  let store = slot[STORE_KEY];
  if (!store) {
    if (typeof Excel === "undefined")
      throw new Error("Excel is not available: the add-in runs outside Office");
    store = createAssessmentStore({ excel: Excel });
    slot[STORE_KEY] = store;
  }
  return store;
}

/** Installs (or with undefined, forgets) the shared store: for tests and the harness. */
export function setAssessmentStore(store: AssessmentStore | undefined): void {
  const slot = shared();
  if (store) slot[STORE_KEY] = store;
  else delete slot[STORE_KEY];
}
