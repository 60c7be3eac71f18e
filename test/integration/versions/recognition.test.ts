/**
 * Issue 11: every version fixture, from every producer, is recognised without a catalog match where it is a release
 * the catalog does not know; every answered Met cell is counted (read, or reported unreadable with its cell); the
 * controls it adds are named in one summary; its version and validity are read from the workbook.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECKLISTS } from "../../../src/checklists";
import { readGrid } from "../../../src/xlsx/readGrid";
import { checkGrid } from "../../../src/core/workbook/checkGrid";
import { recognise } from "../../../src/core/workbook/recognise";
import { versionKey } from "../../../src/core/workbook/version";

interface Expect {
  checklist: string;
  version: string;
  validity: string | null;
  validityEnds?: string;
  points: boolean;
  answered: number | null;
  added?: string[];
  removed?: string[];
  errors: { sheet: string; control: string }[];
}
interface Fixture {
  name: string;
  from?: string;
  producer?: string;
  expect?: Expect;
}

const DIR = join(__dirname, "..", "..", "fixtures", "versions");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS data shared with the generator
const { FIXTURES } = require("../../fixtures/versions/specs.js") as { FIXTURES: Fixture[] };
const byName = new Map(FIXTURES.map((f) => [f.name, f]));
const CASES = FIXTURES.filter((f) => f.producer !== "broken").map((f) => {
  const expected = f.expect ?? (f.from ? byName.get(f.from)?.expect : undefined);
  if (!expected) throw new Error(`fixture ${f.name} has no expectation`);
  return [f.name, expected] as const;
});

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"];
const monthTitle = (ym: string) =>
  `${[...MONTHS, "September", "October", "November", "December"][Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;

describe.each(CASES)("%s", (name, expected) => {
  const grid = () => readGrid(new Uint8Array(readFileSync(join(DIR, `${name}.xlsx`))));

  test("programme, version and validity as the workbook prints them", async () => {
    const result = recognise(await grid(), CHECKLISTS);
    if (!result.ok) throw new Error(result.reason);
    expect(result.checklist.id).toBe(expected.checklist);
    const validity = result.version.validity?.value ?? null;
    expect(validity?.text ?? null).toBe(expected.validity);
    if (expected.validityEnds) expect(validity?.to).toBe(expected.validityEnds);
    const printed =
      result.version.version?.value ?? (validity?.from ? monthTitle(validity.from) : null);
    expect(versionKey(printed ?? "")).toBe(versionKey(expected.version));
    expect(result.checklist.scoring !== null).toBe(expected.points);
    // A workbook none of whose controls the catalog has (the current MSP format) is read on its own words.
    if (result.checklist.source === "workbook") expect(result.diff.matched).toBe(0);
    else expect(result.diff.added).toEqual(expected.added ?? []);
    if (expected.removed) expect(result.diff.removed).toEqual(expected.removed);
    const summaries = result.findings.filter((f) =>
      ["workbook.version-difference", "workbook.control-missing"].includes(f.rule)
    );
    expect(summaries.length).toBeLessThanOrEqual(1);
    // No prerequisite is reported missing: official workbooks do not carry them.
    expect(summaries.map((f) => f.message).join(" ")).not.toMatch(/\bP-\d\b/);
  });

  test("every answered Met cell is counted, read or reported at its cell", async () => {
    const result = checkGrid(await grid(), CHECKLISTS, { today: "2025-06-01" });
    if (!result.ok) throw new Error(result.reason);
    const { check } = result;
    const read = check.entries.reduce(
      (n, e) => n + e.answers.filter((a) => a.met !== "blank").length,
      0
    );
    const unreadable = check.findings.filter((f) => f.rule === "workbook.met-unreadable");
    if (expected.answered === null) {
      // Two columns could hold the Met answers: the Start view asks, and the reading so far is flagged.
      expect(check.mapping.sheets.flatMap((m) => m.ambiguous ?? []).length).toBeGreaterThan(1);
    } else {
      expect(read + unreadable.length).toBe(expected.answered);
    }
    for (const error of expected.errors) {
      const reported = unreadable.some(
        (f) => f.sheet === error.sheet && f.control === error.control
      );
      // Some fixture errors ("Y") are words the Met vocabulary accepts; those must then be read as answers.
      const entry = check.entries.find((e) => e.id === error.control);
      expect(reported || entry?.answers.some((a) => a.met !== "blank")).toBe(true);
    }
    for (const finding of check.findings) {
      expect(finding.sheet).toEqual(expect.any(String));
      expect(finding.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    }
    expect(check.assessment.pass.rule).toBe(expected.points ? "points" : "mandatory");
  });
});
