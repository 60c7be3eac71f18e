/**
 * `selfassess report DIR`: a folder mixing all five programmes, a workbook of a checklist version this tool does
 * not know, an approved and finalized one and a file that is no workbook. Every file gets its row (the bad one with
 * its reason), sorted by what needs attention, in an .xlsx with native dates, links, a frozen header and a filter.
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { partnerFromFile } from "../../../src/core/exchange/portfolio";
import { defaultJobs } from "../../../src/cli/exchange/portfolioRows";
import { PORTFOLIO_SHEET } from "../../../src/cli/exchange/portfolioXlsx";
import { runCli } from "../cli/run";
import { makePortfolioFolder } from "./fixtures";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "portfolio-"));
  await makePortfolioFolder(dir);
}, 120_000);

test("the partner's name comes from the file name when the workbook records none", () => {
  expect(partnerFromFile("Acme MSP 2025.xlsx")).toBe("Acme");
  expect(partnerFromFile("umbrella_ftr_2025-05.xlsx")).toBe("umbrella");
  expect(partnerFromFile("MSP.xlsx")).toBe("MSP");
});

test("every file has its row, most attention first, as .xlsx a PDM can filter", async () => {
  const out = mkdtempSync(join(tmpdir(), "portfolio-out-"));
  const run = await runCli(
    ["report", dir, "--out", join(out, "portfolio.xlsx"), "--as-of", "2025-06-01", "--jobs", "1"],
    out
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("portfolio.xlsx: 7 workbooks (1 could not be checked)");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(out, "portfolio.xlsx")) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(PORTFOLIO_SHEET)!;
  expect(sheet.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 1 }));
  expect(sheet.autoFilter).toBeTruthy();
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const col = (name: string) => headers.indexOf(name) + 1;
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
  const text = (row: ExcelJS.Row, name: string) => row.getCell(col(name)).text;
  expect(rows.map((r) => text(r, "File"))).toHaveLength(7);
  // Unreadable first, then the unknown version, then errors and failing scores.
  expect(text(rows[0], "File")).toBe("notes.xlsx");
  expect(text(rows[0], "Needs attention")).toMatch(
    /^Cannot be checked: the file is not an \.xlsx workbook/
  );
  expect(text(rows[1], "File")).toBe("Old Version MSP.xlsx");
  expect(text(rows[1], "Needs attention")).toContain("made for version 2.9");
  const last = rows[rows.length - 1];
  expect(text(last, "Partner")).toBe("Globex Federal");
  expect(text(last, "Needs attention")).toBe("approved and finalized");
  expect(text(last, "Approval")).toBe("approved");
  expect(last.getCell(col("Approved on")).value).toEqual(new Date(Date.UTC(2025, 4, 20)));
  expect(last.getCell(col("Last finalized")).numFmt).toBe("yyyy-mm-dd");
  expect(last.getCell(col("File")).value).toEqual({
    text: "globex-ato.xlsx",
    hyperlink: `../${dir.split("/").pop()}/globex-ato.xlsx`,
  });
  const msp = rows.find((r) => text(r, "File") === "Acme MSP 2025.xlsx")!;
  expect(typeof msp.getCell(col("Score")).value).toBe("number");
  expect(text(msp, "Max")).toBe("1000");
  expect(text(msp, "Programme")).toMatch(/MSP/);
  expect(new Set(rows.map((r) => text(r, "Programme")).filter(Boolean)).size).toBe(5);
  const dcx = rows.find((r) => text(r, "File") === "Initech DCX.xlsx")!;
  expect(text(dcx, "Score")).toBe("");
  expect(Number(text(dcx, "Open items"))).toBeGreaterThan(0);
  // Each checklist's own programme name: ECS by its name, not the umbrella "AWS Service Delivery Program".
  expect(rows.map((r) => text(r, "Programme"))).toContain("Amazon ECS Service Delivery");
  expect(rows.map((r) => text(r, "Programme"))).not.toContain("AWS Service Delivery Program");

  // The portfolio names five programmes and its "Checklist version" column holds 1.0, 2.0, 3.1: it was once taken
  // for a checklist. Checking it says what it is instead.
  const check = await runCli(["check", join(out, "portfolio.xlsx")], out);
  expect(check.code).not.toBe(0);
  expect(check.stdout).not.toMatch(/recognised by/);
  expect(check.stderr).toContain("is a portfolio of assessments");
  expect(check.stderr).toContain("'Portfolio'!A1");
}, 120_000);

test("a portfolio of one workbook, whose title names a single programme, is not a checklist either", async () => {
  const one = mkdtempSync(join(tmpdir(), "portfolio-one-"));
  copyFileSync(
    join(__dirname, "..", "..", "..", "samples", "msp-sample.xlsx"),
    join(one, "acme.xlsx")
  );
  const out = join(one, "portfolio.xlsx");
  expect((await runCli(["report", one, "--out", out, "--jobs", "1"], one)).code).toBe(0);
  const check = await runCli(["check", out], one);
  expect(check.code).not.toBe(0);
  expect(check.stderr).toContain("is a portfolio of assessments");
}, 120_000);

test("--format csv writes the same rows as CSV", async () => {
  const run = await runCli(
    ["report", ".", "--format", "csv", "--as-of", "2025-06-01", "--jobs", "1"],
    dir
  );
  expect(run.code).toBe(0);
  const lines = run.stdout.trim().split("\r\n");
  expect(lines[0].startsWith("Needs attention,Partner,Programme")).toBe(true);
  expect(lines).toHaveLength(8);
  expect(lines[1]).toContain("notes.xlsx");
}, 120_000);

test("threads: one per free CPU, none beside the main thread on a busy machine", () => {
  expect(defaultJobs(2, 0.1)).toBe(2);
  expect(defaultJobs(8, 3)).toBe(5);
  expect(defaultJobs(2, 14)).toBe(1);
  expect(defaultJobs(1, 0)).toBe(1);
});
