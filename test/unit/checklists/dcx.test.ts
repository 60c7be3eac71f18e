import { dcx } from "../../../src/checklists/dcx";
import {
  Checklist,
  type Control,
  type DcxSegment,
  type DeliveryCategory,
  type SegmentRequirement,
} from "../../../src/checklists/schema";

const parsed = Checklist.safeParse(dcx);
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

type Part = "prerequisites" | "requirements";

function control(part: Part, id: string): Control {
  const found = checklist.sections
    .filter((s) => s.part === part)
    .flatMap((s) => s.controls.filter((c) => c.id === id));
  if (found.length !== 1) throw new Error(`expected one ${part}/${id}, found ${found.length}`);
  return found[0]!;
}

const technicalSectionIds = ["req-documentation", "req-1.0", "req-2.0", "req-3.0"];
const featureSectionIds = [
  "features-content-management",
  "features-marketing-automation",
  "features-digital-commerce",
  "features-customer-360",
];

describe("DCX competency checklist data", () => {
  it("passes the schema", () => {
    expect(parsed.success).toBe(true);
  });

  it("carries the checklist-level facts", () => {
    expect(checklist.id).toBe("dcx");
    expect(checklist.version).toBe("2.0");
    expect(checklist.published).toBe("2018-08");
    expect(checklist.validity).toBeNull();
    expect(checklist.scoring).toBeNull();
    expect(checklist.scopeQuestions).toEqual([
      "deliveryCategory",
      "dcxSegment",
      "plannedSubmissionDate",
      "caseStudyCount",
    ]);
    expect(checklist.caseStudies).toMatchObject({ count: 4, publicCount: 2 });
    expect(checklist.submission).toEqual(
      expect.objectContaining({
        method: "email",
        email: "competency-checklist@amazon.com",
        subject: "[APN Partner Name], DCX Competency Technology Partner Completed Self-Assessment",
      })
    );
    const instructions = checklist.submission.instructions;
    expect(instructions).toContain("Category of the solution");
    expect(instructions).toContain("type of Deployment");
    expect(instructions).toContain("four Case Studies");
  });

  it("pins control counts per section and overall", () => {
    const counts = Object.fromEntries(checklist.sections.map((s) => [s.id, s.controls.length]));
    expect(counts).toEqual({
      "prereq-1.0": 3,
      "prereq-2.0": 2,
      "prereq-3.0": 2,
      "prereq-4.0": 5,
      "prereq-5.0": 1,
      "features-content-management": 7,
      "features-marketing-automation": 5,
      "features-digital-commerce": 6,
      "features-customer-360": 6,
      "req-documentation": 3,
      "req-1.0": 25,
      "req-2.0": 12,
      "req-3.0": 3,
    });
    expect(checklist.sections.flatMap((s) => s.controls)).toHaveLength(80);
    expect(
      checklist.sections.filter((s) => s.part === "prerequisites").flatMap((s) => s.controls)
    ).toHaveLength(13);
    expect(
      checklist.sections.filter((s) => s.kind === "category-feature").flatMap((s) => s.controls)
    ).toHaveLength(24);
  });

  it("has section kinds and parts as the document lays them out", () => {
    const kinds = Object.fromEntries(checklist.sections.map((s) => [s.id, `${s.part}/${s.kind}`]));
    expect(kinds).toEqual({
      "prereq-1.0": "prerequisites/prerequisite",
      "prereq-2.0": "prerequisites/prerequisite",
      "prereq-3.0": "prerequisites/prerequisite",
      "prereq-4.0": "prerequisites/prerequisite",
      "prereq-5.0": "prerequisites/prerequisite",
      "features-content-management": "requirements/category-feature",
      "features-marketing-automation": "requirements/category-feature",
      "features-digital-commerce": "requirements/category-feature",
      "features-customer-360": "requirements/category-feature",
      "req-documentation": "requirements/documentation",
      "req-1.0": "requirements/technical",
      "req-2.0": "requirements/technical",
      "req-3.0": "requirements/technical",
    });
  });

  it("keeps ids unique per part, as printed (Security has no 1.6)", () => {
    for (const part of ["prerequisites", "requirements"] as const) {
      const ids = checklist.sections
        .filter((s) => s.part === part)
        .flatMap((s) => s.controls.map((c) => c.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
    const security = checklist.sections.find((s) => s.id === "req-1.0")!.controls.map((c) => c.id);
    expect(security).toEqual(
      Array.from({ length: 26 }, (_, i) => `1.${i + 1}`).filter((id) => id !== "1.6")
    );
  });

  const appliesTo: Array<[string, DeliveryCategory[]]> = [
    ["AD", ALL],
    ["DG", [CD]],
    ["CVC", ALL],
    ["1.1", NOT_CD],
    ["1.2", NOT_CD],
    ["1.3", NOT_CD],
    ["1.4", NOT_CD],
    ["1.5", NOT_CD],
    ["1.7", NOT_CD],
    ["1.8", NOT_CD],
    ["1.9", NOT_CD],
    ["1.10", ALL],
    ["1.11", ALL],
    ["1.12", ALL],
    ["1.13", NOT_CD],
    ["1.14", NOT_CD],
    ["1.15", NOT_CD],
    ["1.16", ALL],
    ["1.17", ALL],
    ["1.18", ALL],
    ["1.19", NOT_CD],
    ["1.20", NOT_CD],
    ["1.21", ALL],
    ["1.22", ALL],
    ["1.23", ALL],
    ["1.24", ALL],
    ["1.25", NOT_CD],
    ["1.26", ALL],
    ["2.1", ALL],
    ["2.2", ALL],
    ["2.3", NOT_CD],
    ["2.4", NOT_CD],
    ["2.5", ALL],
    ["2.6", ALL],
    ["2.7", NOT_CD],
    ["2.8", ALL],
    ["2.9", NOT_CD],
    ["2.10", ALL],
    ["2.11", NOT_CD],
    ["2.12", NOT_CD],
    ["3.1", NOT_CD],
    ["3.2", NOT_CD],
    ["3.3", NOT_CD],
  ];

  it("pins appliesTo for every technical control", () => {
    const ids = checklist.sections
      .filter((s) => technicalSectionIds.includes(s.id))
      .flatMap((s) => s.controls.map((c) => c.id));
    expect(appliesTo.map(([id]) => id)).toEqual(ids);
  });

  it.each(appliesTo)("requirement %s applies to %j", (id, categories) => {
    expect(control("requirements", id).appliesTo).toEqual(categories);
  });

  it("leaves appliesTo null where the document does not say (prerequisites, features)", () => {
    const others = checklist.sections
      .filter((s) => !technicalSectionIds.includes(s.id))
      .flatMap((s) => s.controls);
    expect(others.every((c) => c.appliesTo === null)).toBe(true);
  });

  const segments: Array<[string, DcxSegment, SegmentRequirement]> = [
    ["CM-1", "content-management", "required"],
    ["CM-2", "content-management", "required"],
    ["CM-3", "content-management", "required"],
    ["CM-4", "content-management", "required"],
    ["CM-5", "content-management", "optional"],
    ["CM-6", "content-management", "optional"],
    ["CM-7", "content-management", "optional"],
    ["MA-1", "marketing-automation", "required"],
    ["MA-2", "marketing-automation", "required"],
    ["MA-3", "marketing-automation", "required"],
    ["MA-4", "marketing-automation", "optional"],
    ["MA-5", "marketing-automation", "optional"],
    ["DC-1", "digital-commerce", "required"],
    ["DC-2", "digital-commerce", "required"],
    ["DC-3", "digital-commerce", "required"],
    ["DC-4", "digital-commerce", "required"],
    ["DC-5", "digital-commerce", "required"],
    ["DC-6", "digital-commerce", "required"],
    ["C360-1", "customer-360", "required"],
    ["C360-2", "customer-360", "required"],
    ["C360-3", "customer-360", "required"],
    ["C360-4", "customer-360", "optional"],
    ["C360-5", "customer-360", "optional"],
    ["C360-6", "customer-360", "required"],
  ];

  it("pins segments for every feature", () => {
    const ids = checklist.sections
      .filter((s) => featureSectionIds.includes(s.id))
      .flatMap((s) => s.controls.map((c) => c.id));
    expect(segments.map(([id]) => id)).toEqual(ids);
  });

  it.each(segments)("feature %s is %s: %s", (id, segment, requirement) => {
    const c = control("requirements", id);
    expect(c.segments).toEqual({ [segment]: requirement });
    // The printed marker agrees with the data.
    expect(c.requirement.endsWith(`(${requirement})`)).toBe(true);
  });

  it("notes the features whose printed segment label sits beside the wrong row", () => {
    expect(control("requirements", "CM-7").notes.map((n) => n.field)).toContain("segments");
    expect(control("requirements", "MA-5").notes.map((n) => n.field)).toContain("segments");
    expect(control("requirements", "CM-7").requirement).toMatch(/^Workflow management of editing/);
    expect(control("requirements", "MA-5").requirement).toMatch(
      /^Trigger and\/or rule-based actions/
    );
  });

  it("carries no segments outside the features except the PCI-DSS control", () => {
    const withSegments = checklist.sections
      .filter((s) => !featureSectionIds.includes(s.id))
      .flatMap((s) =>
        s.controls.filter((c) => c.segments !== undefined).map((c) => `${s.part}/${c.id}`)
      );
    expect(withSegments).toEqual(["requirements/1.26"]);
    expect(control("requirements", "1.26").segments).toEqual({ "digital-commerce": "required" });
  });

  const rules: Array<[Part, string, unknown[]]> = [
    [
      "prerequisites",
      "2.1",
      [expect.objectContaining({ kind: "max-age", months: 18, required: true })],
    ],
    [
      "prerequisites",
      "3.2",
      [expect.objectContaining({ kind: "max-age", months: 12, required: true })],
    ],
    [
      "requirements",
      "1.25",
      [expect.objectContaining({ kind: "max-age", months: 12, required: true })],
    ],
    [
      "requirements",
      "1.26",
      [
        expect.objectContaining({
          kind: "max-age",
          months: 12,
          subject: "PCI DSS scope assessment",
        }),
      ],
    ],
    [
      "requirements",
      "2.9",
      [expect.objectContaining({ kind: "max-age", months: 12, required: true })],
    ],
    [
      "requirements",
      "2.11",
      [expect.objectContaining({ kind: "max-duration", subject: "RTO", hours: 24 })],
    ],
    ["requirements", "2.12", [expect.objectContaining({ kind: "min-count", count: 1 })]],
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

  it("carries the PCI-DSS condition as segment + N/A, with a note", () => {
    const pci = control("requirements", "1.26");
    expect(pci.naAllowed).toBe(true);
    expect(pci.notes.map((n) => n.field)).toContain("conditions");
    const all = checklist.sections.flatMap((s) => s.controls);
    expect(all.filter((c) => c.naAllowed).map((c) => c.id)).toEqual(["1.26"]);
    expect(all.filter((c) => c.conditions.length > 0)).toEqual([]);
  });

  it("asks values and yes/no answers where the text does", () => {
    expect(control("prerequisites", "1.2").response).toBe("value");
    expect(control("prerequisites", "1.3")).toMatchObject({
      response: "value",
      responseLabel: "Number of customers",
    });
    expect(control("prerequisites", "4.3").response).toBe("yes-no-explain");
    expect(control("prerequisites", "4.4").response).toBe("yes-no-explain");
    expect(control("requirements", "2.10")).toMatchObject({
      response: "value",
      responseLabel: "RPO and RTO",
    });
    expect(control("requirements", "2.11")).toMatchObject({
      response: "value",
      responseLabel: "RTO",
    });
  });

  it("answers case-study-bound controls per case study", () => {
    expect(control("prerequisites", "2.1").perCaseStudy).toEqual({ rollup: "every" });
    expect(control("prerequisites", "2.2").perCaseStudy).toBeNull();
    expect(control("requirements", "AD").perCaseStudy).toEqual({ rollup: "every" });
    expect(control("requirements", "CVC").perCaseStudy).toEqual({ rollup: "every" });
    expect(control("requirements", "DG").perCaseStudy).toBeNull();
    expect(control("requirements", "3.3").perCaseStudy).toBeNull();
    const technical = checklist.sections
      .filter((s) => s.kind === "technical")
      .flatMap((s) => s.controls)
      .filter((c) => c.id !== "3.3");
    expect(technical.every((c) => c.perCaseStudy?.rollup === "every")).toBe(true);
    const features = checklist.sections
      .filter((s) => s.kind === "category-feature")
      .flatMap((s) => s.controls);
    expect(features.every((c) => c.perCaseStudy === null)).toBe(true);
  });

  it("requires public evidence for the public case studies, landing page and thought leadership", () => {
    const pub = checklist.sections.flatMap((s) =>
      s.controls.filter((c) => c.publicEvidence).map((c) => `${s.part}/${c.id}`)
    );
    expect(pub).toEqual(["prerequisites/2.2", "prerequisites/3.1", "prerequisites/3.2"]);
    expect(control("prerequisites", "2.1").distinctEvidence).toBe(true);
    expect(control("prerequisites", "2.2").distinctEvidence).toBe(true);
  });

  it("notes the ids the document does not print", () => {
    for (const id of ["AD", "DG", "CVC"]) {
      expect(control("requirements", id).notes.map((n) => n.field)).toContain("id");
    }
    expect(checklist.notes.map((n) => n.field)).toEqual(
      expect.arrayContaining([
        "sections.features",
        "sections.features.segments",
        "sections.req-1.0",
      ])
    );
  });
});
