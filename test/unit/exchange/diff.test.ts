/**
 * `selfassess diff` on known edits: one MSP workbook, then the same with an answer changed, a link added, a link
 * removed, a finding fixed and one introduced. Every change is listed once, in its section, with the cell in both
 * files, and nothing else is reported.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diffText, diffWorkbooks, type WorkbookDiff } from "../../../src/core/exchange/diff";
import { assessBytes } from "../../../src/cli/exchange/loadAssessed";
import { runCli } from "../cli/run";
import { blankWorkbook, bytesOf, cleanFiller, fill, type Filler } from "./fixtures";

const URL = (id: string) => `https://docs.acme-cloud.com/evidence/${id}.pdf`;

const before: Filler = (key, id, cs, control) => {
  const clean = cleanFiller(key, id, cs, control);
  if (key === "requirements/2.1") return { ...clean, links: ["ftp://intranet/doc"] };
  if (key === "requirements/1.2") return { ...clean, links: [URL("1.2"), URL("1.2-old")] };
  return clean;
};

const after: Filler = (key, id, cs, control) => {
  const clean = cleanFiller(key, id, cs, control);
  if (key === "requirements/1.4") return { ...clean, met: "No", response: "Plan lapsed." };
  if (key === "requirements/1.1") return { ...clean, links: [URL("1.1"), URL("1.1-audit")] };
  if (key === "requirements/1.5") return { ...clean, links: ["https://example.com/x.pdf"] };
  return clean;
};

async function bytes(filler: Filler): Promise<Buffer> {
  const made = await blankWorkbook("msp");
  fill(made, filler);
  return bytesOf(made);
}

let A: Buffer;
let B: Buffer;
let diff: WorkbookDiff;

beforeAll(async () => {
  [A, B] = await Promise.all([bytes(before), bytes(after)]);
  const [a, b] = await Promise.all([
    assessBytes(A, "2024.xlsx", { today: "2025-06-01" }),
    assessBytes(B, "2025.xlsx", { today: "2025-06-01" }),
  ]);
  if (!a.ok || !b.ok) throw new Error("unreadable fixture");
  diff = diffWorkbooks(a.workbook, b.workbook);
}, 60_000);

test("the changed answer is listed with its Met cell in both files, and with its points", () => {
  expect(diff.answers.filter((c) => c.field === "met")).toEqual([
    expect.objectContaining({
      id: "1.4",
      from: "Yes",
      to: "No",
      cellA: expect.stringMatching(/!E\d+$/),
      cellB: expect.stringMatching(/!E\d+$/),
    }),
  ]);
  expect(diff.answers.filter((c) => c.field === "response").map((c) => c.id)).toEqual(["1.4"]);
  expect(diff.controls).toEqual([
    expect.objectContaining({ id: "1.4", from: "yes", to: "no", pointsFrom: 20, pointsTo: 0 }),
  ]);
  expect(diff.totals.from.score! - diff.totals.to.score!).toBe(20);
  expect(diff.sections).toEqual([
    expect.objectContaining({ id: "1.0", to: diff.sections[0].from - 20 }),
  ]);
});

test("evidence added and removed name the link and the evidence cell", () => {
  expect(diff.evidenceAdded).toEqual([
    expect.objectContaining({ id: "1.1", kind: "link", value: URL("1.1-audit") }),
    expect.objectContaining({ id: "1.5", kind: "link", value: "https://example.com/x.pdf" }),
    expect.objectContaining({ id: "2.1", kind: "link", value: URL("2.1") }),
  ]);
  expect(diff.evidenceRemoved.map((c) => [c.id, c.value])).toEqual([
    ["1.2", URL("1.2-old")],
    ["1.5", URL("1.5")],
    ["2.1", "ftp://intranet/doc"],
  ]);
  for (const c of [...diff.evidenceAdded, ...diff.evidenceRemoved]) {
    expect(c.cellA).toMatch(/!G\d+$/);
    expect(c.cellB).toBe(c.cellA);
  }
});

test("the finding fixed and the finding introduced are told apart", () => {
  expect(diff.findingsFixed.map((f) => [f.id, f.rule])).toEqual([["2.1", "link.scheme"]]);
  expect(diff.findingsIntroduced.map((f) => [f.id, f.rule])).toEqual([["1.5", "link.placeholder"]]);
  expect(diff.onlyInA).toEqual([]);
  expect(diff.onlyInB).toEqual([]);
});

test("the text has a section per kind of change", () => {
  const text = diffText(diff);
  for (const heading of [
    "Score and pass",
    "Answers changed (2)",
    "Evidence added (3)",
    "Evidence removed (3)",
    "Findings fixed (1)",
    "Findings introduced (1)",
  ])
    expect(text).toContain(heading);
  expect(text).toMatch(/1\.4 .*"Yes" -> "No" {3}A '?MSP[^!]*!E\d+ {3}B '?MSP[^!]*!E\d+/);
});

test("selfassess diff prints the same as text and JSON; a workbook of another checklist is refused", async () => {
  const dir = mkdtempSync(join(tmpdir(), "diff-"));
  writeFileSync(join(dir, "a.xlsx"), A);
  writeFileSync(join(dir, "b.xlsx"), B);
  const json = await runCli(["diff", "a.xlsx", "b.xlsx", "--json", "--as-of", "2025-06-01"], dir);
  expect(json.code).toBe(0);
  const parsed = JSON.parse(json.stdout) as WorkbookDiff;
  expect(parsed.answers.map((c) => c.id)).toEqual(["1.4", "1.4"]);
  const text = await runCli(["diff", "a.xlsx", "b.xlsx", "--as-of", "2025-06-01"], dir);
  expect(text.stdout).toContain(
    "Comparing a.xlsx (AWS Managed Service Provider (MSP) Partner Program 3.1) (A) with b.xlsx (AWS Managed Service Provider (MSP) Partner Program 3.1) (B)"
  );
  const ato = await blankWorkbook("ato");
  writeFileSync(join(dir, "ato.xlsx"), await bytesOf(ato));
  const refused = await runCli(["diff", "a.xlsx", "ato.xlsx"], dir);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("only workbooks of one checklist can be compared");
  const missing = await runCli(["diff", "a.xlsx", "nope.xlsx"], dir);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("nope.xlsx: cannot read the file");
}, 60_000);
