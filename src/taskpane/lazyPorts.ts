/**
 * Ports whose implementation arrives later: the task pane's initial scripts hold React, Fluent and the shell; the
 * catalog, zod, core and the Office.js adapters are one async chunk (assessmentRuntime.ts) requested at start-up.
 * Until it has loaded the assessment port reports the store's own "loading" snapshot, subscriptions and
 * operations wait for it, and a load that fails after its retries (core/lazy.ts) becomes a "failed" snapshot
 * (refresh() tries again).
 */
import type { AssessmentSnapshot, SnapshotListener } from "../excel/assessmentStore";
import type { AssessmentPort } from "../excel/port";
import { lazy } from "../core/lazy";

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

function failedSnapshot(error: unknown): AssessmentSnapshot {
  const message = error instanceof Error ? error.message : String(error);
  return { ...LOADING, state: "failed", reason: `Could not load the add-in: ${message}` };
}

export function lazyAssessmentPort(load: () => Promise<AssessmentPort>): AssessmentPort {
  let failed: AssessmentSnapshot | undefined;
  /**
   * The loaded port, set before any early listener hears of it. `port.now()` only answers once the lazy promise has
   * settled, some microtasks later: a listener told of the load (or of a snapshot the store publishes in between)
   * that reads `getSnapshot()` through it would get "loading" again, and a pane that saw no change would wait for
   * a snapshot the store has already published (the header stuck at "Reading the workbook…").
   */
  let current: AssessmentPort | undefined;
  /** Listeners subscribed before the port loaded, with their unsubscribe from the loaded port. */
  const early = new Map<SnapshotListener, (() => void) | undefined>();
  const port = lazy(
    async () => {
      try {
        const loaded = await load();
        failed = undefined;
        current = loaded;
        for (const listener of early.keys()) early.set(listener, loaded.subscribe(listener));
        // The loaded port's snapshot is a different object: let every early listener read it.
        for (const listener of early.keys()) listener(loaded.getSnapshot());
        return loaded;
      } catch (error) {
        failed = failedSnapshot(error);
        for (const listener of early.keys()) listener(failed);
        throw error;
      }
      // Once: `load` retries the chunk itself (index.tsx); a failed round ends here as a "failed" snapshot.
    },
    { attempts: 1 }
  );
  const start = (): void => void port.get().catch(() => undefined);
  const call =
    <A extends unknown[], R>(method: (p: AssessmentPort, ...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      port.get().then((p) => method(p, ...args));

  return {
    getSnapshot: () => current?.getSnapshot() ?? failed ?? LOADING,
    subscribe(listener) {
      const loaded = current;
      if (loaded) return loaded.subscribe(listener);
      early.set(listener, undefined);
      start();
      return () => {
        const unsubscribe = early.get(listener);
        early.delete(listener);
        unsubscribe?.();
      };
    },
    refresh: call((p) => p.refresh()),
    createAssessment: call((p, checklist, scope) => p.createAssessment(checklist, scope)),
    saveScope: call((p, scope) => p.saveScope(scope)),
    saveMapping: call((p, mapping) => p.saveMapping(mapping)),
    writeAnswers: call((p, writes, options) => p.writeAnswers(writes, options)),
    undoLastWrite: call((p) => p.undoLastWrite()),
    selectControl: call((p, key, caseStudy) => p.selectControl(key, caseStudy)),
    goToCell: call((p, sheet, cell) => p.goToCell(sheet, cell)),
    onControlSelected(listener) {
      const loaded = current;
      if (loaded) return loaded.onControlSelected(listener);
      let cancelled = false;
      let unsubscribe: (() => void) | undefined;
      void port.get().then(
        (p) => {
          if (!cancelled) unsubscribe = p.onControlSelected(listener);
        },
        () => undefined
      );
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
    readReview: call((p) => p.readReview()),
    saveReview: call((p, review) => p.saveReview(review)),
    finalize: call((p) => p.finalize()),
    unfinalize: call((p) => p.unfinalize()),
    markCarried: call((p, from, controls) => p.markCarried(from, controls)),
    readCarried: call((p) => p.readCarried()),
    confirmCarried: call((p, keys) => p.confirmCarried(keys)),
  };
}
