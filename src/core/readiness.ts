/**
 * The one definition of "ready": every applicable, non-optional control answered and no finding of severity error
 * among ALL findings (those from reading the workbook as well as the engine's). The engine's `assess()`, the
 * pipeline, the live header, the Submit view and `=MSP.STATUS()` all take it from here, so they cannot disagree.
 */
import type { Finding } from "./model";

export interface Readiness {
  /** Every applicable, non-optional control answered and no error finding. */
  ready: boolean;
  /** IDs of applicable, non-optional controls still blank. */
  unanswered: readonly string[];
  /** The findings that block: severity error, workbook and engine alike. */
  errors: readonly Finding[];
  /** How many findings are warnings (they do not block). */
  warnings: number;
  /** Whether the score passes (MSP: the pass mark and every mandatory item); null for a checklist without a score. */
  passes: boolean | null;
  /** Ready, and not failing the score: what the Submit view's gate asks before offering to finalize. */
  submittable: boolean;
}

export interface ReadinessInput {
  unanswered: readonly string[];
  /** Every finding about the workbook: reading, scope and engine. */
  findings: readonly Finding[];
  /** The score's verdict, when the checklist is scored. */
  score?: { pass: boolean } | null;
}

export function readiness(input: ReadinessInput): Readiness {
  const errors = input.findings.filter((f) => f.severity === "error");
  const warnings = input.findings.filter((f) => f.severity === "warning").length;
  const ready = input.unanswered.length === 0 && errors.length === 0;
  const passes = input.score ? input.score.pass : null;
  return {
    ready,
    unanswered: input.unanswered,
    errors,
    warnings,
    passes,
    submittable: ready && passes !== false,
  };
}
