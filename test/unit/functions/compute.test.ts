import { CATALOG } from "../../../src/checklists";
import { assess, type Assessment } from "../../../src/core/assess";
import type { AnswerEntry, Finding, Met } from "../../../src/core/model";
import { resolveScope } from "../../../src/core/scope";
import {
  NO_MSP_MESSAGE,
  appliesOf,
  flatten,
  isOmitted,
  mandatoryOf,
  maxOf,
  metOf,
  parseIdArg,
  passOf,
  progressOf,
  scoreOf,
  scoreRanges,
  sectionKey,
  statusOf,
  type LiveView,
} from "../../../src/functions/compute";

const msp = CATALOG.msp;
const requirements = msp.sections
  .filter((s) => s.part === "requirements")
  .flatMap((s) => s.controls);

function entries(met: (id: string) => Met): AnswerEntry[] {
  return msp.sections.flatMap((s) =>
    s.controls.map((c) => ({
      part: s.part,
      id: c.id,
      answers: [
        { met: met(c.id), naReason: "", response: "", links: [], dates: [], reviewerComment: "" },
      ],
    }))
  );
}

function mspAssessment(
  met: (id: string) => Met,
  scope: Record<string, unknown> = { caseStudyCount: 1 }
): Assessment {
  const resolved = resolveScope("msp", scope);
  if (!resolved.ok) throw new Error(resolved.errors.join("\n"));
  return assess(msp, resolved.scope, entries(met), { today: "2025-06-01" });
}

function view(
  assessment: Assessment | null,
  workbookFindings: Finding[] = [],
  reason: string | null = null
): LiveView {
  return { assessment, reason, workbookFindings };
}

const allYes = view(mspAssessment(() => "yes"));
// Everything met except 1.1 (mandatory, -200) and 4.2.4 (+20 lost): 1000 - 200 - 20 = 780.
const twoMissing = view(
  mspAssessment((id) => (id === "1.1" ? "no" : id === "4.2.4" ? "blank" : "yes"))
);

describe("argument helpers", () => {
  it.each([
    ["4.0", "4"],
    [4, "4"],
    ["4", "4"],
    [" Section 4.0 ", "4"],
    ["10.0", "10"],
    ["Business Health", "business health"],
  ])("sectionKey(%p) = %p", (input, expected) => {
    expect(sectionKey(input)).toBe(expected);
  });

  it("treats null, undefined, '' and a blank one-cell range as omitted", () => {
    expect([null, undefined, "", [[""]], [[null]], []].map(isOmitted)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([[["4.0"]], "4.0", 0].map(isOmitted)).toEqual([false, false, false]);
  });

  it("flattens ranges row by row", () => {
    expect(
      flatten([
        ["a", "b"],
        ["c", "d"],
      ])
    ).toEqual(["a", "b", "c", "d"]);
    expect(flatten("x")).toEqual(["x"]);
  });

  it("reads IDs as text, numbers and with a part prefix", () => {
    expect(parseIdArg("1.1.")).toEqual({
      ok: true,
      value: { part: null, key: "1.1", text: "1.1." },
    });
    expect(parseIdArg(4.5)).toMatchObject({ ok: true, value: { key: "4.5" } });
    expect(parseIdArg([["p-1"]])).toMatchObject({ ok: true, value: { key: "P-1" } });
    expect(parseIdArg("prerequisites/P-2")).toMatchObject({
      ok: true,
      value: { part: "prerequisites", key: "P-2" },
    });
    expect(parseIdArg(true)).toMatchObject({ ok: false, code: "invalidValue" });
    expect(parseIdArg("")).toMatchObject({ ok: false, code: "invalidValue" });
  });
});

describe("live functions over an assessment", () => {
  it("scores the whole assessment and single sections", () => {
    expect(scoreOf(allYes)).toEqual({ ok: true, value: 1000 });
    expect(scoreOf(twoMissing)).toEqual({ ok: true, value: 780 });
    expect(scoreOf(twoMissing, "1.0")).toEqual({ ok: true, value: 40 - 200 });
    expect(scoreOf(twoMissing, 4)).toEqual({ ok: true, value: 160 - 20 });
    expect(scoreOf(twoMissing, [["4.0"]])).toEqual({ ok: true, value: 140 });
    expect(scoreOf(twoMissing, "Business Management")).toEqual({ ok: true, value: 140 });
    expect(scoreOf(twoMissing, "99.0")).toEqual({
      ok: false,
      code: "invalidValue",
      message: "Unknown section 99.0 in the MSP checklist",
    });
  });

  it("gives the maximum, overall and per section", () => {
    expect(maxOf(twoMissing)).toEqual({ ok: true, value: 1000 });
    expect(maxOf(twoMissing, "4.0")).toEqual({ ok: true, value: 160 });
    expect(maxOf(twoMissing, true)).toMatchObject({ ok: false, code: "invalidValue" });
  });

  it("passes at 900 with no mandatory item failed", () => {
    expect(passOf(allYes)).toEqual({ ok: true, value: true });
    expect(passOf(twoMissing)).toEqual({ ok: true, value: false });
    // Only optional points lost: 1000 - 20 - 20 - 40 = 920 passes.
    const optionalOnly = view(
      mspAssessment((id) => (["1.4", "1.5", "4.3.2"].includes(id) ? "no" : "yes"))
    );
    expect(scoreOf(optionalOnly)).toEqual({ ok: true, value: 920 });
    expect(passOf(optionalOnly)).toEqual({ ok: true, value: true });
    const below = view(
      mspAssessment((id) => (["1.4", "1.5", "4.3.2", "2.2"].includes(id) ? "no" : "yes"))
    );
    expect(scoreOf(below)).toEqual({ ok: true, value: 880 });
    expect(passOf(below)).toEqual({ ok: true, value: false });
  });

  it("lists failed mandatory items one per row, and one empty row when none fails", () => {
    expect(mandatoryOf(twoMissing)).toEqual({ ok: true, value: [["1.1"]] });
    expect(mandatoryOf(allYes)).toEqual({ ok: true, value: [[""]] });
    const three = view(mspAssessment((id) => (["1.2", "7.1", "9.1"].includes(id) ? "no" : "yes")));
    expect(mandatoryOf(three)).toEqual({ ok: true, value: [["1.2"], ["7.1"], ["9.1"]] });
  });

  it("answers MET and APPLIES for a control", () => {
    expect(metOf(twoMissing, "1.1")).toEqual({ ok: true, value: "No" });
    expect(metOf(twoMissing, "4.2.4")).toEqual({ ok: true, value: "" });
    expect(metOf(twoMissing, "1.2")).toEqual({ ok: true, value: "Yes" });
    expect(metOf(view(mspAssessment((id) => (id === "4.4.2" ? "na" : "yes"))), "4.4.2")).toEqual({
      ok: true,
      value: "N/A",
    });
    expect(metOf(twoMissing, "9.99")).toEqual({
      ok: false,
      code: "invalidValue",
      message: "Unknown control ID 9.99 in the MSP checklist",
    });
    expect(appliesOf(twoMissing, "4.5")).toEqual({ ok: true, value: true });
    const nonReseller = view(mspAssessment(() => "yes", { caseStudyCount: 1, reseller: false }));
    expect(appliesOf(nonReseller, "4.5")).toEqual({ ok: true, value: false });
    expect(appliesOf(nonReseller, "prerequisites/P-1")).toEqual({ ok: true, value: true });
  });

  it("rolls a per-case-study control up over the case studies in scope", () => {
    // 1.6 is answered per case study ("every"): one answer of three leaves it open.
    const a = mspAssessment(() => "yes", { caseStudyCount: 3 });
    expect(metOf(view(a), "1.6")).toEqual({ ok: true, value: "" });
    expect(scoreOf(view(a))).toEqual({ ok: true, value: 800 });
  });

  it("measures progress as answered / applicable", () => {
    expect(progressOf(allYes)).toEqual({ ok: true, value: 1 });
    const total = twoMissing.assessment?.overall.applicable ?? 0;
    expect(progressOf(twoMissing)).toEqual({ ok: true, value: (total - 1) / total });
    expect(progressOf(twoMissing, "4.0")).toEqual({ ok: true, value: 10 / 11 });
    expect(progressOf(twoMissing, "1.0")).toEqual({ ok: true, value: 1 });
    expect(progressOf(twoMissing, "P")).toEqual({ ok: true, value: 1 });
    expect(progressOf(twoMissing, "42")).toMatchObject({ ok: false, code: "invalidValue" });
  });

  it("summarises the status", () => {
    // Without evidence every Yes carries evidence findings; the status counts are about these lists alone.
    const clean = (a: Assessment | null): Assessment | null =>
      a ? { ...a, findings: [], ready: a.unanswered.length === 0 } : a;
    const blanks = view(
      clean(mspAssessment((id) => (["1.1", "1.2"].includes(id) ? "blank" : "yes")))
    );
    expect(statusOf(blanks)).toEqual({ ok: true, value: "2 unanswered" });
    const warning: Finding = {
      checklist: "msp",
      control: "1.1",
      field: "id",
      severity: "warning",
      rule: "workbook.duplicate-id",
      message: "x",
    };
    const error: Finding = { ...warning, severity: "error", rule: "workbook.met-unreadable" };
    expect(statusOf(view(clean(allYes.assessment)))).toEqual({ ok: true, value: "Ready" });
    expect(statusOf(view(clean(allYes.assessment), [warning]))).toEqual({
      ok: true,
      value: "Ready, 1 warning",
    });
    expect(statusOf(view(blanks.assessment, [error, error, error, warning, warning]))).toEqual({
      ok: true,
      value: "3 errors, 2 warnings, 2 unanswered",
    });
    // An answered N/A where the checklist does not allow it is an engine error finding.
    const na = mspAssessment((id) => (id === "1.1" ? "na" : "yes"));
    const naOnly = { ...na, findings: na.findings.filter((f) => f.control === "1.1") };
    expect(naOnly.findings.some((f) => f.severity === "error")).toBe(true);
    expect(statusOf(view(naOnly))).toMatchObject({
      ok: true,
      value: expect.stringMatching(/^1 error/),
    });
  });

  it("works for checklists without a score, and says #N/A for the MSP-only functions", () => {
    const ftr = CATALOG.ftr;
    const resolved = resolveScope("ftr", {});
    if (!resolved.ok) throw new Error("scope");
    const a = assess(ftr, resolved.scope, [], { today: "2025-06-01" });
    const v = view(a);
    const first = a.controls.find((c) => c.state === "applies");
    expect(metOf(v, first?.id ?? "")).toEqual({ ok: true, value: "" });
    expect(progressOf(v)).toEqual({ ok: true, value: 0 });
    expect(statusOf(v)).toEqual({ ok: true, value: `${a.unanswered.length} unanswered` });
    expect(scoreOf(v)).toEqual({
      ok: false,
      code: "notAvailable",
      message: `${NO_MSP_MESSAGE} (it holds the FTR checklist)`,
    });
    expect(passOf(v)).toMatchObject({ ok: false, code: "notAvailable" });
  });

  it("says #N/A with the reason when nothing is mapped", () => {
    const none = view(null, [], "no recognisable checklist");
    expect(scoreOf(none)).toEqual({
      ok: false,
      code: "notAvailable",
      message: `${NO_MSP_MESSAGE}: no recognisable checklist`,
    });
    expect(metOf(none, "1.1")).toEqual({
      ok: false,
      code: "notAvailable",
      message: "No assessment is mapped in this workbook: no recognisable checklist",
    });
    expect(scoreOf(view(null))).toEqual({
      ok: false,
      code: "notAvailable",
      message: NO_MSP_MESSAGE,
    });
  });
});

describe("scoreRanges (MSP.SCORE(met_range, id_range))", () => {
  const ids = requirements.map((c) => [c.id]);
  const yes = requirements.map(() => ["Yes"]);

  it("scores every requirement met at 1000", () => {
    expect(scoreRanges(msp, yes, ids)).toEqual({ ok: true, value: 1000 });
  });

  it("scores blanks as not met and skips rows that are not scored controls", () => {
    const withHeaders = [["1.0"], ["1.1"], ["1.4"], [""], ["P-1"], ["Total"]];
    const mets = [["Business Health"], ["Yes"], [""], ["Yes"], ["Yes"], [1000]];
    expect(scoreRanges(msp, mets, withHeaders)).toEqual({ ok: true, value: 0 + 0 });
    expect(scoreRanges(msp, [["No"], ["y"]], [["1.1"], ["1.4"]])).toEqual({
      ok: true,
      value: -200 + 20,
    });
  });

  it("grants N/A only where the checklist allows it", () => {
    expect(scoreRanges(msp, [["N/A"]], [["4.4.2"]])).toEqual({ ok: true, value: 20 });
    expect(scoreRanges(msp, [["N/A"]], [["1.1"]])).toEqual({ ok: true, value: -200 });
  });

  it("accepts ranges laid out in rows as well as columns", () => {
    expect(scoreRanges(msp, [["Yes", "No"]], [["1.4", "1.5"]])).toEqual({ ok: true, value: 20 });
  });

  it("rejects ranges of different sizes, unreadable Met values, repeats and ranges without IDs", () => {
    expect(scoreRanges(msp, [["Yes"], ["No"]], [["1.1"]])).toMatchObject({
      ok: false,
      code: "invalidValue",
    });
    expect(scoreRanges(msp, [["maybe"]], [["1.1"]])).toEqual({
      ok: false,
      code: "invalidValue",
      message: 'Met? for 1.1 is "maybe": expected Yes, No, N/A or blank',
    });
    expect(scoreRanges(msp, [["Yes"], ["Yes"]], [["1.1"], ["1.1."]])).toMatchObject({
      ok: false,
      message: "Control 1.1 appears twice in id_range",
    });
    expect(scoreRanges(msp, [["Yes"]], [["9.99"]])).toEqual({
      ok: false,
      code: "invalidValue",
      message: "id_range holds no scored MSP control ID",
    });
  });
});
