/**
 * The portfolio through the compiled CLI, where it checks workbooks in worker threads: the same rows as the
 * in-process run, the unreadable file included, and the run never aborts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makePortfolioFolder } from "../../unit/exchange/fixtures";

const ROOT = join(__dirname, "..", "..", "..");
const BIN = join(ROOT, "bin", "selfassess.js");

function selfassess(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;

beforeAll(async () => {
  if (!existsSync(join(ROOT, "dist-cli", "cli", "exchange", "portfolioWorker.js"))) {
    const build = spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      { cwd: ROOT, encoding: "utf8" }
    );
    if (build.status !== 0) throw new Error(`build:cli failed: ${build.stdout}${build.stderr}`);
  }
  dir = mkdtempSync(join(tmpdir(), "portfolio-workers-"));
  await makePortfolioFolder(dir);
}, 180_000);

test("worker threads give the same portfolio as the in-process run, the unreadable file included", () => {
  const parallel = selfassess(
    "report",
    dir,
    "--format",
    "csv",
    "--as-of",
    "2025-06-01",
    "--jobs",
    "2"
  );
  const serial = selfassess(
    "report",
    dir,
    "--format",
    "csv",
    "--as-of",
    "2025-06-01",
    "--jobs",
    "1"
  );
  expect(parallel.stderr).toBe("");
  expect(parallel.code).toBe(0);
  expect(parallel.stdout).toBe(serial.stdout);
  const lines = parallel.stdout.trim().split("\r\n");
  expect(lines).toHaveLength(8);
  expect(lines[1]).toMatch(/^Cannot be checked: .*notes\.xlsx$/);
}, 180_000);
