/**
 * Which controls of the open workbook were carried from last cycle and still wait for a person to re-confirm them:
 * the pane's "Carried from <date>: re-confirm" state. Kept for the pane's session (the port has no operation that
 * writes the SelfAssess record or a status column; the CLI's carry-forward writes both).
 */
export interface CarriedMark {
  key: string;
  id: string;
  title: string;
  /** The date last cycle's answers stand for (finalized, approved, created or as-of). */
  date: string;
  file: string;
}

let marks: CarriedMark[] = [];
const listeners = new Set<() => void>();

export const carriedState = {
  get: (): readonly CarriedMark[] => marks,
  add(list: readonly CarriedMark[]): void {
    const byKey = new Map(marks.map((m) => [m.key, m]));
    for (const m of list) byKey.set(m.key, m);
    marks = [...byKey.values()];
    for (const l of [...listeners]) l();
  },
  confirm(key: string): void {
    marks = marks.filter((m) => m.key !== key);
    for (const l of [...listeners]) l();
  },
  clear(): void {
    marks = [];
    for (const l of [...listeners]) l();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
