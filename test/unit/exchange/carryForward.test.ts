/**
 * Carry forward between two versions of the MSP checklist: last cycle's workbook was made for a "3.0" in which
 * control 1.4 was numbered 1.4.1, 1.2 had another title, 1.5 did not exist and a 1.99 did. The new 3.1 workbook
 * gets the answers by control (1.4 through its unchanged title), keeps what was already typed in it, marks every
 * carried control for re-confirmation, and the evidence dates that are too old for its planned submission date are
 * found. Then the whole command, from a workbook finalized by `selfassess finalize`.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CATALOG,
  parseChecklist,
  type Checklist,
  type ChecklistInput,
} from "../../../src/checklists";
import { assessedWorkbook, type AssessedWorkbook } from "../../../src/core/exchange/assessed";
import {
  agedEvidence,
  CARRIED_HEADER,
  patchGrid,
  planCarryForward,
  type CarryPlan,
} from "../../../src/core/exchange/carryForward";
import { checkGrid } from "../../../src/core/workbook/checkGrid";
import type { Grid } from "../../../src/core/workbook/grid";
import { readGrid } from "../../../src/xlsx/readGrid";
import { openPackage } from "../../../src/cli/xlsx/package";
import { runCli } from "../cli/run";
import { blankWorkbook, bytesOf, cleanFiller, fill, setMeta, type Filler } from "./fixtures";

/** MSP as a made-up earlier version 3.0. */
function mspVersion30(): Checklist {
  const source = JSON.parse(JSON.stringify(CATALOG.msp)) as ChecklistInput & {
    sections: { id: string; controls: { id: string; title: string; requirement: string }[] }[];
  };
  source.version = "3.0";
  const section = source.sections.find((s) => s.id === "1.0")!;
  const c14 = section.controls.find((c) => c.id === "1.4")!;
  c14.id = "1.4.1";
  section.controls.find((c) => c.id === "1.2")!.title = "Financial Planning";
  const c15 = section.controls.findIndex((c) => c.id === "1.5");
  const [removed] = section.controls.splice(c15, 1);
  section.controls.push({
    ...removed,
    id: "1.99",
    title: "Office Locations",
    requirement: "Partner lists its office locations.",
  });
  return parseChecklist(source);
}

const OLD_DATE = "2024-03-01";
const oldFiller: Filler = (key, id, cs, control) => ({
  ...cleanFiller(key, id, cs, control),
  response: `Last cycle: ${id}${cs ? ` #${cs}` : ""}`,
  dates: [OLD_DATE],
});

async function assess(bytes: Buffer, file: string, catalog: readonly Checklist[]) {
  const grid = await readGrid(bytes);
  const result = checkGrid(grid, catalog, { today: "2026-06-01" });
  if (!result.ok) throw new Error(result.reason);
  return { grid, workbook: assessedWorkbook(file, grid, result.check) };
}

let old: AssessedWorkbook;
let fresh: { grid: Grid; workbook: AssessedWorkbook };
let freshBytes: Buffer;
let plan: CarryPlan;

beforeAll(async () => {
  const v30 = mspVersion30();
  const made = await blankWorkbook("msp", {}, v30, [v30]);
  fill(made, oldFiller, v30);
  setMeta(made, { finalized: "2025-05-21" });
  old = (await assess(await bytesOf(made), "acme-2025.xlsx", [v30])).workbook;
  const next = await blankWorkbook("msp", { plannedSubmissionDate: "2026-06-01" });
  // The partner already typed one response in the new workbook.
  fill(next, (key) => (key === "requirements/1.1" ? { response: "Typed this year" } : null));
  freshBytes = await bytesOf(next);
  fresh = await assess(freshBytes, "acme-2026.xlsx", [CATALOG.msp]);
  plan = planCarryForward(old, fresh.workbook, fresh.grid, { overwrite: false });
}, 120_000);

test("controls new, removed, renamed and reworded between the versions are listed", () => {
  expect(old.check.checklist.version).toBe("3.0");
  expect(plan.changes.renamed).toEqual([
    { from: "1.4.1", to: "1.4", title: "Succession Planning" },
  ]);
  expect(plan.changes.reworded).toEqual([
    expect.objectContaining({ id: "1.2", was: "Financial Planning" }),
  ]);
  expect(plan.changes.added.map((c) => c.id)).toEqual(["1.5"]);
  expect(plan.changes.removed.map((c) => c.id)).toEqual(["1.99"]);
});

test("answers are carried by control, the renamed one included, and a typed cell is kept", () => {
  const carried = new Map(plan.carried.map((c) => [c.id, c]));
  expect(carried.get("1.4")).toEqual(expect.objectContaining({ from: "1.4.1" }));
  expect(carried.get("1.2")).toEqual(expect.objectContaining({ reworded: true }));
  expect(carried.has("1.5")).toBe(false);
  expect(plan.skipped).toEqual([
    expect.objectContaining({
      id: "1.1",
      field: "response",
      existing: "Typed this year",
      carried: "Last cycle: 1.1",
    }),
  ]);
  const w11 = plan.writes.filter((w) => w.id === "1.1").map((w) => w.field);
  expect(w11).toEqual(["met", "links", "dates"]);
  const date = plan.writes.find((w) => w.id === "1.1" && w.field === "dates");
  expect(date).toEqual(expect.objectContaining({ date: true, value: 45352 })); // 2024-03-01
  // Per customer reference: Met and response each in their own cell, links and dates in the shared cell.
  const refs = plan.writes.filter((w) => w.id === "1.6");
  expect(refs.filter((w) => w.field === "met").map((w) => w.caseStudy)).toEqual([1, 2, 3]);
  expect(refs.find((w) => w.field === "links")?.value).toBe(
    [1, 2, 3].map((i) => `https://docs.acme-cloud.com/evidence/1.6-${i}.pdf`).join("\n")
  );
});

test("every carried control is marked for re-confirmation, and the SelfAssess sheet says where from", () => {
  expect(plan.from.date).toBe("2025-05-21");
  const headers = plan.marks.filter((m) => m.value === CARRIED_HEADER);
  expect(new Set(headers.map((m) => m.sheet)).size).toBe(headers.length);
  const marks = plan.marks.filter((m) => m.value !== CARRIED_HEADER).map((m) => m.value);
  expect(marks).toHaveLength(plan.carried.length);
  expect(marks).toContain("Carried from 2025-05-21 (was 1.4.1): re-confirm");
  expect(marks).toContain("Carried from 2025-05-21 (the requirement was reworded): re-confirm");
  expect(plan.meta.map((m) => m.value)).toEqual(
    expect.arrayContaining(["carriedFrom.file", "acme-2025.xlsx", "carriedFrom.date", "2025-05-21"])
  );
});

test("written surgically, the new workbook reads back with the carried answers and the aged dates as findings", async () => {
  const pkg = await openPackage(freshBytes);
  const all = [...plan.writes, ...plan.marks, ...plan.meta];
  for (const sheet of new Set(all.map((w) => w.sheet)))
    pkg.setCells(
      sheet,
      all
        .filter((w) => w.sheet === sheet)
        .map((w) => ({
          address: w.cell,
          value: w.value,
          ...(w.date ? { style: { numFmtId: 14 } } : {}),
        }))
    );
  const written = await pkg.save();
  const back = await assess(written, "out.xlsx", [CATALOG.msp]);
  const entry = back.workbook.check.entries.find(
    (e) => e.id === "1.4" && e.part === "requirements"
  );
  expect(entry?.answers[0]).toEqual(
    expect.objectContaining({ met: "yes", response: "Last cycle: 1.4.1" })
  );
  const e11 = back.workbook.check.entries.find((e) => e.id === "1.1" && e.part === "requirements");
  expect(e11?.answers[0].response).toBe("Typed this year");
  // What the plan predicted from the patched grid is what the written file gives.
  const predicted = checkGrid(patchGrid(fresh.grid, all), [CATALOG.msp], { today: "2026-06-01" });
  if (!predicted.ok) throw new Error(predicted.reason);
  const aged = agedEvidence(plan, predicted.check.findings);
  expect(aged.length).toBeGreaterThan(0);
  expect(aged.every((f) => f.rule === "date.max-age" || f.rule === "date.min-count")).toBe(true);
  expect(aged.map((f) => f.control)).toContain("1.6");
  const agedBack = agedEvidence(plan, back.workbook.check.findings);
  expect(agedBack.map((f) => `${f.control}/${f.rule}`)).toEqual(
    aged.map((f) => `${f.control}/${f.rule}`)
  );
  // Nothing but the planned cells changed on the checklist sheet.
  const sheet = plan.writes[0].sheet;
  const before = new ExcelJS.Workbook();
  await before.xlsx.load(freshBytes as unknown as ExcelJS.Buffer);
  const after = new ExcelJS.Workbook();
  await after.xlsx.load(written as unknown as ExcelJS.Buffer);
  const planned = new Set(all.filter((w) => w.sheet === sheet).map((w) => w.cell));
  const changed: string[] = [];
  after.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((cell) => {
      const was = before.getWorksheet(sheet)!.getCell(cell.address).text;
      if (cell.text !== was && !planned.has(cell.address)) changed.push(cell.address);
    })
  );
  expect(changed).toEqual([]);
}, 60_000);

test("--overwrite replaces the typed cell", () => {
  const again = planCarryForward(old, fresh.workbook, fresh.grid, { overwrite: true });
  expect(again.skipped).toEqual([]);
  expect(again.writes).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: "1.1", field: "response", value: "Last cycle: 1.1" }),
    ])
  );
});

test("selfassess carry-forward from a finalized workbook: carried, marked, and never over its inputs", async () => {
  const dir = mkdtempSync(join(tmpdir(), "carry-"));
  const last = await blankWorkbook("ato");
  fill(last, cleanFiller);
  writeFileSync(join(dir, "last.xlsx"), await bytesOf(last));
  const fin = await runCli(
    ["finalize", "last.xlsx", "--out", "last-final.xlsx", "--as-of", "2025-06-01"],
    dir
  );
  expect(fin.stderr).toBe("");
  const next = await blankWorkbook("ato");
  writeFileSync(join(dir, "next.xlsx"), await bytesOf(next));
  const run = await runCli(
    [
      "carry-forward",
      "last-final.xlsx",
      "next.xlsx",
      "--out",
      "carried.xlsx",
      "--as-of",
      "2025-06-01",
    ],
    dir
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/Carried, to re-confirm \(\d+\)/);
  expect(run.stdout).toContain("Checklist changes between the versions (0)");
  // The programme's name, never its catalog id ("ATO 1.0").
  expect(run.stdout).toMatch(
    /^Wrote .*carried\.xlsx: answers of last-final\.xlsx \(ATO on AWS 1\.0\) as of \S+ carried into next\.xlsx \(ATO on AWS 1\.0\)\.$/m
  );
  const check = await runCli(["check", "carried.xlsx", "--as-of", "2025-06-01", "--json"], dir);
  const json = JSON.parse(check.stdout) as {
    score: { overall: { answered: number; applicable: number } };
  };
  expect(json.score.overall.answered).toBe(json.score.overall.applicable);
  const grid = await readGrid(readFileSync(join(dir, "carried.xlsx")));
  const texts = grid.sheets.flatMap((s) => s.rows.flat()).map((v) => String(v ?? ""));
  expect(texts.some((t) => /^Carried from \d{4}-\d{2}-\d{2}: re-confirm$/.test(t))).toBe(true);

  const same = await runCli(
    ["carry-forward", "last-final.xlsx", "next.xlsx", "--out", "next.xlsx"],
    dir
  );
  expect(same.code).toBe(2);
  expect(same.stderr).toContain("is the input file");
  const exists = await runCli(
    ["carry-forward", "last-final.xlsx", "next.xlsx", "--out", "carried.xlsx"],
    dir
  );
  expect(exists.code).toBe(2);
  expect(exists.stderr).toContain("--force");
}, 120_000);
