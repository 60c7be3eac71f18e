/**
 * The proof of finalize: LibreOffice (no add-in) recalculates the finalized Summary, and its totals equal the
 * engine's. Skipped, with a message, only when `soffice` is not installed (CI installs libreoffice-calc).
 */
import ExcelJS from "exceljs";

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  csvFilter,
  csvRows,
  HAS_SOFFICE,
  sheetIndex,
  sofficeConvert,
} from "../../support/libreoffice";
import { fill, random, run, tempDir } from "./helpers";

if (!HAS_SOFFICE)
  console.warn(
    "SKIPPED: the LibreOffice proof of finalize needs `soffice` (apt-get install -y libreoffice-calc)."
  );
const maybe = HAS_SOFFICE ? test : test.skip;

/** Recalculates a sheet of an .xlsx with LibreOffice and returns its rows (one sheet per call). */
async function sheetCsv(file: string, sheet: string): Promise<string[][]> {
  const outdir = sofficeConvert([file], csvFilter(await sheetIndex(file, sheet)), {
    timeout: 120000,
  });
  const csv = readdirSync(outdir).find((n) => n.endsWith(".csv"));
  if (!csv) throw new Error("LibreOffice wrote no CSV");
  return csvRows(join(outdir, csv));
}

const dir = tempDir("selfassess-lo-");

function percent(text: string | undefined): number {
  return Number((text ?? "").replace("%", "")) / 100;
}
const VALUES = ["Yes", "Yes", "Yes", "Yes", "No", "N/A", "", " y "];

async function finalizeFilled(
  name: string,
  args: string[],
  seed: number,
  choose?: (key: string) => string | null
) {
  expect(
    (await run(["new", ...args, "--as-of", "2025-09-30", "--out", `${name}.xlsx`], dir)).code
  ).toBe(0);
  const rnd = random(seed);
  const filled = await fill(
    readFileSync(join(dir, `${name}.xlsx`)),
    choose ??
      (() => {
        const v = VALUES[Math.floor(rnd() * VALUES.length)];
        return v === "" ? null : v;
      })
  );
  writeFileSync(join(dir, `${name}-filled.xlsx`), filled);
  const engine = JSON.parse((await run(["check", `${name}-filled.xlsx`, "--json"], dir)).stdout);
  const finalized = await run(
    ["finalize", `${name}-filled.xlsx`, "--out", `${name}-final.xlsx`],
    dir
  );
  expect(finalized.stderr).toBe("");
  expect(finalized.stdout).toMatch(/formulas made native/);
  expect(finalized.stdout).not.toMatch(/replaced by their value/);
  const rows = await sheetCsv(join(dir, `${name}-final.xlsx`), "Summary");
  return { engine, rows };
}

describe.each([
  ["msp-full", ["--checklist", "msp"], 11],
  [
    "msp-nonreseller-renewal",
    ["--checklist", "msp", "--non-reseller", "--renewal", "--case-studies", "2"],
    23,
  ],
])("LibreOffice recalculates the finalized %s Summary", (name, args, seed) => {
  maybe(
    "section totals, maxima, the total and PASS equal the engine's",
    async () => {
      const { engine, rows } = await finalizeFilled(name, args, seed);
      const byId = new Map(rows.map((r) => [r[0], r]));
      for (const section of engine.score.sections) {
        const row = byId.get(section.id);
        expect([section.id, Number(row?.[2]), Number(row?.[3])]).toEqual([
          section.id,
          section.total,
          section.max,
        ]);
      }
      const total = byId.get("Total");
      expect(Number(total?.[2])).toBe(engine.score.total);
      expect(Number(total?.[3])).toBe(engine.score.max);
      expect(byId.get("Pass")?.[2]).toBe(engine.score.pass ? "TRUE" : "FALSE");
      const progress = engine.score.overall.answered / engine.score.overall.applicable;
      expect(percent(total?.[4])).toBeCloseTo(progress, 9);
      console.log(
        `LibreOffice proof ${name}: total ${total?.[2]} / ${total?.[3]} = engine ${engine.score.total} / ${engine.score.max}, pass ${byId.get("Pass")?.[2]}`
      );
    },
    180000
  );
});

maybe(
  "a passing MSP workbook: LibreOffice shows the engine's total and PASS TRUE",
  async () => {
    // Everything met but two score-only items (1.4 and 1.5, +20 each): 960, no Mandatory Action Item failed.
    const { engine, rows } = await finalizeFilled("msp-pass", ["--checklist", "msp"], 1, (key) =>
      key === "requirements/1.4" || key === "requirements/1.5" ? "No" : "Yes"
    );
    const byId = new Map(rows.map((r) => [r[0], r]));
    expect(engine.score.total).toBe(960);
    expect(engine.score.pass).toBe(true);
    expect(Number(byId.get("Total")?.[2])).toBe(960);
    expect(byId.get("Pass")?.[2]).toBe("TRUE");
  },
  180000
);

maybe(
  "ECS (per case study, at-least-one and every roll-ups): progress per section equals the engine's",
  async () => {
    const { engine, rows } = await finalizeFilled("ecs", ["--checklist", "ecs", "--spot"], 5);
    const byId = new Map(rows.map((r) => [r[0], r]));
    for (const section of engine.score.sections) {
      const expected = section.applicable ? section.answered / section.applicable : 1;
      expect([section.id, percent(byId.get(section.id)?.[2])]).toEqual([
        section.id,
        expect.closeTo(expected, 9),
      ]);
    }
  },
  180000
);

maybe(
  "finalize --undo restores the MSP.* formulas and removes the record",
  async () => {
    expect(
      (await run(["finalize", "msp-full-final.xlsx", "--undo", "--out", "msp-undone.xlsx"], dir))
        .code
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, "msp-undone.xlsx")) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("SelfAssess Original Formulas")).toBeUndefined();
    const summary = wb.getWorksheet("Summary");
    const formulas: string[] = [];
    summary?.eachRow((row) =>
      row.eachCell((cell) => void (cell.formula && formulas.push(cell.formula)))
    );
    expect(formulas).toEqual(
      expect.arrayContaining(["MSP.SCORE()", "MSP.PASS()", 'MSP.SCORE("1.0")'])
    );
    expect(formulas.every((f) => f.startsWith("MSP."))).toBe(true);
  },
  60000
);
