/**
 * The contract between the task pane and the workbook for the assessment itself. `src/excel` implements it
 * (`createAssessmentPort`), one `Excel.run` and one `context.sync()` per operation after the first discovery;
 * the task pane receives it as a prop and tests pass a fake.
 */
import type { ChecklistId } from "../checklists/schema";
import type { CarriedFrom, CarriedMarks, MarkRequest } from "../core/exchange/carryMarks";
import type { Scope } from "../core/model";
import type { Review } from "../core/review";
import type { AnswerWrite, WriteConflict } from "../core/workbook/answersPlan";
import type { Mapping } from "../core/workbook/mapping";
import type { AssessmentSnapshot, SnapshotListener } from "./assessmentStore";

// The data shapes live in core (pure): re-exported here, where the task pane and tests have always found them.
export type { Review, ReviewEvent, ReviewState } from "../core/review";
export type { FinalizeRefusal } from "../core/workbook/finalizeRefusal";
export type { AnswerField, AnswerWrite, WriteConflict } from "../core/workbook/answersPlan";
export type {
  CarriedFrom,
  CarriedMarks,
  CarryMarkRead,
  MarkRequest,
} from "../core/exchange/carryMarks";

export interface WriteResult {
  written: number;
  conflicts: WriteConflict[];
  /** Writes the mapping has no column for (e.g. evidence dates in a template without that column). */
  unmapped: AnswerWrite[];
}

export interface FinalizeResult {
  /** MSP.* formulas replaced by native formulas. */
  replaced: number;
  /** MSP.* formulas replaced by their value (no native equivalent). */
  valuesOnly: number;
}

export interface AssessmentPort {
  /** The live assessment (shared with the custom functions). */
  getSnapshot(): AssessmentSnapshot;
  subscribe(listener: SnapshotListener): () => void;
  refresh(): Promise<AssessmentSnapshot>;
  /** Adds the checklist's sheets (official layout, Summary, Evidence index) to the open workbook. */
  createAssessment(checklist: ChecklistId, scope: Scope): Promise<void>;
  /** Stores the scope in the workbook and hides or greys the rows that no longer apply, with the reason as a note. */
  saveScope(scope: Scope): Promise<void>;
  /** Stores a corrected mapping (column roles) in the workbook. */
  saveMapping(mapping: Mapping): Promise<void>;
  /** Writes answers in one sync; cells a person typed differently come back as conflicts unless `overwrite`. */
  writeAnswers(
    writes: readonly AnswerWrite[],
    options?: { overwrite?: boolean }
  ): Promise<WriteResult>;
  /** Puts back the cells the last `writeAnswers` changed. */
  undoLastWrite(): Promise<WriteResult>;
  /** Selects a control's row (its Met? cell for the case study) in the sheet. */
  selectControl(key: string, caseStudy?: number): Promise<void>;
  goToCell(sheet: string, cell: string): Promise<void>;
  /** Calls back with the control key of the row the user selects in the sheet (null outside a control row). */
  onControlSelected(listener: (key: string | null, caseStudy: number) => void): () => void;
  readReview(): Promise<Review>;
  saveReview(review: Review): Promise<void>;
  /**
   * Replaces MSP.* formulas with native ones (or values), stamps version, scope and date; reversible. Rejects with
   * a FinalizeRefusedError (core/workbook/finalizeRefusal.ts, `isFinalizeRefused`), writing nothing, when the native
   * formulas would read a Met? cell differently from the check, unless `force` (the person's "Finalize anyway").
   */
  finalize(options?: { force?: boolean }): Promise<FinalizeResult>;
  unfinalize(): Promise<{ restored: number }>;
  /**
   * Marks carried controls for re-confirmation as `selfassess carry-forward` does: "Carried from <date>: re-confirm"
   * in a "Carried forward" column beside their rows, and where they came from in the SelfAssess sheet. A cell of
   * that column a person filled is kept (listed in `kept`). Returns the marks the workbook now holds.
   */
  markCarried(from: CarriedFrom, controls: readonly MarkRequest[]): Promise<CarriedMarks>;
  /** The carry marks the workbook holds (they survive a reload). */
  readCarried(): Promise<CarriedMarks>;
  /** Empties the marks of re-confirmed controls; returns the marks left. */
  confirmCarried(keys: readonly string[]): Promise<CarriedMarks>;
  /**
   * Rewrites the Summary's stamp and review line to say when the answers changed since finalize or approval
   * (the snapshot's `finalized`/`approval`), only when their text changes. The port runs it by itself on every
   * stale snapshot while subscribed; returns what it wrote.
   */
  refreshStamps?(): Promise<{ stamp?: string; reviewLine?: string }>;
}
