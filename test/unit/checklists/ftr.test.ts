import { Checklist, type Control, type Section } from "../../../src/checklists/schema";
import { ftr } from "../../../src/checklists/ftr";

const result = Checklist.safeParse(ftr);

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

function control(id: string): Control {
  const found = controlsOf("requirements").find((c) => c.id === id);
  if (!found) throw new Error(`no control ${id}`);
  return found;
}

/** Everything the document prints for a control. */
function printedText(c: Control): string {
  return [c.title, c.requirement, ...c.evidence].join("\n");
}

/** The section introduction of the Protected Health Information section, as printed. */
const PHI_SECTION_TEXT =
  "This sections only apply to solutions with US customers which handle Protected Health Information (PHI).";

const SECTIONS: [id: string, title: string, kind: string, part: string, count: number][] = [
  ["1.0", "Foundational Technical Review Requirements", "prerequisite", "prerequisites", 1],
  ["SUP", "Support Level", "technical", "requirements", 1],
  ["WAFR", "AWS Well-Architected Review", "technical", "requirements", 1],
  ["ARC", "AWS Root Account", "technical", "requirements", 4],
  ["ACOM", "Communications from AWS", "technical", "requirements", 2],
  ["CTL", "AWS CloudTrail", "technical", "requirements", 4],
  ["IAM", "Identity and Access Management", "technical", "requirements", 12],
  ["BAR", "Backups and Recovery", "technical", "requirements", 2],
  ["DR", "Disaster Recovery", "technical", "requirements", 3],
  ["S3", "Amazon S3 Bucket Access", "technical", "requirements", 3],
  ["CAA", "Cross-Account Access", "technical", "requirements", 7],
  ["SDAT", "Sensitive Data", "technical", "requirements", 4],
  ["BAABP", "Protected Health Information", "technical", "requirements", 2],
  ["RCVP", "Regulatory Compliance Validation Process", "technical", "requirements", 1],
];

/** In printed order; gaps (ARC-002, DR-003, BAABP-002/003) are real and CAA-007 is printed after CAA-001. */
const REQUIREMENT_IDS = [
  "SUP-001",
  "WAFR-001",
  "ARC-001",
  "ARC-003",
  "ARC-004",
  "ARC-005",
  "ACOM-001",
  "ACOM-002",
  "CTL-001",
  "CTL-002",
  "CTL-003",
  "CTL-004",
  "IAM-001",
  "IAM-002",
  "IAM-003",
  "IAM-004",
  "IAM-005",
  "IAM-006",
  "IAM-007",
  "IAM-008",
  "IAM-009",
  "IAM-010",
  "IAM-011",
  "IAM-012",
  "BAR-001",
  "BAR-002",
  "DR-001",
  "DR-002",
  "DR-004",
  "S3-001",
  "S3-002",
  "S3-003",
  "CAA-001",
  "CAA-007",
  "CAA-002",
  "CAA-004",
  "CAA-005",
  "CAA-006",
  "CAA-003",
  "SDAT-001",
  "SDAT-002",
  "SDAT-003",
  "SDAT-004",
  "BAABP-001",
  "BAABP-004",
  "RCVP-001",
];

const CIS: Record<string, string[]> = {
  "ARC-001": ["1.1"],
  "ARC-003": ["1.13"],
  "ARC-004": ["1.12"],
  "CTL-001": ["2.1"],
  "CTL-004": ["2.2"],
  "IAM-001": ["1.2"],
  "IAM-002": ["1.4"],
  "IAM-003": ["1.5", "1.6", "1.7", "1.8", "1.9"],
  "IAM-006": ["1.22"],
};

const CONDITIONS: Record<string, { flag: string; value: boolean; text: string }[]> = {
  "IAM-012": [{ flag: "saas", value: true, text: "Applies to: SaaS" }],
  "BAABP-001": [{ flag: "phi", value: true, text: PHI_SECTION_TEXT }],
  "BAABP-004": [{ flag: "phi", value: true, text: PHI_SECTION_TEXT }],
};

const RULES: Record<string, object[]> = {
  "WAFR-001": [
    { kind: "max-age", subject: "Most recent architecture review", months: 12, required: false },
  ],
  "IAM-008": [
    { kind: "max-age", subject: "Most recent identity audit", months: 3, required: false },
  ],
  "DR-002": [{ kind: "max-duration", subject: "RTO", hours: 24 }],
  "DR-004": [
    { kind: "min-count", subject: "DR test that passes RTO and RPO requirements", count: 1 },
  ],
};

describe("FTR checklist data", () => {
  it("passes the checklist schema", () => {
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("carries the checklist-level facts", () => {
    const c = data();
    expect(c.id).toBe("ftr");
    expect(c.version).toBe("2021_q4_v1");
    expect(c.published).toBe("2021-10");
    expect(c.validity).toBeNull();
    expect(c.submission.method).toBe("partner-central");
    expect(c.submission.instructions).toContain(
      "FTR requests must be submitted on the APN Partner Central."
    );
    expect(c.caseStudies).toBeNull();
    expect(c.scoring).toBeNull();
    expect(c.scopeQuestions).toEqual([
      "saas",
      "phi",
      "automatedScanShown",
      "plannedSubmissionDate",
    ]);
  });

  it("has the sections as printed, with pinned control counts", () => {
    expect(data().sections.map((s) => [s.id, s.title, s.kind, s.part, s.controls.length])).toEqual(
      SECTIONS
    );
  });

  it("has 1 prerequisite and 46 requirements, 47 controls overall", () => {
    expect(controlsOf("prerequisites")).toHaveLength(1);
    expect(controlsOf("requirements")).toHaveLength(46);
    expect(allControls()).toHaveLength(47);
  });

  it("has unique ids per part", () => {
    for (const part of ["prerequisites", "requirements"] as const) {
      const ids = controlsOf(part).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("has exactly the printed ids, none invented or dropped", () => {
    expect(controlsOf("prerequisites").map((c) => c.id)).toEqual(["1.1"]);
    expect(controlsOf("prerequisites")[0]?.title).toBe("AWS ISV Partner Path Membership");
    expect(controlsOf("requirements").map((c) => c.id)).toEqual(REQUIREMENT_IDS);
  });

  it.each(Object.entries(CIS))(
    "%s carries CIS refs %j and is covered by the automated scan",
    (id, refs) => {
      expect(control(id).cis).toEqual(refs);
      expect(control(id).automatedScan).toBe(true);
    }
  );

  it("marks exactly the CIS controls as covered by the automated scan", () => {
    expect(
      allControls()
        .filter((c) => c.cis.length > 0)
        .map((c) => c.id)
    ).toEqual(Object.keys(CIS));
    expect(
      allControls()
        .filter((c) => c.automatedScan)
        .map((c) => c.id)
    ).toEqual(Object.keys(CIS));
  });

  it("keeps CIS references out of titles", () => {
    for (const c of allControls()) expect(c.title).not.toMatch(/CIS \d/);
  });

  it("pins the conditions of every control", () => {
    const actual = Object.fromEntries(
      allControls()
        .filter((c) => c.conditions.length > 0)
        .map((c) => [c.id, c.conditions])
    );
    expect(actual).toEqual(CONDITIONS);
  });

  it("gives every control of the Protected Health Information section the phi condition", () => {
    const phi = data().sections.find((s) => s.id === "BAABP");
    expect(phi?.controls.every((c) => c.conditions.some((k) => k.flag === "phi" && k.value))).toBe(
      true
    );
  });

  it("carries the phi condition on every control whose text limits it to PHI", () => {
    for (const c of allControls()) {
      if (/handles Protected Health Information|handling PHI/.test(printedText(c))) {
        expect({ id: c.id, flags: c.conditions.map((k) => k.flag) }).toEqual({
          id: c.id,
          flags: ["phi"],
        });
      }
    }
  });

  it("quotes condition wording from the control or its section", () => {
    for (const c of allControls()) {
      for (const k of c.conditions) {
        const quoted =
          printedText(c).includes(k.text) ||
          k.text === PHI_SECTION_TEXT ||
          k.text === "Applies to: SaaS";
        expect({ id: c.id, text: k.text, quoted }).toEqual({
          id: c.id,
          text: k.text,
          quoted: true,
        });
      }
    }
  });

  it("pins the date and value rules of every control", () => {
    const actual = Object.fromEntries(
      allControls()
        .filter((c) => c.rules.length > 0)
        .map((c) => [c.id, c.rules])
    );
    expect(Object.keys(actual)).toEqual(Object.keys(RULES));
    for (const [id, rules] of Object.entries(RULES)) expect(actual[id]).toMatchObject(rules);
  });

  it("carries a rule on every control whose text states a period, a count or a duration", () => {
    const pattern =
      /once every year|annually|within (the past |the last )?\d+ months|quarterly|exceed \d+ hours|at least one DR test/i;
    const stated = allControls()
      .filter((c) => pattern.test(printedText(c)))
      .map((c) => c.id);
    expect(stated).toEqual(Object.keys(RULES));
    for (const id of stated) expect(control(id).rules.length).toBeGreaterThan(0);
  });

  it("quotes every rule source from the control's text", () => {
    for (const c of allControls()) {
      for (const r of c.rules)
        expect({ id: c.id, quoted: printedText(c).includes(r.source) }).toEqual({
          id: c.id,
          quoted: true,
        });
    }
  });

  it("asks a value for RPO, RTO and the last DR test date, Met Y/N elsewhere", () => {
    const values = Object.fromEntries(
      allControls()
        .filter((c) => c.response !== "met")
        .map((c) => [c.id, [c.response, c.responseLabel]])
    );
    expect(values).toEqual({
      "DR-001": ["value", "RPO"],
      "DR-002": ["value", "RTO"],
      "DR-004": ["value", "Last DR test date"],
    });
  });

  it("has no delivery categories, case studies, points or evidence constraints", () => {
    for (const c of allControls()) {
      expect(c.appliesTo).toBeNull();
      expect(c.perCaseStudy).toBeNull();
      expect(c.points).toBeNull();
      expect(c.naAllowed).toBe(false);
      expect(c.publicEvidence).toBe(false);
      expect(c.distinctEvidence).toBe(false);
    }
  });
});
