/** What the port's operations do to the workbook and to the store's assessment (fake host). */
import { CATALOG } from "../../../src/checklists";
import { checkGrid } from "../../../src/core/workbook/checkGrid";
import { SUMMARY_SHEET, SUMMARY_STAMP_CELL } from "../../../src/core/workbook/layout";
import { translateFormula } from "../../../src/core/workbook/native";
import { ORIGINAL_FORMULAS_SHEET, readPersisted } from "../../../src/core/workbook/persist";
import type { AnswerWrite, Review } from "../../../src/excel/port";
import { readSavedMapping } from "../../../src/core/workbook/savedMapping";
import { kvRows } from "../../../src/core/workbook/keyValue";
import { gridOf, scopeOf, setupPort, sheetOf, TODAY } from "./portHelpers";

async function mspWorkbook(reseller = true) {
  const setup = setupPort();
  await setup.port.createAssessment(
    "msp",
    scopeOf("msp", { reseller, plannedSubmissionDate: "2025-09-30" })
  );
  const snapshot = await setup.store.refresh({ rediscover: true });
  if (!snapshot.mapping) throw new Error(snapshot.reason ?? "not mapped");
  return { ...setup, mapping: snapshot.mapping };
}

const met = (key: string, value: string, caseStudy = 1): AnswerWrite => ({
  key,
  caseStudy,
  field: "met",
  value,
});

// The MSP sheet created from the layout: ID, Requirement, the two point columns, then Met? (E) and Partner Response (F).
describe("writeAnswers", () => {
  it("writes the mapped cells; the store's assessment reflects the answers", async () => {
    const { host, port, store, mapping } = await mspWorkbook();
    const result = await port.writeAnswers([
      met("requirements/1.1", "Yes"),
      { key: "requirements/1.1", caseStudy: 1, field: "response", value: "Our runbook" },
      {
        key: "requirements/1.1",
        caseStudy: 1,
        field: "links",
        value: "https://example.com/runbook",
      },
      { key: "requirements/1.1", caseStudy: 1, field: "dates", value: "2025-05-01" },
      met("requirements/1.2", "No"),
      { key: "requirements/1.1", caseStudy: 1, field: "reviewerComment", value: "ok" },
      { key: "requirements/9.9.9", caseStudy: 1, field: "met", value: "Yes" },
    ]);
    expect(result.written).toBe(6);
    expect(result.conflicts).toEqual([]);
    // 9.9.9 is no control of MSP: nothing to write it to.
    expect(result.unmapped.map((w) => `${w.key}:${w.field}`)).toEqual(["requirements/9.9.9:met"]);
    const row =
      (mapping.sheets.find((s) => s.sheet === "MSP Checklist")?.controls["requirements/1.1"] ?? 0) +
      1;
    expect(host.getValue("MSP Checklist", `E${row}`)).toBe("Yes");
    // Values only: the Met? cell keeps its list validation and its input fill.
    expect(sheetOf(host, "MSP Checklist").cells[`E${row}`]?.style?.fill).toBe("#FFFFF2");
    expect(
      sheetOf(host, "MSP Checklist").validations.some(
        (v) => v.type === "list" && v.ref.startsWith("E")
      )
    ).toBe(true);
    const snapshot = await store.refresh();
    const outcome = (key: string) => snapshot.assessment?.controls.find((c) => c.key === key);
    expect(outcome("requirements/1.1")?.met).toBe("yes");
    expect(outcome("requirements/1.2")?.met).toBe("no");
    // The snapshot carries every field as the sheet holds it, for the task pane to show.
    const entry = snapshot.entries.find((e) => e.id === "1.1" && e.part === "requirements");
    expect(entry?.answers[0]).toMatchObject({
      met: "yes",
      response: "Our runbook",
      links: ["https://example.com/runbook"],
      reviewerComment: "ok",
    });
    // The reviewer's comment sits in its own column, readable without the add-in.
    const header = sheetOf(host, "MSP Checklist").cells;
    const reviewerCol = Object.entries(header).find(([, c]) => c.value === "Reviewer comment")?.[0];
    expect(reviewerCol).toMatch(/^[A-Z]+2$/);
    expect(host.getValue("MSP Checklist", `${reviewerCol!.replace(/\d+$/, "")}${row}`)).toBe("ok");
  });

  it("per case study: writes the customer reference's own Met? column", async () => {
    const { host, port, mapping } = await mspWorkbook();
    const sheet = mapping.sheets.find((s) => s.columns.caseStudies.length > 1);
    if (!sheet) throw new Error("no customer sheet");
    const [key, row] = Object.entries(sheet.controls)[0];
    const control = CATALOG.msp.sections
      .flatMap((s) => s.controls)
      .find((c) => key.endsWith(`/${c.id}`));
    expect(control?.perCaseStudy).toBeTruthy();
    await port.writeAnswers([met(key, "Yes", 2)]);
    const col = sheet.columns.caseStudies[1].met;
    expect(host.getValues(sheet.sheet, `A${row + 1}:Z${row + 1}`)[0][col]).toBe("Yes");
  });

  it("returns typed cells as conflicts, overwrites them only when asked, and undo puts them back", async () => {
    const { host, port, mapping } = await mspWorkbook();
    const row =
      (mapping.sheets.find((s) => s.sheet === "MSP Checklist")?.controls["requirements/1.2"] ?? 0) +
      1;
    await host.userEdit("MSP Checklist", `E${row}`, "No");
    await host.userEdit("MSP Checklist", `F${row}`, "typed by a person");
    const first = await port.writeAnswers([
      met("requirements/1.2", "Yes"),
      { key: "requirements/1.2", caseStudy: 1, field: "response", value: "from the pane" },
      met("requirements/1.3", "Yes"),
    ]);
    expect(first.written).toBe(1);
    expect(first.conflicts).toEqual([
      { sheet: "MSP Checklist", cell: `E${row}`, current: "No", proposed: "Yes" },
      {
        sheet: "MSP Checklist",
        cell: `F${row}`,
        current: "typed by a person",
        proposed: "from the pane",
      },
    ]);
    expect(host.getValue("MSP Checklist", `E${row}`)).toBe("No");
    // Cells the add-in wrote itself are not conflicts the next time.
    const again = await port.writeAnswers([met("requirements/1.3", "No")]);
    expect(again).toEqual({ written: 1, conflicts: [], unmapped: [] });
    const forced = await port.writeAnswers(
      [
        met("requirements/1.2", "Yes"),
        { key: "requirements/1.2", caseStudy: 1, field: "response", value: "from the pane" },
      ],
      { overwrite: true }
    );
    expect(forced.written).toBe(2);
    expect(host.getValue("MSP Checklist", `E${row}`)).toBe("Yes");
    const undone = await port.undoLastWrite();
    expect(undone.written).toBe(2);
    expect(host.getValue("MSP Checklist", `E${row}`)).toBe("No");
    expect(host.getValue("MSP Checklist", `F${row}`)).toBe("typed by a person");
    // Nothing left to undo.
    expect(await port.undoLastWrite()).toEqual({ written: 0, conflicts: [], unmapped: [] });
  });

  it("undo leaves a cell a person changed after the write, and reports it", async () => {
    const { host, port, mapping } = await mspWorkbook();
    const row =
      (mapping.sheets.find((s) => s.sheet === "MSP Checklist")?.controls["requirements/1.4"] ?? 0) +
      1;
    await port.writeAnswers([met("requirements/1.4", "Yes")]);
    await host.userEdit("MSP Checklist", `E${row}`, "N/A");
    const undone = await port.undoLastWrite();
    expect(undone.written).toBe(0);
    expect(undone.conflicts).toEqual([
      { sheet: "MSP Checklist", cell: `E${row}`, current: "N/A", proposed: "" },
    ]);
    expect(host.getValue("MSP Checklist", `E${row}`)).toBe("N/A");
  });
});

describe("saveScope", () => {
  it("stores the scope, hides rows no longer asked and notes why; the store reads the new scope", async () => {
    const { host, port, store, mapping } = await mspWorkbook(true);
    await port.saveScope(
      scopeOf("msp", { reseller: false, renewal: true, plannedSubmissionDate: "2025-10-15" })
    );
    const persisted = readPersisted(gridOf(host));
    expect(persisted?.scope).toMatchObject({
      reseller: false,
      renewal: true,
      plannedSubmissionDate: "2025-10-15",
    });
    const snapshot = await store.refresh();
    expect(snapshot.assessment?.scope).toMatchObject({ reseller: false, renewal: true });
    const sheet = sheetOf(host, "MSP Checklist");
    const rows = mapping.sheets.find((s) => s.sheet === "MSP Checklist")?.controls ?? {};
    const granted = snapshot.assessment?.statuses.filter((s) => s.state === "granted") ?? [];
    expect(granted.length).toBeGreaterThan(0);
    for (const status of granted) {
      const row = rows[status.key];
      if (row === undefined) continue;
      expect(sheet.comments.find((c) => c.address === `A${row + 1}`)?.content).toMatch(
        /^Points granted: /
      );
      expect(sheet.cells[`E${row + 1}`]?.style?.fill).toBe("#F2F2F2");
    }
    // Back to the first scope: the notes go, the rows look like input again.
    await port.saveScope(scopeOf("msp", { reseller: true }));
    expect(sheet.comments.filter((c) => c.content.startsWith("Points granted:"))).toEqual([]);
    const row = rows[granted[0].key] ?? 0;
    expect(sheet.cells[`E${row + 1}`]?.style?.fill).toBe("#FFFFF2");
    expect(host.getValue(SUMMARY_SHEET, "A4")).toBe("Scope");
  });
});

describe("mapping, review, selection", () => {
  it("saveMapping stores the mapping in the SelfAssess sheet, where readPersisted still reads the scope", async () => {
    const { host, port, mapping } = await mspWorkbook();
    await port.saveMapping(mapping);
    const grid = gridOf(host);
    const rows = kvRows(grid.sheets.find((s) => s.name === "SelfAssess")?.rows ?? []);
    expect(readSavedMapping(rows)).toEqual(mapping);
    expect(readPersisted(grid)?.checklist).toBe("msp");
  });

  it("a corrected mapping is what the store reads answers through", async () => {
    const { port, store, mapping } = await mspWorkbook();
    const sheet = mapping.sheets.find((s) => s.sheet === "MSP Checklist")!;
    const row = sheet.controls["requirements/1.1"];
    // The user says the Met? column is the Partner Response column (a wrong but visible correction).
    const corrected = {
      ...mapping,
      sheets: mapping.sheets.map((s) =>
        s === sheet ? { ...s, columns: { ...s.columns, met: s.columns.response } } : s
      ),
    };
    await port.saveMapping(corrected);
    await port.writeAnswers([
      { key: "requirements/1.1", caseStudy: 1, field: "response", value: "Yes" },
    ]);
    const snapshot = await store.refresh({ rediscover: true });
    expect(snapshot.mapping?.sheets.find((s) => s.sheet === "MSP Checklist")?.columns.met).toBe(
      sheet.columns.response
    );
    expect(row).toBeGreaterThan(0);
    expect(snapshot.assessment?.controls.find((c) => c.key === "requirements/1.1")?.met).toBe(
      "yes"
    );
  });

  it("saveReview then readReview round-trips; the Summary states it", async () => {
    const { host, port } = await mspWorkbook();
    expect(await port.readReview()).toEqual({
      state: "draft",
      reviewer: null,
      approvedOn: null,
      answersHash: null,
      history: [],
    });
    const review: Review = {
      state: "approved",
      reviewer: "Ana",
      approvedOn: TODAY,
      answersHash: "abc123",
      history: [
        { state: "ready-for-review", by: "Pat", date: "2025-05-30", note: "please check | 1.2" },
        { state: "approved", by: "Ana", date: TODAY, note: "" },
      ],
    };
    await port.saveReview(review);
    expect(await port.readReview()).toEqual(review);
    expect(host.getValue(SUMMARY_SHEET, "A7")).toBe("Review");
    // Issue 12: the answers hash stays in the hidden SelfAssess sheet, never in the visible Summary line.
    expect(host.getValue(SUMMARY_SHEET, "B7")).toMatch(
      /^approved by Ana on 2025-06-01; 2 review events/
    );
    expect(String(host.getValue(SUMMARY_SHEET, "B7"))).not.toContain("abc123");
    await port.saveReview({
      ...review,
      state: "changes-requested",
      history: review.history.slice(0, 1),
    });
    expect((await port.readReview()).history).toHaveLength(1);
  });

  it("selectControl activates the sheet and selects the Met? cell; onControlSelected maps selections to controls", async () => {
    const { host, port, mapping } = await mspWorkbook();
    const customers = mapping.sheets.find((s) => s.columns.caseStudies.length > 1);
    if (!customers) throw new Error("no customer sheet");
    const [key, row] = Object.entries(customers.controls)[0];
    await port.selectControl(key, 2);
    const active = host.model.sheets.find((s) => s.id === host.model.activeSheetId);
    expect(active?.name).toBe(customers.sheet);
    const col = customers.columns.caseStudies[1].met;
    expect(host.model.selection.address).toBe(`${String.fromCharCode(65 + col)}${row + 1}`);

    const seen: [string | null, number][] = [];
    const stop = port.onControlSelected((k, cs) => seen.push([k, cs]));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await host.userSelect(
      customers.sheet,
      `${String.fromCharCode(65 + (customers.columns.caseStudies[1].response ?? 0))}${row + 1}`
    );
    await host.userSelect(customers.sheet, "A1");
    await host.idle();
    expect(seen).toEqual([
      [key, 2],
      [null, 1],
    ]);
    const registered = host.engine.registrationCount;
    stop();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host.engine.registrationCount).toBe(registered - 1);
    await host.userSelect(customers.sheet, "B5");
    await host.idle();
    expect(seen).toHaveLength(2);
    await port.goToCell(SUMMARY_SHEET, "B6");
    expect(host.model.selection.address).toBe("B6");
  });

  it("selectControl rejects a control the workbook does not have", async () => {
    const { port } = await mspWorkbook();
    await expect(port.selectControl("requirements/99.99")).rejects.toThrow(
      /not in this workbook's mapping/
    );
  });
});

describe("finalize and unfinalize", () => {
  it("replaces every MSP.* formula with the CLI's native formula, stamps the Summary, and unfinalize restores them", async () => {
    const { host, port, catalog } = await mspWorkbook();
    const before = host.model.sheets.flatMap((s) =>
      Object.entries(s.cells)
        .filter(([, c]) => c.formula?.includes("MSP."))
        .map(([address, c]) => ({ sheet: s.name, address, formula: c.formula ?? "" }))
    );
    expect(before.length).toBeGreaterThan(5);
    const check = checkGrid(gridOf(host), catalog, { today: TODAY });
    if (!check.ok) throw new Error(check.reason);
    const result = await port.finalize();
    expect(result.replaced + result.valuesOnly).toBe(before.length);
    const after = host.model.sheets.flatMap((s) =>
      Object.values(s.cells).filter((c) => c.formula?.includes("MSP."))
    );
    expect(after).toEqual([]);
    const context = {
      checklist: check.check.checklist,
      scope: check.check.scope,
      mapping: check.check.mapping,
      pointOverrides: check.check.pointOverrides,
    };
    for (const cell of before) {
      const native = translateFormula(context, cell.formula.slice(1)).formula;
      if (native !== null)
        expect(sheetOf(host, cell.sheet).cells[cell.address]?.formula).toBe(`=${native}`);
    }
    expect(String(host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL))).toMatch(
      /^Finalized 2025-06-01 .*: AWS Managed Service Provider \(MSP\) Partner Program 3\.1; .*score /
    );
    expect(sheetOf(host, ORIGINAL_FORMULAS_SHEET).visibility).toBe("Hidden");
    expect(readPersisted(gridOf(host))?.finalized).toBe(TODAY);

    const restored = await port.unfinalize();
    expect(restored.restored).toBe(before.length);
    for (const cell of before)
      expect(sheetOf(host, cell.sheet).cells[cell.address]?.formula).toBe(cell.formula);
    expect(host.model.sheets.some((s) => s.name === ORIGINAL_FORMULAS_SHEET)).toBe(false);
    expect(host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL)).toBe("not yet");
    expect(readPersisted(gridOf(host))?.finalized).toBeNull();
  });

  // Answer patterns by position, once and per customer reference: all met (a pass), mostly met (one Mandatory
  // Action Item in seven fails), and a mix of Yes, No, N/A and blanks.
  const PATTERNS: [string, (string | null)[], boolean][] = [
    ["all met", ["Yes"], true],
    ["mostly met", ["No", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes"], false],
    ["Yes, No, N/A and blanks", ["No", "N/A", null, "Yes", "Yes", "Yes"], false],
  ];
  it.each(PATTERNS)(
    "the native formulas evaluate to the engine's score, maximum, pass and progress (%s)",
    async (_name, pattern, passes) => {
      const { host, port, store } = await mspWorkbook();
      const snapshot = await store.refresh();
      const sheets = snapshot.mapping?.sheets ?? [];
      const checklist = sheets.find((s) => s.sheet === "MSP Checklist");
      const customers = sheets.find((s) => s.columns.caseStudies.length > 1);
      if (!checklist || !customers) throw new Error("no checklist or customer sheet");
      // Answered once and per customer reference (roll-ups over the case studies).
      const answer = (i: number): string | null => pattern[i % pattern.length] ?? null;
      const writes: AnswerWrite[] = [];
      Object.keys(checklist.controls).forEach((key, i) => {
        const value = answer(i);
        if (value) writes.push(met(key, value));
      });
      Object.keys(customers.controls).forEach((key, i) => {
        customers.columns.caseStudies.forEach((_, c) => {
          const value = answer(i + c * 2);
          if (value) writes.push(met(key, value, c + 1));
        });
      });
      await port.writeAnswers(writes);
      const scored = (await store.refresh()).assessment;
      const score = scored?.score;
      if (!scored || !score) throw new Error("no score");
      expect(score.pass).toBe(passes);
      if (!passes) expect(score.mandatoryFailed.length).toBeGreaterThan(0);

      const result = await port.finalize();
      expect(result.replaced).toBeGreaterThan(5);
      expect(result.valuesOnly).toBe(0);
      const summary = host.model.sheets.find((s) => s.name === SUMMARY_SHEET);
      expect(
        Object.values(summary?.cells ?? {}).filter((c) => c.formula?.includes("MSP.")).length
      ).toBe(0);
      const rowOf = (label: string): number => {
        const address = Object.entries(summary?.cells ?? {}).find(
          ([a, c]) => /^A\d+$/.test(a) && c.value === label
        )?.[0];
        if (!address) throw new Error(`no Summary row ${label}`);
        return Number(address.slice(1));
      };
      const progress = (c: { applicable: number; answered: number }) =>
        c.applicable === 0 ? 1 : c.answered / c.applicable;

      const total = rowOf("Total");
      expect(host.getFormula(SUMMARY_SHEET, `C${total}`)).toMatch(/^=.*MATCH\(TRIM\(/);
      expect(host.getValue(SUMMARY_SHEET, `C${total}`)).toBe(score.total);
      expect(host.getValue(SUMMARY_SHEET, `D${total}`)).toBe(score.max);
      expect(host.getValue(SUMMARY_SHEET, `E${total}`)).toBeCloseTo(progress(scored.overall), 12);
      expect(host.getValue(SUMMARY_SHEET, `C${rowOf("Pass")}`)).toBe(score.pass);
      for (const section of scored.sections) {
        const row = rowOf(section.id);
        const sectionScore = score.sections.find((s) => s.id === section.id);
        if (sectionScore) {
          expect([section.id, host.getValue(SUMMARY_SHEET, `C${row}`)]).toEqual([
            section.id,
            sectionScore.total,
          ]);
          expect(host.getValue(SUMMARY_SHEET, `D${row}`)).toBe(sectionScore.max);
        }
        const native = host.getValue(SUMMARY_SHEET, `E${row}`);
        expect(typeof native).toBe("number");
        expect([section.id, native]).toEqual([section.id, expect.closeTo(progress(section), 12)]);
      }
    }
  );

  it("unfinalize refuses a workbook that was not finalized", async () => {
    const { port } = await mspWorkbook();
    await expect(port.unfinalize()).rejects.toThrow(/was not finalized/);
  });
});
