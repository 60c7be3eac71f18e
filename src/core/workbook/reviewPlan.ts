/**
 * Pure: the review state and its history as SelfAssess rows (review.state, review.reviewer, review.approvedOn,
 * review.answersHash, review.history.<n> = one JSON event per row), the one visible Summary line that states it,
 * and a saved mapping as mapping.<n> rows (JSON, split so no cell passes Excel's 32,767 characters).
 */
import { kvDrop, kvGet, type KvRow } from "./keyValue";
import {
  approvalOverride,
  emptyReview,
  isReviewState,
  REVIEW_STATE_LABELS,
  type Review,
  type ReviewEvent,
  type ReviewState,
} from "../review";

/** The Summary row (A7:B7, empty in the layout) that states the review. */
export const SUMMARY_REVIEW_LABEL_CELL = "A7";
export const SUMMARY_REVIEW_RANGE = "A7:B7";
export const SUMMARY_REVIEW_LABEL = "Review";

function text(v: unknown): string {
  return v === undefined || v === null ? "" : String(v).trim();
}

function parseEvent(raw: unknown): ReviewEvent | null {
  try {
    const e = JSON.parse(text(raw)) as Partial<Record<keyof ReviewEvent, unknown>>;
    const state = text(e.state);
    if (!isReviewState(state)) return null;
    const override = text(e.override);
    return {
      state,
      by: text(e.by),
      date: text(e.date),
      note: text(e.note),
      ...(override ? { override } : {}),
    };
  } catch {
    return null;
  }
}

export function readReviewRows(rows: readonly KvRow[] | null): Review {
  if (!rows) return emptyReview();
  const state = text(kvGet(rows, "review.state"));
  const history = rows
    .filter((r) => /^review\.history\.\d+$/.test(r[0]))
    .sort((a, b) => Number(a[0].slice(15)) - Number(b[0].slice(15)))
    .map((r) => parseEvent(r[1]))
    .filter((e): e is ReviewEvent => e !== null);
  const orNull = (key: string) => text(kvGet(rows, key)) || null;
  return {
    state: isReviewState(state) ? state : "draft",
    reviewer: orNull("review.reviewer"),
    approvedOn: orNull("review.approvedOn"),
    answersHash: orNull("review.answersHash"),
    history,
  };
}

export function reviewRows(rows: readonly KvRow[], review: Review): KvRow[] {
  const kept = kvDrop(rows, (k) => k.startsWith("review."));
  return [
    ...kept,
    ["review.state", review.state],
    ["review.reviewer", review.reviewer ?? ""],
    ["review.approvedOn", review.approvedOn ?? ""],
    ["review.answersHash", review.answersHash ?? ""],
    ...review.history.map((e, i): KvRow => [
      `review.history.${i + 1}`,
      JSON.stringify({
        state: e.state,
        by: e.by,
        date: e.date,
        note: e.note,
        ...(e.override ? { override: e.override } : {}),
      }),
    ]),
  ];
}

const label = (state: ReviewState): string => REVIEW_STATE_LABELS[state].toLowerCase();

/** What the review line of a stale approval says right after who approved and when. */
export const STALE_APPROVAL_NOTE = " — stale: answers changed since approval";

/**
 * The visible Summary line, e.g. "approved by Ana on 2025-03-01; 3 review events, last ...". The answers hash the
 * approval covers stays in the hidden SelfAssess sheet (review.answersHash): it is for the staleness check, not for
 * people. With `stale` (core/review.ts `isStale`, as the pane decides it) an approval says it no longer covers the
 * answers.
 */
export function reviewLine(review: Review, options: { stale?: boolean } = {}): string {
  const override = approvalOverride(review);
  const staleNote = review.state === "approved" && options.stale ? STALE_APPROVAL_NOTE : "";
  const head =
    review.state === "approved"
      ? `approved by ${review.reviewer ?? "?"} on ${review.approvedOn ?? "?"}${override ? ` (overriding ${override})` : ""}${staleNote}`
      : label(review.state);
  const last = review.history[review.history.length - 1];
  if (!last) return head;
  const note = last.note ? `: ${last.note}` : "";
  return `${head}; ${review.history.length} review event${review.history.length === 1 ? "" : "s"}, last ${last.date} ${label(last.state)} by ${last.by}${note}`;
}
