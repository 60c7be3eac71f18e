/**
 * `selfassess export`: the three formats through the command, a CSV that a spreadsheet cannot run as formulas, and
 * the JSON identical to `check --json`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXPORT_COLUMNS } from "../../../src/core/exchange/exportRows";
import { runCli } from "../cli/run";
import { blankWorkbook, bytesOf, cleanFiller, fill } from "./fixtures";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "export-"));
  const made = await blankWorkbook("msp");
  fill(made, (key, id, cs, control) =>
    key === "requirements/1.1"
      ? {
          met: "Yes",
          response: '=HYPERLINK("http://evil.example/x","click")',
          links: ["https://docs.acme-cloud.com/a.pdf", "https://docs.acme-cloud.com/b.pdf"],
          dates: ["2025-05-01\n2025-04-01"],
        }
      : cleanFiller(key, id, cs, control)
  );
  writeFileSync(join(dir, "msp.xlsx"), await bytesOf(made));
}, 60_000);

test("--format csv: a row per control and reference, formula-like text neutralised", async () => {
  const run = await runCli(["export", "msp.xlsx", "--format", "csv", "--as-of", "2025-06-01"], dir);
  expect(run.code).toBe(0);
  const lines = run.stdout.split("\r\n").filter(Boolean);
  expect(lines[0]).toBe(EXPORT_COLUMNS.join(","));
  const rows11 = lines.filter((l) => l.includes(",1.1,Financial Health,"));
  expect(rows11).toHaveLength(2);
  expect(rows11[0]).toContain(`"'=HYPERLINK(""http://evil.example/x"",""click"")"`);
  expect(rows11[0]).toContain("https://docs.acme-cloud.com/a.pdf,2025-05-01");
  expect(rows11[1]).toContain("https://docs.acme-cloud.com/b.pdf,2025-04-01");
  expect(lines.some((l) => /(^|,)=/.test(l))).toBe(false);
});

test("--format json is the check's own document; --format oscal --out writes a file", async () => {
  const json = await runCli(
    ["export", "msp.xlsx", "--format", "json", "--as-of", "2025-06-01"],
    dir
  );
  const check = await runCli(["check", "msp.xlsx", "--json", "--as-of", "2025-06-01"], dir);
  expect(JSON.parse(json.stdout)).toEqual(JSON.parse(check.stdout));
  const out = await runCli(
    ["export", "msp.xlsx", "--out", "msp.oscal.json", "--as-of", "2025-06-01"],
    dir
  );
  expect(out.code).toBe(0);
  const doc = JSON.parse(readFileSync(join(dir, "msp.oscal.json"), "utf8")) as Record<
    string,
    unknown
  >;
  expect(Object.keys(doc)).toEqual(["assessment-results"]);
});

test("bad usage and unreadable input exit 2 with one line", async () => {
  const format = await runCli(["export", "msp.xlsx", "--format", "pdf"], dir);
  expect(format.code).toBe(2);
  expect(format.stderr).toContain("--format must be oscal, json or csv");
  const same = await runCli(["export", "msp.xlsx", "--format", "csv", "--out", "msp.xlsx"], dir);
  expect(same.code).toBe(2);
  expect(same.stderr).toContain("is the input file");
  writeFileSync(join(dir, "bad.xlsx"), "not a workbook");
  const bad = await runCli(["export", "bad.xlsx"], dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe(
    "selfassess export: bad.xlsx: the file is not an .xlsx workbook (it is not a zip archive)\n"
  );
});
