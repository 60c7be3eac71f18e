/** The created sheets follow the official layouts and speak the checklist's words (issue 12). */
import { CATALOG, CHECKLISTS } from "../../../../src/checklists";
import { SCOPE_QUESTIONS } from "../../../../src/checklists/schema";
import { Scope } from "../../../../src/core/model";
import { buildLayout, HEADER, type LayoutSheet } from "../../../../src/core/workbook/layout";
import { scopeWords } from "../../../../src/core/workbook/scopeWords";

const headerOf = (sheet: LayoutSheet | undefined): string[] =>
  (sheet?.rows.find((r) => r.kind === "header")?.cells ?? []).map((c) => String(c.value));

describe("official column order", () => {
  const layout = buildLayout(CATALOG.msp, Scope.parse({ checklist: "msp" }), {
    today: "2025-06-01",
  });

  test("MSP: the point columns sit beside the requirement, before Met? and the evidence", () => {
    const header = headerOf(layout.sheets.find((s) => s.name === "MSP Checklist"));
    expect(header.slice(0, 5)).toEqual([
      HEADER.id,
      HEADER.requirement,
      HEADER.pointsNotMet,
      HEADER.pointsMet,
      HEADER.met,
    ]);
    expect(header.indexOf(HEADER.links)).toBeGreaterThan(header.indexOf(HEADER.pointsMet));
    const customers = headerOf(layout.sheets.find((s) => s.name === "Customer Examples"));
    expect(customers.slice(0, 5)).toEqual([
      HEADER.id,
      HEADER.requirement,
      HEADER.pointsNotMet,
      HEADER.pointsMet,
      "Customer Reference #1",
    ]);
  });

  test("MSP: each control row's points are in C and D, the Met? list covers column E", () => {
    const sheet = layout.sheets.find((s) => s.name === "MSP Checklist");
    const row = sheet?.rows.find((r) => r.control === "requirements/1.1");
    const control = CATALOG.msp.sections.flatMap((s) => s.controls).find((c) => c.id === "1.1");
    expect(row?.cells.find((c) => c.col === 2)?.value).toBe(control?.points?.notMet);
    expect(row?.cells.find((c) => c.col === 3)?.value).toBe(control?.points?.met);
    expect(sheet?.validations[0].range).toMatch(/^E\d+:E\d+$/);
  });
});

describe("DCX segment headers", () => {
  const scope = Scope.parse({ checklist: "dcx", dcxSegment: "digital-commerce" });
  const layout = buildLayout(CATALOG.dcx, scope, { today: "2025-06-01" });

  test("a section whose controls are all hidden has its header hidden too; the chosen segment's stays", () => {
    let hiddenSections = 0;
    for (const sheet of layout.sheets) {
      const rows = sheet.rows;
      rows.forEach((r, i) => {
        if (r.kind !== "section") return;
        const next = rows.findIndex((x, j) => j > i && x.kind === "section");
        const controls = rows.slice(i + 1, next < 0 ? undefined : next);
        const allHidden = controls.every((c) => c.hidden);
        expect(!!r.hidden).toBe(allHidden);
        if (r.hidden) hiddenSections++;
      });
    }
    expect(hiddenSections).toBeGreaterThanOrEqual(3);
    const visible = layout.sheets
      .flatMap((s) => s.rows)
      .filter((r) => r.kind === "section" && !r.hidden)
      .map((r) => String(r.cells[0].value));
    expect(visible.some((t) => /Digital Commerce/i.test(t))).toBe(true);
    expect(visible.some((t) => /Content Management/i.test(t))).toBe(false);
  });
});

describe.each(CHECKLISTS.map((c) => [c.id, c] as const))(
  "%s evidence index and words",
  (_id, checklist) => {
    const scope = Scope.parse({ checklist: checklist.id, deliveryCategory: "customer-deployed" });
    const layout = buildLayout(checklist, scope, { today: "2025-06-01" });

    test("one row per control and sheet, with Sheet and Section columns naming where the control is", () => {
      const evidence = layout.sheets.find((s) => s.name === "Evidence index");
      expect(headerOf(evidence).slice(4)).toEqual(["Sheet", "Section"]);
      const names = new Set(layout.sheets.map((s) => s.name));
      const keys = (evidence?.rows ?? [])
        .filter((r) => r.kind === "data")
        .map((r) => {
          const sheet = String(r.cells.find((c) => c.col === 4)?.value);
          expect(names.has(sheet)).toBe(true);
          // The link formula reads the same sheet the Sheet column names.
          expect(r.cells[1].formula).toContain(sheet.includes(" ") ? `'${sheet}'!` : `${sheet}!`);
          return `${sheet}/${String(r.cells[5]?.value)}/${String(r.cells[0].value)}`;
        });
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
    });

    test("the Summary's scope line and the properties use words, not the scope's keys", () => {
      const summary = layout.sheets.find((s) => s.name === "Summary");
      const line = summary?.rows.find((r) => r.cells[0]?.value === "Scope")?.cells[1]?.value;
      expect(line).toBe(scopeWords(checklist, scope));
      for (const text of [String(line), layout.properties.description]) {
        for (const key of SCOPE_QUESTIONS) expect(text).not.toContain(`${key}:`);
        expect(text).not.toMatch(/customer-deployed|fnv1a64/);
      }
    });
  }
);

test("scope words read as the checklist prints them", () => {
  expect(
    scopeWords(
      CATALOG.ato,
      Scope.parse({ checklist: "ato", deliveryCategory: "customer-deployed" })
    )
  ).toBe("Delivery category: Customer-Deployed");
  expect(scopeWords(CATALOG.ftr, Scope.parse({ checklist: "ftr", saas: true, phi: false }))).toBe(
    "The solution is SaaS; No protected health information (PHI); Controls covered by the automated account scan not shown"
  );
  expect(
    scopeWords(CATALOG.msp, Scope.parse({ checklist: "msp", reseller: false, renewal: true }))
  ).toBe("Does not participate in the AWS Channel Reseller Program; Renewal audit");
  expect(
    scopeWords(CATALOG.dcx, Scope.parse({ checklist: "dcx", dcxSegment: "customer-360" }))
  ).toBe("Segment: Customer 360");
});
