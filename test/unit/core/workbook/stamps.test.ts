/** Issue 14, "stamps stay true": finalize's recorded hash, "changed since finalize", and the approval's staleness. */
import type { CellValue } from "../../../../src/core/model";
import { evaluateWorkbook, type WorkbookCheck } from "../../../../src/core/pipeline/evaluate";
import { answersHashOf, isStale, type Review } from "../../../../src/core/review";
import type { Grid } from "../../../../src/core/workbook/grid";
import { kvFromCells } from "../../../../src/core/workbook/keyValue";
import { persistedRows, readPersisted } from "../../../../src/core/workbook/persist";
import {
  reviewLine,
  reviewRows,
  STALE_APPROVAL_NOTE,
} from "../../../../src/core/workbook/reviewPlan";
import {
  changedSinceFinalize,
  finalizedHashOf,
  STALE_STAMP_SUFFIX,
  staleStampWrites,
  stampStatus,
  stampText,
} from "../../../../src/core/workbook/stamps";
import { defaultScope } from "../../../../src/core/scope";
import { CATALOG_MINI, sheet } from "./fixtures";

const TODAY = "2025-06-01";
const HEADER = ["ID", "Requirement Description", "Met?", "Partner Response"];

function ftrSheet(met: [string, string, string, string]): CellValue[][] {
  return [
    ["Mini FTR"],
    HEADER,
    ["1.1", "Be enrolled.", met[0], "Enrolled."],
    ["SUP-001", "Business support.", met[1], "Business."],
    ["SUP-002", "Action plan.", met[2], "Plan."],
    ["SUP-003", "Contacts.", met[3], "Contacts."],
  ];
}

function evaluate(
  met: [string, string, string, string],
  selfAssess?: CellValue[][]
): WorkbookCheck {
  const grid: Grid = {
    sheets: [
      sheet("FTR", ftrSheet(met)),
      ...(selfAssess
        ? [{ ...sheet("SelfAssess", selfAssess), visibility: "veryHidden" as const }]
        : []),
    ],
  };
  const result = evaluateWorkbook(grid, CATALOG_MINI, { today: TODAY });
  if (!result.ok) throw new Error(result.reason);
  return result.check;
}

const YES: [string, string, string, string] = ["Yes", "Yes", "Yes", "Yes"];
const CHANGED: [string, string, string, string] = ["Yes", "No", "Yes", "Yes"];

/** The SelfAssess sheet as finalize leaves it for `check` (and an optional review). */
function finalizedSheet(check: WorkbookCheck, review?: Review): CellValue[][] {
  const rows = persistedRows({
    checklist: "ftr",
    checklistVersion: check.checklist.version,
    scope: defaultScope("ftr"),
    created: TODAY,
    finalized: TODAY,
    finalizedHash: finalizedHashOf(check),
  });
  return review ? reviewRows(kvFromCells(rows), review) : rows;
}

const approvedAt = (hash: string | null): Review => ({
  state: "approved",
  reviewer: "Ana",
  approvedOn: TODAY,
  answersHash: hash,
  history: [{ state: "approved", by: "Ana", date: TODAY, note: "" }],
});

test("finalize records the answers' hash the review uses, and it reads back", () => {
  const check = evaluate(YES);
  expect(finalizedHashOf(check)).toBe(answersHashOf(check.assessment, check.entries));
  expect(finalizedHashOf(check)).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  const rows = finalizedSheet(check);
  expect(readPersisted({ sheets: [sheet("SelfAssess", rows)] })?.finalizedHash).toBe(
    finalizedHashOf(check)
  );
});

test("not stale while the answers are those finalized; stale after a Met change, with a finding on the stamp", () => {
  const saved = finalizedSheet(evaluate(YES));
  const same = evaluate(YES, saved);
  expect(same.finalized).toEqual({ at: TODAY, stale: false });
  expect(same.findings.some((f) => f.rule === "finalize.stale")).toBe(false);

  const changed = evaluate(CHANGED, saved);
  expect(changed.finalized).toEqual({ at: TODAY, stale: true });
  const finding = changed.findings.find((f) => f.rule === "finalize.stale");
  expect(finding).toMatchObject({ severity: "warning", sheet: "Summary", cell: "B6" });
  expect(finding?.message).toContain(`finalized on ${TODAY}`);
  // A warning: readiness counts it but it does not block.
  expect(changed.readiness.warnings).toBe(
    changed.findings.filter((f) => f.severity === "warning").length
  );
  // Changing it back makes the stamp true again.
  expect(evaluate(YES, saved).finalized?.stale).toBe(false);
});

test("a workbook never finalized, or finalized before hashes were recorded, is not stale", () => {
  expect(evaluate(YES).finalized).toBeNull();
  const old = persistedRows({
    checklist: "ftr",
    checklistVersion: "2021_q4_v1",
    scope: defaultScope("ftr"),
    created: TODAY,
    finalized: TODAY,
  });
  expect(evaluate(CHANGED, old).finalized).toEqual({ at: TODAY, stale: false });
  expect(changedSinceFinalize(null, "fnv1a64:0000000000000000")).toBe(false);
  expect(changedSinceFinalize("fnv1a64:1", "fnv1a64:1")).toBe(false);
  expect(changedSinceFinalize("fnv1a64:1", "fnv1a64:2")).toBe(true);
});

test("a stamp recorded by the earlier (BigInt) hash still compares: not stale on the same answers, stale after a change", () => {
  // The FTR answers below, finalized and approved before the hash was rewritten with 32-bit halves, recorded this.
  const RECORDED = "fnv1a64:bf3a5cfd813bd523";
  const grid = (met: string): Grid => {
    const rows: CellValue[][] = ftrSheet(["Yes", met, "N/A", "Yes"]);
    rows[2][3] = "Enrolled ✓ 対応 😀.";
    const selfAssess = reviewRows(
      kvFromCells(
        persistedRows({
          checklist: "ftr",
          checklistVersion: "2021_q4_v1",
          scope: defaultScope("ftr"),
          created: TODAY,
          finalized: TODAY,
          finalizedHash: RECORDED,
        })
      ),
      approvedAt(RECORDED)
    );
    return {
      sheets: [
        sheet("FTR", rows),
        { ...sheet("SelfAssess", selfAssess), visibility: "veryHidden" as const },
      ],
    };
  };
  const same = evaluateWorkbook(grid("No"), CATALOG_MINI, { today: TODAY });
  if (!same.ok) throw new Error(same.reason);
  expect(finalizedHashOf(same.check)).toBe(RECORDED);
  expect(same.check.finalized).toEqual({ at: TODAY, stale: false });
  expect(same.check.approval?.stale).toBe(false);
  const changed = evaluateWorkbook(grid("Yes"), CATALOG_MINI, { today: TODAY });
  if (!changed.ok) throw new Error(changed.reason);
  expect(changed.check.finalized).toEqual({ at: TODAY, stale: true });
  expect(changed.check.approval?.stale).toBe(true);
});

test("the approval is stale exactly when the pane's isStale says so", () => {
  const base = evaluate(YES);
  const hashYes = answersHashOf(base.assessment, base.entries);
  const reviews: Review[] = [
    approvedAt(hashYes),
    approvedAt("fnv1a64:ffffffffffffffff"),
    approvedAt(null),
    { ...approvedAt(hashYes), state: "ready-for-review" },
    { ...approvedAt(hashYes), state: "changes-requested" },
  ];
  for (const review of reviews)
    for (const met of [YES, CHANGED]) {
      const check = evaluate(met, finalizedSheet(base, review));
      const paneHash = answersHashOf(check.assessment, check.entries);
      const paneStale = isStale(review, paneHash);
      expect(check.approval?.stale ?? false).toBe(paneStale);
      expect(check.findings.some((f) => f.rule === "review.stale")).toBe(paneStale);
      expect(check.approval === null).toBe(review.state !== "approved");
    }
});

test("the Summary's rewrites: stale note added once, removed when true again, nothing when already right", () => {
  const stamp = "Finalized 2025-06-01 (evidence as of 2025-06-01): FTR 2021_q4_v1; scope: defaults";
  expect(stampText(stamp, true)).toBe(`${stamp}${STALE_STAMP_SUFFIX}`);
  expect(stampText(stampText(stamp, true), true)).toBe(`${stamp}${STALE_STAMP_SUFFIX}`);
  expect(stampText(`${stamp}${STALE_STAMP_SUFFIX}`, false)).toBe(stamp);

  const review = approvedAt("fnv1a64:1111111111111111");
  const stale = {
    finalized: { at: TODAY, stale: true },
    approval: { reviewer: "Ana", approvedOn: TODAY, stale: true },
  };
  const fresh = staleStampWrites(
    stale,
    { stamp, reviewLabel: "Review", reviewLine: reviewLine(review) },
    review
  );
  expect(fresh.stamp).toBe(`${stamp}${STALE_STAMP_SUFFIX}`);
  expect(fresh.reviewLine).toContain(`approved by Ana on ${TODAY}`);
  expect(fresh.reviewLine).toContain(STALE_APPROVAL_NOTE);
  // Already rewritten: nothing to write (no write loop).
  expect(
    staleStampWrites(
      stale,
      { stamp: fresh.stamp, reviewLabel: "Review", reviewLine: fresh.reviewLine },
      review
    )
  ).toEqual({});
  // A person's own text in the stamp or the review label is left alone.
  expect(
    staleStampWrites(
      stale,
      { stamp: "sent on Monday", reviewLabel: "My notes", reviewLine: "x" },
      review
    )
  ).toEqual({});
  // True again: the notes go.
  const back = staleStampWrites(
    {
      finalized: { at: TODAY, stale: false },
      approval: { reviewer: "Ana", approvedOn: TODAY, stale: false },
    },
    { stamp: fresh.stamp, reviewLabel: "Review", reviewLine: fresh.reviewLine },
    review
  );
  expect(back).toEqual({ stamp, reviewLine: reviewLine(review) });
});

test("stampStatus hashes nothing for a workbook with neither a finalize nor an approval", () => {
  let hashed = false;
  const controls = new Proxy([], {
    get(target, prop, receiver) {
      hashed = true;
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  expect(stampStatus([["created", TODAY]], { controls }, [], "ftr")).toEqual({
    finalized: null,
    approval: null,
    findings: [],
  });
  expect(hashed).toBe(false);
});
