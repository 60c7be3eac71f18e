/**
 * Issue 14, "stamps stay true", through the CLI: `check` reports `finalize.stale` on the Summary stamp and
 * `review.stale` on the review line once a Met? cell changes after finalize and approval; `finalize` on the
 * finalized workbook re-stamps it, touching only the Summary and SelfAssess sheets among the worksheets.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { checkFile } from "../../../src/cli/commands/check";
import { openPackage } from "../../../src/cli/xlsx/package";
import { readGrid } from "../../../src/xlsx/readGrid";
import { answersHashOf } from "../../../src/core/review";
import { SUMMARY_STAMP_CELL } from "../../../src/core/workbook/layout";
import {
  readPersisted,
  ORIGINAL_FORMULAS_SHEET,
  SELFASSESS_SHEET,
} from "../../../src/core/workbook/persist";
import { SUMMARY_REVIEW_CELL } from "../../../src/core/workbook/stamps";
import { STALE_APPROVAL_NOTE } from "../../../src/core/workbook/reviewPlan";
import { runCli } from "../../unit/cli/run";

const dir = mkdtempSync(join(tmpdir(), "selfassess-stamps-"));
const TODAY = "2025-06-01";
const at = (name: string) => join(dir, name);

interface JsonFinding {
  rule: string;
  severity: string;
  sheet?: string;
  cell?: string;
  message: string;
}

async function findingsOf(name: string): Promise<JsonFinding[]> {
  const run = await runCli(["check", name, "--json"], dir);
  expect(run.stderr).toBe("");
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

const stampFindings = (findings: JsonFinding[]) =>
  findings
    .filter((f) => f.rule === "finalize.stale" || f.rule === "review.stale")
    .map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}`);

/** The Met? cell (sheet, address) of the n-th requirement of the mapping. */
async function metCell(name: string, n: number): Promise<{ sheet: string; cell: string }> {
  const outcome = await checkFile(at(name), { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.message);
  const entry = outcome.check.entries.filter((e) => e.part === "requirements")[n];
  const place = entry?.cells?.[0]?.met;
  if (!place) throw new Error("no Met cell");
  return place;
}

let approvedHash = "";

beforeAll(async () => {
  expect((await runCli(["new", "--checklist", "msp", "--out", "msp.xlsx"], dir)).code).toBe(0);
  // Every requirement answered Yes, then approved with the hash of those answers (as the pane saves it).
  const outcome = await checkFile(at("msp.xlsx"), { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.message);
  const pkg = await openPackage(readFileSync(at("msp.xlsx")));
  const bySheet = new Map<string, { address: string; value: string }[]>();
  for (const e of outcome.check.entries.filter((x) => x.part === "requirements")) {
    const met = e.cells?.[0]?.met;
    if (!met) continue;
    bySheet.set(met.sheet, [
      ...(bySheet.get(met.sheet) ?? []),
      { address: met.cell, value: "Yes" },
    ]);
  }
  for (const [sheet, cells] of bySheet) pkg.setCells(sheet, cells);
  writeFileSync(at("answered.xlsx"), await pkg.save());
  const answered = await checkFile(at("answered.xlsx"), { today: TODAY });
  if (!answered.ok) throw new Error(answered.message);
  approvedHash = answersHashOf(answered.check.assessment, answered.check.entries);
  const approved = await openPackage(readFileSync(at("answered.xlsx")));
  const last = Math.max(
    ...[...approved.readCells(SELFASSESS_SHEET).keys()].map((a) => Number(/\d+$/.exec(a)?.[0]))
  );
  const rows: [string, string][] = [
    ["review.state", "approved"],
    ["review.reviewer", "Ana"],
    ["review.approvedOn", TODAY],
    ["review.answersHash", approvedHash],
  ];
  approved.setCells(
    SELFASSESS_SHEET,
    rows.flatMap(([k, v], i) => [
      { address: `A${last + 1 + i}`, value: k },
      { address: `B${last + 1 + i}`, value: v },
    ])
  );
  writeFileSync(at("approved.xlsx"), await approved.save());
  const finalized = await runCli(["finalize", "approved.xlsx", "--out", "final.xlsx"], dir);
  expect(finalized.stderr).toBe("");
}, 120_000);

test("finalize records the answers' hash; nothing is stale right after it", async () => {
  const persisted = readPersisted(await readGrid(readFileSync(at("final.xlsx"))));
  expect(persisted?.finalizedHash).toBe(approvedHash);
  expect(stampFindings(await findingsOf("final.xlsx"))).toEqual([]);
}, 60_000);

test("a changed Met? cell gives finalize.stale on the stamp and review.stale on the review line, in words", async () => {
  const { sheet, cell } = await metCell("final.xlsx", 0);
  const pkg = await openPackage(readFileSync(at("final.xlsx")));
  pkg.setCells(sheet, [{ address: cell, value: "No" }]);
  writeFileSync(at("changed.xlsx"), await pkg.save());

  const findings = await findingsOf("changed.xlsx");
  expect(stampFindings(findings)).toEqual([
    `finalize.stale warning Summary!${SUMMARY_STAMP_CELL}`,
    `review.stale warning Summary!${SUMMARY_REVIEW_CELL}`,
  ]);
  const text = await runCli(["check", "changed.xlsx"], dir);
  expect(text.stdout).toMatch(
    /answers changed after this workbook was finalized on \d{4}-\d\d-\d\d/
  );
  expect(text.stdout).toMatch(/approval by Ana on 2025-06-01 is stale/);
  // Words a person reads: no rule ids or hashes in the messages.
  for (const f of findings.filter((x) => x.rule.endsWith(".stale")))
    expect(f.message).not.toMatch(/fnv1a64|\.stale|answersHash/);
}, 60_000);

test("finalize on the finalized workbook re-stamps it surgically and clears finalize.stale", async () => {
  const run = await runCli(["finalize", "changed.xlsx", "--out", "refinal.xlsx"], dir);
  expect(run.stderr).toBe("");
  const findings = await findingsOf("refinal.xlsx");
  // The approval is the reviewer's: it stays stale until they approve again.
  expect(stampFindings(findings)).toEqual([`review.stale warning Summary!${SUMMARY_REVIEW_CELL}`]);
  const outcome = await checkFile(at("refinal.xlsx"), { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.check.finalized?.stale).toBe(false);
  const persisted = readPersisted(await readGrid(readFileSync(at("refinal.xlsx"))));
  expect(persisted?.finalizedHash).toBe(
    answersHashOf(outcome.check.assessment, outcome.check.entries)
  );
  expect(persisted?.finalizedHash).not.toBe(approvedHash);

  const before = await JSZip.loadAsync(readFileSync(at("changed.xlsx")));
  const after = await JSZip.loadAsync(readFileSync(at("refinal.xlsx")));
  const pkg = await openPackage(readFileSync(at("refinal.xlsx")));
  const part = (name: string) => pkg.sheets().find((s) => s.name === name)?.part ?? "";
  const written = new Set([part("Summary"), part(SELFASSESS_SHEET)]);
  const sheets = pkg.sheets().filter((s) => s.isWorksheet);
  expect(sheets.map((s) => s.name)).toContain(ORIGINAL_FORMULAS_SHEET);
  for (const s of sheets) {
    const a = await before.file(s.part)?.async("string");
    const b = await after.file(s.part)?.async("string");
    if (written.has(s.part)) expect(b).not.toBe(a);
    else expect(b).toBe(a);
  }
  const stamp = pkg.readCells("Summary").get(SUMMARY_STAMP_CELL)?.value;
  expect(String(stamp)).toMatch(
    /^Finalized \d{4}-\d\d-\d\d .*score -?\d+ of 1000, (pass|fail) \(pass mark 900\)$/
  );
  // The approval line in the file says it is stale, as the finding (and the pane) do.
  const line = String(pkg.readCells("Summary").get(SUMMARY_REVIEW_CELL)?.value);
  // The answers hash stays in the hidden SelfAssess sheet; people read who approved and when.
  expect(line).toMatch(/^approved by Ana on 2025-06-01/);
  expect(line).toContain(STALE_APPROVAL_NOTE);
}, 60_000);
