/**
 * Issue 14, "stamps stay true", through the port over the fake host: after finalize and approval, a changed Met?
 * cell makes the snapshot stale, the Summary's stamp and review line are rewritten once to say so, and finalizing
 * again clears the stamp's note.
 */
import { SUMMARY_SHEET, SUMMARY_STAMP_CELL } from "../../../src/core/workbook/layout";
import { columnLetters } from "../../../src/core/workbook/grid";
import { readPersisted } from "../../../src/core/workbook/persist";
import { STALE_APPROVAL_NOTE } from "../../../src/core/workbook/reviewPlan";
import { answersHashOf, isStale, type Review } from "../../../src/core/review";
import { STALE_STAMP_SUFFIX, SUMMARY_REVIEW_CELL } from "../../../src/core/workbook/stamps";
import type { AssessmentSnapshot } from "../../../src/excel/assessmentStore";
import { gridOf, scopeOf, setupPort, syncsOf, TODAY } from "./portHelpers";

const hashOf = (s: AssessmentSnapshot): string => {
  if (!s.assessment) throw new Error(s.reason ?? "no assessment");
  return answersHashOf(s.assessment, s.entries);
};

test("a Met change after finalize and approval marks both stale, rewrites the Summary once, and finalize again clears the stamp", async () => {
  const { host, port, store } = setupPort();
  await port.createAssessment(
    "msp",
    scopeOf("msp", { reseller: true, plannedSubmissionDate: "2025-09-30" })
  );
  let snapshot = await store.refresh({ rediscover: true });
  const mapping = snapshot.mapping;
  if (!mapping) throw new Error("not mapped");
  const sheet = mapping.sheets.find((s) => s.sheet === "MSP Checklist");
  if (!sheet) throw new Error("no checklist sheet");
  const keys = Object.keys(sheet.controls).filter((k) => k.startsWith("requirements/"));
  // The Met? column where the layout puts it (next to the point columns on MSP sheets).
  const metColumn = columnLetters(sheet.columns.met ?? 2);
  await port.writeAnswers(
    keys.map((key) => ({ key, caseStudy: 1, field: "met" as const, value: "Yes" }))
  );
  const seen: AssessmentSnapshot[] = [];
  const stop = port.subscribe((s) => seen.push(s));
  snapshot = await store.refresh();
  const approvedHash = hashOf(snapshot);
  const review: Review = {
    state: "approved",
    reviewer: "Ana",
    approvedOn: TODAY,
    answersHash: approvedHash,
    history: [{ state: "approved", by: "Ana", date: TODAY, note: "" }],
  };
  await port.saveReview(review);
  await port.finalize();
  snapshot = await store.whenIdle();

  // Finalize recorded the hash the pane computes; nothing is stale yet and nothing is rewritten.
  expect(readPersisted(gridOf(host))?.finalizedHash).toBe(approvedHash);
  expect(snapshot.finalized).toEqual({ at: TODAY, stale: false });
  expect(snapshot.approval?.stale).toBe(false);
  const stamp = String(host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL));
  expect(stamp).toMatch(/^Finalized 2025-06-01 .*score /);
  expect(await port.refreshStamps?.()).toEqual({});
  expect(String(host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL))).toBe(stamp);
  const approvedLine = String(host.getValue(SUMMARY_SHEET, SUMMARY_REVIEW_CELL));
  expect(approvedLine).toMatch(/^approved by Ana on 2025-06-01/);
  expect(approvedLine).not.toContain(STALE_APPROVAL_NOTE);

  // A person changes one Met? cell in the sheet.
  const row = (sheet.controls[keys[0]] ?? 0) + 1;
  await host.userEdit("MSP Checklist", `${metColumn}${row}`, "No");
  snapshot = await store.whenIdle();
  expect(snapshot.finalized).toEqual({ at: TODAY, stale: true });
  // The approval turns stale exactly when the pane's isStale does.
  expect(snapshot.approval?.stale).toBe(isStale(review, hashOf(snapshot)));
  expect(snapshot.approval?.stale).toBe(true);
  const rules = snapshot.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
  expect(rules).toContain(`finalize.stale@${SUMMARY_SHEET}!${SUMMARY_STAMP_CELL}`);
  expect(rules).toContain(`review.stale@${SUMMARY_SHEET}!${SUMMARY_REVIEW_CELL}`);

  // The port rewrote the stamp and the line by itself; asking again finds nothing to change (read only: 1 sync).
  const again = await syncsOf(host, async () => port.refreshStamps?.());
  expect(again.result).toEqual({});
  expect(again.syncs).toBe(1);
  expect(host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL)).toBe(`${stamp}${STALE_STAMP_SUFFIX}`);
  const staleLine = String(host.getValue(SUMMARY_SHEET, SUMMARY_REVIEW_CELL));
  expect(staleLine).toContain(`approved by Ana on 2025-06-01${STALE_APPROVAL_NOTE}`);

  // Another change while stale: the stamps' truth is the same, no write.
  const writesBefore = host.syncCount;
  await host.userEdit("MSP Checklist", `${metColumn}${(sheet.controls[keys[1]] ?? 0) + 1}`, "No");
  snapshot = await store.whenIdle();
  expect(snapshot.finalized?.stale).toBe(true);
  const afterEdit = host.syncCount - writesBefore;
  // The store's planned read only (one sync): no stamp read, no stamp write.
  expect(afterEdit).toBe(1);

  // "Finalize again": a fresh stamp with the live score, no stale note; the approval stays stale.
  await port.finalize();
  snapshot = await store.whenIdle();
  expect(snapshot.finalized).toEqual({ at: TODAY, stale: false });
  expect(snapshot.findings.some((f) => f.rule === "finalize.stale")).toBe(false);
  expect(snapshot.approval?.stale).toBe(true);
  const restamped = String(host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL));
  expect(restamped).toMatch(/^Finalized 2025-06-01 /);
  expect(restamped).not.toContain(STALE_STAMP_SUFFIX);
  expect(restamped).not.toBe(stamp);
  expect(readPersisted(gridOf(host))?.finalizedHash).toBe(hashOf(snapshot));
  expect(await port.refreshStamps?.()).toEqual({});
  expect(seen.length).toBeGreaterThan(0);
  stop();
});
