import { Checklist, type Control, type Section } from "../../../src/checklists/schema";
import { ecs } from "../../../src/checklists/ecs";

const result = Checklist.safeParse(ecs);

function data(): Checklist {
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  }
  return result.data;
}

function controlsOf(part: Section["part"]): Control[] {
  return data()
    .sections.filter((s) => s.part === part)
    .flatMap((s) => s.controls);
}

function allControls(): Control[] {
  return data().sections.flatMap((s) => s.controls);
}

function sectionOf(id: string): Section {
  const found = data().sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

/** Everything the document prints for a control. */
function printedText(c: Control): string {
  return [c.title, c.requirement, ...c.evidence].join("\n");
}

const WAFR_WAIVER_TEXT =
  "If you have completed an AWS Well-Architected Framework Review (WAFR) for the customer example which shows zero outstanding high-risk issues (HRIs) in the Security, Operational Excellence, and Reliability pillars, you are not required to provide evidence for the following requirements. Please upload an exported WAFR report for each of the customer example instead.";

const SECTIONS: [id: string, title: string, kind: string, part: string, count: number][] = [
  ["1.0", "APN Program Requirements", "prerequisite", "prerequisites", 2],
  ["2.0", "AWS Customer Case Studies", "prerequisite", "prerequisites", 2],
  ["3.0", "AWS Partner Self-Assessment", "prerequisite", "prerequisites", 1],
  ["ECS", "Amazon ECS Expertise", "technical", "requirements", 23],
  ["DOC", "Documentation", "common-customer-requirement", "requirements", 1],
  [
    "ACCT",
    "Secure Customer AWS Account Governance and Access",
    "common-customer-requirement",
    "requirements",
    2,
  ],
  ["OPE", "Operational Excellence", "common-customer-requirement", "requirements", 3],
  ["NETSEC", "Security - Networking", "common-customer-requirement", "requirements", 2],
  ["REL", "Reliability", "common-customer-requirement", "requirements", 2],
  ["COST", "Cost Optimization", "common-customer-requirement", "requirements", 1],
];

const ECS_IDS = Array.from({ length: 23 }, (_, i) => `ECS-${String(i + 1).padStart(3, "0")}`);
const COMMON_IDS = [
  "DOC-001",
  "ACCT-001",
  "ACCT-002",
  "OPE-001",
  "OPE-002",
  "OPE-003",
  "NETSEC-001",
  "NETSEC-002",
  "REL-001",
  "REL-002",
  "COST-001",
];

const CONDITIONS: Record<string, { flag: string; value: boolean }[]> = {
  "ECS-008": [{ flag: "spot", value: true }],
  "ECS-009": [{ flag: "multipleClusters", value: true }],
  "ECS-013": [{ flag: "regulatedWorkloads", value: true }],
  "ECS-014": [{ flag: "ecsAnywhere", value: true }],
  "ECS-020": [{ flag: "efs", value: true }],
  "ECS-022": [{ flag: "ebs", value: true }],
};

/** The wording that states each scope condition, as printed. */
const CONDITION_WORDING: Record<string, RegExp> = {
  spot: /only applicable for partners leveraging spot capacity/i,
  multipleClusters: /spread their workloads across multiple Amazon ECS clusters/i,
  regulatedWorkloads: /do not require to adhere to regulatory or compliance standards/i,
  ecsAnywhere: /Applies to Partners deploying solutions that leverage ECS-A/i,
  efs: /If no EFS was used/i,
  ebs: /^Workloads using EBS/i,
};

describe("ECS checklist data", () => {
  it("passes the checklist schema", () => {
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("carries the checklist-level facts", () => {
    const c = data();
    expect(c.id).toBe("ecs");
    expect(c.version).toBe("February 2025");
    expect(c.published).toBe("2025-02-14");
    expect(c.validity).toContain("February 2025-August 2025");
    expect(c.validity).toContain("until November 2025");
    expect(c.submission.method).toBe("partner-central");
    expect(c.submission.instructions).toContain(
      "AWS Partners must submit an application in AWS Partner Central"
    );
    expect(c.caseStudies).toMatchObject({ count: 2, publicCount: 0 });
    expect(c.scoring).toBeNull();
    expect(c.scopeQuestions).toEqual([
      "spot",
      "multipleClusters",
      "regulatedWorkloads",
      "ecsAnywhere",
      "efs",
      "ebs",
      "wellArchitectedReview",
      "plannedSubmissionDate",
      "caseStudyCount",
    ]);
  });

  it("has the sections as printed, with pinned control counts", () => {
    expect(data().sections.map((s) => [s.id, s.title, s.kind, s.part, s.controls.length])).toEqual(
      SECTIONS
    );
  });

  it("has 5 prerequisites and 34 requirements (23 ECS, 11 common), 39 controls overall", () => {
    expect(controlsOf("prerequisites")).toHaveLength(5);
    expect(controlsOf("requirements")).toHaveLength(34);
    expect(allControls()).toHaveLength(39);
  });

  it("has unique ids per part", () => {
    for (const part of ["prerequisites", "requirements"] as const) {
      const ids = controlsOf(part).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("has exactly the printed ids, none invented or dropped", () => {
    expect(controlsOf("prerequisites").map((c) => c.id)).toEqual([
      "1.1",
      "1.2",
      "2.1",
      "2.2",
      "3.1",
    ]);
    expect(sectionOf("ECS").controls.map((c) => c.id)).toEqual(ECS_IDS);
    expect(controlsOf("requirements").map((c) => c.id)).toEqual([...ECS_IDS, ...COMMON_IDS]);
  });

  it("pins the conditions of every control and quotes their wording from the control", () => {
    const actual = Object.fromEntries(
      allControls()
        .filter((c) => c.conditions.length > 0)
        .map((c) => [c.id, c.conditions.map((k) => ({ flag: k.flag, value: k.value }))])
    );
    expect(actual).toEqual(CONDITIONS);
    for (const c of allControls()) {
      for (const k of c.conditions)
        expect({ id: c.id, quoted: printedText(c).includes(k.text) }).toEqual({
          id: c.id,
          quoted: true,
        });
    }
  });

  it("carries a condition on exactly the controls whose text states one", () => {
    for (const c of allControls()) {
      const stated = Object.entries(CONDITION_WORDING)
        .filter(
          ([, pattern]) =>
            pattern.test(c.title) ||
            pattern.test(c.requirement) ||
            c.evidence.some((e) => pattern.test(e))
        )
        .map(([flag]) => flag);
      expect({ id: c.id, flags: c.conditions.map((k) => k.flag) }).toEqual({
        id: c.id,
        flags: stated,
      });
    }
  });

  it("allows N/A exactly where the text does", () => {
    const na = allControls()
      .filter((c) => c.naAllowed)
      .map((c) => c.id);
    expect(na).toEqual(["ECS-013", "ECS-014", "ECS-020"]);
    for (const c of allControls()) {
      if (/\bN\/A\b|not mandatory for case studies/.test(printedText(c)))
        expect({ id: c.id, na: c.naAllowed }).toEqual({ id: c.id, na: true });
    }
  });

  it("answers prerequisites once and customer references per case study", () => {
    for (const c of controlsOf("prerequisites")) expect(c.perCaseStudy).toBeNull();
    const rollups = Object.fromEntries(
      controlsOf("requirements").map((c) => [c.id, c.perCaseStudy?.rollup])
    );
    const expected = Object.fromEntries([
      ...ECS_IDS.map((id) => [id, id === "ECS-012" ? "at-least-one" : "every"]),
      ...COMMON_IDS.map((id) => [id, id === "DOC-001" ? "every" : "at-least-one"]),
    ]);
    expect(rollups).toEqual(expected);
  });

  it("pins the case study rules on 2.1 and nowhere else", () => {
    const withRules = allControls().filter((c) => c.rules.length > 0);
    expect(withRules.map((c) => c.id)).toEqual(["2.1"]);
    expect(withRules[0]?.rules).toEqual([
      {
        kind: "max-age",
        subject: "Case study deployment",
        months: 18,
        required: true,
        source:
          "All case studies must describe deployments that have been performed within the past 18 months",
      },
    ]);
    expect(
      allControls()
        .filter((c) => c.distinctEvidence)
        .map((c) => c.id)
    ).toEqual(["2.1"]);
    expect(allControls().some((c) => c.publicEvidence)).toBe(false);
  });

  it("carries a rule on every control whose text states a period, a count or a duration", () => {
    for (const c of allControls()) {
      const text = printedText(c);
      const months = /within the past (\d+) months/i.exec(text);
      if (months) {
        expect(c.rules).toContainEqual(
          expect.objectContaining({ kind: "max-age", months: Number(months[1]) })
        );
      }
      if (/annually|quarterly|within 12 months|last \d+ tests|under \d+ hours/i.test(text)) {
        expect({ id: c.id, rules: c.rules.length > 0 }).toEqual({ id: c.id, rules: true });
      }
      for (const r of c.rules)
        expect({ id: c.id, quoted: text.includes(r.source) }).toEqual({ id: c.id, quoted: true });
    }
  });

  it("records the Well-Architected waiver verbatim and names the sections it covers", () => {
    const common = data()
      .sections.filter((s) => s.kind === "common-customer-requirement")
      .map((s) => s.id);
    expect(common).toEqual(["DOC", "ACCT", "OPE", "NETSEC", "REL", "COST"]);
    const note = data().notes.find((n) => n.field === "wellArchitectedReview");
    expect(note?.reason).toContain(WAFR_WAIVER_TEXT);
    for (const id of common) expect(note?.reason).toContain(`${id} (`);
  });

  it("has no FTR, MSP or DCX-only fields set", () => {
    for (const c of allControls()) {
      expect(c.cis).toEqual([]);
      expect(c.automatedScan).toBe(false);
      expect(c.points).toBeNull();
      expect(c.segments).toBeUndefined();
      expect(c.appliesTo).toBeNull();
      expect(c.response).toBe("met");
    }
  });

  it("lists evidence for every customer reference requirement", () => {
    for (const c of controlsOf("requirements"))
      expect({ id: c.id, evidence: c.evidence.length > 0 }).toEqual({ id: c.id, evidence: true });
  });
});
