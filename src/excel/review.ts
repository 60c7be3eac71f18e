/**
 * Review state and mapping in the workbook: the SelfAssess rows (core/workbook/reviewPlan.ts) and one visible line on the Summary
 * sheet. Reading costs one sync; saving two (read the rows, write them); one more when the sheet names are unknown.
 */
import { cellText } from "../core/workbook/grid";
import { SUMMARY_SHEET } from "../core/workbook/layout";
import type { Mapping } from "../core/workbook/mapping";
import { findName, readWithNames, type SheetDirectory } from "./discovery";
import type { Review } from "./port";
import { mappingRows } from "../core/workbook/savedMapping";
import {
  readReviewRows,
  reviewLine,
  reviewRows,
  SUMMARY_REVIEW_LABEL,
  SUMMARY_REVIEW_RANGE,
} from "../core/workbook/reviewPlan";
import { queueKvRead, queueKvWrite } from "./selfAssessSheet";

export async function readReviewFromWorkbook(
  context: Excel.RequestContext,
  directory: SheetDirectory
): Promise<Review> {
  const { result } = await readWithNames(context, directory, (names) =>
    queueKvRead(context, names)
  );
  return readReviewRows(result.rows);
}

export async function saveReviewToWorkbook(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  review: Review
): Promise<void> {
  const { result } = await readWithNames(context, directory, (names) => {
    const kv = queueKvRead(context, names);
    const summary = findName(names, SUMMARY_SHEET);
    const line = summary
      ? context.workbook.worksheets.getItem(summary).getRange(SUMMARY_REVIEW_RANGE)
      : null;
    line?.load("values");
    return () => ({ kv: kv(), summary, line: line ? line.values : null });
  });
  queueKvWrite(context, result.kv, reviewRows(result.kv.rows ?? [], review));
  // The Summary line is the add-in's own row (empty in the layout); a cell a person filled there is left alone.
  const label = cellText(result.line?.[0]?.[0]);
  if (result.summary && (label === "" || label === SUMMARY_REVIEW_LABEL)) {
    context.workbook.worksheets.getItem(result.summary).getRange(SUMMARY_REVIEW_RANGE).values = [
      [SUMMARY_REVIEW_LABEL, reviewLine(review)],
    ];
  }
  await context.sync();
}

export async function saveMappingToWorkbook(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  mapping: Mapping
): Promise<void> {
  const { result } = await readWithNames(context, directory, (names) =>
    queueKvRead(context, names)
  );
  queueKvWrite(context, result, mappingRows(result.rows ?? [], mapping));
  await context.sync();
}
