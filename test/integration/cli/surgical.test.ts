/**
 * Surgical writes: finalize and --undo on a workbook carrying foreign content (a chart, a comment, defined names
 * including a sheet-scoped constant, custom document properties, an x14 list validation on the Met? column) change
 * only the cells and parts the tool owns. An independent reader (openpyxl, test/fixtures/foreign/compare.py)
 * compares every cell, name with its scope, chart, validation and property, and the raw bytes of every part.
 */
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
  for (const [address, cell] of pkg.readCells("SelfAssess"))
    if (cell.value === "finalized") return [address, address.replace(/^A/, "B")];
  return [];
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
