/**
 * The PDM review as the CLI reports it: the review the add-in keeps in the SelfAssess sheet, read from a Grid with
 * the same reader the add-in uses (workbook/reviewPlan.ts), and whether an approval still matches the answers.
 */
import type { Assessment } from "../assess";
import type { AnswerEntry } from "../model";
import {
  answersHashOf,
  isStale,
  REVIEW_STATE_LABELS,
  REVIEW_STATES,
  type Review,
  type ReviewEvent,
  type ReviewState,
} from "../review";
import type { Grid } from "../workbook/grid";
import { kvRows } from "../workbook/keyValue";
import { SELFASSESS_SHEET } from "../workbook/persist";
import { readReviewRows } from "../workbook/reviewPlan";

export { REVIEW_STATES, type ReviewEvent, type ReviewState };
export type WorkbookReview = Review;

/** The states in a sentence ("changes requested"). */
export const REVIEW_STATE_WORDS = Object.fromEntries(
  REVIEW_STATES.map((s) => [s, REVIEW_STATE_LABELS[s].toLowerCase()])
) as Record<ReviewState, string>;

export function readReview(grid: Grid): WorkbookReview {
  const sheet = (Array.isArray(grid.sheets) ? grid.sheets : []).find(
    (s) => s && s.name === SELFASSESS_SHEET
  );
  return readReviewRows(sheet && Array.isArray(sheet.rows) ? kvRows(sheet.rows) : null);
}

/** The hash an approval is compared with: the same inputs as the task pane's Review view. */
export function currentAnswersHash(
  assessment: Assessment,
  entries: readonly AnswerEntry[]
): string {
  return answersHashOf(assessment, entries);
}

/** "approved", "approved, answers changed since" (stale), or the state's words. */
export type ApprovalStatus = "approved" | "stale" | Exclude<ReviewState, "approved">;

export function approvalStatus(review: WorkbookReview, hash: string): ApprovalStatus {
  if (review.state !== "approved") return review.state;
  return isStale(review, hash) ? "stale" : "approved";
}

export const APPROVAL_WORDS: Record<ApprovalStatus, string> = {
  ...REVIEW_STATE_WORDS,
  stale: "approved, answers changed since",
};
