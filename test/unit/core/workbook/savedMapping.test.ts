import { checkGrid } from "../../../../src/core/workbook/checkGrid";
import type { Grid } from "../../../../src/core/workbook/grid";
import { recognise } from "../../../../src/core/workbook/recognise";
import {
  effectiveMapping,
  mappingRows,
  readSavedMapping,
} from "../../../../src/core/workbook/savedMapping";
import { CATALOG_MINI, sheet } from "./fixtures";

// Met? in C, Partner Response in D; the partner typed the answers in D (a template with an odd column order).
const checklistSheet = sheet("Checklist", [
  ["Mini MSP Validation Checklist"],
  ["ID", "Requirement Description", "Met?", "Partner Response"],
  ["1.0 Business Health"],
  ["1.1", "Assess health.", "", "Yes"],
  ["1.2", "Plan.", "", "Yes"],
]);

function gridWith(rows: [string, string][]): Grid {
  return {
    sheets: [
      checklistSheet,
      sheet("SelfAssess", [["format", "selfassess/1"], ["checklist", "msp"], ...rows]),
    ],
  };
}

describe("a saved (corrected) mapping", () => {
  const recognised = recognise({ sheets: [checklistSheet] }, CATALOG_MINI);
  if (!recognised.ok) throw new Error(recognised.reason);
  const corrected = {
    ...recognised.mapping,
    sheets: recognised.mapping.sheets.map((s) => ({
      ...s,
      columns: { ...s.columns, met: 3, response: 2 },
    })),
  };

  test("round-trips through the SelfAssess rows, split in chunks", () => {
    const rows = mappingRows([["checklist", "msp"]], corrected);
    expect(rows[0]).toEqual(["checklist", "msp"]);
    expect(readSavedMapping(rows)).toEqual(corrected);
    expect(readSavedMapping([["mapping.1", "{not json"]])).toBeNull();
  });

  test("wins over recognition in checkGrid (the CLI reads what the add-in was told)", () => {
    const rows = mappingRows([], corrected) as [string, string][];
    const before = checkGrid(gridWith([]), CATALOG_MINI, { today: "2025-01-01" });
    const after = checkGrid(gridWith(rows), CATALOG_MINI, { today: "2025-01-01" });
    if (!before.ok || !after.ok) throw new Error("not recognised");
    const met = (c: typeof before) =>
      c.check.assessment.controls.find((o) => o.key === "requirements/1.1")?.met;
    expect(met(before)).toBe("blank");
    expect(met(after)).toBe("yes");
  });

  test("is ignored when it is for another checklist", () => {
    const other = { ...corrected, checklist: "ftr" as const };
    const grid = gridWith(mappingRows([], other) as [string, string][]);
    expect(effectiveMapping(grid, recognised.mapping)).toBe(recognised.mapping);
  });
});
