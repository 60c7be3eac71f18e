/** createAssessment renders the shared layout through Office.js into the fake host; recognition finds it all. */
import { CATALOG, CHECKLIST_IDS, type ChecklistId } from "../../../src/checklists";
import { applicability } from "../../../src/core/applicability";
import {
  buildLayout,
  SUMMARY_SHEET,
  EVIDENCE_SHEET,
  MET_LIST,
} from "../../../src/core/workbook/layout";
import { readPersisted, SELFASSESS_SHEET } from "../../../src/core/workbook/persist";
import { recognise } from "../../../src/core/workbook/recognise";
import { createWorkbookModel } from "../../../harness/fake-excel";
import { gridOf, scopeOf, setupPort, sheetOf, syncsOf, TODAY } from "./portHelpers";

describe("createAssessment", () => {
  it.each(CHECKLIST_IDS.map((id) => [id]))(
    "%s: renders the layout in two syncs; recognise finds the checklist and every applicable control",
    async (id: ChecklistId) => {
      const { host, port, catalog } = setupPort();
      const checklist = CATALOG[id];
      const scope = scopeOf(id, { plannedSubmissionDate: "2025-09-30" });
      const { syncs } = await syncsOf(host, () => port.createAssessment(id, scope));
      expect(syncs).toBe(2);

      const layout = buildLayout(checklist, scope, { today: TODAY });
      expect(host.model.sheets.map((s) => s.name)).toEqual([
        "Sheet1",
        ...layout.sheets.map((s) => s.name),
      ]);

      const grid = gridOf(host);
      const found = recognise(grid, catalog);
      if (!found.ok) throw new Error(found.reason);
      expect(found.mapping.checklist).toBe(id);
      const mapped = new Set(found.mapping.sheets.flatMap((s) => Object.keys(s.controls)));
      const applicable = applicability(checklist, scope)
        .filter((s) => s.state === "applies")
        .map((s) => s.key);
      expect(applicable.length).toBeGreaterThan(0);
      expect(applicable.filter((k) => !mapped.has(k))).toEqual([]);

      // The SelfAssess sheet is persist.ts's format, very hidden; readPersisted gets checklist, version and scope back.
      expect(sheetOf(host, SELFASSESS_SHEET).visibility).toBe("VeryHidden");
      const persisted = readPersisted(grid);
      expect(persisted).toMatchObject({
        checklist: id,
        checklistVersion: checklist.version,
        created: TODAY,
      });
      expect(persisted?.scope.plannedSubmissionDate).toBe("2025-09-30");

      for (const spec of layout.sheets) {
        const sheet = sheetOf(host, spec.name);
        // Cell for cell, the values the layout asks for (formulas as formulas, dates as serials).
        for (const row of spec.rows)
          for (const cell of row.cells) {
            const address = `${String.fromCharCode(65 + cell.col)}${row.row + 1}`;
            if (cell.col > 25) continue;
            const model = sheet.cells[address];
            if (cell.formula !== undefined) expect(model?.formula).toBe(`=${cell.formula}`);
            else if (cell.date !== undefined) expect(model?.numberFormat).toBe("yyyy-mm-dd");
            else if (cell.value !== null && cell.value !== undefined)
              expect(model?.value).toBe(cell.value);
          }
        // List validation on the Met? cells, frozen header, merges, hidden rows with their reason as a note.
        for (const v of spec.validations)
          expect(sheet.validations).toContainEqual(
            expect.objectContaining({
              ref: v.range.replace(/^([A-Z]+\d+):\1$/, "$1"),
              type: "list",
              source: MET_LIST.join(","),
            })
          );
        if (spec.freeze)
          expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([
            spec.freeze.rows,
            spec.freeze.columns,
          ]);
        expect(sheet.merges.sort()).toEqual([...spec.merges].sort());
        for (const row of spec.rows.filter((r) => r.hidden))
          expect(sheet.rows[row.row + 1]?.hidden).toBe(true);
        const notes = spec.rows.flatMap((r) =>
          r.cells.filter((c) => c.note).map((c) => ({ row: r.row, col: c.col, note: c.note }))
        );
        expect(sheet.comments.map((c) => c.content).sort()).toEqual(
          notes.map((n) => n.note).sort()
        );
      }
      // Styles follow the ExcelJS writer's colours: header fill, greyed rows.
      const firstSheet = sheetOf(host, layout.sheets[0].name);
      expect(firstSheet.cells.A2?.style).toMatchObject({ fill: "#D9E1F2", bold: true });
      // The Summary's native chart of section totals.
      const summary = sheetOf(host, SUMMARY_SHEET);
      expect(summary.charts).toHaveLength(1);
      expect(summary.charts[0]).toMatchObject({
        type: "BarClustered",
        title: layout.charts[0].title,
      });
      expect(summary.charts[0].source).toMatch(/^Summary!\$?B\$?\d+:\$?C\$?\d+$/);
      expect(sheetOf(host, EVIDENCE_SHEET).cells.A1?.value).toBe("Control");
    }
  );

  it("greys and hides rows that are not asked, with the reason as a note", async () => {
    const { host, port } = setupPort();
    await port.createAssessment("msp", scopeOf("msp", { reseller: false }));
    const statuses = applicability(CATALOG.msp, scopeOf("msp", { reseller: false }));
    const granted = statuses.find((s) => s.state === "granted");
    expect(granted).toBeDefined();
    const sheet = sheetOf(host, "MSP Checklist");
    const idCell = Object.entries(sheet.cells).find(
      ([address, c]) => address.startsWith("A") && c.value === granted?.control.id
    );
    expect(idCell?.[1].style).toMatchObject({ fill: "#F2F2F2", fontColor: "#808080" });
    expect(sheet.comments.find((c) => c.address === idCell?.[0])?.content).toMatch(
      /^Points granted: /
    );
  });

  it("refuses, before changing anything, when a sheet of the layout already exists", async () => {
    const { host, port } = setupPort({ model: createWorkbookModel(["Sheet1", "Summary"]) });
    host.model.sheets[1].cells.A1 = { value: "my own summary" };
    const before = JSON.stringify(host.model);
    await expect(port.createAssessment("ato", scopeOf("ato"))).rejects.toThrow(
      /already has a sheet named "Summary"/
    );
    expect(JSON.stringify(host.model)).toBe(before);
  });

  it("rewrites the add-in's own SelfAssess sheet (e.g. from the Start view) instead of refusing", async () => {
    const { host, port } = setupPort({ model: createWorkbookModel(["Sheet1", "SelfAssess"]) });
    host.model.sheets[1].cells.A1 = { value: "Checklist" };
    host.model.sheets[1].cells.B1 = { value: "ato" };
    await port.createAssessment("ecs", scopeOf("ecs"));
    expect(readPersisted(gridOf(host))?.checklist).toBe("ecs");
  });
});
