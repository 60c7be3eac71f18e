/**
 * A finalize that was refused, as data and as the error the front ends throw: the Met? cells the native formulas
 * would read differently from the check (core/workbook/finalizeGate.ts decides). No other import, so a view can
 * recognise the refusal without loading the formula translator.
 */
import type { Finding } from "../model";

export interface FinalizeRefusal {
  /** The cells at fault, as error findings naming control, sheet and cell. */
  disagreements: Finding[];
  /** One sentence for people: how many Met? cells, and why it matters. */
  summary: string;
}

/** Thrown by a finalize the gate refused; `override` says how to finalize anyway in the front end's words. */
export class FinalizeRefusedError extends Error {
  override name = "FinalizeRefusedError";
  constructor(
    readonly refusal: FinalizeRefusal,
    override: string
  ) {
    super(
      `${refusal.summary} Fix ${refusal.disagreements.length === 1 ? "it" : "them"}, or ${override}.`
    );
  }
}

/** Whether an error is a refusal (by shape: the pane's views and the add-in may be separate bundles). */
export function isFinalizeRefused(error: unknown): error is FinalizeRefusedError {
  return (
    error instanceof Error &&
    error.name === "FinalizeRefusedError" &&
    Array.isArray((error as Partial<FinalizeRefusedError>).refusal?.disagreements)
  );
}
