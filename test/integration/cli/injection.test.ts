/**
 * Formula injection: text the CLI copies into a workbook (sheet names in the Original Formulas record, cached
 * results finalize writes as values) never becomes a live formula, in the package or after LibreOffice opens and
 * re-saves it, and reads back exactly as it was (the quote prefix is invisible).
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPackage } from "../../../src/cli/xlsx/package";
import { ORIGINAL_FORMULAS_SHEET } from "../../../src/core/workbook/persist";
import { HAS_SOFFICE, sofficeConvert } from "../../support/libreoffice";
import { runCli } from "../../unit/cli/run";

const PYTHON = "/usr/bin/python3";
const hasTools = HAS_SOFFICE && spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (!hasTools) console.warn("SKIPPED: the injection proof needs soffice and python3-openpyxl");
const maybe = hasTools ? test : test.skip;

/** OWASP's starts (=, +, -, @, tab, CR) and their full-width forms. */
const PAYLOADS = [
  '=HYPERLINK("http://evil.example/","x")',
  "=1+1",
  "+1+1",
  "-1+1",
  "@SUM(1,1)",
  "\t=1+1",
  "\r=1+1",
  "\uFF1D1+1",
  "\uFF0B1+1",
  "\uFF0D1+1",
  "\uFF20SUM(1,1)",
];
/** Sheet names cannot hold tabs or CRs; the others name sheets whose MSP formulas finalize records. */
const SHEET_PAYLOADS = PAYLOADS.filter((p) => !/[\t\r"/]/.test(p));

const dir = mkdtempSync(join(tmpdir(), "selfassess-injection-"));

maybe(
  "payloads in every field finalize writes: 0 live formulas, text unchanged, in the package and in LibreOffice",
  async () => {
    expect((await runCli(["new", "--checklist", "msp", "--out", "msp.xlsx"], dir)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, "msp.xlsx")) as unknown as ExcelJS.Buffer);
    const cached = workbook.addWorksheet("Cached");
    PAYLOADS.forEach((payload, i) => {
      cached.getCell(i + 1, 1).value = { formula: "MSP.NOSUCH()", result: payload };
    });
    for (const name of SHEET_PAYLOADS)
      workbook.addWorksheet(name).getCell("A1").value = { formula: "MSP.SCORE()", result: 0 };
    writeFileSync(
      join(dir, "payloads.xlsx"),
      Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
    );

    const result = await runCli(["finalize", "payloads.xlsx", "--out", "final.xlsx"], dir);
    expect(result.stdout).toMatch(/replaced by their value/);

    // In the package: values, not formulas, each exactly the payload.
    const pkg = await openPackage(readFileSync(join(dir, "final.xlsx")));
    const cells = pkg.readCells("Cached");
    // ExcelJS wrote the cached CR literally, which every XML parser reads as LF: that is the input's text.
    const asRead = (payload: string) => payload.replace("\r", "\n");
    PAYLOADS.forEach((payload, i) => {
      expect([i, cells.get(`A${i + 1}`)?.value, cells.get(`A${i + 1}`)?.formula]).toEqual([
        i,
        asRead(payload),
        undefined,
      ]);
    });
    const record = [...pkg.readCells(ORIGINAL_FORMULAS_SHEET).entries()];
    for (const name of SHEET_PAYLOADS)
      expect(record.some(([a, c]) => a.startsWith("A") && c.value === name)).toBe(true);

    // LibreOffice opens and re-saves it; openpyxl reads what LibreOffice kept.
    const outdir = sofficeConvert([join(dir, "final.xlsx")], "xlsx:Calc MS Excel 2007 XML", {
      timeout: 180_000,
    });
    const saved = join(outdir, readdirSync(outdir).find((n) => n.endsWith(".xlsx")) ?? "");
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
payloads = json.loads(sys.argv[2])
live = []
texts = []
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.data_type == "f" and any(p.lstrip("\\t\\r")[1:] in str(c.value) for p in payloads):
                live.append(f"{ws.title}!{c.coordinate}: {c.value}")
            if isinstance(c.value, str) and c.data_type == "s":
                texts.append(c.value)
print(json.dumps({"live": live, "texts": texts}))
`;
    const read = spawnSync(PYTHON, ["-c", script, saved, JSON.stringify(PAYLOADS)], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(read.stderr).toBe("");
    const seen = JSON.parse(read.stdout) as { live: string[]; texts: string[] };
    expect(seen.live).toEqual([]);
    // What a reader sees is the payload itself, no visible apostrophe (LibreOffice writes CR as a line break).
    for (const payload of PAYLOADS)
      expect([
        payload,
        seen.texts.includes(payload) || seen.texts.includes(payload.replace("\r", "\n")),
      ]).toEqual([payload, true]);
  },
  240_000
);
