/** The carry marks' one definition: the words, where they go, what is kept, reading and clearing them. */
import {
  CARRIED_HEADER,
  carryMarkText,
  clearCarryMarks,
  parseCarryMark,
  placeCarryMarks,
  readCarryMarks,
  patchGrid,
} from "../../../src/core/exchange/carryMarks";
import type { Grid } from "../../../src/core/workbook/grid";
import type { Mapping } from "../../../src/core/workbook/mapping";

const mapping = {
  version: 1,
  checklist: "msp",
  checklistVersion: null,
  recognisedBy: "ids-and-title",
  confidence: 1,
  sheets: [
    {
      sheet: "Checklist",
      headerRow: 0,
      headerRows: 1,
      columns: { id: 0, requirement: 1, met: 2, caseStudies: [] },
      controls: { "requirements/1.1": 1, "requirements/1.2": 2, "requirements/1.3": 3 },
      sections: [],
    },
  ],
} as unknown as Mapping;

const grid: Grid = {
  sheets: [
    {
      name: "Checklist",
      rows: [
        ["ID", "Requirement", "Met?"],
        ["1.1", "Financial health", "Yes"],
        ["1.2", "Planning", null, null, "a note far right"],
        ["1.3", "Risks", "No"],
      ],
    },
  ],
};

test("a mark's words read back, with the renamed ID and the rewording", () => {
  expect(parseCarryMark(carryMarkText("2025-05-21", null, false))).toEqual({
    date: "2025-05-21",
    note: null,
  });
  expect(parseCarryMark(carryMarkText("2025-05-21", "1.4.1", true))).toEqual({
    date: "2025-05-21",
    note: "was 1.4.1; the requirement was reworded",
  });
  expect(parseCarryMark("checked by Ann")).toBeNull();
});

test("marks go after everything the sheet holds; a person's cell of an existing column is kept", () => {
  const rows = [1, 2].map((row) => ({ sheet: "Checklist", row, renamed: null, reworded: false }));
  const first = placeCarryMarks(grid, mapping, "2025-05-21", rows);
  // Column E holds a note on 1.2's row: the marks go in F.
  expect(first.marks.map((m) => [m.cell, m.value])).toEqual([
    ["F1", CARRIED_HEADER],
    ["F2", "Carried from 2025-05-21: re-confirm"],
    ["F3", "Carried from 2025-05-21: re-confirm"],
  ]);
  expect(first.kept).toEqual([]);
  const typed = patchGrid(patchGrid(grid, first.marks), [
    { sheet: "Checklist", cell: "F4", value: "checked by Ann" },
  ]);
  const again = placeCarryMarks(typed, mapping, "2026-01-10", [
    { sheet: "Checklist", row: 1, renamed: null, reworded: false },
    { sheet: "Checklist", row: 3, renamed: null, reworded: false },
  ]);
  expect(again.marks.map((m) => m.cell)).toEqual(["F1", "F2"]);
  expect(again.kept).toEqual([{ sheet: "Checklist", cell: "F4", existing: "checked by Ann" }]);

  expect(readCarryMarks(typed, mapping).map((m) => [m.key, m.cell])).toEqual([
    ["requirements/1.1", "F2"],
    ["requirements/1.2", "F3"],
  ]);
  const cleared = patchGrid(
    typed,
    clearCarryMarks(typed, mapping, ["requirements/1.1", "requirements/1.3"])
  );
  expect(readCarryMarks(cleared, mapping).map((m) => m.key)).toEqual(["requirements/1.2"]);
  expect(cleared.sheets[0]?.rows[3]?.[5]).toBe("checked by Ann");
});
