/** create -> fill (Met values written with ExcelJS) -> check, for every checklist, through the CLI in-process. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOG } from "../../../src/checklists";
import { applicability } from "../../../src/core/applicability";
import { rollupMet } from "../../../src/core/rollup";
import { Scope } from "../../../src/core/model";
import { checklistIds, fill, random, run, tempDir } from "./helpers";

const dir = tempDir();

describe.each(checklistIds())("round trip %s", (id) => {
  test("new -> fill -> check --json reads back every answer, with the scope kept in the workbook", async () => {
    const checklist = CATALOG[id];
    const made = await run(
      ["new", "--checklist", id, "--non-reseller", "--as-of", "2025-09-30", "--out", `${id}.xlsx`],
      dir
    );
    expect(made).toMatchObject({ code: 0, stderr: "" });
    const rnd = random(id.length * 7919);
    const chosen = new Map<string, string>();
    const filled = await fill(readFileSync(join(dir, `${id}.xlsx`)), (key, caseStudy) => {
      const value = rnd() < 0.8 ? "Yes" : "No";
      chosen.set(`${key}#${caseStudy}`, value);
      return value;
    });
    writeFileSync(join(dir, `${id}-filled.xlsx`), filled);
    const checked = await run(["check", `${id}-filled.xlsx`, "--json"], dir);
    expect(checked.stderr).toBe("");
    expect([0, 1]).toContain(checked.code);
    const doc = JSON.parse(checked.stdout);
    expect(doc.checklist).toBe(id);
    expect(doc.scope).toMatchObject({ reseller: false, plannedSubmissionDate: "2025-09-30" });
    expect(doc.scopeSource).toBe("workbook");
    expect(doc.mapping.recognisedBy).toBe("selfassess-sheet");
    for (const f of doc.findings) {
      expect(typeof f.sheet).toBe("string");
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }
    expect(doc.findings.filter((f: { rule: string }) => f.rule.startsWith("workbook."))).toEqual(
      []
    );
    // The engine's met count equals what was written, rolled up per the catalog.
    const scope = Scope.parse(doc.scope);
    const count = scope.caseStudyCount ?? Math.max(1, checklist.caseStudies?.count ?? 1);
    let expectedMet = 0;
    for (const status of applicability(checklist, scope)) {
      if (status.state !== "applies") continue;
      const answers = [];
      for (let i = 1; i <= (status.control.perCaseStudy ? count : 1); i++) {
        const v = chosen.get(`${status.key}#${i}`);
        answers.push({
          met: v === "Yes" ? ("yes" as const) : v === "No" ? ("no" as const) : ("blank" as const),
          naReason: "",
          response: "",
          links: [],
          dates: [],
          reviewerComment: "",
        });
      }
      if (
        rollupMet(status.control, { part: status.part, id: status.control.id, answers }, count) ===
        "yes"
      )
        expectedMet++;
    }
    expect(doc.score.overall.met).toBe(expectedMet);
    expect(doc.score.overall.answered).toBe(doc.score.overall.applicable);
    if (id === "msp") {
      expect(doc.score).toEqual(
        expect.objectContaining({
          checklist: "msp",
          total: expect.any(Number),
          max: 1000,
          pass: expect.any(Boolean),
          mandatoryFailed: expect.any(Array),
          unanswered: [],
          findings: expect.any(Array),
        })
      );
      expect(doc.score.sections[0]).toEqual(
        expect.objectContaining({
          id: "1.0",
          title: expect.any(String),
          total: expect.any(Number),
          max: expect.any(Number),
        })
      );
    }
  }, 30000);
});

test("check DIR prints a line per workbook and exits 1 when one has errors", async () => {
  const out = await run(["check", "."], dir);
  const lines = out.stdout.trim().split("\n");
  expect(lines.length).toBeGreaterThanOrEqual(10);
  expect(
    lines.find((l) =>
      l.startsWith("msp-filled.xlsx: AWS Managed Service Provider (MSP) Partner Program 3.1, score")
    )
  ).toBeDefined();
  expect(out.code).toBe(1);
});
