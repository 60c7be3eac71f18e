/**
 * The PDM review the add-in keeps in the SelfAssess sheet (review.state, review.reviewer, review.approvedOn,
 * review.answersHash, review.history.<n> as JSON), read from a Grid, and whether an approval still matches the
 * answers. The add-in's own reader is src/excel/reviewPlan.ts (readReviewRows), which the CLI may not import;
 * both read the same keys. TODO(lead): once the review state machine moves into core (issue 10), keep one reader.
 */
import type { Assessment } from "../assess";
import type { AnswerEntry } from "../model";
import { reviewHash } from "../reviewHash";
import { cellText, type Grid } from "../workbook/grid";
import { kvGet, kvRows } from "../workbook/keyValue";
import { SELFASSESS_SHEET } from "../workbook/persist";

export const REVIEW_STATES = [
  "draft",
  "ready-for-review",
  "changes-requested",
  "approved",
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_STATE_WORDS: Record<ReviewState, string> = {
  draft: "draft",
  "ready-for-review": "ready for review",
  "changes-requested": "changes requested",
  approved: "approved",
};

export interface ReviewEvent {
  state: ReviewState;
  by: string;
  date: string;
  note: string;
}

export interface WorkbookReview {
  state: ReviewState;
  reviewer: string | null;
  approvedOn: string | null;
  answersHash: string | null;
  history: ReviewEvent[];
}

function isState(v: string): v is ReviewState {
  return (REVIEW_STATES as readonly string[]).includes(v);
}

function parseEvent(raw: unknown): ReviewEvent | null {
  try {
    const e = JSON.parse(cellText(raw)) as Record<string, unknown>;
    const state = cellText(e.state);
    if (!isState(state)) return null;
    return { state, by: cellText(e.by), date: cellText(e.date), note: cellText(e.note) };
  } catch {
    return null;
  }
}

export function readReview(grid: Grid): WorkbookReview {
  const sheet = (Array.isArray(grid.sheets) ? grid.sheets : []).find(
    (s) => s && s.name === SELFASSESS_SHEET
  );
  const rows = sheet && Array.isArray(sheet.rows) ? kvRows(sheet.rows) : [];
  const text = (key: string) => cellText(kvGet(rows, key));
  const state = text("review.state");
  const history = rows
    .filter((r) => /^review\.history\.\d+$/.test(r[0]))
    .sort((a, b) => Number(a[0].slice(15)) - Number(b[0].slice(15)))
    .map((r) => parseEvent(r[1]))
    .filter((e): e is ReviewEvent => e !== null);
  return {
    state: isState(state) ? state : "draft",
    reviewer: text("review.reviewer") || null,
    approvedOn: text("review.approvedOn") || null,
    answersHash: text("review.answersHash") || null,
    history,
  };
}

/** The hash an approval is compared with: the same inputs as the task pane's Review view. */
export function currentAnswersHash(
  assessment: Assessment,
  entries: readonly AnswerEntry[]
): string {
  return reviewHash(
    assessment.controls.map((c) => ({ key: c.key, met: c.met })),
    entries
  );
}

/** "approved", "approved, answers changed since" (stale), or the state's words. */
export type ApprovalStatus = "approved" | "stale" | Exclude<ReviewState, "approved">;

export function approvalStatus(review: WorkbookReview, hash: string): ApprovalStatus {
  if (review.state !== "approved") return review.state;
  return review.answersHash !== null && review.answersHash !== hash ? "stale" : "approved";
}

export const APPROVAL_WORDS: Record<ApprovalStatus, string> = {
  ...REVIEW_STATE_WORDS,
  stale: "approved, answers changed since",
};
