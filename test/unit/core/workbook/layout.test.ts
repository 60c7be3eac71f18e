import { CHECKLISTS } from "../../../../src/checklists";
import { applicability } from "../../../../src/core/applicability";
import { Scope } from "../../../../src/core/model";
import type { Grid } from "../../../../src/core/workbook/grid";
import { buildLayout, type WorkbookLayout } from "../../../../src/core/workbook/layout";
import { readPersisted } from "../../../../src/core/workbook/persist";
import { recognise } from "../../../../src/core/workbook/recognise";

/** The layout's cells as a grid (values and formulas as text), as a writer would produce. */
function toGrid(layout: WorkbookLayout): Grid {
  return {
    sheets: layout.sheets.map((s) => {
      const rows: (string | number | boolean | null)[][] = [];
      for (const r of s.rows) {
        const values: (string | number | boolean | null)[] = [];
        for (const c of r.cells)
          values[c.col] = c.formula ? `=${c.formula}` : (c.date ?? c.value ?? null);
        rows[r.row] = values;
      }
      return {
        name: s.name,
        rows: Array.from(rows, (r) => r ?? []),
        merges: s.merges,
        visibility: s.visibility,
      };
    }),
  };
}

describe.each(CHECKLISTS.map((c) => [c.id, c] as const))("layout of %s", (_id, checklist) => {
  const scope = Scope.parse({
    checklist: checklist.id,
    reseller: false,
    plannedSubmissionDate: "2025-09-30",
  });
  const layout = buildLayout(checklist, scope, { today: "2025-06-01" });

  test("one row per control, every control recognised back from the layout alone", () => {
    const rows = layout.sheets.flatMap((s) => s.rows.filter((r) => r.kind === "control"));
    const total = checklist.sections.reduce((n, s) => n + s.controls.length, 0);
    expect(rows).toHaveLength(total);
    const result = recognise(toGrid(layout), CHECKLISTS);
    if (!result.ok) throw new Error(result.reason);
    expect(result.mapping.checklist).toBe(checklist.id);
    expect(result.findings).toEqual([]);
    const mapped = result.mapping.sheets.reduce((n, s) => n + Object.keys(s.controls).length, 0);
    expect(mapped).toBe(total);
  });

  test("rows not asked are hidden and greyed with the reason as a note; Met? cells have a Yes/No/N/A list", () => {
    const statuses = new Map(applicability(checklist, scope).map((s) => [s.key, s]));
    for (const sheet of layout.sheets) {
      for (const row of sheet.rows.filter((r) => r.kind === "control")) {
        const status = statuses.get(row.control ?? "");
        expect(status).toBeDefined();
        expect(!!row.hidden).toBe(status?.state === "excluded");
        if (status?.state !== "applies") expect(row.cells[0].note).toContain(status?.reason ?? "?");
      }
      if (sheet.kind === "checklist" || sheet.kind === "customers") {
        expect(sheet.validations.length).toBeGreaterThan(0);
        expect(sheet.validations.every((v) => v.list.join() === "Yes,No,N/A")).toBe(true);
        expect(sheet.freeze).not.toBeNull();
      }
    }
  });

  test("summary formulas, a chart of section totals, the evidence index and the persisted scope", () => {
    const summary = layout.sheets.find((s) => s.name === "Summary");
    const formulas =
      summary?.rows.flatMap((r) => r.cells.map((c) => c.formula).filter(Boolean)) ?? [];
    if (checklist.scoring)
      expect(formulas).toEqual(
        expect.arrayContaining([
          "MSP.SCORE()",
          "MSP.MAX()",
          "MSP.PASS()",
          `MSP.SCORE("${checklist.sections[checklist.sections.length - 1].id}")`,
        ])
      );
    expect(formulas).toContain("MSP.PROGRESS()");
    expect(layout.charts).toEqual([expect.objectContaining({ sheet: "Summary", type: "bar" })]);
    const evidence = layout.sheets.find((s) => s.name === "Evidence index");
    expect(evidence?.rows[1]?.cells[3].formula).toMatch(/DATEDIF\(C2,Summary!\$B\$5,"m"\)/);
    const persisted = readPersisted(toGrid(layout));
    expect(persisted).toMatchObject({
      checklist: checklist.id,
      checklistVersion: checklist.version,
      created: "2025-06-01",
    });
    expect(Scope.parse(persisted?.scope)).toEqual(scope);
    expect(layout.sheets.find((s) => s.name === "SelfAssess")?.visibility).toBe("veryHidden");
  });
});
