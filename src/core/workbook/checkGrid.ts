/**
 * The whole workbook check under its historical name: `checkGrid` is the assessment pipeline's entry
 * (core/pipeline/evaluate.ts). Kept so callers written against it (`selfassess check`, finalize, tests) read the
 * same `result.check.{checklist, scope, mapping, entries, assessment, findings}` as before.
 */
import {
  evaluateWorkbook,
  type EvaluateOptions,
  type Evaluation,
  type WorkbookCheck,
} from "../pipeline/evaluate";

export { placeFindings } from "../pipeline/placement";
export type { WorkbookCheck };
export type CheckOptions = EvaluateOptions;
export type CheckResult = Evaluation;

export const checkGrid = evaluateWorkbook;
