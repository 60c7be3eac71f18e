/**
 * LibreOffice, with no add-in, recalculates finalized workbooks generated with odd Met? spellings (non-breaking
 * spaces, line breaks, booleans, short forms) and broken point cells (emptied, text, fractions, #N/A): in every one
 * that finalize writes, the Summary's section totals and maxima, the total, the maximum, PASS and the progress
 * equal the engine's. All workbooks go through one soffice call. Workbooks whose Met? cells a formula cannot read
 * alike are refused by finalize (exit 1, the cells listed, nothing written). Skipped, with a message, only when
 * `soffice` is not installed.
 */
import ExcelJS from "exceljs";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  csvFilter,
  csvRows,
  HAS_SOFFICE,
  sheetIndex,
  sofficeConvert,
} from "../../support/libreoffice";
import { mappingOf, random, run, tempDir } from "./helpers";

if (!HAS_SOFFICE)
  console.warn(
    "SKIPPED: the LibreOffice agreement test of finalize needs `soffice` (apt-get install -y libreoffice-calc)."
  );
const maybe = HAS_SOFFICE ? test : test.skip;

const WORKBOOKS = 52;
const dir = tempDir("selfassess-lo-agree-");

type Cell = ExcelJS.CellValue;
const MET: Cell[] = [
  "Yes",
  "Yes",
  "Yes",
  "No",
  "N/A",
  null,
  " yes ",
  "Yes\u00a0",
  "Yes\n",
  "Yes\r\n",
  "\tNo",
  "y",
  "N",
  "n.a.",
  "Not applicable",
  "not met",
  "✓",
  true,
  false,
  "Maybe",
];
const POINTS: Cell[] = [null, "abc", 20.4, { error: "#N/A" } as ExcelJS.CellErrorValue, "15", -5];
const UNALIKE: Cell[] = ["Yes\u2003", "Not\nmet", 1];

/** Fills Met? cells (and, when `points`, a few point cells) of a new workbook at random. */
async function generate(bytes: Buffer, seed: number, extra: Cell[] = []): Promise<Buffer> {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
  const mapping = await mappingOf(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const metCells: ExcelJS.Cell[] = [];
  for (const m of mapping.sheets) {
    const sheet = workbook.getWorksheet(m.sheet);
    if (!sheet) throw new Error(`no sheet ${m.sheet}`);
    for (const row of Object.values(m.controls)) {
      const cols = m.columns.caseStudies.length
        ? m.columns.caseStudies.map((g) => g.met)
        : [m.columns.met ?? 2];
      for (const col of cols) {
        const cell = sheet.getCell(row + 1, col + 1);
        metCells.push(cell);
        cell.value = pick(MET);
      }
      for (const col of [m.columns.pointsMet, m.columns.pointsNotMet])
        if (col !== null && rnd() < 0.08) sheet.getCell(row + 1, col + 1).value = pick(POINTS);
    }
  }
  for (const value of extra) pick(metCells).value = value;
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** LibreOffice's profile: recalculate every formula on load, not only those without a cached value. */
function profile(): string {
  const home = mkdtempSync(join(tmpdir(), "lo-agree-profile-"));
  mkdirSync(join(home, "user"), { recursive: true });
  writeFileSync(
    join(home, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  return home;
}

interface EngineScore {
  total: number;
  max: number;
  pass: boolean;
  overall: { applicable: number; answered: number };
  sections: { id: string; total: number; max: number }[];
}

maybe(
  `LibreOffice agrees with the engine on ${WORKBOOKS} finalized workbooks with odd spellings and broken point cells`,
  async () => {
    const scopes = [
      ["--checklist", "msp"],
      ["--checklist", "msp", "--non-reseller", "--renewal", "--case-studies", "2"],
    ];
    const blanks: Buffer[] = [];
    for (const [i, args] of scopes.entries()) {
      const name = `blank-${i}.xlsx`;
      expect((await run(["new", ...args, "--as-of", "2025-09-30", "--out", name], dir)).code).toBe(
        0
      );
      blanks.push(readFileSync(join(dir, name)));
    }

    // Met? cells a formula cannot read alike: finalize refuses, names the cell, writes nothing.
    writeFileSync(join(dir, "odd.xlsx"), await generate(blanks[0], 999, UNALIKE));
    const refused = await run(["finalize", "odd.xlsx", "--out", "odd-final.xlsx"], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not written/);
    expect(refused.stderr).toMatch(/'MSP Checklist'!C\d+|'Customer Examples'!\w+\d+/);
    expect(existsSync(join(dir, "odd-final.xlsx"))).toBe(false);

    const engines = new Map<string, EngineScore>();
    for (let i = 0; i < WORKBOOKS; i++) {
      const name = `wb-${i}`;
      writeFileSync(join(dir, `${name}.xlsx`), await generate(blanks[i % blanks.length], 1000 + i));
      const check = await run(["check", `${name}.xlsx`, "--json"], dir);
      engines.set(name, JSON.parse(check.stdout).score as EngineScore);
      const finalized = await run(["finalize", `${name}.xlsx`, "--out", `${name}-final.xlsx`], dir);
      expect([name, finalized.stderr]).toEqual([name, ""]);
      expect(finalized.stdout).not.toMatch(/replaced by their value/);
    }

    // One soffice call for every workbook: the Summary sheet as CSV.
    const outdir = sofficeConvert(
      [...engines.keys()].map((name) => join(dir, `${name}-final.xlsx`)),
      csvFilter(await sheetIndex(join(dir, "wb-0-final.xlsx"), "Summary")),
      { profile: profile(), timeout: 600000 }
    );

    let agreed = 0;
    for (const [name, engine] of engines) {
      // LibreOffice names a one-sheet export after the file, or after the file and the sheet.
      const file = readdirSync(outdir).find(
        (f) => f === `${name}-final.csv` || f === `${name}-final-Summary.csv`
      );
      expect([name, file ?? readdirSync(outdir).slice(0, 3).join(" ")]).toEqual([
        name,
        expect.stringMatching(/\.csv$/),
      ]);
      const rows = csvRows(join(outdir, file ?? ""));
      const byId = new Map(rows.map((r) => [r[0], r]));
      const seen = (id: string, col: number) => byId.get(id)?.[col];
      const expected: unknown[] = [
        name,
        String(engine.total),
        String(engine.max),
        engine.pass ? "TRUE" : "FALSE",
        (engine.overall.answered / engine.overall.applicable).toFixed(4),
      ];
      const progress = Number((seen("Total", 4) ?? "").replace("%", "")) / 100;
      expect([
        name,
        seen("Total", 2),
        seen("Total", 3),
        seen("Pass", 2),
        progress.toFixed(4),
      ]).toEqual(expected);
      for (const s of engine.sections)
        expect([name, s.id, seen(s.id, 2), seen(s.id, 3)]).toEqual([
          name,
          s.id,
          String(s.total),
          String(s.max),
        ]);
      agreed++;
    }
    expect(agreed).toBe(WORKBOOKS);
    console.log(
      `LibreOffice agreement: ${agreed} of ${WORKBOOKS} finalized workbooks agree with the engine`
    );
  },
  900000
);
