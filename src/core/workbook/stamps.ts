/**
 * Pure: whether the workbook's stamps still tell the truth. Finalize records the answers' hash next to its date in
 * the SelfAssess sheet (`finalized.answersHash`); an approval records its own (`review.answersHash`). Both are the
 * review's hash (`answersHashOf`, core/review.ts), so "changed since finalize" and "stale approval" mean the same
 * thing: the answers hash differently now. The pipeline exposes both (`finalized`, `approval`) with a finding each;
 * the add-in rewrites the Summary's stamp and review line from `staleStampWrites`.
 */
import type { CellValue, Finding } from "../model";
import { answersHashOf, isStale, type Review } from "../review";
import type { HashedControl } from "../reviewHash";
import type { AnswerEntry } from "../model";
import { cellText, type Grid } from "./grid";
import { kvGet, kvRows, type KvRow } from "./keyValue";
import { SUMMARY_SHEET, SUMMARY_STAMP_CELL } from "./layout";
import { SELFASSESS_SHEET } from "./persist";
import { readReviewRows, reviewLine, SUMMARY_REVIEW_LABEL_CELL } from "./reviewPlan";

/** The SelfAssess key finalize records the answers' hash under (next to `finalized`, its date). */
export const FINALIZED_HASH_KEY = "finalized.answersHash";

/** The Summary cell holding the review line (right of its label). */
export const SUMMARY_REVIEW_CELL = SUMMARY_REVIEW_LABEL_CELL.replace(/^[A-Z]+/, "B");

/** What the Summary stamp gains while the answers differ from what was finalized. */
export const STALE_STAMP_SUFFIX = " — answers changed since; finalize again";

/** The last finalize: its date and whether the answers changed since. */
export interface FinalizeStatus {
  /** YYYY-MM-DD, as recorded. */
  at: string;
  stale: boolean;
}

/** The approval, when the review is approved: who, when, and whether the answers changed since. */
export interface ApprovalStatus {
  reviewer: string | null;
  approvedOn: string | null;
  stale: boolean;
}

export interface StampStatus {
  finalized: FinalizeStatus | null;
  approval: ApprovalStatus | null;
  /** `finalize.stale` on the Summary stamp, `review.stale` on the review line (warnings). */
  findings: Finding[];
}

/**
 * The one definition of "changed since finalize": a hash was recorded and the answers now hash differently. A
 * finalize from before hashes were recorded (no hash) is never called stale: nothing says what it covered.
 */
export function changedSinceFinalize(recordedHash: string | null, answersHash: string): boolean {
  return recordedHash !== null && recordedHash !== answersHash;
}

/** The hash finalize records as `finalized.answersHash`: the review's, over the answers it finalized. */
export function finalizedHashOf(check: {
  assessment: { controls: readonly HashedControl[] };
  entries: readonly AnswerEntry[];
}): string {
  return answersHashOf(check.assessment, check.entries);
}

/** The SelfAssess sheet's key/value rows, or null without the sheet. */
export function selfAssessRows(grid: Grid): KvRow[] | null {
  const sheet = grid.sheets.find((s) => s && s.name === SELFASSESS_SHEET);
  return sheet && Array.isArray(sheet.rows) ? kvRows(sheet.rows as CellValue[][]) : null;
}

/** The stamps' truth for a workbook whose answers were just assessed (hashing only when something was recorded). */
export function stampStatus(
  rows: readonly KvRow[] | null,
  assessment: { controls: readonly HashedControl[] },
  entries: readonly AnswerEntry[],
  checklist: Finding["checklist"]
): StampStatus {
  const none: StampStatus = { finalized: null, approval: null, findings: [] };
  if (!rows) return none;
  const at = cellText(kvGet(rows, "finalized"));
  const recorded = cellText(kvGet(rows, FINALIZED_HASH_KEY)) || null;
  const review = readReviewRows(rows);
  const approved = review.state === "approved";
  if (!at && !approved) return none;
  let hash: string | null = null;
  const current = () => (hash ??= answersHashOf(assessment, entries));
  const finalized: FinalizeStatus | null = at
    ? { at, stale: recorded !== null && changedSinceFinalize(recorded, current()) }
    : null;
  const approval: ApprovalStatus | null = approved
    ? {
        reviewer: review.reviewer,
        approvedOn: review.approvedOn,
        stale: review.answersHash !== null && isStale(review, current()),
      }
    : null;
  const findings: Finding[] = [];
  if (finalized?.stale)
    findings.push({
      checklist,
      control: "",
      field: "met",
      severity: "warning",
      rule: "finalize.stale",
      message: `The answers changed after this workbook was finalized on ${finalized.at}: the Summary's stamp and score no longer match them. Finalize again before sending it.`,
      sheet: SUMMARY_SHEET,
      cell: SUMMARY_STAMP_CELL,
    });
  if (approval?.stale)
    findings.push({
      checklist,
      control: "",
      field: "met",
      severity: "warning",
      rule: "review.stale",
      message: `The approval by ${approval.reviewer ?? "the reviewer"} on ${approval.approvedOn ?? "an unknown date"} is stale: the answers changed after it was given. Ask for the review again.`,
      sheet: SUMMARY_SHEET,
      cell: SUMMARY_REVIEW_CELL,
    });
  return { finalized, approval, findings };
}

/** The stamp as finalize wrote it, without the stale note. */
export function baseStamp(text: string): string {
  return text.endsWith(STALE_STAMP_SUFFIX) ? text.slice(0, -STALE_STAMP_SUFFIX.length) : text;
}

/** The stamp the Summary should show: finalize's, with the stale note while the answers differ. */
export function stampText(current: string, stale: boolean): string {
  const base = baseStamp(current);
  return stale ? `${base}${STALE_STAMP_SUFFIX}` : base;
}

/** What the add-in should rewrite on the Summary (only cells whose text changes); empty when all is true. */
export interface StaleStampWrites {
  /** The new text of the stamp cell. */
  stamp?: string;
  /** The new review line (the cell right of the "Review" label). */
  reviewLine?: string;
}

/**
 * The Summary's owned cells as they should read now. The stamp changes only on a finalized workbook whose cell
 * holds a stamp ("Finalized …"); the review line only when the review is approved and the label is the add-in's.
 */
export function staleStampWrites(
  status: { finalized?: FinalizeStatus | null; approval?: ApprovalStatus | null },
  summary: { stamp: unknown; reviewLabel: unknown; reviewLine: unknown },
  review: Review
): StaleStampWrites {
  const writes: StaleStampWrites = {};
  const stamp = cellText(summary.stamp);
  if (status.finalized && /^Finalized\b/.test(stamp)) {
    const next = stampText(stamp, status.finalized.stale);
    if (next !== stamp) writes.stamp = next;
  }
  const label = cellText(summary.reviewLabel);
  if (status.approval && review.state === "approved" && (label === "" || label === "Review")) {
    const next = reviewLine(review, { stale: status.approval.stale });
    if (next !== cellText(summary.reviewLine)) writes.reviewLine = next;
  }
  return writes;
}
