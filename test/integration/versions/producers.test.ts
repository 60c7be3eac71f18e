/**
 * Issue 11, item 7: a workbook re-saved by openpyxl, converted by LibreOffice or exported the way Google Sheets
 * does reads into the same cells as the original, and the input bytes are never changed. A package missing a part
 * it cannot be read without is refused with a message naming the part.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { CellValue } from "../../../src/core/model";
import type { GridSheet } from "../../../src/core/workbook/grid";
import { normalisePackage, resolveTarget } from "../../../src/xlsx/normalisePackage";
import { readGrid, WorkbookReadError } from "../../../src/xlsx/readGrid";

const DIR = join(__dirname, "..", "..", "fixtures", "versions");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS data shared with the generator
const { FIXTURES } = require("../../fixtures/versions/specs.js") as {
  FIXTURES: { name: string; from?: string; producer?: string }[];
};
const VARIANTS = FIXTURES.filter((f) => f.from && f.producer !== "broken");

function bytesOf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DIR, `${name}.xlsx`)));
}

/** Cell values as a reader sees them: non-empty cells by address, numbers and text compared as text. */
function cells(sheet: GridSheet): Map<string, string> {
  const out = new Map<string, string>();
  sheet.rows.forEach((row, r) =>
    row.forEach((value: CellValue, c) => {
      if (value === null || value === "") return;
      const text = value instanceof Date ? value.toISOString() : String(value);
      out.set(`${r}:${c}`, text.replace(/\r\n/g, "\n"));
    })
  );
  return out;
}

describe.each(VARIANTS.map((v) => [v.name, v.from!]))("%s", (name, from) => {
  test("reads into the same sheets and cells as the original", async () => {
    const original = await readGrid(bytesOf(from));
    const variant = await readGrid(bytesOf(name));
    const visible = (s: GridSheet) => s.visibility === "visible";
    expect(variant.sheets.filter(visible).map((s) => s.name)).toEqual(
      original.sheets.filter(visible).map((s) => s.name)
    );
    for (const sheet of original.sheets.filter(visible)) {
      const other = variant.sheets.find((s) => s.name === sheet.name)!;
      expect(Object.fromEntries(cells(other))).toEqual(Object.fromEntries(cells(sheet)));
    }
  });

  test("normalising leaves the input bytes untouched", async () => {
    const bytes = bytesOf(name);
    const copy = Uint8Array.from(bytes);
    await normalisePackage(bytes);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
  });
});

test("an Excel-shaped package comes back as the same bytes (nothing to normalise)", async () => {
  const bytes = bytesOf("msp-current");
  expect(await normalisePackage(bytes)).toBe(bytes);
});

test("the openpyxl package really has the absolute targets ExcelJS cannot follow", async () => {
  const zip = await JSZip.loadAsync(bytesOf("msp-current.openpyxl"));
  const rels = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
  expect(rels).toContain('Target="/xl/comments/comment1.xml"');
});

test("a package missing a worksheet part is refused, naming the part and the sheet", async () => {
  const error = await readGrid(bytesOf("unreadable-missing-part")).then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(WorkbookReadError);
  expect((error as WorkbookReadError).message).toBe(
    "the part xl/worksheets/sheet2.xml (sheet 'Technical Validation') is missing from the package"
  );
});

test.each([
  ["xl/", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
  ["xl/", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
  ["xl/worksheets/", "../comments1.xml", "xl/comments1.xml"],
  ["xl/worksheets/", "./../drawings//vmlDrawing1.vml", "xl/drawings/vmlDrawing1.vml"],
  ["", "xl/workbook.xml", "xl/workbook.xml"],
  ["xl/", "worksheets/sheet%201.xml", "xl/worksheets/sheet 1.xml"],
])("resolveTarget(%j, %j) = %j", (folder, target, part) => {
  expect(resolveTarget(folder, target)).toBe(part);
});

/** msp-current.xlsx with its package edited by `edit`. */
async function edited(edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytesOf("msp-current"));
  await edit(zip);
  return zip.generateAsync({ type: "uint8array" });
}

async function move(zip: JSZip, from: string, to: string): Promise<void> {
  zip.file(to, await zip.file(from)!.async("uint8array"));
  zip.remove(from);
}

async function rewrite(zip: JSZip, part: string, change: (xml: string) => string): Promise<void> {
  zip.file(part, change(await zip.file(part)!.async("string")));
}

describe("packages other producers shape differently", () => {
  let expected: Record<string, string>;
  beforeAll(async () => {
    const grid = await readGrid(bytesOf("msp-current"));
    expected = Object.fromEntries(
      cells(grid.sheets.find((s) => s.name === "Technical Validation")!)
    );
  });
  const sameCells = async (bytes: Uint8Array) => {
    const grid = await readGrid(bytes);
    const sheet = grid.sheets.find((s) => s.name === "Technical Validation");
    expect(sheet).toBeDefined();
    expect(Object.fromEntries(cells(sheet!))).toEqual(expected);
  };

  test("a worksheet part with another name (and its relationships) is found", async () => {
    await sameCells(
      await edited(async (zip) => {
        await move(zip, "xl/worksheets/sheet2.xml", "xl/worksheets/validation.xml");
        await move(
          zip,
          "xl/worksheets/_rels/sheet2.xml.rels",
          "xl/worksheets/_rels/validation.xml.rels"
        );
        await rewrite(zip, "xl/_rels/workbook.xml.rels", (x) =>
          x.replace("worksheets/sheet2.xml", "worksheets/validation.xml")
        );
      })
    );
  });

  test("a workbook part elsewhere, named by the root relationships, is found", async () => {
    await sameCells(
      await edited(async (zip) => {
        await move(zip, "xl/workbook.xml", "xl/book.xml");
        await move(zip, "xl/_rels/workbook.xml.rels", "xl/_rels/book.xml.rels");
        await rewrite(zip, "_rels/.rels", (x) => x.replace("xl/workbook.xml", "/xl/book.xml"));
      })
    );
  });

  test("targets with backslashes, './' and another letter case are resolved", async () => {
    await sameCells(
      await edited(async (zip) => {
        await rewrite(zip, "xl/_rels/workbook.xml.rels", (x) =>
          x.replace('Target="worksheets/sheet2.xml"', 'Target=".\\Worksheets\\Sheet2.xml"')
        );
      })
    );
  });

  test("a comment part that is missing drops the comments, not the cells", async () => {
    await sameCells(
      await edited(async (zip) => {
        const comments = Object.keys(zip.files).find((n) => /comments\d*\.xml$/.test(n))!;
        zip.remove(comments);
      })
    );
  });

  test("a missing shared strings part is refused naming it", async () => {
    const bytes = await edited(async (zip) => {
      zip.remove("xl/sharedStrings.xml");
    });
    await expect(readGrid(bytes)).rejects.toThrow(
      "the shared strings part xl/sharedStrings.xml is missing from the package"
    );
  });
});
