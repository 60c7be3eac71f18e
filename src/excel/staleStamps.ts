/**
 * Keeps the Summary's owned stamps true (core/workbook/stamps.ts): when the live assessment says the answers changed
 * since finalize or since the approval, the stamp cell and the review line say so. One sync reads the two cells and
 * the SelfAssess rows; a second writes, only when a text changes, so the store's refresh after it finds nothing new
 * (the Summary is not a mapped sheet) and there is no write loop.
 */
import { SUMMARY_SHEET, SUMMARY_STAMP_CELL } from "../core/workbook/layout";
import {
  readReviewRows,
  SUMMARY_REVIEW_LABEL,
  SUMMARY_REVIEW_RANGE,
} from "../core/workbook/reviewPlan";
import {
  staleStampWrites,
  type ApprovalStatus,
  type FinalizeStatus,
  type StaleStampWrites,
} from "../core/workbook/stamps";
import { cellInputForText } from "../core/text/formulaSafe";
import { findName, readWithNames, type SheetDirectory } from "./discovery";
import { queueKvRead } from "./selfAssessSheet";

export async function rewriteStaleStamps(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  status: { finalized?: FinalizeStatus | null; approval?: ApprovalStatus | null }
): Promise<StaleStampWrites> {
  const { result } = await readWithNames(context, directory, (names) => {
    const summary = findName(names, SUMMARY_SHEET);
    const kv = queueKvRead(context, names);
    const sheet = summary ? context.workbook.worksheets.getItem(summary) : null;
    const stamp = sheet?.getRange(SUMMARY_STAMP_CELL).load("values") ?? null;
    const review = sheet?.getRange(SUMMARY_REVIEW_RANGE).load("values") ?? null;
    return () => ({
      summary,
      kv: kv(),
      stamp: stamp ? stamp.values[0]?.[0] : null,
      review: review ? review.values[0] : null,
    });
  });
  if (!result.summary) return {};
  const writes = staleStampWrites(
    status,
    {
      stamp: result.stamp,
      reviewLabel: result.review?.[0] ?? null,
      reviewLine: result.review?.[1] ?? null,
    },
    readReviewRows(result.kv.rows)
  );
  if (writes.stamp === undefined && writes.reviewLine === undefined) return writes;
  const sheet = context.workbook.worksheets.getItem(result.summary);
  if (writes.stamp !== undefined)
    sheet.getRange(SUMMARY_STAMP_CELL).values = [[cellInputForText(writes.stamp)]];
  if (writes.reviewLine !== undefined)
    sheet.getRange(SUMMARY_REVIEW_RANGE).values = [
      [SUMMARY_REVIEW_LABEL, cellInputForText(writes.reviewLine)],
    ];
  await context.sync();
  return writes;
}
