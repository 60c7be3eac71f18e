/** Pass rules follow the workbook's form: points where it has them, else every Mandatory control met. */
import { CATALOG, Checklist } from "../../../../src/checklists";
import { assess } from "../../../../src/core/assess";
import { Scope, type AnswerEntry, type Met } from "../../../../src/core/model";
import { passRule } from "../../../../src/core/scoring";
import {
  NO_POINTS_MESSAGE,
  mandatoryOf,
  passOf,
  progressOf,
  scoreOf,
  statusOf,
} from "../../../../src/functions/compute";

/** The current MSP format as a derived checklist: no points, Mandatory/Recommended from the descriptions. */
const mspNoPoints = Checklist.parse({
  ...CATALOG.msp,
  source: "workbook",
  version: "2025.1",
  scoring: null,
  sections: [
    {
      id: "BUS",
      title: "Business",
      kind: "technical",
      part: "requirements",
      controls: [
        { id: "BUS-001", title: "Plan", requirement: "Mandatory: a plan.", mandatory: true },
        { id: "BUS-002", title: "Health", requirement: "Recommended: health." },
      ],
    },
    {
      id: "SEC",
      title: "Security",
      kind: "technical",
      part: "requirements",
      controls: [
        { id: "SEC-001", title: "MFA", requirement: "Mandatory: MFA.", mandatory: true },
        {
          id: "SEC-002",
          title: "Logs",
          requirement: "Mandatory: logs.",
          mandatory: true,
          naAllowed: true,
        },
      ],
    },
  ],
  notes: [],
});

function run(checklist: Checklist, met: Record<string, Met>) {
  const entries: AnswerEntry[] = checklist.sections.flatMap((s) =>
    s.controls.map((c) => ({
      part: s.part,
      id: c.id,
      answers: [
        {
          met: met[c.id] ?? "blank",
          naReason: "",
          response: "",
          links: [],
          dates: [],
          reviewerComment: "",
        },
      ],
    }))
  );
  return assess(checklist, Scope.parse({ checklist: checklist.id }), entries, {
    today: "2025-06-01",
  });
}

describe("the mandatory pass rule", () => {
  test("the rule follows the checklist's form", () => {
    expect(passRule(CATALOG.msp)).toBe("points");
    expect(passRule(mspNoPoints)).toBe("mandatory");
  });

  test("passes when every Mandatory control is met, whatever the Recommended ones say", () => {
    const a = run(mspNoPoints, {
      "BUS-001": "yes",
      "BUS-002": "no",
      "SEC-001": "yes",
      "SEC-002": "na",
    });
    expect(a.score).toBeNull();
    expect(a.pass).toMatchObject({
      rule: "mandatory",
      pass: true,
      mandatoryFailed: [],
      mandatoryCount: 3,
    });
  });

  test("a Mandatory control not met, or blank, fails it", () => {
    const a = run(mspNoPoints, { "BUS-001": "yes", "SEC-001": "no" });
    expect(a.pass).toMatchObject({ pass: false, mandatoryFailed: ["SEC-001", "SEC-002"] });
  });

  test("a checklist that marks nothing Mandatory needs every asked control met", () => {
    const unmarked = Checklist.parse({
      ...mspNoPoints,
      sections: mspNoPoints.sections.map((s) => ({
        ...s,
        controls: s.controls.map((c) => ({ ...c, mandatory: false })),
      })),
    });
    const a = run(unmarked, {
      "BUS-001": "yes",
      "BUS-002": "no",
      "SEC-001": "yes",
      "SEC-002": "yes",
    });
    expect(a.pass).toMatchObject({ rule: "mandatory", pass: false, mandatoryFailed: ["BUS-002"] });
    expect(a.pass.explanation).toMatch(/marks no control Mandatory/);
  });

  test("with points, the score decides and the result says so", () => {
    const a = run(CATALOG.msp, {});
    expect(a.pass.rule).toBe("points");
    expect(a.pass.pass).toBe(a.score?.pass);
    expect(a.pass.mandatoryFailed).toEqual(a.score?.mandatoryFailed);
  });
});

describe("the MSP functions on a workbook without points", () => {
  const view = (met: Record<string, Met>) => ({
    assessment: run(mspNoPoints, met),
    reason: null,
    workbookFindings: [],
  });

  test("MSP.SCORE() is #N/A saying why; PASS and MANDATORY follow the mandatory rule", () => {
    const v = view({ "BUS-001": "yes", "SEC-001": "no", "SEC-002": "yes" });
    expect(scoreOf(v)).toEqual({ ok: false, code: "notAvailable", message: NO_POINTS_MESSAGE });
    expect(NO_POINTS_MESSAGE).toMatch(/no point columns/);
    expect(passOf(v)).toEqual({ ok: true, value: false });
    expect(mandatoryOf(v)).toEqual({ ok: true, value: [["SEC-001"]] });
    expect(progressOf(v)).toEqual({ ok: true, value: 0.75 });
    expect(statusOf(v)).toEqual({ ok: true, value: "1 unanswered" });
    const all = view({ "BUS-001": "yes", "BUS-002": "no", "SEC-001": "yes", "SEC-002": "yes" });
    expect(passOf(all)).toEqual({ ok: true, value: true });
    expect(mandatoryOf(all)).toEqual({ ok: true, value: [[""]] });
  });
});
