/**
 * When the store reads: on demand (coalesced with a read in flight: a caller during a read gets the read after it)
 * and after changes (debounced: a burst of edits costs one read).
 */

export interface Scheduler<T> {
  /** Runs the task now, or once more after the one in flight; resolves with the result that covers this call. */
  run(rediscover: boolean): Promise<T>;
  /** Runs the task after `debounceMs` of quiet. */
  schedule(rediscover: boolean): void;
  /** Resolves once nothing is scheduled or running. */
  idle(): Promise<void>;
  /** True while a read runs. */
  readonly running: boolean;
  /** Drops a scheduled run and waits for the one in flight. */
  stop(): Promise<void>;
}

export function createScheduler<T>(options: {
  debounceMs: number;
  task: (rediscover: boolean) => Promise<T>;
  /** What a caller gets when nothing is running. */
  current: () => T;
}): Scheduler<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inflight: Promise<T> | null = null;
  let again = false;
  let againRediscover = false;
  let pendingRediscover = false;
  let idleWaiters: (() => void)[] = [];

  function settleIdle(): void {
    if (timer || inflight) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  }

  function next(): Promise<T> {
    return inflight ?? Promise.resolve(options.current());
  }

  function run(rediscover: boolean): Promise<T> {
    if (inflight) {
      again = true;
      againRediscover ||= rediscover;
      return inflight.then(next, next);
    }
    const task = options.task(rediscover);
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

  return {
    run,
    schedule(rediscover) {
      pendingRediscover ||= rediscover;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const r = pendingRediscover;
        pendingRediscover = false;
        run(r).catch(() => undefined); // the failure is in the snapshot for the subscribers
      }, options.debounceMs);
    },
    async idle() {
      if (timer || inflight) await new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    get running() {
      return inflight !== null;
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (inflight) await inflight.catch(() => undefined);
      settleIdle();
    },
  };
}
