/**
 * `npx selfassess` as a PDM runs it: the bin shim, the compiled CLI, a real process with real exit codes.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");
const BIN = join(ROOT, "bin", "selfassess.js");

function selfassess(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist-cli", "cli", "main.js"))) {
    const build = spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      { cwd: ROOT, encoding: "utf8" }
    );
    if (build.status !== 0) throw new Error(`build:cli failed: ${build.stdout}${build.stderr}`);
  }
}, 120_000);

test("selfassess catalog lists the checklists and exits 0", () => {
  const { code, stdout } = selfassess("catalog");
  expect(code).toBe(0);
  expect(stdout.split("\n").filter((l) => /^(ato|dcx|msp|ftr|ecs)\s/.test(l))).toHaveLength(5);
});

test("an unknown checklist exits 2 with the valid ones", () => {
  const { code, stderr } = selfassess("catalog", "--checklist", "xyz");
  expect(code).toBe(2);
  expect(stderr).toContain("Valid checklists: ato, dcx, msp, ftr, ecs");
});

test("check on the bundled sample names sheet and cell on its findings", () => {
  const { code, stdout } = selfassess(
    "check",
    "samples/msp-sample.xlsx",
    "--as-of",
    "2025-11-01",
    "--json"
  );
  expect([0, 1]).toContain(code);
  const json = JSON.parse(stdout);
  expect(json.checklist).toBe("msp");
  expect(json.score.max).toBeGreaterThan(0);
  for (const finding of json.findings) {
    expect(finding.sheet).toEqual(expect.any(String));
    expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
  }
});
