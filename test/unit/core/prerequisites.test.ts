/**
 * Issue 11, item 5: prerequisites are questions, not sheet rows. Asked only when the workbook has no prerequisite
 * rows, remembered in the SelfAssess sheet, answered on the command line, and never blocking.
 */
import { CATALOG } from "../../../src/checklists";
import type { Checklist } from "../../../src/checklists/schema";
import { parseArgs } from "../../../src/cli/command";
import {
  prerequisiteFlags,
  prerequisitesFromFlags,
  scopeFromFlags,
  SCOPE_BOOLEAN_FLAGS,
  SCOPE_VALUE_FLAGS,
} from "../../../src/cli/scopeFlags";
import {
  askedPrerequisites,
  prerequisiteAnswer,
  prerequisiteAnswers,
  prerequisiteFindings,
  prerequisiteQuestions,
  withPrerequisiteAnswers,
} from "../../../src/core/prerequisites";
import { defaultScope } from "../../../src/core/scope";
import { persistedRows, readPersisted, SELFASSESS_SHEET } from "../../../src/core/workbook/persist";

const PLACE = { sheet: "Technical Validation", cell: "A3" };

function withoutPrerequisites(checklist: Checklist): Checklist {
  return { ...checklist, sections: checklist.sections.filter((s) => s.part !== "prerequisites") };
}

test.each([
  ["msp", ["P-1", "P-2", "P-3"]],
  ["ecs", ["1.1", "1.2", "2.1", "2.2", "3.1"]],
  ["ftr", ["1.1"]],
])("%s asks its catalog prerequisites, in order", (id, ids) => {
  const checklist = CATALOG[id as "msp"];
  expect(prerequisiteQuestions(checklist).map((q) => q.id)).toEqual(ids);
  expect(askedPrerequisites(checklist, withoutPrerequisites(checklist)).map((q) => q.id)).toEqual(
    ids
  );
});

test("a workbook that carries the prerequisite rows is not asked: the rows answer", () => {
  expect(askedPrerequisites(CATALOG.msp, CATALOG.msp)).toEqual([]);
  const findings = prerequisiteFindings(CATALOG.msp, CATALOG.msp, defaultScope("msp"), PLACE);
  expect(findings).toEqual([]);
});

test("without rows, unanswered prerequisites are one information finding, never an error", () => {
  const findings = prerequisiteFindings(
    CATALOG.msp,
    withoutPrerequisites(CATALOG.msp),
    defaultScope("msp"),
    PLACE
  );
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({
    severity: "info",
    rule: "prerequisite.unanswered",
    sheet: "Technical Validation",
    cell: "A3",
  });
  expect(findings[0].message).toContain("P-1 APN Membership");
});

test("answered: not met is one warning naming the prerequisite; all met gives no finding", () => {
  const assessed = withoutPrerequisites(CATALOG.ecs);
  const some = withPrerequisiteAnswers(defaultScope("ecs"), {
    "1.1": true,
    "1.2": false,
    "2.1": true,
    "2.2": true,
    "3.1": true,
  });
  const findings = prerequisiteFindings(CATALOG.ecs, assessed, some, PLACE);
  expect(findings.map((f) => [f.severity, f.rule])).toEqual([["warning", "prerequisite.not-met"]]);
  expect(findings[0].message).toContain("1.2 Services Path Membership");
  const all = withPrerequisiteAnswers(
    defaultScope("ecs"),
    prerequisiteAnswers(CATALOG.ecs, { allMet: true, answers: {} })
  );
  expect(prerequisiteFindings(CATALOG.ecs, assessed, all, PLACE)).toEqual([]);
  expect(prerequisiteAnswer(all, "3.1")).toBe(true);
  expect(prerequisiteAnswer(defaultScope("ecs"), "3.1")).toBeNull();
});

test("an answer for a prerequisite the checklist does not have is reported, not ignored", () => {
  const scope = withPrerequisiteAnswers(defaultScope("ftr"), { "9.9": true });
  const findings = prerequisiteFindings(CATALOG.ftr, CATALOG.ftr, scope, PLACE);
  expect(findings.map((f) => f.rule)).toEqual(["prerequisite.unknown"]);
  expect(findings[0].message).toContain("9.9");
});

test("answers survive the SelfAssess sheet: one row per prerequisite, read back as booleans", () => {
  const scope = withPrerequisiteAnswers(defaultScope("msp"), { "P-1": true, "P-2": false });
  const rows = persistedRows({
    checklist: "msp",
    checklistVersion: "3.1",
    scope,
    created: "2025-10-01",
  });
  expect(rows).toContainEqual(["scope.prerequisites.P-1", true]);
  expect(rows).toContainEqual(["scope.prerequisites.P-2", false]);
  // Not answered: an empty value, so an answer taken back is forgotten by a key-by-key update too.
  expect(rows).toContainEqual(["scope.prerequisites.P-3", null]);
  expect(rows.some((r) => r[0] === "scope.prerequisites")).toBe(false);
  // Excel and LibreOffice may give the booleans back as TRUE/FALSE text.
  const asText = rows.map((r) => (typeof r[1] === "boolean" ? [r[0], r[1] ? "TRUE" : "FALSE"] : r));
  for (const values of [rows, asText]) {
    const persisted = readPersisted({
      sheets: [
        {
          name: SELFASSESS_SHEET,
          rows: values,
          merges: [],
          hyperlinks: {},
          visibility: "veryHidden",
        },
      ],
    });
    expect(persisted?.scope.prerequisites).toEqual({ "P-1": true, "P-2": false });
  }
});

test("a scope without prerequisite answers writes no prerequisite rows and reads none back", () => {
  const rows = persistedRows({
    checklist: "ecs",
    checklistVersion: "February 2025",
    scope: defaultScope("ecs"),
    created: "2025-10-01",
  });
  expect(rows.filter((r) => String(r[0]).startsWith("scope.prerequisites"))).toEqual([]);
  const persisted = readPersisted({
    sheets: [
      { name: SELFASSESS_SHEET, rows, merges: [], hyperlinks: {}, visibility: "veryHidden" },
    ],
  });
  expect(persisted?.scope.prerequisites).toBeUndefined();
});

describe("command-line flags", () => {
  const parse = (...args: string[]) =>
    parseArgs(args, [...SCOPE_BOOLEAN_FLAGS], [...SCOPE_VALUE_FLAGS]);

  test("--prerequisite ID=yes|no, comma-separated; absent flags give no answers", () => {
    expect(prerequisiteFlags(parse("--prerequisite", "P-1=yes, P-2=no"))).toEqual({
      allMet: false,
      answers: { "P-1": true, "P-2": false },
    });
    expect(prerequisiteFlags(parse())).toBeUndefined();
  });

  test("--prerequisites-met answers every prerequisite; a single answer wins over it", () => {
    const answers = prerequisitesFromFlags(
      parse("--prerequisites-met", "--prerequisite=P-3=no"),
      CATALOG.msp
    );
    expect(answers).toEqual({ "P-1": true, "P-2": true, "P-3": false });
  });

  test("a malformed answer or an unknown ID is a usage error naming the valid ones", () => {
    expect(() => prerequisiteFlags(parse("--prerequisite", "P-1=maybe"))).toThrow(
      /ID=yes or ID=no/
    );
    expect(() => prerequisitesFromFlags(parse("--prerequisite", "X-1=yes"), CATALOG.msp)).toThrow(
      'unknown prerequisite "X-1". Prerequisites of the AWS Managed Service Provider (MSP) Partner Program: P-1, P-2, P-3'
    );
  });

  test("scopeFromFlags (new, score) stores the answers in the scope", () => {
    const scope = scopeFromFlags("ftr", parse("--prerequisite", "1.1=yes"));
    expect(scope.prerequisites).toEqual({ "1.1": true });
    expect(scopeFromFlags("ftr", parse()).prerequisites).toBeUndefined();
  });
});
