/**
 * Stamps stay true when the workbook changed while no pane listened: on open, the stale state is derived from the
 * workbook (the answers' hash against the one finalize and the approval recorded), shown in the snapshot, and the
 * Summary's stamp and review line are rewritten to say so, whether the store lived on in the runtime (pane closed
 * and reopened) or the workbook was opened again and the custom functions read it before the pane.
 */
import { createFakeHost } from "../../../harness/fake-excel";
import { CATALOG } from "../../../src/checklists";
import { answersHashOf, type Review } from "../../../src/core/review";
import { columnLetters } from "../../../src/core/workbook/grid";
import { SUMMARY_SHEET, SUMMARY_STAMP_CELL } from "../../../src/core/workbook/layout";
import { STALE_APPROVAL_NOTE } from "../../../src/core/workbook/reviewPlan";
import { STALE_STAMP_SUFFIX, SUMMARY_REVIEW_CELL } from "../../../src/core/workbook/stamps";
import { createAssessmentPort } from "../../../src/excel/assessmentPort";
import { createAssessmentStore, type AssessmentSnapshot } from "../../../src/excel/assessmentStore";
import { scopeOf, setupPort, TODAY, type PortSetup } from "./portHelpers";

/** A finalized and approved MSP workbook, the pane subscribed; returns the Met? cell to change and the stamp. */
async function finalizedAndApproved(setup: PortSetup) {
  const { port, store } = setup;
  await port.createAssessment("msp", scopeOf("msp", { plannedSubmissionDate: "2025-09-30" }));
  let snapshot = await store.refresh({ rediscover: true });
  const sheet = snapshot.mapping?.sheets.find((s) => s.sheet === "MSP Checklist");
  if (!sheet || sheet.columns.met === null) throw new Error("no Met? column");
  const keys = Object.keys(sheet.controls).filter((k) => k.startsWith("requirements/"));
  await port.writeAnswers(keys.map((key) => ({ key, caseStudy: 1, field: "met", value: "Yes" })));
  const stop = port.subscribe(() => undefined);
  snapshot = await store.refresh();
  if (!snapshot.assessment) throw new Error("no assessment");
  const review: Review = {
    state: "approved",
    reviewer: "Ana",
    approvedOn: TODAY,
    answersHash: answersHashOf(snapshot.assessment, snapshot.entries),
    history: [{ state: "approved", by: "Ana", date: TODAY, note: "" }],
  };
  await port.saveReview(review);
  await port.finalize();
  snapshot = await store.whenIdle();
  expect(snapshot.finalized).toEqual({ at: TODAY, stale: false });
  expect(await port.refreshStamps?.()).toEqual({});
  return {
    stop,
    cell: `${columnLetters(sheet.columns.met)}${(sheet.controls[keys[0]] ?? 0) + 1}`,
    stamp: String(setup.host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL)),
  };
}

function expectStaleShown(
  setup: Pick<PortSetup, "host">,
  snapshot: AssessmentSnapshot,
  stamp: string
): void {
  expect(snapshot.finalized).toEqual({ at: TODAY, stale: true });
  expect(snapshot.approval?.stale).toBe(true);
  expect(snapshot.findings.map((f) => f.rule)).toEqual(
    expect.arrayContaining(["finalize.stale", "review.stale"])
  );
  expect(setup.host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL)).toBe(
    `${stamp}${STALE_STAMP_SUFFIX}`
  );
  expect(String(setup.host.getValue(SUMMARY_SHEET, SUMMARY_REVIEW_CELL))).toContain(
    `approved by Ana on ${TODAY}${STALE_APPROVAL_NOTE}`
  );
}

test("pane closed, a Met? cell changed, pane reopened: the snapshot and the Summary say changed since finalize", async () => {
  const setup = setupPort();
  const { host, port, store } = setup;
  const { stop, cell, stamp } = await finalizedAndApproved(setup);
  stop(); // the pane closes; the runtime (and the store) lives on for the custom functions
  await store.whenIdle();
  expect(store.watching).toBe(false);
  await host.userEdit("MSP Checklist", cell, "No");
  await store.whenIdle();

  const seen: AssessmentSnapshot[] = [];
  const again = port.subscribe((s) => seen.push(s));
  const snapshot = await store.whenIdle();
  // What the pane renders (the subscription's snapshots, else getSnapshot()) is stale, without a refresh asked for.
  expect((seen.at(-1) ?? port.getSnapshot()).finalized?.stale).toBe(true);
  // The port rewrote the Summary by itself on open: asking again finds nothing to change.
  expect(await port.refreshStamps?.()).toEqual({});
  expectStaleShown(setup, snapshot, stamp);
  again();
});

test("workbook reopened, the custom functions read it before the pane: the pane's open rewrites the Summary", async () => {
  const setup = setupPort();
  const { stop, cell, stamp } = await finalizedAndApproved(setup);
  stop();
  await setup.store.dispose();
  // Changed elsewhere (another copy of Excel, or the add-in not loaded), then opened again.
  await setup.host.userEdit("MSP Checklist", cell, "No");
  const reopened = createFakeHost(setup.host.model);
  const catalog = Object.values(CATALOG);
  const store = createAssessmentStore({
    excel: reopened.Excel,
    catalog,
    today: () => TODAY,
    debounceMs: 5,
  });
  expect((await store.refresh()).finalized?.stale).toBe(true); // MSP.SCORE() on the Summary, before the pane
  const port = createAssessmentPort(reopened.Excel, store, { catalog, today: () => TODAY });
  const stopPane = port.subscribe(() => undefined);
  const snapshot = await store.whenIdle();
  expect(await port.refreshStamps?.()).toEqual({});
  expectStaleShown({ host: reopened.host }, snapshot, stamp);
  stopPane();
  await store.dispose();
});
