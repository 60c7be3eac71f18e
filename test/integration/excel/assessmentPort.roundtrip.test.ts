/**
 * A round trip through the add-in (create, write answers, save scope, review, finalize, unfinalize) leaves every cell
 * it does not own as it was: values, formulas, number formats, styles, validations, merges, other notes, other rows.
 *
 * The add-in owns: on mapped sheets, the answer cells of control rows (Met?, Partner Response, evidence links and
 * dates, reviewer comment), the hidden flag and look of control rows (scope), the status notes on ID cells; and its
 * own sheets (Summary, Evidence index, SelfAssess, SelfAssess Original Formulas).
 */
import { cellAddress, parseCell } from "../../../harness/fake-excel/address";
import { cloneModel, type SheetModel, type WorkbookModel } from "../../../harness/fake-excel";
import type { Mapping } from "../../../src/core/workbook/mapping";
import { isStatusNote } from "../../../src/core/workbook/scopePlan";
import { scopeOf, setupPort, TODAY } from "./portHelpers";

const OWN_SHEETS = new Set([
  "Summary",
  "Evidence index",
  "SelfAssess",
  "SelfAssess Original Formulas",
]);

function ownedColumns(mapping: Mapping, sheet: string): Set<number> {
  const m = mapping.sheets.find((s) => s.sheet === sheet);
  if (!m) return new Set();
  const c = m.columns;
  return new Set(
    [
      c.met,
      c.response,
      c.evidenceLinks,
      c.evidenceDates,
      c.reviewerComment,
      ...c.caseStudies.flatMap((g) => [g.met, g.response]),
    ].filter((n): n is number => typeof n === "number")
  );
}

/** The parts of the workbook the add-in does not own, as comparable data. */
function unowned(model: WorkbookModel, mapping: Mapping): unknown {
  return model.sheets
    .filter((s) => !OWN_SHEETS.has(s.name))
    .map((sheet: SheetModel) => {
      const m = mapping.sheets.find((x) => x.sheet === sheet.name);
      const controlRows = new Set(Object.values(m?.controls ?? {}));
      const cols = ownedColumns(mapping, sheet.name);
      const cells = Object.entries(sheet.cells)
        .filter(([address]) => {
          const p = parseCell(address);
          return !p || !controlRows.has(p.row) || !cols.has(p.col);
        })
        .map(([address, cell]) => {
          const p = parseCell(address);
          // The look of a control row follows the scope; its values and formulas do not.
          const style = p && controlRows.has(p.row) ? undefined : cell.style;
          return [
            address,
            { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat, style },
          ];
        })
        .sort();
      const rows = Object.entries(sheet.rows)
        .filter(([r]) => !controlRows.has(Number(r) - 1))
        .sort();
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        cells,
        rows,
        columns: sheet.columns,
        validations: sheet.validations,
        merges: [...sheet.merges].sort(),
        frozen: [sheet.frozenRows, sheet.frozenColumns],
        comments: sheet.comments
          .filter((c) => !isStatusNote(c.content))
          .map((c) => [c.address, c.content]),
        charts: sheet.charts,
      };
    });
}

describe("round trip", () => {
  it("create, answers, scope, review, finalize, unfinalize: every cell the add-in does not own is unchanged", async () => {
    const { host, port, store } = setupPort();
    // A person's own sheet with values, a formula, styles, a validation and an MSP formula of their own.
    const notes = host.model.sheets[0];
    notes.name = "Notes";
    notes.cells.A1 = { value: "Partner notes", style: { bold: true, fill: "#FFFF00" } };
    notes.cells.A2 = { value: 42, numberFormat: "0.00" };
    notes.cells.A3 = { value: "", formula: "=A2*2" };
    notes.cells.B2 = { value: "", formula: "=MSP.SCORE()" };
    notes.validations.push({ ref: "C1:C5", type: "list", source: "a,b" });
    notes.rows[7] = { height: 30 };

    await port.createAssessment(
      "msp",
      scopeOf("msp", { reseller: true, plannedSubmissionDate: "2025-09-30" })
    );
    const snapshot = await store.refresh({ rediscover: true });
    const mapping = snapshot.mapping;
    if (!mapping) throw new Error("not mapped");
    // The person also works on the checklist sheet: a column of their own, a comment, a styled cell.
    const sheet = host.model.sheets.find((s) => s.name === "MSP Checklist");
    if (!sheet) throw new Error("no checklist sheet");
    sheet.cells[cellAddress(4, 10)] = { value: "my remark", style: { italic: true } };
    sheet.comments.push({ id: "c1", address: "B3", content: "person's comment" });
    sheet.validations.push({ ref: "K5:K9", type: "list", source: "x,y" });
    host.engine.markDirty();
    const before = cloneModel(host.model);

    const keys = Object.keys(
      mapping.sheets.find((s) => s.sheet === "MSP Checklist")?.controls ?? {}
    );
    await port.writeAnswers(
      keys.flatMap((key, i) => [
        { key, caseStudy: 1, field: "met" as const, value: i % 5 === 0 ? "No" : "Yes" },
        { key, caseStudy: 1, field: "response" as const, value: `answer ${i}` },
        { key, caseStudy: 1, field: "links" as const, value: "https://example.com/e" },
        { key, caseStudy: 1, field: "dates" as const, value: "2025-02-01" },
      ])
    );
    await port.saveScope(scopeOf("msp", { reseller: false, renewal: true }));
    await port.saveReview({
      state: "ready-for-review",
      reviewer: null,
      approvedOn: null,
      answersHash: null,
      history: [{ state: "ready-for-review", by: "Pat", date: TODAY, note: "" }],
    });
    const finalized = await port.finalize();
    expect(finalized.replaced + finalized.valuesOnly).toBeGreaterThan(0);
    expect(
      host.model.sheets
        .flatMap((s) => Object.values(s.cells))
        .filter((c) => c.formula?.includes("MSP."))
    ).toEqual([]);
    await port.unfinalize();

    expect(unowned(host.model, mapping)).toEqual(unowned(before, mapping));
    // The comparison does see a change to a cell the add-in does not own.
    const changed = cloneModel(host.model);
    const notesSheet = changed.sheets.find((s) => s.name === "Notes");
    if (notesSheet) notesSheet.cells.A1 = { value: "Partner notes" };
    expect(unowned(changed, mapping)).not.toEqual(unowned(before, mapping));
    // And the person's MSP formula is back as it was.
    expect(host.getFormula("Notes", "B2")).toBe("=MSP.SCORE()");
  });
});
