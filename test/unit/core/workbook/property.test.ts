/** Thousands of malformed grids: the recogniser and the reader never throw, and every finding names sheet and cell. */
import fc from "fast-check";
import { CHECKLISTS } from "../../../../src/checklists";
import { checkGrid } from "../../../../src/core/workbook/checkGrid";
import type { Grid } from "../../../../src/core/workbook/grid";
import { readAnswers } from "../../../../src/core/workbook/readAnswers";
import { recognise } from "../../../../src/core/workbook/recognise";
import { CATALOG_MINI, mini } from "./fixtures";

const labels = [
  "ID",
  "Requirement Description",
  "Met?",
  "Met Y/N",
  "Partner Response",
  "Partner Self-Assessment",
  "Auditor Validation",
  "Customer Reference #1",
  "Customer Reference #2",
  "Example Response",
  "Add if Does Meet Capability",
  "Subtract if Does Not Meet Capability",
  "Evidence links",
  "Evidence dates",
];
const ids = [
  "1.1",
  "1.2",
  "2.1",
  "P-1",
  "SUP-001",
  "SUP-002",
  "SUP-003",
  " 1.1. ",
  "9.9.9",
  "ECS-001",
  "1.0 Business Health",
];

const cell = fc.oneof(
  fc.constantFrom(...labels, ...ids, "Yes", "No", "N/A", "Maybe", "", "✓"),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false })
);
const row = fc.array(cell, { maxLength: 10 });
const merges = fc.array(
  fc.oneof(fc.constantFrom("A1:C1", "B2:C2", "A2:A3", "ZZ9:A1"), fc.string({ maxLength: 6 })),
  { maxLength: 4 }
);
const sheet = fc.record({
  name: fc.oneof(
    fc.constantFrom("MSP Checklist", "Customer Examples", "SelfAssess", "Summary"),
    fc.string()
  ),
  rows: fc.array(row, { maxLength: 14 }),
  merges,
});
const grid = fc.record({ sheets: fc.array(sheet, { maxLength: 4 }), date1904: fc.boolean() });

function assertPlaced(findings: { sheet?: string; cell?: string }[]): void {
  for (const f of findings) {
    expect(typeof f.sheet).toBe("string");
    expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
  }
}

test("recognise and readAnswers never throw on generated grids; findings name sheet and cell", () => {
  fc.assert(
    fc.property(grid, (g) => {
      const result = recognise(g as Grid, CATALOG_MINI);
      if (!result.ok) return;
      assertPlaced(result.findings);
      const checklist = CATALOG_MINI.find((c) => c.id === result.mapping.checklist) ?? mini;
      const read = readAnswers(g as Grid, result.mapping, checklist);
      assertPlaced(read.findings);
    }),
    { numRuns: 3000 }
  );
});

test("the whole check over the real catalog never throws; every finding names sheet and cell", () => {
  fc.assert(
    fc.property(grid, (g) => {
      const result = checkGrid(g as Grid, CHECKLISTS, { today: "2025-06-01" });
      if (result.ok) assertPlaced(result.check.findings);
    }),
    { numRuns: 500 }
  );
});

test("structurally broken input never throws", () => {
  const broken = [
    null,
    {},
    { sheets: null },
    { sheets: [null, 1, { name: 3, rows: "x" }, { rows: [null, 5, [[]]] }] },
  ];
  for (const g of broken) expect(() => recognise(g as unknown as Grid, CATALOG_MINI)).not.toThrow();
});

test("a well-formed sheet with random Met cells: unreadable ones are errors at their cells, the others read", () => {
  const metValue = fc.oneof(
    fc.constantFrom("Yes", "No", "N/A", "y", "FALSE", "", null),
    fc.string({ maxLength: 5 }),
    fc.integer()
  );
  fc.assert(
    fc.property(fc.tuple(metValue, metValue), ([a, b]) => {
      const g: Grid = {
        sheets: [
          {
            name: "MSP Checklist",
            rows: [
              ["ID", "Requirement", "Met?"],
              ["1.1", "x", a],
              ["1.2", "y", b],
            ],
          },
        ],
      };
      const result = recognise(g, CATALOG_MINI, { checklist: "msp" });
      if (!result.ok) throw new Error(result.reason);
      const read = readAnswers(g, result.mapping, mini);
      const unreadable = read.findings
        .filter((f) => f.rule === "workbook.met-unreadable")
        .map((f) => f.cell);
      read.entries.forEach((entry, i) => {
        const cellName = `C${i + 2}`;
        if (unreadable.includes(cellName)) expect(entry.answers[0].met).toBe("blank");
      });
    }),
    { numRuns: 2000 }
  );
});
