/**
 * @jest-environment jsdom
 *
 * The pane reads a picked workbook with the CLI's reader (src/xlsx): packages other producers write (openpyxl's
 * absolute targets and comment parts) are read, and a file that cannot be read gets the reader's message naming it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readGrid } from "../../../src/xlsx/readGrid";
import { assessPicked } from "../../../src/taskpane/cycle/readPicked";

jest.setTimeout(30000);

const VERSIONS = join(__dirname, "../../fixtures/versions");
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(VERSIONS, name)));

test("a workbook re-saved by openpyxl is read and recognised like the original", async () => {
  const outcome = await assessPicked(
    "resaved.xlsx",
    bytesOf("msp-current.openpyxl.xlsx"),
    "2026-06-01"
  );
  if (!outcome.ok) throw new Error(outcome.message);
  const original = await readGrid(bytesOf("msp-current.xlsx"));
  expect(outcome.workbook.check.checklist.id).toBe("msp");
  expect(outcome.grid.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
});

test("a package missing a part says which, naming the file", async () => {
  const outcome = await assessPicked(
    "broken.xlsx",
    bytesOf("unreadable-missing-part.xlsx"),
    "2026-06-01"
  );
  expect(outcome).toEqual({
    ok: false,
    message: expect.stringMatching(/^broken\.xlsx: .*missing/),
  });
});

test("a password-protected file is refused before ExcelJS sees it", async () => {
  const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  const outcome = await assessPicked("secret.xlsx", cfb, "2026-06-01");
  expect(outcome).toEqual({
    ok: false,
    message: expect.stringMatching(/^secret\.xlsx: the file is password-protected/),
  });
});
