/**
 * The review of an assessment (PDM mode) as a state machine: Draft, Ready for review, Changes requested, Approved,
 * with a history of every step. An approval records the reviewer, the date and a hash of the answers (reviewHash.ts);
 * once the answers hash differently the approval is stale and may be given again. The task pane renders this and
 * saves the result through the port; the workbook rows are in workbook/reviewPlan.ts.
 */
import type { AnswerEntry } from "./model";
import { reviewHash, type HashedControl } from "./reviewHash";

export const REVIEW_STATES = [
  "draft",
  "ready-for-review",
  "changes-requested",
  "approved",
] as const;

export type ReviewState = (typeof REVIEW_STATES)[number];

export interface ReviewEvent {
  state: ReviewState;
  by: string;
  /** YYYY-MM-DD. */
  date: string;
  note: string;
  /** On an approval given despite errors or a failing score: what it overrode, in words ("6 errors; ..."). */
  override?: string;
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

/** The states as a person reads them. */
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: "Draft",
  "ready-for-review": "Ready for review",
  "changes-requested": "Changes requested",
  approved: "Approved",
};

export function isReviewState(value: string): value is ReviewState {
  return (REVIEW_STATES as readonly string[]).includes(value);
}

export function emptyReview(): Review {
  return { state: "draft", reviewer: null, approvedOn: null, answersHash: null, history: [] };
}

/** The hash an approval records: every control's Met value and its answers. */
export function answersHashOf(
  assessment: { controls: readonly HashedControl[] },
  entries: readonly AnswerEntry[]
): string {
  return reviewHash(assessment.controls, entries);
}

/** An approval is stale when the answers now hash differently from the hash recorded when it was given. */
export function isStale(review: Review, answersHash: string | null): boolean {
  return (
    review.state === "approved" && review.answersHash !== null && review.answersHash !== answersHash
  );
}

/** Whether a step to `to` is offered: never to the state the review is in, except approving a stale approval again. */
export function canMove(review: Review, to: ReviewState, answersHash: string | null): boolean {
  if (to === "approved") return review.state !== "approved" || isStale(review, answersHash);
  return review.state !== to;
}

export interface ReviewStep {
  to: ReviewState;
  /** The reviewer's name, recorded in the history (and as the approver). */
  by: string;
  /** YYYY-MM-DD. */
  date: string;
  note: string;
  /** The answers' hash now (answersHashOf). */
  answersHash: string;
  /** Approving despite what `approvalConcerns` lists: recorded with the approval (the reviewer confirmed it). */
  override?: string;
}

/** What an approval would override: blocking errors, a failing score, controls still open; null when nothing. */
export function approvalConcerns(readiness: {
  errors: readonly unknown[];
  passes: boolean | null;
  unanswered: readonly string[];
}): string | null {
  const parts: string[] = [];
  const errors = readiness.errors.length;
  if (errors > 0) parts.push(`${errors} blocking ${errors === 1 ? "error" : "errors"}`);
  if (readiness.passes === false) parts.push("the score does not pass");
  const open = readiness.unanswered.length;
  if (open > 0) parts.push(`${open} ${open === 1 ? "control" : "controls"} unanswered`);
  return parts.length > 0 ? parts.join("; ") : null;
}

/** What the current approval overrode (from its history event), or null for a clean approval or none. */
export function approvalOverride(review: Review): string | null {
  if (review.state !== "approved") return null;
  const last = [...review.history].reverse().find((e) => e.state === "approved");
  return last?.override ?? null;
}

/**
 * The review after a step. Approving records the reviewer, the date and the answers' hash; going back to draft
 * clears the approval's date and hash; any other step away from an approval clears the whole approval.
 */
export function moveReview(review: Review, step: ReviewStep): Review {
  const by = step.by.trim();
  if (by === "") throw new Error("Enter your name to change the review state.");
  if (!canMove(review, step.to, step.answersHash))
    throw new Error(`The review is already ${REVIEW_STATE_LABELS[step.to]}.`);
  const override = step.to === "approved" ? step.override?.trim() : undefined;
  const event: ReviewEvent = {
    state: step.to,
    by,
    date: step.date,
    note: step.note.trim(),
    ...(override ? { override } : {}),
  };
  const history = [...review.history, event];
  switch (step.to) {
    case "approved":
      return {
        state: "approved",
        reviewer: by,
        approvedOn: step.date,
        answersHash: step.answersHash,
        history,
      };
    case "draft":
      return { ...review, state: "draft", approvedOn: null, answersHash: null, history };
    default: {
      const leavesApproval = review.state === "approved";
      return {
        state: step.to,
        reviewer: leavesApproval ? null : review.reviewer,
        approvedOn: leavesApproval ? null : review.approvedOn,
        answersHash: leavesApproval ? null : review.answersHash,
        history,
      };
    }
  }
}
