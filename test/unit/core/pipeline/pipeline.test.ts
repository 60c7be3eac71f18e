import { assess } from "../../../../src/core/assess";
import type { Finding } from "../../../../src/core/model";
import { evaluateWorkbook } from "../../../../src/core/pipeline/evaluate";
import { recognition } from "../../../../src/core/pipeline/recognition";
import { workbookScope } from "../../../../src/core/pipeline/scope";
import { readiness } from "../../../../src/core/readiness";
import { defaultScope } from "../../../../src/core/scope";
import { checkGrid } from "../../../../src/core/workbook/checkGrid";
import type { Grid } from "../../../../src/core/workbook/grid";
import { CATALOG_MINI, miniFtr, sheet } from "../workbook/fixtures";

const TODAY = "2025-06-01";

const finding = (severity: Finding["severity"], rule = "workbook.x"): Finding => ({
  checklist: "ftr",
  control: "SUP-001",
  field: "met",
  severity,
  rule,
  message: "m",
});

function ftrGrid(met: string, extra: Grid["sheets"] = []): Grid {
  return {
    sheets: [
      sheet("FTR", [
        ["Mini FTR"],
        // Title rows: recognition's structure key holds the top rows whole, answers below them are not part of it.
        ...Array.from({ length: 8 }, (_, i) => [`Instructions line ${i + 1}`]),
        ["ID", "Requirement Description", "Met?", "Partner Response"],
        ["1.1", "Be enrolled.", met, ""],
        ["SUP-001", "Business support.", met, ""],
        ["SUP-002", "Action plan.", met, ""],
        ["SUP-003", "Contacts.", met, ""],
      ]),
      ...extra,
    ],
  };
}

describe("readiness", () => {
  it("is every control answered and no error among all findings", () => {
    expect(readiness({ unanswered: [], findings: [finding("warning"), finding("info")] })).toEqual({
      ready: true,
      unanswered: [],
      errors: [],
      warnings: 1,
      passes: null,
      submittable: true,
    });
    expect(readiness({ unanswered: ["1.1"], findings: [] }).ready).toBe(false);
    const error = finding("error");
    expect(readiness({ unanswered: [], findings: [error] })).toMatchObject({
      ready: false,
      errors: [error],
    });
  });

  it("is submittable only when the score passes too", () => {
    const failing = readiness({ unanswered: [], findings: [], score: { pass: false } });
    expect(failing).toMatchObject({ ready: true, passes: false, submittable: false });
    expect(readiness({ unanswered: [], findings: [], score: { pass: true } }).submittable).toBe(
      true
    );
  });

  it("is what assess() reports for the engine's own findings", () => {
    const a = assess(miniFtr, defaultScope("ftr"), [], { today: TODAY });
    expect(a.ready).toBe(readiness({ unanswered: a.unanswered, findings: a.findings }).ready);
    expect(a.ready).toBe(false);
  });
});

describe("evaluateWorkbook", () => {
  it("is checkGrid", () => {
    expect(checkGrid).toBe(evaluateWorkbook);
  });

  it("assesses the checklist object recognition returns, never one looked up again", () => {
    const grid = ftrGrid("Yes");
    const recognised = recognition(grid, CATALOG_MINI);
    if (!recognised.ok) throw new Error(recognised.reason);
    expect(recognised.checklist).toBe(miniFtr);
    const result = evaluateWorkbook(grid, CATALOG_MINI, { today: TODAY });
    if (!result.ok) throw new Error(result.reason);
    expect(result.check.checklist).toBe(miniFtr);
    expect(result.check.readiness.ready).toBe(true);
    expect(result.check.assessment.ready).toBe(true);
  });

  it("counts a workbook-reading error against readiness though every control is answered", () => {
    const grid = ftrGrid("Yes", [sheet("Scratch", [["SUP-001"], ["SUP-002"], ["SUP-003"]])]);
    const result = evaluateWorkbook(grid, CATALOG_MINI, { today: TODAY });
    if (!result.ok) throw new Error(result.reason);
    const { check } = result;
    expect(check.assessment.unanswered).toEqual([]);
    expect(check.engineFindings.filter((f) => f.severity === "error")).toEqual([]);
    expect(check.workbookFindings).toContainEqual(
      expect.objectContaining({ rule: "workbook.header-missing", sheet: "Scratch" })
    );
    expect(check.readiness.ready).toBe(false);
    expect(check.assessment.ready).toBe(false);
    expect(check.findings).toEqual([...check.workbookFindings, ...check.engineFindings]);
    expect(check.assessment.findings).toEqual(check.findings);
  });

  it("skips recognition while the structure is unchanged, and recognises again when it changes", () => {
    const first = evaluateWorkbook(ftrGrid("No"), CATALOG_MINI, { today: TODAY });
    const again = evaluateWorkbook(ftrGrid("Yes"), CATALOG_MINI, {
      today: TODAY,
      memo: first.memo,
    });
    expect(again.memo.result).toBe(first.memo.result);
    const moved = ftrGrid("Yes");
    moved.sheets[0].rows.splice(10, 0, ["Section 1"]);
    const changed = evaluateWorkbook(moved, CATALOG_MINI, { today: TODAY, memo: again.memo });
    expect(changed.memo.result).not.toBe(first.memo.result);
    if (!changed.ok) throw new Error(changed.reason);
    expect(changed.check.readiness.ready).toBe(true);
  });
});

describe("workbookScope", () => {
  const persisted = (rows: [string, string][]): Grid => ({
    sheets: [sheet("SelfAssess", [["format", "selfassess/1"], ["checklist", "ftr"], ...rows])],
  });

  it("takes the SelfAssess sheet's scope, and reports a value it cannot read at its cell", () => {
    const read = workbookScope(persisted([["scope.saas", "FALSE"]]), miniFtr);
    expect(read).toMatchObject({ source: "workbook", findings: [] });
    expect(read.scope.saas).toBe(false);
    const hand = workbookScope(persisted([["scope.saas", "perhaps"]]), miniFtr);
    expect(hand.scope.saas).toBe(true);
    expect(hand.findings).toEqual([
      expect.objectContaining({
        rule: "workbook.scope-unreadable",
        severity: "warning",
        sheet: "SelfAssess",
        cell: "B3",
        message: expect.stringContaining('"perhaps"') as string,
      }),
    ]);
  });

  it("uses the defaults without a SelfAssess sheet, and asOf as the planned submission date", () => {
    const none = workbookScope({ sheets: [] }, miniFtr, { asOf: "2025-07-01" });
    expect(none.source).toBe("defaults");
    expect(none.scope).toEqual({ ...defaultScope("ftr"), plannedSubmissionDate: "2025-07-01" });
  });
});
