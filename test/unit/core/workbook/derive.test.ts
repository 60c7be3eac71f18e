import { CATALOG, CHECKLISTS } from "../../../../src/checklists";
import { checkGrid } from "../../../../src/core/workbook/checkGrid";
import { deriveWorkbook, statedLevel } from "../../../../src/core/workbook/derive";
import { enrich, versionDiffFinding } from "../../../../src/core/workbook/enrich";
import { idShape, splitIdCell } from "../../../../src/core/workbook/idShape";
import { recognise } from "../../../../src/core/workbook/recognise";
import {
  checkVersion,
  parseValidity,
  parseVersion,
  readWorkbookVersion,
} from "../../../../src/core/workbook/version";
import { ecsLater, mspCurrent } from "./family.fixtures";
import { sheet } from "./fixtures";

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error((result as unknown as { reason: string }).reason);
  return result as Extract<T, { ok: true }>;
}

describe("ID shapes", () => {
  test.each([
    ["BUS-001", "prefixed"],
    ["PLAT-001", "prefixed"],
    ["SEC-001-SERVICE", "prefixed"],
    ["CM-1", "prefixed"],
    ["1.1", "dotted"],
    ["9.3.1", "dotted"],
    ["HOST-001.1", "sub"],
    ["ECS-024.2", "sub"],
  ])("%s is %s", (id, shape) => {
    expect(idShape(id)).toBe(shape);
  });
  test.each(["Business Health", "1", "2025", "ECS", "Yes", "BUS-", "-001", "1.1.1.1.1"])(
    "%j is no ID",
    (text) => expect(idShape(text)).toBeNull()
  );
  test("an ID cell carrying the title", () => {
    expect(splitIdCell("1.1 Financial Health")).toEqual({
      id: "1.1",
      key: "1.1",
      title: "Financial Health",
    });
    expect(splitIdCell("SUP-001 - Support plan")).toMatchObject({
      id: "SUP-001",
      title: "Support plan",
    });
    expect(splitIdCell("1.0 Business Health")).toMatchObject({
      id: "1.0",
      title: "Business Health",
    });
    expect(splitIdCell("Business Health")).toBeNull();
  });
  test("Mandatory and Recommended at the start of a description", () => {
    expect(statedLevel("Mandatory: do it")).toBe("mandatory");
    expect(statedLevel("[Recommended] do it")).toBe("recommended");
    expect(statedLevel("MANDATORY - do it")).toBe("mandatory");
    expect(statedLevel("Partner has a mandatory plan")).toBeNull();
  });
});

describe("deriving the checklist from the workbook alone", () => {
  test("the current MSP format: sections, controls, Mandatory/Recommended, no points", () => {
    const grid = mspCurrent();
    const derived = deriveWorkbook(grid.sheets, { checklist: "msp" });
    expect(derived.hasPoints).toBe(false);
    expect(derived.hasPrerequisites).toBe(false);
    expect(derived.sections.map((s) => [s.title, s.controls.map((c) => c.id)])).toEqual([
      ["Business", ["BUS-001", "BUS-002"]],
      ["People", ["PEO-003"]],
      ["Governance", ["GOV-002"]],
      ["Platform", ["PLAT-001"]],
      ["Security", ["SEC-001"]],
      ["Operations", ["OPS-013"]],
    ]);
    const bus = derived.sections[0].controls;
    expect(bus.map((c) => c.stated)).toEqual(["mandatory", "recommended"]);
    expect(bus[0]).toMatchObject({
      sheet: "Technical Validation",
      cell: "A5",
      title: "The partner has a documented business plan for its AWS MSP practice",
    });
    expect(derived.sheets[0].columns).toMatchObject({ id: 0, requirement: 1, met: 2, response: 3 });
  });

  test("controls grouped by ID prefix when the sheet prints no section rows; sub-questions kept", () => {
    const grid = {
      sheets: [
        sheet("Checklist", [
          ["ID", "Description", "Met?"],
          ["HOST-001", "Hosting is documented.", "Yes"],
          ["HOST-001.1", "Including regions.", "No"],
          ["NET-002", "Networks are segmented.", ""],
        ]),
      ],
    };
    const derived = deriveWorkbook(grid.sheets, { checklist: "ftr" });
    expect(derived.sections.map((s) => [s.id, s.controls.map((c) => c.id)])).toEqual([
      ["HOST", ["HOST-001", "HOST-001.1"]],
      ["NET", ["NET-002"]],
    ]);
  });

  test("point columns give each control its own points", () => {
    const grid = {
      sheets: [
        sheet("MSP", [
          [
            "ID",
            "Requirement",
            "Met?",
            "Subtract if Does Not Meet Capability",
            "Add if Does Meet Capability",
          ],
          ["1.0 Business"],
          ["1.1", "Health", "Yes", -200, 0],
          ["1.2", "Plan", "No", 0, 20],
        ]),
      ],
    };
    const derived = deriveWorkbook(grid.sheets, { checklist: "msp" });
    expect(derived.hasPoints).toBe(true);
    expect(derived.sections[0].controls.map((c) => c.points)).toEqual([
      { met: 0, notMet: -200 },
      { met: 20, notMet: 0 },
    ]);
  });
});

describe("the workbook's version and validity", () => {
  test("read from the Introduction sheet", () => {
    const info = readWorkbookVersion(mspCurrent());
    expect(info.title?.value).toMatch(/Managed Service Provider/);
    expect(info.version).toMatchObject({ value: "2025.1", sheet: "Introduction", cell: "A2" });
    expect(info.validity).toMatchObject({
      value: { from: "2025-02", to: "2025-08" },
      sheet: "Introduction",
      cell: "A3",
    });
  });
  test("quarter-named releases and label/value pairs", () => {
    const info = readWorkbookVersion({
      sheets: [
        sheet("Intro", [
          ["Partner Hosted Foundational Technical Review"],
          ["Version:", "2021_q4_v1"],
          ["Validity period:", "Feb 2025 to Aug 2025"],
        ]),
      ],
    });
    expect(info.version?.value).toBe("2021_q4_v1");
    expect(info.validity?.value).toMatchObject({ from: "2025-02", to: "2025-08" });
  });
});

describe("enrichment by the catalog", () => {
  test("an ECS workbook of a later release: two new controls, one summary, nothing ignored", () => {
    const result = ok(recognise(ecsLater(), CHECKLISTS));
    expect(result.checklist.source).toBe("enriched");
    expect(result.diff.added).toEqual(["ECS-024", "ECS-025"]);
    expect(result.diff.removed).toEqual([]);
    const ecsSection = result.checklist.sections.find((s) => s.id === "ECS");
    expect(ecsSection?.controls.map((c) => c.id).slice(-3)).toEqual([
      "ECS-023",
      "ECS-024",
      "ECS-025",
    ]);
    // The catalog's controls keep their rules; the new ones are per reference with the generic roll-up.
    const catalog001 = CATALOG.ecs.sections
      .flatMap((s) => s.controls)
      .find((c) => c.id === "ECS-001");
    expect(ecsSection?.controls[0]).toEqual(catalog001);
    expect(ecsSection?.controls.find((c) => c.id === "ECS-024")?.perCaseStudy).toEqual({
      rollup: "every",
    });
    const summaries = result.findings.filter((f) => f.rule === "workbook.version-difference");
    expect(summaries).toHaveLength(1);
    expect(summaries[0].message).toMatch(/\+2 controls, -0 against the February 2025 catalog/);
    expect(result.findings.filter((f) => f.rule === "workbook.control-missing")).toEqual([]);
  });

  test("checking it counts every answered row, and the prerequisites neither block nor go missing", () => {
    const check = ok(checkGrid(ecsLater(), CHECKLISTS, { today: "2025-09-01" })).check;
    const ids = check.assessment.controls.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["ECS-024", "ECS-025"]));
    expect(ids).not.toContain("1.1");
    expect(check.assessment.controls.find((c) => c.id === "ECS-024")?.met).toBe("yes");
    // ECS-025 answered for reference #1 only: the roll-up over both references leaves it open.
    expect(check.assessment.controls.find((c) => c.id === "ECS-025")?.met).toBe("blank");
    expect(check.assessment.unanswered).toEqual(["ECS-025"]);
    expect(check.assessment.pass.rule).toBe("mandatory");
  });

  test("the current MSP format is checked on its own words with the mandatory pass rule", () => {
    const answers = {
      "BUS-001": "Yes",
      "BUS-002": "No",
      "PEO-003": "Yes",
      "GOV-002": "Yes",
      "PLAT-001": "No",
      "SEC-001": "Yes",
      "OPS-013": "Yes",
    };
    const check = ok(checkGrid(mspCurrent(answers), CHECKLISTS, { today: "2025-06-01" })).check;
    expect(check.checklist).toMatchObject({ id: "msp", source: "workbook", scoring: null });
    expect(check.mapping.recognisedBy).toBe("workbook-rows");
    expect(check.assessment.score).toBeNull();
    expect(check.assessment.pass).toMatchObject({
      rule: "mandatory",
      pass: true,
      mandatoryCount: 5,
      mandatoryFailed: [],
    });
    expect(check.assessment.overall).toMatchObject({ applicable: 7, answered: 7, met: 5 });

    const failing = ok(
      checkGrid(mspCurrent({ ...answers, "SEC-001": "No" }), CHECKLISTS, { today: "2025-06-01" })
    ).check;
    expect(failing.assessment.pass).toMatchObject({ pass: false, mandatoryFailed: ["SEC-001"] });
  });

  test("a version summary names the counts against the catalog release", () => {
    const finding = versionDiffFinding(
      { added: ["ECS-024"], removed: ["ECS-001", "ECS-002"], matched: 3 },
      CATALOG.ecs,
      [
        {
          sheet: "S",
          headerRow: 1,
          headerRows: 1,
          columns: {
            id: 0,
            requirement: 1,
            met: 2,
            response: null,
            evidenceLinks: null,
            evidenceDates: null,
            reviewerComment: null,
            pointsMet: null,
            pointsNotMet: null,
            caseStudies: [],
          },
          controls: {},
          sections: [],
        },
      ]
    );
    expect(finding).toMatchObject({
      rule: "workbook.version-difference",
      sheet: "S",
      cell: "A2",
      severity: "warning",
    });
    expect(finding?.message).toMatch(/\+1 controls, -2 against the February 2025 catalog/);
    expect(finding?.message).toMatch(/ECS-001, ECS-002/);
  });

  test("enrich without a catalog keeps the workbook's words and its points", () => {
    const grid = {
      sheets: [
        sheet("MSP", [
          [
            "ID",
            "Requirement",
            "Met?",
            "Subtract if Does Not Meet Capability",
            "Add if Does Meet Capability",
          ],
          ["1.1", "Health", "Yes", -200, 0],
          ["1.2", "Plan", "No", 0, 20],
        ]),
      ],
    };
    const derived = deriveWorkbook(grid.sheets, { checklist: "msp" });
    const { checklist, diff } = enrich(
      derived,
      { id: "msp", catalog: null },
      readWorkbookVersion(grid)
    );
    expect(checklist.source).toBe("workbook");
    expect(checklist.scoring).toEqual({ max: 20, pass: 18, mandatoryNotMet: -200 });
    expect(checklist.sections[0].controls.map((c) => [c.id, c.points, c.mandatory])).toEqual([
      ["1.1", { met: 0, notMet: -200 }, true],
      ["1.2", { met: 20, notMet: 0 }, false],
    ]);
    expect(diff).toEqual({ added: ["1.1", "1.2"], removed: [], matched: 0 });
  });
});

describe("version and validity against the planned submission and the catalog", () => {
  const place = { sheet: "Checklist", cell: "A3" };
  const none = { title: null, version: null, validity: null };

  test("parsing validity periods", () => {
    expect(parseValidity("Validity Period: February 2025-August 2025")).toEqual({
      text: "February 2025-August 2025",
      from: "2025-02",
      to: "2025-08",
      graceUntil: null,
    });
    expect(parseValidity(CATALOG.ecs.validity ?? "")).toMatchObject({
      to: "2025-08",
      graceUntil: "2025-11",
    });
    expect(parseValidity("Version 3.1")).toBeNull();
    expect(parseVersion("AWS MSP Partner Program Validation Checklist v3.1")).toBe("3.1");
    expect(parseVersion("Released February 14th, 2025")).toBe("February 2025");
  });

  test("ECS February 2025 has lapsed for a submission in December 2026; in its grace period it is an info", () => {
    const late = checkVersion(none, "ecs", CATALOG.ecs, "2026-12-02", place);
    expect(late.lapsed).toBe(true);
    expect(late.findings).toEqual([
      expect.objectContaining({ rule: "version.lapsed", severity: "warning", ...place }),
    ]);
    expect(late.findings[0].message).toMatch(/February 2025-August 2025/);
    const grace = checkVersion(none, "ecs", CATALOG.ecs, "2025-10-15", place);
    expect(grace.findings).toEqual([
      expect.objectContaining({ rule: "version.lapsed", severity: "info" }),
    ]);
    expect(checkVersion(none, "ecs", CATALOG.ecs, "2025-06-01", place).findings).toEqual([]);
  });

  test("FTR 2021_q4_v1 prints no validity: published long before the submission, it is flagged", () => {
    const result = checkVersion(none, "ftr", CATALOG.ftr, "2026-12-02", place);
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: "version.lapsed", severity: "warning" }),
    ]);
    expect(result.findings[0].message).toMatch(/2021_q4_v1/);
  });

  test("a workbook of another release: its own validity and a version difference where it prints it", () => {
    const info = readWorkbookVersion(mspCurrent());
    const result = checkVersion(info, "msp", CATALOG.msp, "2026-12-02", place);
    expect(result.differs).toBe(true);
    expect(result.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["version.lapsed", "Introduction", "A3"],
      ["version.differs", "Introduction", "A2"],
    ]);
    // Each message names the cell its finding is placed on.
    for (const f of result.findings)
      expect(f.message).toMatch(new RegExp(`^'${f.sheet}'!${f.cell}: `));
  });

  test("check reports it", () => {
    const check = ok(checkGrid(ecsLater(), CHECKLISTS, { today: "2026-12-02" })).check;
    expect(check.findings.filter((f) => f.rule === "version.lapsed")).toEqual([
      expect.objectContaining({ sheet: "Introduction", cell: "A2", severity: "warning" }),
    ]);
  });
});

describe("column roles from content", () => {
  function mspV31(value: (points: { met: number; notMet: number }) => string | number | null) {
    const rows: (string | number | null)[][] = [
      ["AWS MSP Partner Program Validation Checklist v3.1"],
      [
        "ID",
        "Requirement Description",
        "Partner Self-Assessment",
        "Subtract if Does Not Meet Capability",
        "Add if Does Meet Capability",
      ],
    ];
    for (const section of CATALOG.msp.sections) {
      if (section.part !== "requirements") continue;
      rows.push([`${section.id} ${section.title}`]);
      for (const c of section.controls) {
        const points = c.points ?? { met: 0, notMet: 0 };
        rows.push([c.id, c.requirement, value(points), points.notMet, points.met]);
      }
    }
    return { sheets: [sheet("MSP Checklist", rows)] };
  }

  test("a Partner Self-Assessment column holding Yes/No is the Met column (not -9200)", () => {
    const check = ok(
      checkGrid(
        mspV31(() => "Yes"),
        CHECKLISTS,
        { today: "2025-06-01" }
      )
    ).check;
    expect(check.checklist.source).toBe("catalog");
    expect(check.mapping.sheets[0].columns).toMatchObject({ met: 2, response: null });
    // Every row is read as met, 1.6 too: its three customer references are asked once here (one answer cell), and
    // that one Yes stands for every reference (no answered row is ignored).
    expect(check.assessment.unanswered).toEqual([]);
    expect(check.assessment.score?.total).toBe(1000);
    expect(check.assessment.pass).toMatchObject({
      rule: "points",
      pass: true,
      mandatoryFailed: [],
    });
  });

  test("a Self-Assessment column holding each row's own point values is read as Met", () => {
    let i = 0;
    const grid = mspV31((p) => (i++ % 10 === 0 ? p.notMet : p.met));
    const check = ok(checkGrid(grid, CHECKLISTS, { today: "2025-06-01" })).check;
    expect(check.mapping.sheets[0].columns).toMatchObject({ met: 2, metFrom: "points" });
    expect(check.findings.filter((f) => f.rule === "workbook.met-unreadable")).toEqual([]);
    const answered = check.assessment.overall;
    expect(check.assessment.unanswered).toEqual([]);
    expect(answered.answered).toBe(answered.applicable);
    expect(answered.notMet).toBeGreaterThan(0);
  });

  test("Met words on some rows only, and answers written as 'Yes - ...' in another column: both are asked about", () => {
    let i = 0;
    const grid = mspV31(() => (i++ % 3 === 0 ? "Reviewed with our PDM" : "Yes"));
    const rows = grid.sheets[0].rows;
    rows[1][5] = "Partner Response";
    for (const row of rows.slice(2)) if (row.length > 2) row[5] = "Yes - see the evidence folder";
    const result = ok(recognise(grid, CHECKLISTS));
    const m = result.mapping.sheets[0];
    expect(m.columns).toMatchObject({ met: 2, response: 5 });
    expect(m.ambiguous?.map((a) => [a.column, a.chosen])).toEqual([
      [2, "met"],
      [5, "response"],
    ]);
    expect(m.ambiguous?.[0].question).toMatch(/"Partner Self-Assessment" or "Partner Response"/);
  });

  test("an empty Self-Assessment column and no Met column: flagged ambiguous, read as the response", () => {
    const result = ok(
      recognise(
        mspV31(() => null),
        CHECKLISTS
      )
    );
    const m = result.mapping.sheets[0];
    expect(m.columns.met).toBeNull();
    expect(m.ambiguous).toEqual([
      expect.objectContaining({ column: 2, roles: ["met", "response"], chosen: "response" }),
    ]);
  });
});

describe("no answered row is ignored", () => {
  test("a header without an ID label: the ID column is found by the shape of its IDs", () => {
    const grid = {
      sheets: [
        sheet("Intro", [["AWS Managed Service Provider (MSP) Partner Program"]]),
        sheet("Technical Validation", [
          [null, "Requirement Description", "Met?", "Partner Response"],
          ["BUS-001", "Mandatory: plan.", "Yes", "ok"],
          ["OPS-013", "Mandatory: incidents.", "No", ""],
        ]),
      ],
    };
    const result = ok(recognise(grid, CHECKLISTS));
    expect(result.mapping.sheets[0].columns.id).toBe(0);
    expect(Object.keys(result.mapping.sheets[0].controls)).toEqual([
      "requirements/BUS-001",
      "requirements/OPS-013",
    ]);
  });

  test("an answered row whose ID has no known shape is read as a control; an unanswered note is not", () => {
    const grid = {
      sheets: [
        sheet("Intro", [["Amazon ECS Service Delivery Validation Checklist"]]),
        sheet("Checklist", [
          ["ID", "Requirement Description", "Met?"],
          ["ECS-100", "A new control.", "Yes"],
          ["Custom A", "Our own extra question.", "No"],
          ["Note", "Answer every row below.", null],
        ]),
      ],
    };
    const check = ok(checkGrid(grid, CHECKLISTS, { today: "2025-06-01" })).check;
    expect(check.entries.map((e) => [e.id, e.answers[0].met])).toEqual([
      ["ECS-100", "yes"],
      ["Custom A", "no"],
    ]);
  });

  test("a workbook naming no programme and holding no catalog ID is still refused", () => {
    const grid = {
      sheets: [
        sheet("Budget", [
          ["ID", "Item", "Met?"],
          ["ZZ-001", "Coffee", "Yes"],
        ]),
      ],
    };
    const result = recognise(grid, CHECKLISTS);
    expect(result.ok).toBe(false);
  });
});
