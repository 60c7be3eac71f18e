/**
 * The live assessment of the open workbook, shared by the custom functions and the task pane (one runtime).
 *
 * The store keeps only what needs Office: it reads the mapped sheets in ONE load and ONE `context.sync()` per
 * refresh (store/read.ts), watches worksheet changes while anyone is subscribed (store/watch.ts) and schedules
 * refreshes, debounced and coalesced (store/schedule.ts). What a read means is the pure pipeline's
 * (core/pipeline): the grid's fingerprint decides whether anything changed, `evaluateWorkbook` recognises, reads,
 * scopes, assesses, places findings and decides readiness, and `liveAssessment` shapes the snapshot. The first
 * read of a workbook discovers its sheets and costs two syncs (the sheet names, then every sheet's used range);
 * later refreshes cost one.
 *
 *   const store = getAssessmentStore();            // the runtime's shared instance
 *   const stop = store.subscribe((snapshot) => render(snapshot));
 *   render(store.getSnapshot());                   // "loading" until the first read lands
 *   ...
 *   stop();                                        // the last unsubscribe releases the event handlers
 */
import { CHECKLISTS, type Checklist, type ChecklistId } from "../checklists";
import { evaluateWorkbook } from "../core/pipeline/evaluate";
import { fingerprint as fingerprintOf, recognitionPrint } from "../core/pipeline/fingerprint";
import type { RecognitionMemo } from "../core/pipeline/recognition";
import { liveAssessment, type LiveAssessment } from "../core/pipeline/snapshot";
import type { Grid } from "../core/workbook/grid";
import type { Mapping } from "../core/workbook/mapping";
import { officeLocale } from "./locale";
import { planFrom, readAll, readPlanned, type Plan } from "./store/read";
import { createScheduler } from "./store/schedule";
import { createWatcher, relevance } from "./store/watch";

export type StoreState = "loading" | "ready" | "unmapped" | "failed";

/**
 * What the store knows about the workbook: the pipeline's LiveAssessment (core/pipeline/snapshot.ts) of the last
 * read, a new object whenever something changed (safe for useSyncExternalStore).
 */
export interface AssessmentSnapshot extends Omit<LiveAssessment, "state"> {
  /** loading: nothing read yet; ready: an assessment; unmapped: no checklist recognised; failed: the read failed. */
  state: StoreState;
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
   * Calls `listener` with every new snapshot. The first subscriber starts watching the workbook and reads it (the
   * first read, or a re-read for changes made while nobody watched); the last unsubscribe stops watching. The
   * listener is not called with the current snapshot: read `getSnapshot()`.
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
  /** The locale numeric text dates are read in (default: Office's display language). */
  locale?: () => string | null;
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
  findings: [],
  readiness: null,
  entries: [],
  revision: 0,
}) as AssessmentSnapshot;

export function createAssessmentStore(options: AssessmentStoreOptions): AssessmentStore {
  const excel = options.excel;
  const today = options.today ?? localToday;
  const locale = options.locale ?? officeLocale;
  const catalog = options.catalog ?? CHECKLISTS;

  let snapshot: AssessmentSnapshot = LOADING;
  let plan: Plan | null = null;
  let fingerprint: string | null = null;
  let memo: RecognitionMemo | null = null;
  const listeners = new Set<SnapshotListener>();
  const stats: AssessmentStoreStats = {
    refreshes: 0,
    syncs: 0,
    relevantEvents: 0,
    events: 0,
    published: 0,
  };
  const counted = () => {
    stats.syncs++;
  };

  /**
   * The pipeline over a grid (pure), remembering recognition for the next planned read. Discovery recognises afresh:
   * the memo covers the mapped sheets only, and a sheet it does not read may have changed meanwhile.
   */
  function evaluate(
    grid: Grid,
    knownChecklist: ChecklistId | null,
    discovery: boolean
  ): LiveAssessment {
    const evaluation = evaluateWorkbook(grid, catalog, {
      today: today(),
      locale: locale(),
      knownChecklist,
      memo: discovery ? null : memo,
    });
    memo = evaluation.memo;
    return liveAssessment(evaluation);
  }

  function publish(next: Omit<AssessmentSnapshot, "revision">): void {
    snapshot = Object.freeze({ ...next, revision: snapshot.revision + 1 });
    stats.published++;
    for (const listener of [...listeners]) listener(snapshot);
  }

  /** Reads the workbook: the planned cells when the plan still fits, else every sheet. */
  async function read(
    rediscover: boolean
  ): Promise<{ grid: Grid; ids: Map<string, string> | null }> {
    const known = rediscover ? null : plan;
    if (known) {
      try {
        return { grid: await excel.run((c) => readPlanned(c, known, counted)), ids: null };
      } catch (error) {
        // A mapped sheet was renamed or deleted: find the workbook's sheets again.
        if ((error as { code?: string }).code !== "ItemNotFound") throw error;
      }
    }
    return excel.run((c) => readAll(c, counted));
  }

  async function refreshNow(rediscover: boolean): Promise<AssessmentSnapshot> {
    stats.refreshes++;
    const known = plan;
    try {
      const { grid, ids } = await read(rediscover);
      const unchanged = (print: string) =>
        print === fingerprint && snapshot.state !== "loading" && snapshot.state !== "failed";
      if (ids) {
        // Discovery: the plan (which cells matter) comes from recognising the whole workbook.
        const live = evaluate(grid, null, true);
        plan = planFrom(live.mapping, ids, live.checklist?.id ?? null);
        const print = fingerprintOf(grid, plan?.sheets ?? null);
        const recognised = recognitionPrint(live);
        if (unchanged(print) && recognised === recognitionPrint(snapshot)) return snapshot;
        fingerprint = print;
        publish(live);
        return snapshot;
      }
      // A planned read: compare before evaluating, most refreshes after an edit elsewhere end here.
      const print = fingerprintOf(grid, known?.sheets ?? null);
      if (unchanged(print)) return snapshot;
      const live = evaluate(grid, known?.checklist ?? null, false);
      if (known && live.mapping) plan = replan(known, live.mapping);
      fingerprint = print;
      publish(live);
      return snapshot;
    } catch (error) {
      fingerprint = null;
      publish({
        ...snapshot,
        state: "failed",
        assessment: null,
        readiness: null,
        reason: `Could not read the workbook: ${errorMessage(error)}`,
      });
      throw error;
    }
  }

  const scheduler = createScheduler({
    debounceMs: options.debounceMs ?? 300,
    task: (rediscover) => refreshNow(rediscover || plan === null),
    current: () => snapshot,
  });

  const watcher = createWatcher({
    excel,
    isSetSupported: options.isSetSupported ?? officeSupports,
    wanted: () => listeners.size > 0,
    onChanged(args) {
      stats.events++;
      const { relevant, rediscover } = relevance(plan, args);
      if (!relevant) return;
      stats.relevantEvents++;
      scheduler.schedule(rediscover);
    },
    onError(error) {
      publish({
        ...snapshot,
        reason: `Could not watch the workbook for changes: ${errorMessage(error)}`,
      });
    },
  });

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        watcher.update();
        // Nobody watched since the last read (the pane was closed): the workbook may have changed meanwhile. A
        // planned read costs one sync and publishes only when the cells differ.
        if (!scheduler.running) scheduler.run(snapshot.state === "loading").catch(() => undefined);
      }
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) watcher.update();
      };
    },
    refresh: (refreshOptions = {}) => scheduler.run(refreshOptions.rediscover ?? false),
    whenIdle: async () => {
      await watcher.settled();
      await scheduler.idle();
      await watcher.settled();
      return snapshot;
    },
    async dispose() {
      listeners.clear();
      const stopping = scheduler.stop();
      watcher.update();
      await watcher.settled();
      await stopping;
    },
    get stats() {
      return stats;
    },
    get listenerCount() {
      return listeners.size;
    },
    get watching() {
      return watcher.watching;
    },
  };
}

/** Rows or columns may have moved: keep the sheets' ids, take the new mapping's columns. */
function replan(known: Plan, mapping: Mapping): Plan {
  const sameIds = new Map(known.sheets.map((s) => [s.name, s.id]));
  return {
    ...known,
    sheets: planFrom(mapping, sameIds, known.checklist)?.sheets ?? known.sheets,
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
