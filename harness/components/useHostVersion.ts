import { useCallback, useRef, useSyncExternalStore } from "react";
import type { FakeHost } from "../fake-excel";

/** Re-renders when the fake host's model changes (syncs, user edits, async recalculation). */
export function useHostVersion(host: FakeHost): number {
  const version = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) =>
      host.subscribe(() => {
        version.current += 1;
        onChange();
      }),
    [host]
  );
  return useSyncExternalStore(subscribe, () => version.current);
}
