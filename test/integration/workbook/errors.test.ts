/** Unreadable input: a clear message, exit code 2, and the input's bytes unchanged. */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, tempDir } from "./helpers";

const dir = tempDir();

async function plainWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Budget").addRows([
    ["Item", "Cost"],
    ["Coffee", 3],
  ]);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const cases: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
  ["not-a-zip.xlsx", () => Buffer.from("ID,Met?\n1.1,Yes\n"), /not an \.xlsx workbook/],
  [
    "encrypted.xlsx",
    () =>
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
      ]),
    /password-protected/,
  ],
  [
    "corrupt.xlsx",
    () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
    /damaged|not an Excel workbook/,
  ],
  ["empty.xlsx", () => Buffer.alloc(0), /empty/],
  ["budget.xlsx", plainWorkbook, /no recognisable checklist/],
];

describe.each(cases)("%s", (name, make, message) => {
  test("check and finalize exit 2 with a clear message and leave the file untouched", async () => {
    const bytes = await make();
    writeFileSync(join(dir, name), bytes);
    const checked = await run(["check", name], dir);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toMatch(message);
    const finalized = await run(["finalize", name, "--out", `out-${name}`], dir);
    expect(finalized.code).toBe(2);
    expect(finalized.stderr).toMatch(message);
    expect(readFileSync(join(dir, name)).equals(bytes)).toBe(true);
  });
});

test("finalize refuses to write over its input", async () => {
  await run(["new", "--checklist", "ftr", "--out", "ftr.xlsx"], dir);
  const before = readFileSync(join(dir, "ftr.xlsx"));
  const result = await run(["finalize", "ftr.xlsx", "--out", "./ftr.xlsx"], dir);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/never writes over its input/);
  expect(readFileSync(join(dir, "ftr.xlsx")).equals(before)).toBe(true);
});

test("new refuses to replace a file unless --force", async () => {
  await run(["new", "--checklist", "ato", "--out", "ato.xlsx"], dir);
  expect((await run(["new", "--checklist", "ato", "--out", "ato.xlsx"], dir)).code).toBe(2);
  expect((await run(["new", "--checklist", "ato", "--out", "ato.xlsx", "--force"], dir)).code).toBe(
    0
  );
});
