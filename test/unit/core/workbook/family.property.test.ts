/**
 * Random sheets of the template family with random control IDs (releases no catalog knows): every answered row is
 * counted, nothing throws, and every finding names its sheet and cell.
 */
import fc from "fast-check";
import { CHECKLISTS } from "../../../../src/checklists";
import { parseMet } from "../../../../src/core/answers";
import type { CellValue } from "../../../../src/core/model";
import { checkGrid } from "../../../../src/core/workbook/checkGrid";
import type { Grid } from "../../../../src/core/workbook/grid";
import { idKey } from "../../../../src/core/workbook/idShape";

const TITLES = [
  "AWS Managed Service Provider (MSP) Partner Program Validation Checklist",
  "Amazon ECS Service Delivery Validation Checklist",
  "Partner Hosted Foundational Technical Review",
  "AWS Digital Customer Experience Competency",
  "ATO on AWS Program Technology Partner Validation Checklist",
];

const letters = fc
  .array(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), { minLength: 2, maxLength: 5 })
  .map((a) => a.join(""));
const number3 = fc.integer({ min: 1, max: 999 }).map((n) => String(n).padStart(3, "0"));
const prefixed = fc
  .tuple(letters, number3, fc.constantFrom("", "", "", "-SERVICE"))
  .map(([p, n, s]) => `${p}-${n}${s}`);
const dotted = fc
  .array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 3 })
  .map((parts) => parts.join("."));
const sub = fc
  .tuple(letters, number3, fc.integer({ min: 1, max: 9 }))
  .map(([p, n, s]) => `${p}-${n}.${s}`);
const controlId = fc.oneof(prefixed, prefixed, dotted, sub);

const answer = fc.constantFrom<CellValue>("Yes", "No", "N/A", "", null, "yes", "Y");
const description = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom("Mandatory: the partner does it.", "Recommended - a plan exists.")
);

const COLUMNS = ["ID", "Requirement Description", "Met?", "Partner Response"] as const;

const family = fc.record({
  title: fc.constantFrom(...TITLES),
  banner: fc.integer({ min: 0, max: 3 }),
  order: fc.shuffledSubarray([...COLUMNS], { minLength: 4, maxLength: 4 }),
  sheetName: fc.constantFrom("Technical Validation", "Checklist", "Requirements"),
  rows: fc.uniqueArray(
    fc.record({
      id: controlId,
      description,
      met: answer,
      response: fc.constantFrom("", "Documented in the runbook."),
      sectionBefore: fc.option(fc.constantFrom("Business", "Security", "Operations"), {
        freq: 4,
      }),
    }),
    { minLength: 1, maxLength: 25, selector: (r) => idKey(r.id) }
  ),
});

type Family = typeof family extends fc.Arbitrary<infer T> ? T : never;

function build(f: Family): Grid {
  const col = (name: (typeof COLUMNS)[number]) => f.order.indexOf(name);
  const rows: CellValue[][] = [];
  for (let i = 0; i < f.banner; i++) rows.push(i === 0 ? [f.title] : []);
  rows.push([...f.order]);
  for (const r of f.rows) {
    if (r.sectionBefore) {
      const section: CellValue[] = [];
      section[col("ID")] = r.sectionBefore;
      rows.push(section);
    }
    const row: CellValue[] = [];
    row[col("ID")] = r.id;
    row[col("Requirement Description")] = r.description;
    row[col("Met?")] = r.met;
    row[col("Partner Response")] = r.response;
    rows.push(row);
  }
  return {
    sheets: [
      { name: "Introduction", rows: [[f.title], ["Validity Period: February 2025-August 2025"]] },
      { name: f.sheetName, rows },
    ],
  };
}

test("every answered row of a random family sheet is counted; findings name sheet and cell", () => {
  fc.assert(
    fc.property(family, (f) => {
      const result = checkGrid(build(f), CHECKLISTS, { today: "2025-06-01" });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { check } = result;
      const byKey = new Map(check.entries.map((e) => [idKey(e.id), e]));
      const assessed = new Set(check.assessment.controls.map((c) => idKey(c.id)));
      for (const r of f.rows) {
        const met = parseMet(r.met);
        if (!met || met === "blank") continue;
        const entry = byKey.get(idKey(r.id));
        expect(entry?.answers[0]?.met).toBe(met);
        expect(assessed.has(idKey(r.id))).toBe(true);
      }
      for (const finding of check.findings) {
        expect(finding.sheet).toEqual(expect.any(String));
        expect(finding.sheet).not.toBe("");
        expect(finding.cell).toMatch(/^[A-Z]{1,3}\d+$/);
      }
    }),
    { numRuns: 150 }
  );
});
