/** Hooks shared by the views: the live snapshot, delayed busy indicators, and today's date. */
import * as React from "react";
import type { AssessmentPort } from "../excel/port";
import type { AssessmentSnapshot } from "../excel/assessmentStore";

/** The store's snapshot, re-rendering on every new one (the store re-validates when the sheet changes). */
export function useSnapshot(port: AssessmentPort): AssessmentSnapshot {
  const subscribe = React.useCallback((onChange: () => void) => port.subscribe(onChange), [port]);
  const getSnapshot = React.useCallback(() => port.getSnapshot(), [port]);
  return React.useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/** True once `active` has stayed true for `delayMs`: a spinner only for work longer than half a second. */
export function useDelayedFlag(active: boolean, delayMs = 500): boolean {
  const [shown, setShown] = React.useState(false);
  React.useEffect(() => {
    if (!active) {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [active, delayMs]);
  return shown;
}

/**
 * Runs one port operation at a time: `busy` while it runs, rejections go to `reportError` (never swallowed),
 * the result (or undefined on failure) comes back to the caller.
 */
export function useOperation(reportError: (error: unknown) => void): {
  busy: boolean;
  run: <T>(operation: () => Promise<T>) => Promise<T | undefined>;
} {
  const [busy, setBusy] = React.useState(false);
  const run = React.useCallback(
    async <T>(operation: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      try {
        return await operation();
      } catch (error) {
        reportError(error);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [reportError]
  );
  return { busy, run };
}

/** Today as YYYY-MM-DD in local time. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
