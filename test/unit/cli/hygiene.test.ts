/**
 * CLI hygiene: every file problem is one line and exit 2 (never a Node stack trace), the output can never be the
 * input (by real path or inode: a symlink or a hard link with --force), and date flags take only real calendar days.
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run";

const dir = mkdtempSync(join(tmpdir(), "selfassess-hygiene-"));

beforeAll(async () => {
  expect((await runCli(["new", "--checklist", "ftr", "--out", "ftr.xlsx"], dir)).code).toBe(0);
  mkdirSync(join(dir, "folder"));
}, 60_000);

function oneLine(stderr: string): void {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/EISDIR|ENOENT|\n\s+at /);
}

test.each([
  ["finalize to a folder", ["finalize", "ftr.xlsx", "--out", "folder"], /folder: it is a folder/],
  [
    "finalize into a missing folder",
    ["finalize", "ftr.xlsx", "--out", "missing/out.xlsx"],
    /the folder .*missing does not exist/,
  ],
  ["new to a folder", ["new", "--checklist", "ftr", "--out", "folder.xlsx"], null],
  [
    "new into a missing folder",
    ["new", "--checklist", "ftr", "--out", "missing/new.xlsx"],
    /the folder .*missing does not exist/,
  ],
  [
    "finalize of a missing input",
    ["finalize", "nope.xlsx", "--out", "x.xlsx"],
    /cannot read nope\.xlsx: no such file/,
  ],
])("%s: one line, exit 2", async (_label, args, message) => {
  if (args.includes("folder.xlsx")) mkdirSync(join(dir, "folder.xlsx"), { recursive: true });
  const result = await runCli(args as string[], dir);
  expect(result.code).toBe(2);
  oneLine(result.stderr);
  if (message) expect(result.stderr).toMatch(message);
});

test.each([
  ["a hard link", (from: string, to: string) => linkSync(from, to)],
  ["a symbolic link", (from: string, to: string) => symlinkSync(from, to)],
])("--force through %s to the input never touches the input", async (label, link) => {
  const alias = `alias-${label.replace(/\W+/g, "-")}.xlsx`;
  link(join(dir, "ftr.xlsx"), join(dir, alias));
  const before = readFileSync(join(dir, "ftr.xlsx"));
  for (const undo of [[], ["--undo"]]) {
    const result = await runCli(["finalize", "ftr.xlsx", ...undo, "--out", alias, "--force"], dir);
    expect(result.code).toBe(2);
    oneLine(result.stderr);
    expect(result.stderr).toMatch(/is the input file/);
  }
  expect(readFileSync(join(dir, "ftr.xlsx")).equals(before)).toBe(true);
});

describe("dates are real calendar days as YYYY-MM-DD", () => {
  const bad = ["2025-02-30", "2025-13-45", "9999-99-99", "2025-2-3", "2025-02-03x", "2023-02-29"];
  test.each(bad)("--as-of %s is refused by check, finalize, score and new", async (date) => {
    const runs = [
      ["check", "ftr.xlsx", "--as-of", date],
      ["finalize", "ftr.xlsx", "--out", "dated.xlsx", "--as-of", date],
      ["new", "--checklist", "ftr", "--out", "dated-new.xlsx", "--as-of", date],
      ["score", "--checklist", "ftr", "--answers", "none.json", "--as-of", date],
    ];
    for (const args of runs) {
      const result = await runCli(args, dir);
      expect([args[0], result.code]).toEqual([args[0], 2]);
      expect(result.stderr).toContain(
        `--as-of must be a real calendar day as YYYY-MM-DD (got "${date}")`
      );
    }
  });

  test("a leap day is accepted", async () => {
    const result = await runCli(["check", "ftr.xlsx", "--as-of", "2024-02-29"], dir);
    expect([0, 1]).toContain(result.code);
  });
});
