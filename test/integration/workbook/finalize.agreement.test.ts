/**
 * finalize refuses, with exit 1 and the cells, to write native formulas that would disagree with the check: a Met?
 * spelling no formula reads alike, or a Met? formula whose result was never saved. --force writes anyway.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { a1 } from "../../../src/core/workbook/grid";
import { mappingOf, run, tempDir } from "./helpers";

const dir = tempDir("selfassess-finalize-agree-");

let made = 0;

async function workbookWith(
  values: ExcelJS.CellValue[]
): Promise<{ file: string; cells: string[] }> {
  expect(
    (
      await run(
        ["new", "--checklist", "msp", "--as-of", "2025-09-30", "--out", `blank-${++made}.xlsx`],
        dir
      )
    ).code
  ).toBe(0);
  const bytes = readFileSync(join(dir, `blank-${made}.xlsx`));
  const mapping = await mappingOf(bytes);
  const sheetMap = mapping.sheets.find((s) => s.sheet === "MSP Checklist");
  if (!sheetMap || sheetMap.columns.met === null) throw new Error("no Met column");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(sheetMap.sheet);
  if (!sheet) throw new Error("no sheet");
  const rows = Object.values(sheetMap.controls);
  const cells: string[] = [];
  values.forEach((value, i) => {
    const col = sheetMap.columns.met ?? 0;
    sheet.getCell(rows[i] + 1, col + 1).value = value;
    cells.push(`'${sheetMap.sheet}'!${a1(rows[i], col)}`);
  });
  const file = `odd-${values.length}.xlsx`;
  writeFileSync(join(dir, file), Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return { file, cells };
}

test("a Met? spelling no formula reads alike and a Met? formula without a saved result: refused, cells listed", async () => {
  const { file, cells } = await workbookWith([
    "Yes\u2003",
    { formula: '"Yes"' } as ExcelJS.CellFormulaValue,
    "Yes\u00a0",
  ]);
  const refused = await run(["finalize", file, "--out", "final.xlsx"], dir);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/not written.*2 Met\? cell/);
  expect(refused.stderr).toContain(`${cells[0]}: "Yes\\u2003" counts as Yes here`);
  expect(refused.stderr).toContain(
    `${cells[1]}: the cell holds a formula whose result was never saved`
  );
  expect(refused.stderr).not.toContain(cells[2]);
  expect(existsSync(join(dir, "final.xlsx"))).toBe(false);

  const forced = await run(["finalize", file, "--out", "final.xlsx", "--force"], dir);
  expect(forced.stderr).toBe("");
  expect(forced.stdout).toMatch(/formulas made native/);
  expect(existsSync(join(dir, "final.xlsx"))).toBe(true);
});

test("ordinary odd spellings finalize without a refusal", async () => {
  const { file } = await workbookWith(["Yes\u00a0", "Yes\n", true, " n.a. ", "✓"]);
  const done = await run(["finalize", file, "--out", "fine.xlsx"], dir);
  expect(done.stderr).toBe("");
  expect(existsSync(join(dir, "fine.xlsx"))).toBe(true);
});
