/** Timing shared by the benches that compare two operations on the same machine at the same moment. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Runs `a` and `b` `warmups` times each, then `rounds` times each, swapping which goes first every round so that
 * neither always pays for the other's garbage or enjoys its warm caches. Returns the median milliseconds of each.
 */
export async function alternate(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  rounds: number,
  warmups: number
): Promise<{ a: number; b: number }> {
  for (let i = 0; i < warmups; i++) {
    await a();
    await b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      as.push(await time(a));
      bs.push(await time(b));
    } else {
      bs.push(await time(b));
      as.push(await time(a));
    }
  }
  return { a: median(as), b: median(bs) };
}
