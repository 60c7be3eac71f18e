/**
 * Surgical writes: finalize and --undo on a workbook carrying foreign content (a chart, a comment, defined names
 * including a sheet-scoped constant, custom document properties, an x14 list validation on the Met? column) change
 * only the cells and parts the tool owns. An independent reader (openpyxl, test/fixtures/foreign/compare.py)
 * compares every cell, name with its scope, chart, validation and property, and the raw bytes of every part.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPackage } from "../../../src/cli/xlsx/package";
import { runCli } from "../../unit/cli/run";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "foreign");
const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (!hasOpenpyxl)
  console.warn("SKIPPED: the surgical-write comparisons need Debian's python3-openpyxl");
const maybe = hasOpenpyxl ? test : test.skip;

const dir = mkdtempSync(join(tmpdir(), "selfassess-surgical-"));
copyFileSync(join(FIXTURES, "foreign.xlsx"), join(dir, "foreign.xlsx"));
copyFileSync(join(FIXTURES, "foreign-absolute.xlsx"), join(dir, "foreign-absolute.xlsx"));

interface Comparison {
  differences: { kind: string; where: string; before: string; after: string }[];
  changedParts: string[];
  removedParts: string[];
  addedParts: string[];
}

function compare(
  before: string,
  after: string,
  owned: { cells?: Record<string, string[]>; mspFormulasOwned?: boolean; newSheets?: string[] }
): Comparison {
  const spec = join(dir, `owned-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(spec, JSON.stringify(owned));
  const result = spawnSync(
    PYTHON,
    [join(FIXTURES, "compare.py"), join(dir, before), join(dir, after), spec],
    { encoding: "utf8", timeout: 120_000 }
  );
  if (result.status !== 0) throw new Error(`compare.py failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Comparison;
}

/** The zip entry of each sheet, as the package editor resolves it. */
async function sheetParts(file: string): Promise<Map<string, string>> {
  const pkg = await openPackage(readFileSync(join(dir, file)));
  return new Map(pkg.sheets().map((s) => [s.name, s.part]));
}

/** The SelfAssess row holding `finalized` (the cells finalize owns there). */
async function finalizedRow(file: string): Promise<string[]> {
  const pkg = await openPackage(readFileSync(join(dir, file)));
  // The finalize date and the answers' hash it covers (core/workbook/stamps.ts) are finalize's own rows.
  const owned: string[] = [];
  for (const [address, cell] of pkg.readCells("SelfAssess"))
    if (cell.value === "finalized" || cell.value === "finalized.answersHash")
      owned.push(address, address.replace(/^A/, "B"));
  return owned;
}

describe("finalize and --undo keep foreign content", () => {
  maybe(
    "finalize: no difference outside the owned cells; only the owned parts change",
    async () => {
      const result = await runCli(["finalize", "foreign.xlsx", "--out", "final.xlsx"], dir);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/formulas made native/);
      const owned = await finalizedRow("final.xlsx");
      const report = compare("foreign.xlsx", "final.xlsx", {
        cells: { Summary: ["A6", "B6"], SelfAssess: owned },
        mspFormulasOwned: true,
        newSheets: ["SelfAssess Original Formulas"],
      });
      expect(report.differences).toEqual([]);
      const parts = await sheetParts("final.xlsx");
      expect(report.changedParts.sort()).toEqual(
        [
          "[Content_Types].xml",
          "docProps/core.xml",
          "xl/_rels/workbook.xml.rels",
          "xl/workbook.xml",
          parts.get("Summary"),
          parts.get("SelfAssess"),
        ].sort()
      );
      expect(report.addedParts).toEqual([parts.get("SelfAssess Original Formulas")]);
      expect(report.removedParts).toEqual([]);
    },
    120_000
  );

  maybe(
    "--undo: the original workbook back, formulas included, outside the stamp and the finalized key",
    async () => {
      const result = await runCli(
        ["finalize", "final.xlsx", "--undo", "--out", "undone.xlsx"],
        dir
      );
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const report = compare("foreign.xlsx", "undone.xlsx", {
        cells: { Summary: ["A6", "B6"], SelfAssess: await finalizedRow("final.xlsx") },
      });
      expect(report.differences).toEqual([]);
      const parts = await sheetParts("undone.xlsx");
      expect(report.addedParts).toEqual([]);
      expect(report.removedParts).toEqual([]);
      // workbook.xml, its relationships and the content types are back byte for byte.
      expect(report.changedParts.sort()).toEqual(
        ["docProps/core.xml", parts.get("Summary"), parts.get("SelfAssess")].sort()
      );
    },
    120_000
  );
});

describe("the package editor on openpyxl's absolute relationship targets", () => {
  maybe(
    "resolves /xl/... targets, edits cells, adds and removes sheets, and keeps names on their sheets",
    async () => {
      const pkg = await openPackage(readFileSync(join(dir, "foreign-absolute.xlsx")));
      const sheets = pkg.sheets();
      expect(sheets.map((s) => s.part)).toEqual(
        sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`)
      );
      expect(pkg.readCells("Notes").get("B3")?.value).toBe(9);
      expect(pkg.readCells("Notes").get("D1")?.formula).toBe("SUM(B2:B5)");
      pkg.setCells("Notes", [
        { address: "C2", value: "kept as text" },
        { address: "C3", value: 42 },
        { address: "H30", value: { formula: "B2*2" } },
      ]);
      pkg.addSheet("Scratch", "hidden", [[{ address: "A1", value: "x" }]]);
      pkg.removeSheet("Prerequisites");
      writeFileSync(join(dir, "absolute-edited.xlsx"), await pkg.save());
      const report = compare("foreign-absolute.xlsx", "absolute-edited.xlsx", {
        cells: { Notes: ["C2", "C3", "H30"] },
        newSheets: ["Scratch"],
      });
      // Removing the first sheet is the only difference openpyxl sees: the sheet-scoped name still names Notes.
      expect(report.differences.map((d) => d.kind).sort()).toEqual(
        ["defined names", "removed sheet", "sheet order"].sort()
      );
      expect(report.differences.find((d) => d.kind === "name scope")).toBeUndefined();
      const edited = await openPackage(readFileSync(join(dir, "absolute-edited.xlsx")));
      expect(edited.readCells("Notes").get("C2")?.value).toBe("kept as text");
      expect(edited.readCells("Notes").get("H30")?.formula).toBe("B2*2");
      expect(edited.sheet("Scratch")?.state).toBe("hidden");
      expect(edited.sheet("Prerequisites")).toBeUndefined();
      expect(report.removedParts).toEqual(["xl/worksheets/sheet1.xml"]);
    },
    120_000
  );
});

test("the x14 Met? list pointing at a hidden sheet is read, and still there after finalize", async () => {
  for (const file of ["foreign.xlsx", "foreign-absolute.xlsx"]) {
    const pkg = await openPackage(readFileSync(join(FIXTURES, file)));
    const [x14] = pkg.validations("MSP Checklist").filter((v) => v.source === "x14");
    expect(x14).toEqual({
      sqref: expect.stringMatching(/^C3:C200$/),
      type: "list",
      formula1: "Lists!$A$1:$A$3",
      source: "x14",
    });
    expect(pkg.listValues("MSP Checklist", x14)).toEqual(["Yes", "No", "N/A"]);
  }
  const result = await runCli(["finalize", "foreign.xlsx", "--out", "final-x14.xlsx"], dir);
  expect(result.stderr).toBe("");
  const after = await openPackage(readFileSync(join(dir, "final-x14.xlsx")));
  expect(after.validations("MSP Checklist").filter((v) => v.source === "x14")).toHaveLength(1);
}, 60_000);

describe("a workbook without a Summary (an official template)", () => {
  maybe(
    "finalize adds a Summary with native formulas and formats; openpyxl and ExcelJS read it; undo restores its MSP formulas",
    async () => {
      const pkg = await openPackage(readFileSync(join(FIXTURES, "foreign.xlsx")));
      pkg.removeSheet("Summary");
      writeFileSync(join(dir, "template.xlsx"), await pkg.save());
      const result = await runCli(
        ["finalize", "template.xlsx", "--out", "template-final.xlsx"],
        dir
      );
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/formulas made native/);
      const report = compare("template.xlsx", "template-final.xlsx", {
        mspFormulasOwned: true,
        cells: { SelfAssess: await finalizedRow("template-final.xlsx") },
        newSheets: ["Summary", "SelfAssess Original Formulas"],
      });
      expect(report.differences).toEqual([]);
      const final = await openPackage(readFileSync(join(dir, "template-final.xlsx")));
      const summary = final.readCells("Summary");
      const formulas = [...summary.values()].flatMap((c) => (c.formula ? [c.formula] : []));
      expect(formulas.length).toBeGreaterThan(5);
      expect(formulas.some((f) => /MSP\./.test(f))).toBe(false);
      expect(summary.get("B6")?.value).toMatch(/^Finalized /);
      // The check of the finalized copy still reads the workbook (ExcelJS accepts the new parts).
      const check = await runCli(["check", "template-final.xlsx", "--json"], dir);
      expect(JSON.parse(check.stdout).checklist).toBe("msp");
      const undone = await runCli(
        ["finalize", "template-final.xlsx", "--undo", "--out", "template-undone.xlsx"],
        dir
      );
      expect(undone.code).toBe(0);
      const back = (await openPackage(readFileSync(join(dir, "template-undone.xlsx")))).readCells(
        "Summary"
      );
      expect([...back.values()].some((c) => c.formula === "MSP.SCORE()")).toBe(true);
    },
    120_000
  );
});

test("--undo reads a record ExcelJS re-saved (shared strings)", async () => {
  expect((await runCli(["finalize", "foreign.xlsx", "--out", "for-exceljs.xlsx"], dir)).code).toBe(
    1
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(dir, "for-exceljs.xlsx")) as unknown as ExcelJS.Buffer);
  writeFileSync(
    join(dir, "exceljs-saved.xlsx"),
    Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)
  );
  const result = await runCli(
    ["finalize", "exceljs-saved.xlsx", "--undo", "--out", "exceljs-undone.xlsx"],
    dir
  );
  expect(result.stderr).toBe("");
  expect(result.stdout).toMatch(/[1-9]\d* formulas restored/);
}, 60_000);
