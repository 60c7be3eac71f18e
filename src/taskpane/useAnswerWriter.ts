/**
 * Binds the write queue (answerQueue.ts) to a view: one queue per port, flushed when the view goes away, and the
 * queue's state as React state. Render `<WriteNotices writer={writer} />` once in the view for the conflict Dialog,
 * the undo bar and notices about unmapped fields.
 */
import * as React from "react";
import type { AnswerField, AssessmentPort } from "../excel/port";
import {
  createAnswerQueue,
  draftId,
  shownValue,
  type AnswerQueue,
  type AnswerQueueState,
} from "./answerQueue";

export { WRITE_DEBOUNCE_MS } from "./answerQueue";

export interface AnswerWriter {
  /**
   * The value to show: the draft while it is newer than the sheet, else `fromSheet`. A null `fromSheet` means the
   * snapshot does not tell (the store published no entries): the draft, once typed, stays what is shown.
   */
  value(key: string, caseStudy: number, field: AnswerField, fromSheet: string | null): string;
  /** Records an edit; written after a pause, or now with `immediate`. */
  set(key: string, caseStudy: number, field: AnswerField, value: string, immediate?: boolean): void;
  flush(): Promise<void>;
  saving: boolean;
  canUndo: boolean;
  undo(): Promise<void>;
  /** The queue and its state, for WriteNotices. */
  queue: AnswerQueue;
  state: AnswerQueueState;
}

export function useAnswerWriter(
  port: AssessmentPort,
  revision: number,
  reportError: (error: unknown) => void
): AnswerWriter {
  const revisionRef = React.useRef(revision);
  revisionRef.current = revision;
  const reportRef = React.useRef(reportError);
  reportRef.current = reportError;
  const queue = React.useMemo(
    () =>
      createAnswerQueue({
        port,
        reportError: (error) => reportRef.current(error),
        revision: () => revisionRef.current,
      }),
    [port]
  );
  React.useEffect(() => () => void queue.flush(), [queue]);
  const state = React.useSyncExternalStore(queue.subscribe, queue.getState);

  const value = React.useCallback(
    (key: string, caseStudy: number, field: AnswerField, fromSheet: string | null): string =>
      shownValue(state.drafts.get(draftId(key, caseStudy, field)), revision, fromSheet),
    [state.drafts, revision]
  );

  return {
    value,
    set: queue.set,
    flush: queue.flush,
    saving: state.inFlight > 0,
    canUndo: state.lastWrite !== null,
    undo: queue.undo,
    queue,
    state,
  };
}
