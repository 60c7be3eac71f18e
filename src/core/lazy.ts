/**
 * Import once, retry on failure: the one way the task pane and the custom functions load their async chunks.
 * A load that fails is tried again a bounded number of times (a chunk request can fail once on a flaky network);
 * when every attempt fails the caller gets the last error and the next `get()` starts again, so a later use can
 * still succeed. Dependency-free, so the pages' initial scripts can import it without pulling in core.
 */
export interface LazyOptions {
  /** Attempts per `get()` round, the first load included (at least 1). Default 3. */
  attempts?: number;
  /** Milliseconds to wait before retry n (1 = the first retry). Default 250 × n. */
  retryDelay?: (retry: number) => number;
}

export interface Lazy<T> {
  /** The loaded value; every caller shares one load. */
  get(): Promise<T>;
  /** The value once loaded, else undefined (no load is started). */
  now(): T | undefined;
}

export const DEFAULT_ATTEMPTS = 3;

const pause = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

export function lazy<T>(load: () => Promise<T>, options: LazyOptions = {}): Lazy<T> {
  const attempts = Math.max(1, Math.floor(options.attempts ?? DEFAULT_ATTEMPTS));
  const retryDelay = options.retryDelay ?? ((retry: number) => 250 * retry);
  let pending: Promise<T> | undefined;
  let loaded: { value: T } | undefined;

  const attempt = async (): Promise<T> => {
    for (let tried = 1; ; tried++) {
      try {
        return await load();
      } catch (error) {
        if (tried >= attempts) throw error;
        await pause(retryDelay(tried));
      }
    }
  };

  return {
    get() {
      pending ??= attempt().then(
        (value) => {
          loaded = { value };
          return value;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        }
      );
      return pending;
    },
    now: () => loaded?.value,
  };
}
