/**
 * The contract between the task pane and the workbook for the assessment itself. `src/excel` implements it
 * (`createAssessmentPort`), one `Excel.run` and one `context.sync()` per operation after the first discovery;
 * the task pane receives it as a prop and tests pass a fake.
 */
import type { ChecklistId } from "../checklists/schema";
import type { Scope } from "../core/model";
import type { Mapping } from "../core/workbook/mapping";
import type { AssessmentSnapshot, SnapshotListener } from "./assessmentStore";

export type ReviewState = "draft" | "ready-for-review" | "changes-requested" | "approved";

export interface ReviewEvent {
  state: ReviewState;
  by: string;
  /** YYYY-MM-DD. */
  date: string;
  note: string;
}

export interface Review {
  state: ReviewState;
  /** Set when approved. */
  reviewer: string | null;
  approvedOn: string | null;
  /** Hash of the answers at approval; a different hash now means the approval is stale. */
  answersHash: string | null;
  history: ReviewEvent[];
}

/** A field of one control's answer, for one case study (1 for controls answered once). */
export type AnswerField = "met" | "naReason" | "response" | "links" | "dates" | "reviewerComment";

export interface AnswerWrite {
  /** Control key, e.g. "requirements/1.1". */
  key: string;
  caseStudy: number;
  field: AnswerField;
  /** Text as it goes into the cell: "Yes", "No", "N/A", links separated by new lines, ISO dates. */
  value: string;
}

/** A non-empty cell a person typed that a write would change: not written unless the caller confirms. */
export interface WriteConflict {
  sheet: string;
  cell: string;
  current: string;
  proposed: string;
}

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
  /** Replaces MSP.* formulas with native ones (or values), stamps version, scope and date; reversible. */
  finalize(): Promise<FinalizeResult>;
  unfinalize(): Promise<{ restored: number }>;
}
