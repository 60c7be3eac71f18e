/**
 * The add-in's finalize refuses as the CLI's does (one gate, core/workbook/finalizeGate.ts): a Met? cell the native
 * formulas would read differently from the check stops it before anything is written, with the cell named; the
 * explicit override (`force`, the pane's "Finalize anyway") finalizes.
 */
import { columnLetters } from "../../../src/core/workbook/grid";
import { SUMMARY_SHEET, SUMMARY_STAMP_CELL } from "../../../src/core/workbook/layout";
import { ORIGINAL_FORMULAS_SHEET, readPersisted } from "../../../src/core/workbook/persist";
import { CANNOT_AGREE_RULE } from "../../../src/core/workbook/native";
import { isFinalizeRefused } from "../../../src/core/workbook/finalizeRefusal";
import { gridOf, scopeOf, setupPort } from "./portHelpers";

test("a Met? cell no formula reads alike: finalize refuses and writes nothing; forced, it finalizes", async () => {
  const { host, port, store } = setupPort();
  await port.createAssessment("msp", scopeOf("msp", { plannedSubmissionDate: "2025-09-30" }));
  const snapshot = await store.refresh({ rediscover: true });
  const sheet = snapshot.mapping?.sheets.find((s) => s.sheet === "MSP Checklist");
  if (!sheet || sheet.columns.met === null) throw new Error("no Met? column");
  const keys = Object.keys(sheet.controls).filter((k) => k.startsWith("requirements/"));
  await port.writeAnswers(keys.map((key) => ({ key, caseStudy: 1, field: "met", value: "Yes" })));
  // An em space after Yes: the check reads Yes, an Excel formula cannot.
  const cell = `${columnLetters(sheet.columns.met)}${(sheet.controls[keys[0]] ?? 0) + 1}`;
  await host.userEdit("MSP Checklist", cell, "Yes\u2003");
  await store.refresh();
  const stampBefore = host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL);
  const syncsBefore = host.syncCount;

  const refused = await port.finalize().then(
    () => null,
    (error: unknown) => error
  );
  if (!isFinalizeRefused(refused)) throw new Error(`not refused: ${String(refused)}`);
  expect(refused.refusal.disagreements).toEqual([
    expect.objectContaining({
      rule: CANNOT_AGREE_RULE,
      control: keys[0].slice(keys[0].indexOf("/") + 1),
      sheet: "MSP Checklist",
      cell,
    }),
  ]);
  expect(refused.message).toMatch(/would disagree with this check on 1 Met\? cell/);
  expect(refused.message).toContain("Finalize anyway");
  expect(refused.refusal.disagreements[0].message).toContain(`'MSP Checklist'!${cell}`);
  // Read only: nothing written, the workbook is as it was.
  expect(host.syncCount - syncsBefore).toBe(1);
  expect(host.model.sheets.some((s) => s.name === ORIGINAL_FORMULAS_SHEET)).toBe(false);
  expect(host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL)).toBe(stampBefore);
  expect(readPersisted(gridOf(host))?.finalized ?? null).toBeNull();

  const forced = await port.finalize({ force: true });
  expect(forced.replaced).toBeGreaterThan(0);
  expect(host.model.sheets.some((s) => s.name === ORIGINAL_FORMULAS_SHEET)).toBe(true);
  expect(String(host.getValue(SUMMARY_SHEET, SUMMARY_STAMP_CELL))).toMatch(/^Finalized /);
});
