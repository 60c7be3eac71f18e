import { msp } from "../../../src/checklists/msp";
import { Checklist, type Control, type DateRule } from "../../../src/checklists/schema";

const parsed = Checklist.safeParse(msp);
if (!parsed.success) {
  throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
}
const checklist = parsed.data;
const requirementSections = checklist.sections.filter((s) => s.part === "requirements");
const requirementControls = requirementSections.flatMap((s) => s.controls);
const allControls = checklist.sections.flatMap((s) => s.controls);

function control(id: string): Control {
  const found =
    requirementControls.find((c) => c.id === id) ?? allControls.find((c) => c.id === id);
  if (!found) throw new Error(`no control ${id}`);
  return found;
}

function ids(predicate: (c: Control) => boolean): string[] {
  return requirementControls.filter(predicate).map((c) => c.id);
}

const sumMet = (controls: readonly Control[]): number =>
  controls.reduce((sum, c) => sum + (c.points?.met ?? 0), 0);

describe("MSP v3.1 checklist data", () => {
  it("passes its schema", () => {
    expect(Checklist.safeParse(msp).success).toBe(true);
  });

  it("carries the checklist-level facts", () => {
    expect(checklist).toMatchObject({
      id: "msp",
      program: "AWS Managed Service Provider (MSP) Partner Program",
      version: "3.1",
      published: "2017-01",
      submission: {
        method: "email",
        email: "checklist@amazon.com",
        subject: "[Partner Name] Completed Self-Assessment",
      },
      caseStudies: { count: 3, publicCount: 1 },
      scoring: { max: 1000, pass: 900, mandatoryNotMet: -200 },
    });
    expect(checklist.validity).toContain("1 April 2017");
    expect(checklist.scopeQuestions).toEqual([
      "reseller",
      "renewal",
      "plannedSubmissionDate",
      "caseStudyCount",
    ]);
  });

  it("has the prerequisites, unscored, with stable ids", () => {
    const prereq = checklist.sections.filter((s) => s.part === "prerequisites");
    expect(prereq).toHaveLength(1);
    expect(prereq[0].kind).toBe("prerequisite");
    expect(prereq[0].controls.map((c) => c.id)).toEqual(["P-1", "P-2", "P-3"]);
    expect(prereq[0].controls.map((c) => c.title)).toEqual([
      "APN Membership",
      "Customer Engagements",
      "AWS MSP Partner Program Validation Checklist Self-Assessment",
    ]);
    for (const c of prereq[0].controls) {
      expect(c.points).toBeNull();
      expect(c.mandatory).toBe(false);
      expect(c.notes.some((n) => n.field === "id")).toBe(true);
    }
  });

  const SECTIONS: [id: string, title: string, count: number, met: number][] = [
    ["1.0", "Business Health", 6, 40],
    ["2.0", "Partner Capabilities Overview", 2, 60],
    ["3.0", "AWS Knowledge", 1, 0],
    ["4.0", "Business Management", 11, 160],
    ["5.0", "AWS Billing and Cost Management", 8, 40],
    ["6.0", "Solution Design Capabilities", 7, 90],
    ["7.0", "Infrastructure and Application Migration Capabilities", 2, 0],
    ["8.0", "Security", 16, 100],
    ["9.0", "Service Desk Operations and Customer Support", 29, 350],
    ["10.0", "Service Level Agreements", 2, 20],
    ["11.0", "Customer Obsession", 4, 20],
    ["12.0", "Service Reporting", 6, 60],
    ["13.0", "Internal Process Optimization", 2, 40],
    ["14.0", "SLA Optimization", 1, 20],
  ];

  it("has sections 1.0-14.0 in order, all technical requirements", () => {
    expect(requirementSections.map((s) => [s.id, s.title])).toEqual(
      SECTIONS.map(([id, title]) => [id, title])
    );
    for (const s of requirementSections) expect(s.kind).toBe("technical");
  });

  it.each(SECTIONS)(
    "section %s (%s) has %i controls worth %i add points",
    (id, _title, count, met) => {
      const section = requirementSections.find((s) => s.id === id);
      expect(section?.controls).toHaveLength(count);
      expect(sumMet(section?.controls ?? [])).toBe(met);
    }
  );

  it("has 97 scored controls and 100 controls overall, with unique ids per part", () => {
    expect(requirementControls).toHaveLength(97);
    expect(allControls).toHaveLength(100);
    expect(new Set(requirementControls.map((c) => c.id)).size).toBe(97);
  });

  it("ids are printed section numbers", () => {
    for (const s of requirementSections) {
      const prefix = s.id.replace(/\.0$/, ".");
      for (const c of s.controls) expect(c.id.startsWith(prefix)).toBe(true);
    }
    expect(ids(() => true)).toContain("9.2.1");
    expect(ids(() => true)).not.toContain("9.2.2"); // removed in v3.1
  });

  it("add points sum to the maximum score of 1000", () => {
    expect(sumMet(requirementControls)).toBe(1000);
    expect(sumMet(requirementControls)).toBe(checklist.scoring?.max);
  });

  it("every scored control has notMet <= 0 <= met and one of the two is zero", () => {
    for (const c of requirementControls) {
      expect(c.points).not.toBeNull();
      const { met, notMet } = c.points ?? { met: NaN, notMet: NaN };
      expect(notMet).toBeLessThanOrEqual(0);
      expect(met).toBeGreaterThanOrEqual(0);
      expect(met === 0 || notMet === 0).toBe(true);
      expect([0, -200]).toContain(notMet);
      expect([0, 10, 20, 40]).toContain(met);
    }
  });

  it("mandatory controls are exactly the -200 controls (45)", () => {
    const mandatory = ids((c) => c.mandatory);
    expect(mandatory).toHaveLength(45);
    expect(mandatory).toEqual(ids((c) => c.points?.notMet === -200));
    expect(mandatory).toEqual([
      "1.1", "1.2", "1.3", "1.6",
      "3.1",
      "4.3.1", "4.5",
      "5.1", "5.2", "5.4", "5.5", "5.7", "5.8",
      "6.1.1", "6.1.2",
      "7.1", "7.2",
      "8.1.1", "8.1.2", "8.1.3", "8.1.4", "8.1.5", "8.1.6", "8.1.7", "8.1.8", "8.1.9", "8.2.1", "8.2.4", "8.3",
      "9.1", "9.3.1", "9.3.2", "9.5", "9.6.1", "9.6.2", "9.7", "9.10.1", "9.10.2", "9.13.1", "9.14", "9.15.1",
      "10.1",
      "11.1.2", "11.2.1", "11.2.2",
    ]); // prettier-ignore
  });

  it("pins the points of every control", () => {
    const points = Object.fromEntries(
      requirementControls.map((c) => [c.id, c.points?.met || c.points?.notMet])
    );
    expect(points).toEqual({
      "1.1": -200, "1.2": -200, "1.3": -200, "1.4": 20, "1.5": 20, "1.6": -200,
      "2.1": 20, "2.2": 40,
      "3.1": -200,
      "4.1": 10, "4.2.1": 10, "4.2.2": 10, "4.2.3": 10, "4.2.4": 20, "4.2.5": 20, "4.3.1": -200, "4.3.2": 40,
      "4.4.1": 20, "4.4.2": 20, "4.5": -200,
      "5.1": -200, "5.2": -200, "5.3": 20, "5.4": -200, "5.5": -200, "5.6": 20, "5.7": -200, "5.8": -200,
      "6.1.1": -200, "6.1.2": -200, "6.1.3": 20, "6.1.4": 20, "6.1.5": 20, "6.1.6": 20, "6.1.7": 10,
      "7.1": -200, "7.2": -200,
      "8.1.1": -200, "8.1.2": -200, "8.1.3": -200, "8.1.4": -200, "8.1.5": -200, "8.1.6": -200, "8.1.7": -200,
      "8.1.8": -200, "8.1.9": -200, "8.1.10": 40, "8.2.1": -200, "8.2.2": 20, "8.2.3": 20, "8.2.4": -200,
      "8.3": -200, "8.4": 20,
      "9.1": -200, "9.2.1": 20, "9.3.1": -200, "9.3.2": -200, "9.3.3": 20, "9.3.4": 20, "9.3.5": 40, "9.3.6": 20,
      "9.4": 40, "9.5": -200, "9.6.1": -200, "9.6.2": -200, "9.6.3": 20, "9.7": -200, "9.8.1": 20, "9.8.2": 20,
      "9.9.1": 20, "9.9.2": 20, "9.10.1": -200, "9.10.2": -200, "9.11.1": 20, "9.11.2": 10, "9.12": 20,
      "9.13.1": -200, "9.13.2": 20, "9.13.3": 10, "9.14": -200, "9.15.1": -200, "9.15.2": 10,
      "10.1": -200, "10.2": 20,
      "11.1.1": 20, "11.1.2": -200, "11.2.1": -200, "11.2.2": -200,
      "12.1": 10, "12.2": 10, "12.3": 10, "12.4": 10, "12.5": 10, "12.6": 10,
      "13.1": 20, "13.2": 20,
      "14.1": 20,
    }); // prettier-ignore
  });

  it("uncertain point values say why", () => {
    for (const id of ["4.1", "4.2.1", "4.2.2", "4.2.3", "11.1.1", "9.2.1", "8.4"]) {
      expect(control(id).notes.find((n) => n.field === "points")?.reason).toBeTruthy();
    }
  });

  it("waives exactly 4.5 and section 5 for non-resellers", () => {
    expect(ids((c) => c.waivedForNonReseller)).toEqual([
      "4.5",
      "5.1",
      "5.2",
      "5.3",
      "5.4",
      "5.5",
      "5.6",
      "5.7",
      "5.8",
    ]);
    const section5 = requirementSections.find((s) => s.id === "5.0");
    expect(section5?.controls.every((c) => c.waivedForNonReseller)).toBe(true);
  });

  it("reviews exactly the renewal lists in a renewal", () => {
    expect(ids((c) => c.renewalReviewed)).toEqual([
      "1.6", "2.1", "2.2", "3.1", "4.4.2", "5.8",
      "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.1.6", "6.1.7",
      "8.1.2", "8.1.9", "8.1.10", "8.2.4",
      "9.6.1", "9.6.2", "9.6.3", "9.7", "9.8.1", "9.8.2", "9.14", "9.15.1",
      "10.2",
      "11.1.1", "11.1.2", "11.2.1", "11.2.2",
      "13.1", "13.2",
      "14.1",
    ]); // prettier-ignore
    for (const sectionId of ["6.0", "11.0", "13.0", "14.0"]) {
      const section = requirementSections.find((s) => s.id === sectionId);
      expect(section?.controls.every((c) => c.renewalReviewed)).toBe(true);
    }
    expect(
      allControls.filter((c) => !requirementControls.includes(c)).some((c) => c.renewalReviewed)
    ).toBe(false);
  });

  type RuleExpectation = Partial<DateRule> & Pick<DateRule, "kind">;
  const RULES: [id: string, text: string, rules: RuleExpectation[]][] = [
    [
      "P-2",
      "within the last 12-18 months",
      [
        { kind: "max-age", months: 18, warnAfterMonths: 12, required: true },
        { kind: "min-count", count: 3, withinMonths: 18 },
      ],
    ],
    ["1.5", "on at least an annual basis", [{ kind: "max-age", months: 12, required: true }]],
    [
      "1.6",
      "within the last 12-18 months",
      [
        { kind: "max-age", months: 18, warnAfterMonths: 12, required: true },
        { kind: "min-count", count: 3, withinMonths: 18 },
      ],
    ],
    [
      "2.2",
      "published within the last 12 months",
      [{ kind: "max-age", months: 12, required: true }],
    ],
    [
      "4.3.1",
      "executed within the last 12-18 months",
      [
        { kind: "max-age", months: 18, warnAfterMonths: 12, required: true },
        { kind: "min-count", count: 3, withinMonths: 18 },
      ],
    ],
    ...["6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.1.6"].map(
      (id): [string, string, RuleExpectation[]] => [
        id,
        "produced within the last 12-18 months",
        [
          { kind: "max-age", months: 18, warnAfterMonths: 12, required: true },
          { kind: "min-count", count: 3, withinMonths: 18 },
        ],
      ]
    ),
    ["8.1.9", "records of last 2 tests", [{ kind: "min-count", count: 2 }]],
    [
      "8.4",
      "performed within the last 12 months",
      [{ kind: "max-age", months: 12, required: true }],
    ],
  ];

  it.each(RULES)("%s states '%s' and carries it as a rule", (id, text, rules) => {
    const c = control(id);
    const printed = [c.requirement, ...c.evidence].join("\n");
    expect(printed).toContain(text);
    expect(c.rules).toHaveLength(rules.length);
    rules.forEach((expected, i) => {
      expect(c.rules[i]).toMatchObject(expected);
      expect(c.rules[i].subject.length).toBeGreaterThan(0);
      expect(c.rules[i].source.length).toBeGreaterThan(0);
    });
  });

  it("only the controls with a stated date rule carry rules", () => {
    const withRules = allControls.filter((c) => c.rules.length > 0).map((c) => c.id);
    expect(withRules.sort()).toEqual(RULES.map(([id]) => id).sort());
  });

  it("rule sources quote the printed text", () => {
    for (const c of allControls) {
      const printed = [c.requirement, ...c.evidence].join(" ").replace(/\s+/g, " ");
      for (const rule of c.rules) {
        for (const fragment of rule.source.split(" ... ")) expect(printed).toContain(fragment);
      }
    }
  });

  it("carries the evaluation flags the text states", () => {
    // Per customer reference: every reference must be a new customer/engagement within 12-18 months.
    expect(
      allControls.filter((c) => c.perCaseStudy).map((c) => [c.id, c.perCaseStudy?.rollup])
    ).toEqual([
      ["P-2", "every"],
      ["1.6", "every"],
    ]);
    // "public facing materials"
    expect(allControls.filter((c) => c.publicEvidence).map((c) => c.id)).toEqual(["2.2"]);
    // Counted evidence items: 3 references, 3 contracts, 2 contracts, 3 design documents, 2 checklists, 2 use cases.
    expect(allControls.filter((c) => c.distinctEvidence).map((c) => c.id)).toEqual([
      "P-2", "1.6", "4.3.1", "4.3.2", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.1.6", "6.1.7", "9.6.2", "9.6.3",
    ]); // prettier-ignore
    // "Where Partner uses SaaS solutions ..." is the only conditional control; no scope flag expresses it.
    expect(allControls.filter((c) => c.naAllowed).map((c) => c.id)).toEqual(["4.4.2"]);
    expect(control("4.4.2").requirement).toMatch(/^Where Partner uses SaaS solutions/);
    expect(allControls.every((c) => c.conditions.length === 0)).toBe(true);
  });

  it("every control has a title, a requirement, Met Y/N response and no fields of other checklists", () => {
    for (const c of allControls) {
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.requirement.length).toBeGreaterThan(0);
      expect(c.response).toBe("met");
      expect(c.appliesTo).toBeNull();
      expect(c.cis).toEqual([]);
      expect(c.automatedScan).toBe(false);
      expect(c.segments).toBeUndefined();
    }
  });

  it("keeps the texts auditors match on", () => {
    expect(control("3.1").requirement).toContain("AWS Lambda*");
    expect(
      control("3.1").requirement.match(
        /\| (Compute|Networking|Databases|Storage|Security|Messaging|Mgmt Tools)$/gm
      )
    ).toHaveLength(23);
    expect(control("5.8").requirement).toContain(
      "at least 90% compliance rate over the previous 6 months"
    );
    expect(control("8.1.9").evidence).toContain(
      "(For 2017 audits, a single record for 2017 is acceptable.)"
    );
    expect(control("4.3.1").evidence[0]).toContain("12-18 months");
    for (const c of allControls) {
      const text = [c.requirement, ...c.evidence].join(" ");
      expect(text).not.toMatch(
        /nextgeneration|1218 months|offboarding|noncustomer|customerspecified|pseudoproduction/
      );
    }
  });
});
