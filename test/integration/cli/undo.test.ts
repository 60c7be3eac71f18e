/**
 * `finalize --undo` trusts nothing in the hidden record: only MSP.* formulas, for sheets that exist, at real cell
 * addresses. Anything else refuses the whole undo with one line naming the file, the record sheet and the cell.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPackage } from "../../../src/cli/xlsx/package";
import { ORIGINAL_FORMULAS_SHEET } from "../../../src/core/workbook/persist";
import { runCli } from "../../unit/cli/run";

const dir = mkdtempSync(join(tmpdir(), "selfassess-undo-"));

beforeAll(async () => {
  expect((await runCli(["new", "--checklist", "msp", "--out", "msp.xlsx"], dir)).code).toBe(0);
  const finalized = await runCli(["finalize", "msp.xlsx", "--out", "final.xlsx"], dir);
  expect(finalized.stderr).toBe("");
}, 60_000);

/** A copy of final.xlsx with the record's row 2 replaced. */
async function planted(name: string, row: [string, string, string]): Promise<void> {
  const pkg = await openPackage(readFileSync(join(dir, "final.xlsx")));
  pkg.setCells(ORIGINAL_FORMULAS_SHEET, [
    { address: "A2", value: row[0] },
    { address: "B2", value: row[1] },
    { address: "C2", value: row[2] },
  ]);
  writeFileSync(join(dir, name), await pkg.save());
}

test.each([
  [
    "a planted HYPERLINK",
    ["MSP Checklist", "C5", 'HYPERLINK("http://evil.example/","Click")'],
    /cell C2: the formula calls HYPERLINK, not an MSP function/,
  ],
  [
    "an MSP call hiding another function",
    ["Summary", "C9", 'MSP.SCORE()&WEBSERVICE("http://evil.example/")'],
    /cell C2: the formula calls WEBSERVICE/,
  ],
  [
    "a DDE call",
    ["Summary", "C9", "MSP.SCORE()+cmd|' /c calc'!A0"],
    /cell C2: the formula refers to another workbook or program/,
  ],
  [
    "an invalid address",
    ["Summary", "ZZZZ99", "MSP.SCORE()"],
    /cell B2: "ZZZZ99" is not a cell address/,
  ],
  [
    "an address past the last row",
    ["Summary", "A1048577", "MSP.SCORE()"],
    /cell B2: .*not a cell address/,
  ],
  [
    "a sheet that does not exist",
    ["Nowhere", "A1", "MSP.SCORE()"],
    /cell A2: names sheet "Nowhere"/,
  ],
  [
    "the product's own hidden sheet",
    ["SelfAssess", "B2", "MSP.SCORE()"],
    /cell A2: names sheet "SelfAssess", which is not a sheet finalize writes/,
  ],
] as [string, [string, string, string], RegExp][])(
  "%s is refused with one line and nothing is written",
  async (label, row, message) => {
    const name = `planted-${label.replace(/\W+/g, "-")}.xlsx`;
    await planted(name, row);
    const result = await runCli(["finalize", name, "--undo", "--out", `out-${name}`], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(`${name}: sheet '${ORIGINAL_FORMULAS_SHEET}' `);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/nothing was restored/);
    expect(existsSync(join(dir, `out-${name}`))).toBe(false);
  },
  30_000
);

test("a genuine record is restored", async () => {
  const result = await runCli(["finalize", "final.xlsx", "--undo", "--out", "undone.xlsx"], dir);
  expect(result.code).toBe(0);
  const pkg = await openPackage(readFileSync(join(dir, "undone.xlsx")));
  expect(pkg.sheet(ORIGINAL_FORMULAS_SHEET)).toBeUndefined();
  const formulas = [...pkg.readCells("Summary").values()].flatMap((c) =>
    c.formula ? [c.formula] : []
  );
  expect(formulas).toEqual(expect.arrayContaining(["MSP.SCORE()", "MSP.PASS()"]));
}, 30_000);
