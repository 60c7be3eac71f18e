/**
 * The committed version fixtures are what the generator makes: the ExcelJS originals are rebuilt from specs.js and
 * the catalog and must hold the same cells, and the README must describe the current specs. (The producer variants
 * need python3-openpyxl and soffice; `npm run fixtures:versions` rebuilds them, producers.test.ts checks them.)
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CATALOG } from "../../../src/checklists";
import { readGrid } from "../../../src/xlsx/readGrid";

const DIR = join(__dirname, "..", "..", "fixtures", "versions");
/* eslint-disable @typescript-eslint/no-require-imports -- the generator is a plain CommonJS script */
const { build, readme } = require("../../fixtures/versions/build.js") as {
  build: (out: string, o: { onlyOriginals: boolean; catalog: unknown }) => Promise<string[]>;
  readme: () => string;
};
const { FIXTURES } = require("../../fixtures/versions/specs.js") as {
  FIXTURES: { name: string; from?: string }[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

let out: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "versions-"));
  await build(out, { onlyOriginals: true, catalog: CATALOG });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const originals = FIXTURES.filter((f) => !f.from).map((f) => f.name);

test.each(originals)("%s.xlsx holds what the generator makes", async (name) => {
  const committed = await readGrid(new Uint8Array(readFileSync(join(DIR, `${name}.xlsx`))));
  const rebuilt = await readGrid(new Uint8Array(readFileSync(join(out, `${name}.xlsx`))));
  expect(committed.sheets.map((s) => [s.name, s.rows, s.merges])).toEqual(
    rebuilt.sheets.map((s) => [s.name, s.rows, s.merges])
  );
});

test("every fixture in specs.js is committed and the README describes each", () => {
  const text = readFileSync(join(DIR, "README.md"), "utf8");
  expect(text).toBe(readme());
  for (const f of FIXTURES) {
    expect(() => readFileSync(join(DIR, `${f.name}.xlsx`))).not.toThrow();
    expect(text).toContain(`\`${f.name}.xlsx\``);
  }
});
