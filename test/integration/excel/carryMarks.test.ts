/**
 * The carry marks through the real port on the fake host: "Carried from <date>: re-confirm" in a "Carried forward"
 * column after everything the sheet holds, the SelfAssess record the CLI writes, read back by a new port (a reload),
 * a person's cell in the column kept, and a re-confirm empties only its own mark. Syncs are counted.
 */
import {
  CARRIED_FROM_KEYS,
  CARRIED_HEADER,
  carryMarkText,
} from "../../../src/core/exchange/carryMarks";
import { createAssessmentPort } from "../../../src/excel/assessmentPort";
import { kvGet, kvRows } from "../../../src/core/workbook/keyValue";
import { a1, columnLetters, sheetWidth } from "../../../src/core/workbook/grid";
import { SELFASSESS_SHEET } from "../../../src/core/workbook/persist";
import { gridOf, scopeOf, setupPort, syncsOf, TODAY } from "./portHelpers";

const FROM = { file: "acme-2025.xlsx", date: "2025-05-21", version: "3.1" };
const SHEET = "MSP Checklist";

async function carriedWorkbook() {
  const setup = setupPort();
  await setup.port.createAssessment("msp", scopeOf("msp", { plannedSubmissionDate: "2026-06-01" }));
  const snapshot = await setup.store.refresh({ rediscover: true });
  const sheet = snapshot.mapping?.sheets.find((s) => s.sheet === SHEET);
  if (!sheet) throw new Error(snapshot.reason ?? "not mapped");
  const rowOf = (key: string): number => {
    const row = sheet.controls[key];
    if (row === undefined) throw new Error(`no row for ${key}`);
    return row;
  };
  return { ...setup, sheet, rowOf };
}

test("marks go in a new column after everything the sheet holds, with the CLI's words and record", async () => {
  const { host, port, sheet, rowOf } = await carriedWorkbook();
  // A person's note far right of the table: the marks must not land on it or before it.
  const widthBefore = sheetWidth(gridOf(host).sheets.find((s) => s.name === SHEET)!);
  const noteCol = widthBefore + 1;
  await host.userEdit(SHEET, a1(sheet.headerRow, noteCol), "Our notes");
  const col = noteCol + 1;

  const result = await port.markCarried(FROM, [
    { key: "requirements/1.1", renamed: null, reworded: false },
    { key: "requirements/1.4", renamed: "1.4.1", reworded: false },
  ]);

  expect(host.getValue(SHEET, a1(sheet.headerRow, col))).toBe(CARRIED_HEADER);
  expect(host.getValue(SHEET, a1(rowOf("requirements/1.1"), col))).toBe(
    "Carried from 2025-05-21: re-confirm"
  );
  expect(host.getValue(SHEET, a1(rowOf("requirements/1.4"), col))).toBe(
    carryMarkText("2025-05-21", "1.4.1", false)
  );
  expect(host.getValue(SHEET, a1(sheet.headerRow, noteCol))).toBe("Our notes");
  const rows = kvRows(gridOf(host).sheets.find((s) => s.name === SELFASSESS_SHEET)!.rows);
  expect(kvGet(rows, CARRIED_FROM_KEYS.file)).toBe("acme-2025.xlsx");
  expect(kvGet(rows, CARRIED_FROM_KEYS.date)).toBe("2025-05-21");
  expect(kvGet(rows, CARRIED_FROM_KEYS.version)).toBe("3.1");
  // The other SelfAssess rows are kept: the workbook is still recognised from them.
  expect(kvGet(rows, "checklist")).toBe("msp");
  expect(result.from).toEqual(FROM);
  expect(result.marks.map((m) => [m.key, m.cell, m.date, m.note])).toEqual([
    ["requirements/1.1", a1(rowOf("requirements/1.1"), col), "2025-05-21", null],
    ["requirements/1.4", a1(rowOf("requirements/1.4"), col), "2025-05-21", "was 1.4.1"],
  ]);
  expect(columnLetters(col)).toMatch(/^[A-Z]+$/);
});

test("a reload reads the marks back; a re-confirm empties only its mark; a person's cell is kept", async () => {
  const { host, excel, store, port, catalog, sheet, rowOf } = await carriedWorkbook();
  await port.markCarried(FROM, [
    { key: "requirements/1.1", renamed: null, reworded: false },
    { key: "requirements/1.2", renamed: null, reworded: true },
  ]);
  const col = gridOf(host)
    .sheets.find((s) => s.name === SHEET)!
    .rows[sheet.headerRow]!.findIndex((v) => v === CARRIED_HEADER);
  // Someone writes in the column on 1.3's row; a second carry must leave it.
  await host.userEdit(SHEET, a1(rowOf("requirements/1.3"), col), "checked by Ann");
  const again = await port.markCarried(FROM, [
    { key: "requirements/1.3", renamed: null, reworded: false },
  ]);
  expect(again.kept).toEqual([
    { sheet: SHEET, cell: a1(rowOf("requirements/1.3"), col), existing: "checked by Ann" },
  ]);
  expect(host.getValue(SHEET, a1(rowOf("requirements/1.3"), col))).toBe("checked by Ann");

  // A new port over the same workbook, as after the pane reloads: nothing in memory.
  const reloaded = createAssessmentPort(excel, store, { catalog, today: () => TODAY });
  const read = await reloaded.readCarried();
  expect(read.from).toEqual(FROM);
  expect(read.marks.map((m) => m.key)).toEqual(["requirements/1.1", "requirements/1.2"]);
  expect(read.marks[1]?.note).toBe("the requirement was reworded");

  const { syncs, result } = await syncsOf(host, () =>
    reloaded.confirmCarried(["requirements/1.1"])
  );
  expect(syncs).toBe(2);
  expect(result.marks.map((m) => m.key)).toEqual(["requirements/1.2"]);
  expect(host.getValue(SHEET, a1(rowOf("requirements/1.1"), col))).toBe("");
  expect(host.getValue(SHEET, a1(rowOf("requirements/1.2"), col))).toMatch(/^Carried from/);
  expect(host.getValue(SHEET, a1(sheet.headerRow, col))).toBe(CARRIED_HEADER);
  expect((await syncsOf(host, () => reloaded.readCarried())).syncs).toBe(1);
  expect(
    (
      await syncsOf(host, () =>
        reloaded.markCarried(FROM, [{ key: "requirements/1.1", renamed: null, reworded: false }])
      )
    ).syncs
  ).toBe(2);
});
