/**
 * The pane's write queue, without React: edits are kept as drafts (so typing never waits for Excel), merged per
 * cell and sent through `writeAnswers` after a short pause, one write after another. Cells a person typed
 * differently come back as a conflict to resolve (overwrite, or keep the sheet's values); the last write can be
 * undone. `useAnswerWriter` binds it to a view; `components/WriteNotices.tsx` renders its conflict and undo bar.
 */
import type { AnswerField, AnswerWrite, AssessmentPort, WriteConflict } from "../excel/port";

export const WRITE_DEBOUNCE_MS = 600;

export interface Draft {
  value: string;
  /** Still waiting to be written. */
  pending: boolean;
  /** The snapshot revision when the write finished: later snapshots hold the written value. */
  writtenAt: number;
}

export interface PendingConflict {
  conflicts: WriteConflict[];
  writes: AnswerWrite[];
}

export interface AnswerQueueState {
  drafts: ReadonlyMap<string, Draft>;
  /** Writes and undos under way. */
  inFlight: number;
  /** Cells the last write left alone because a person typed something else there. */
  conflict: PendingConflict | null;
  /** Writes the workbook has no column for. */
  unmapped: readonly AnswerWrite[];
  /** The last write that changed cells (what undo puts back). */
  lastWrite: readonly AnswerWrite[] | null;
}

export interface AnswerQueueOptions {
  port: Pick<AssessmentPort, "writeAnswers" | "undoLastWrite">;
  reportError: (error: unknown) => void;
  /** The snapshot revision now (a write that finishes is shown until a later revision holds it). */
  revision: () => number;
  debounceMs?: number;
}

export interface AnswerQueue {
  getState(): AnswerQueueState;
  subscribe(listener: () => void): () => void;
  /** Records an edit; written after the pause, or now with `immediate`. */
  set(key: string, caseStudy: number, field: AnswerField, value: string, immediate?: boolean): void;
  /** Sends the pending edits now; resolves when every write queued so far has finished. */
  flush(): Promise<void>;
  undo(): Promise<void>;
  /** Writes the conflicting cells anyway. */
  overwrite(): void;
  /** Leaves the conflicting cells as they are and shows the sheet's values again. */
  keep(): void;
  dismissUnmapped(): void;
}

export const draftId = (key: string, caseStudy: number, field: AnswerField): string =>
  `${key}|${caseStudy}|${field}`;

/**
 * The value to show for a cell: the draft while it is newer than the sheet, else `fromSheet`. A null `fromSheet`
 * means the snapshot does not tell (the store published no entries): the draft, once typed, stays what is shown.
 */
export function shownValue(
  draft: Draft | undefined,
  revision: number,
  fromSheet: string | null
): string {
  if (!draft) return fromSheet ?? "";
  if (
    fromSheet === null ||
    draft.pending ||
    revision <= draft.writtenAt ||
    draft.value === fromSheet
  )
    return draft.value;
  return fromSheet;
}

export function createAnswerQueue(options: AnswerQueueOptions): AnswerQueue {
  const { port, reportError, revision } = options;
  const debounceMs = options.debounceMs ?? WRITE_DEBOUNCE_MS;
  let state: AnswerQueueState = {
    drafts: new Map(),
    inFlight: 0,
    conflict: null,
    unmapped: [],
    lastWrite: null,
  };
  const listeners = new Set<() => void>();
  const pending = new Map<string, AnswerWrite>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  const update = (change: (old: AnswerQueueState) => Partial<AnswerQueueState>): void => {
    state = { ...state, ...change(state) };
    for (const listener of [...listeners]) listener();
  };

  const markWritten = (writes: readonly AnswerWrite[]): void =>
    update(({ drafts }) => {
      const next = new Map(drafts);
      for (const w of writes) {
        const k = draftId(w.key, w.caseStudy, w.field);
        const d = next.get(k);
        // A newer edit of the same cell stays pending.
        if (d && d.value === w.value && !pending.has(k))
          next.set(k, { ...d, pending: false, writtenAt: revision() });
      }
      return { drafts: next };
    });

  const dropDrafts = (writes: readonly AnswerWrite[]): void =>
    update(({ drafts }) => {
      const next = new Map(drafts);
      for (const w of writes) next.delete(draftId(w.key, w.caseStudy, w.field));
      return { drafts: next };
    });

  const busy = async (work: () => Promise<void>): Promise<void> => {
    update((s) => ({ inFlight: s.inFlight + 1 }));
    try {
      await work();
    } catch (error) {
      reportError(error);
    } finally {
      update((s) => ({ inFlight: s.inFlight - 1 }));
    }
  };

  const send = (writes: AnswerWrite[], overwrite: boolean): Promise<void> =>
    busy(async () => {
      const result = await port.writeAnswers(writes, overwrite ? { overwrite: true } : undefined);
      markWritten(writes);
      update((s) => ({
        lastWrite: result.written > 0 ? writes : s.lastWrite,
        unmapped: result.unmapped.length > 0 ? result.unmapped : s.unmapped,
        conflict:
          result.conflicts.length > 0 && !overwrite
            ? { conflicts: result.conflicts, writes }
            : s.conflict,
      }));
    });

  const enqueue = (work: () => Promise<void>): Promise<void> => {
    chain = chain.then(work);
    return chain;
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const writes = [...pending.values()];
    pending.clear();
    if (writes.length === 0) return chain;
    return enqueue(() => send(writes, false));
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(key, caseStudy, field, value, immediate = false) {
      const k = draftId(key, caseStudy, field);
      pending.set(k, { key, caseStudy, field, value });
      update(({ drafts }) => ({
        drafts: new Map(drafts).set(k, { value, pending: true, writtenAt: Infinity }),
      }));
      if (timer) clearTimeout(timer);
      timer = null;
      if (immediate) void flush();
      else timer = setTimeout(() => void flush(), debounceMs);
    },
    flush,
    undo() {
      const writes = state.lastWrite;
      return busy(async () => {
        await chain;
        await port.undoLastWrite();
        update(() => ({ lastWrite: null }));
        if (writes) dropDrafts(writes);
      });
    },
    overwrite() {
      const c = state.conflict;
      update(() => ({ conflict: null }));
      if (c) void enqueue(() => send(c.writes, true));
    },
    keep() {
      const c = state.conflict;
      update(() => ({ conflict: null }));
      // The conflicting cells keep what the person typed; the others were written: show the sheet again.
      if (c) dropDrafts(c.writes);
    },
    dismissUnmapped: () => update(() => ({ unmapped: [] })),
  };
}
