/**
 * The sheet names an operation needs before it can queue its reads (Office.js cannot read a sheet it has not named,
 * and the fake host, like Excel, rejects the batch when a named sheet is missing). The port remembers the names:
 * an operation queues its reads with the remembered names and reloads the names in the same sync; only when they
 * changed (or were never known) does it cost one more sync.
 */
export interface SheetDirectory {
  names: string[] | null;
}

export function createDirectory(): SheetDirectory {
  return { names: null };
}

/** Case-insensitive lookup of a sheet name in a list; the name as the workbook spells it, or null. */
export function findName(names: readonly string[], name: string): string | null {
  const lower = name.toLowerCase();
  return names.find((n) => n.toLowerCase() === lower) ?? null;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function isItemNotFound(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === "ItemNotFound"
  );
}

async function discover(
  context: Excel.RequestContext,
  directory: SheetDirectory
): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  directory.names = worksheets.items.map((s) => s.name);
  return directory.names;
}

type Attempt<R> = { ok: true; result: R } | { ok: false };

/** One sync: the read with `names`, and the names again to check they still hold. */
async function attempt<R>(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  names: string[],
  read: (names: readonly string[]) => () => R
): Promise<Attempt<R>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const collect = read(names);
  try {
    await context.sync();
  } catch (error) {
    // A remembered sheet was deleted or renamed: the names must be learnt again.
    if (!isItemNotFound(error)) throw error;
    directory.names = null;
    return { ok: false };
  }
  const fresh = worksheets.items.map((s) => s.name);
  if (same(fresh, names)) return { ok: true, result: collect() };
  directory.names = fresh;
  return { ok: false };
}

/**
 * Queues `read` with the known sheet names and syncs once; when the names were unknown or changed since, one more
 * sync learns them first (at most two retries, never a loop of syncs). `read` queues loads and returns a function
 * that collects the loaded data after the sync.
 */
export async function readWithNames<R>(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  read: (names: readonly string[]) => () => R
): Promise<{ result: R; names: readonly string[] }> {
  const names = directory.names ?? (await discover(context, directory));
  const first = await attempt(context, directory, names, read);
  if (first.ok) return { result: first.result, names };
  const again = directory.names ?? (await discover(context, directory));
  const second = await attempt(context, directory, again, read);
  if (second.ok) return { result: second.result, names: again };
  throw new Error("The workbook's sheets kept changing while the add-in read them; try again.");
}
