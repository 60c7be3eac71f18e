import { DEFAULT_ATTEMPTS, lazy } from "../../../src/core/lazy";

/** A load that fails `failures` times, then gives `value`; counts its calls. */
function flaky<T>(failures: number, value: T): { load: () => Promise<T>; calls: () => number } {
  let calls = 0;
  return {
    load: () => {
      calls++;
      return calls <= failures
        ? Promise.reject(new Error(`chunk failed (${calls})`))
        : Promise.resolve(value);
    },
    calls: () => calls,
  };
}

const noPause = { retryDelay: () => 0 };

describe("lazy", () => {
  it("loads once however many callers ask, and reports the value once loaded", async () => {
    const source = flaky(0, "runtime");
    const runtime = lazy(source.load, noPause);
    expect(runtime.now()).toBeUndefined();
    expect(source.calls()).toBe(0);
    const [a, b] = await Promise.all([runtime.get(), runtime.get()]);
    expect([a, b, await runtime.get()]).toEqual(["runtime", "runtime", "runtime"]);
    expect(runtime.now()).toBe("runtime");
    expect(source.calls()).toBe(1);
  });

  it("retries a failed load within the bound and succeeds", async () => {
    const source = flaky(DEFAULT_ATTEMPTS - 1, 42);
    const runtime = lazy(source.load, noPause);
    await expect(runtime.get()).resolves.toBe(42);
    expect(source.calls()).toBe(DEFAULT_ATTEMPTS);
  });

  it("gives up after the bound with the last error, and the next get starts a new round", async () => {
    const source = flaky(3, "late");
    const runtime = lazy(source.load, { attempts: 2, retryDelay: () => 0 });
    await expect(runtime.get()).rejects.toThrow("chunk failed (2)");
    expect(source.calls()).toBe(2);
    expect(runtime.now()).toBeUndefined();
    // Third call fails, fourth succeeds: a later use recovers.
    await expect(runtime.get()).resolves.toBe("late");
    expect(source.calls()).toBe(4);
  });

  it("waits the retry delay between attempts", async () => {
    jest.useFakeTimers();
    try {
      const source = flaky(1, "ok");
      const delays: number[] = [];
      const runtime = lazy(source.load, {
        retryDelay: (n) => {
          delays.push(n);
          return 1000;
        },
      });
      const result = runtime.get();
      await jest.advanceTimersByTimeAsync(999);
      expect(source.calls()).toBe(1);
      await jest.advanceTimersByTimeAsync(1);
      await expect(result).resolves.toBe("ok");
      expect(source.calls()).toBe(2);
      expect(delays).toEqual([1]);
    } finally {
      jest.useRealTimers();
    }
  });

  it("tries at least once even with a bound below one", async () => {
    const source = flaky(1, "x");
    await expect(lazy(source.load, { attempts: 0 }).get()).rejects.toThrow("chunk failed (1)");
    expect(source.calls()).toBe(1);
  });
});
