/**
 * Pure: whether finalize may write its native formulas. A Met? cell the formulas would read differently from the
 * check (native.ts, `formula.cannot-agree`) would make the finalized workbook show a reviewer another score than the
 * one checked, so finalize refuses, naming the cells, unless the person overrides (the CLI's --force, the pane's
 * "Finalize anyway"). The one definition both front ends use; each says its own override in words.
 */
import type { Finding } from "../model";
import type { FinalizeRefusal } from "./finalizeRefusal";
import type { Grid } from "./grid";
import { CANNOT_AGREE_RULE, nativeDisagreements, type NativeContext } from "./native";

export { FinalizeRefusedError, isFinalizeRefused, type FinalizeRefusal } from "./finalizeRefusal";

export interface FinalizeGateOptions {
  /** The person chose to finalize anyway. */
  force?: boolean;
  /** See nativeDisagreements: a formula cell whose result was never saved (files only; Excel always computes). */
  uncachedFormula?: (sheet: string, address: string) => boolean;
}

/**
 * The refusal, or null when finalize may go ahead: no Met? cell disagrees (the check's own `formula.cannot-agree`
 * findings count too), or the person overrode it.
 */
export function finalizeRefusal(
  grid: Grid,
  check: Pick<NativeContext, "checklist" | "scope" | "mapping"> & { findings?: readonly Finding[] },
  options: FinalizeGateOptions = {}
): FinalizeRefusal | null {
  if (options.force) return null;
  const found = nativeDisagreements(grid, check, { uncachedFormula: options.uncachedFormula });
  const seen = new Set(found.map((f) => `${f.sheet}!${f.cell}`));
  for (const f of check.findings ?? [])
    if (f.rule === CANNOT_AGREE_RULE && !seen.has(`${f.sheet}!${f.cell}`)) found.push(f);
  if (found.length === 0) return null;
  const n = found.length;
  return {
    disagreements: found,
    summary: `The native formulas would disagree with this check on ${n} Met? cell${n === 1 ? "" : "s"}, so the finalized workbook would show another score than the one checked.`,
  };
}
