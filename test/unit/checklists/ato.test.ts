import { ato } from "../../../src/checklists/ato";
import {
  Checklist,
  type Control,
  type DateRule,
  type DeliveryCategory,
} from "../../../src/checklists/schema";

const parsed = Checklist.safeParse(ato);
if (!parsed.success) {
  throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
}
const checklist = parsed.data;

const MT: DeliveryCategory = "multi-tenant-saas";
const ST: DeliveryCategory = "single-tenant-saas";
const MS: DeliveryCategory = "managed-service";
const CD: DeliveryCategory = "customer-deployed";
const ALL = [MT, ST, MS, CD];
const NOT_CD = [MT, ST, MS];

function control(part: "prerequisites" | "requirements", id: string): Control {
  const found = checklist.sections
    .filter((s) => s.part === part)
    .flatMap((s) => s.controls.filter((c) => c.id === id));
  if (found.length !== 1) throw new Error(`expected one ${part}/${id}, found ${found.length}`);
  return found[0]!;
}

describe("ATO on AWS checklist data", () => {
  it("passes the schema", () => {
    expect(parsed.success).toBe(true);
  });

  it("carries the checklist-level facts", () => {
    expect(checklist.id).toBe("ato");
    expect(checklist.version).toBe("1.0");
    expect(checklist.published).toBe("2019-06");
    expect(checklist.validity).toBeNull();
    expect(checklist.scoring).toBeNull();
    expect(checklist.scopeQuestions).toEqual([
      "deliveryCategory",
      "plannedSubmissionDate",
      "caseStudyCount",
    ]);
    expect(checklist.caseStudies).toMatchObject({ count: 2, publicCount: 1 });
    expect(checklist.submission).toEqual(
      expect.objectContaining({
        method: "email",
        email: "ATOonAWS@amazon.com",
        subject:
          "[APN Partner Name], ATO on AWS Program Technology Partner Completed Self-Assessment",
      })
    );
  });

  it("pins control counts per section and overall", () => {
    const counts = Object.fromEntries(checklist.sections.map((s) => [s.id, s.controls.length]));
    expect(counts).toEqual({
      "prereq-1.0": 2,
      "prereq-2.0": 3,
      "prereq-3.0": 2,
      "prereq-4.0": 5,
      "prereq-5.0": 1,
      "req-documentation": 1,
      "req-1.0": 22,
      "req-2.0": 8,
      "req-3.0": 4,
      "req-4.0": 1,
      "req-5.0": 5,
    });
    const all = checklist.sections.flatMap((s) => s.controls);
    expect(all).toHaveLength(54);
    expect(
      checklist.sections.filter((s) => s.part === "prerequisites").flatMap((s) => s.controls)
    ).toHaveLength(13);
    expect(
      checklist.sections.filter((s) => s.part === "requirements").flatMap((s) => s.controls)
    ).toHaveLength(41);
  });

  it("has section kinds and parts as the document lays them out", () => {
    const kinds = Object.fromEntries(checklist.sections.map((s) => [s.id, `${s.part}/${s.kind}`]));
    expect(kinds).toEqual({
      "prereq-1.0": "prerequisites/prerequisite",
      "prereq-2.0": "prerequisites/prerequisite",
      "prereq-3.0": "prerequisites/prerequisite",
      "prereq-4.0": "prerequisites/prerequisite",
      "prereq-5.0": "prerequisites/prerequisite",
      "req-documentation": "requirements/documentation",
      "req-1.0": "requirements/technical",
      "req-2.0": "requirements/technical",
      "req-3.0": "requirements/technical",
      "req-4.0": "requirements/technical",
      "req-5.0": "requirements/technical",
    });
  });

  it("keeps ids unique per part and numbered as printed", () => {
    for (const part of ["prerequisites", "requirements"] as const) {
      const ids = checklist.sections
        .filter((s) => s.part === part)
        .flatMap((s) => s.controls.map((c) => c.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
    const baseline = checklist.sections.find((s) => s.id === "req-1.0")!.controls.map((c) => c.id);
    expect(baseline).toEqual(Array.from({ length: 22 }, (_, i) => `1.${i + 1}`));
  });

  const appliesTo: Array<[string, DeliveryCategory[]]> = [
    ["AD", ALL],
    ["1.1", NOT_CD],
    ["1.2", ALL],
    ["1.3", ALL],
    ["1.4", ALL],
    ["1.5", NOT_CD],
    ["1.6", NOT_CD],
    ["1.7", NOT_CD],
    ["1.8", NOT_CD],
    ["1.9", NOT_CD],
    ["1.10", NOT_CD],
    ["1.11", NOT_CD],
    ["1.12", NOT_CD],
    ["1.13", ALL],
    ["1.14", ALL],
    ["1.15", ALL],
    ["1.16", ALL],
    ["1.17", ALL],
    ["1.18", ALL],
    ["1.19", ALL],
    ["1.20", ALL],
    ["1.21", ALL],
    ["1.22", NOT_CD],
    ["2.1", ALL],
    ["2.2", ALL],
    ["2.3", NOT_CD],
    ["2.4", ALL],
    ["2.5", ALL],
    ["2.6", ALL],
    ["2.7", ALL],
    ["2.8", NOT_CD],
    ["3.1", NOT_CD],
    ["3.2", ALL],
    ["3.3", ALL],
    ["3.4", NOT_CD],
    ["4.1", ALL],
    ["5.1", ALL],
    ["5.2", ALL],
    ["5.3", ALL],
    ["5.4", ALL],
    ["5.5", NOT_CD],
  ];

  it("pins appliesTo for every technical control", () => {
    const requirementIds = checklist.sections
      .filter((s) => s.part === "requirements")
      .flatMap((s) => s.controls.map((c) => c.id));
    expect(appliesTo.map(([id]) => id)).toEqual(requirementIds);
  });

  it.each(appliesTo)("requirement %s applies to %j", (id, categories) => {
    expect(control("requirements", id).appliesTo).toEqual(categories);
  });

  it("leaves appliesTo null for prerequisites (the document does not say)", () => {
    const prereqs = checklist.sections
      .filter((s) => s.part === "prerequisites")
      .flatMap((s) => s.controls);
    expect(prereqs.every((c) => c.appliesTo === null)).toBe(true);
  });

  const rules: Array<["prerequisites" | "requirements", string, DateRule[]]> = [
    [
      "prerequisites",
      "2.1",
      [
        expect.objectContaining({
          kind: "max-age",
          months: 18,
          required: true,
          subject: "Case study created or updated",
        }),
      ],
    ],
    [
      "prerequisites",
      "3.2",
      [expect.objectContaining({ kind: "max-age", months: 12, required: true })],
    ],
    [
      "requirements",
      "1.18",
      [expect.objectContaining({ kind: "max-duration", subject: "RTO", hours: 24 })],
    ],
    ["requirements", "1.19", [expect.objectContaining({ kind: "min-count", count: 1 })]],
    [
      "requirements",
      "2.8",
      [expect.objectContaining({ kind: "max-age", months: 12, required: true })],
    ],
    [
      "requirements",
      "3.3",
      [expect.objectContaining({ kind: "max-age", months: 12, required: true })],
    ],
    [
      "requirements",
      "3.4",
      [expect.objectContaining({ kind: "max-age", months: 12, required: true })],
    ],
  ];

  it.each(rules)("%s %s carries its date rule", (part, id, expected) => {
    const c = control(part, id);
    expect(c.rules).toEqual(expected);
    for (const rule of c.rules) expect(c.requirement).toContain(rule.source);
  });

  it("has no date rules other than those pinned", () => {
    const withRules = checklist.sections.flatMap((s) =>
      s.controls.filter((c) => c.rules.length > 0).map((c) => `${s.part}/${c.id}`)
    );
    expect(withRules.sort()).toEqual(rules.map(([part, id]) => `${part}/${id}`).sort());
  });

  it("asks values, yes/no answers and per-case-study answers where the text does", () => {
    expect(control("prerequisites", "1.2")).toMatchObject({
      response: "value",
      responseLabel: "Delivery category",
    });
    expect(control("requirements", "1.17")).toMatchObject({
      response: "value",
      responseLabel: "RPO and RTO",
    });
    expect(control("requirements", "1.18")).toMatchObject({
      response: "value",
      responseLabel: "RTO",
    });
    expect(control("prerequisites", "4.3").response).toBe("yes-no-explain");
    expect(control("prerequisites", "4.4").response).toBe("yes-no-explain");
    expect(control("prerequisites", "2.1").perCaseStudy).toEqual({ rollup: "every" });
    expect(control("prerequisites", "2.2").perCaseStudy).toEqual({ rollup: "at-least-one" });
    expect(control("requirements", "AD").perCaseStudy).toEqual({ rollup: "every" });
    const perCase = checklist.sections.flatMap((s) =>
      s.controls.filter((c) => c.perCaseStudy).map((c) => `${s.part}/${c.id}`)
    );
    expect(perCase).toEqual(["prerequisites/2.1", "prerequisites/2.2", "requirements/AD"]);
  });

  it("requires public evidence for the public case study, landing page and thought leadership", () => {
    const pub = checklist.sections.flatMap((s) =>
      s.controls.filter((c) => c.publicEvidence).map((c) => `${s.part}/${c.id}`)
    );
    expect(pub).toEqual(["prerequisites/2.2", "prerequisites/3.1", "prerequisites/3.2"]);
    expect(control("prerequisites", "2.1").distinctEvidence).toBe(true);
  });

  it("states no scope-flag conditions and no N/A (the ATO text allows none)", () => {
    const all = checklist.sections.flatMap((s) => s.controls);
    expect(all.filter((c) => c.conditions.length > 0)).toEqual([]);
    expect(all.filter((c) => c.naAllowed)).toEqual([]);
    expect(
      all.every((c) => c.points === null && !c.mandatory && c.cis.length === 0 && !c.automatedScan)
    ).toBe(true);
  });

  it("notes the architecture diagram id that the document does not print", () => {
    expect(control("requirements", "AD").notes.map((n) => n.field)).toContain("id");
  });
});
