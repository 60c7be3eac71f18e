#!/usr/bin/env node
/**
 * npm run build:cli (also `prepare`, so `npm ci` runs it): compiles src/cli, src/xlsx, src/core and src/checklists to
 * dist-cli/ with tsconfig.cli.json. Skips with a message while src/cli/main.ts does not exist, because tsc
 * fails on a project with no inputs and a fresh clone must still install.
 *
 * With --prepare (the `prepare` lifecycle of `npm ci`), a compile error is reported loudly but does not abort the
 * install: `npm test` runs build:cli again as a step of its own, and that one fails.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { binPath } = require("./lib/bin");

const ROOT = path.join(__dirname, "..");
if (!fs.existsSync(path.join(ROOT, "src", "cli", "main.ts"))) {
  console.log("build:cli: src/cli/main.ts does not exist yet; nothing to build.");
  process.exit(0);
}
const tsc = binPath("typescript", "tsc");
const result = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.cli.json")], {
  stdio: "inherit",
  cwd: ROOT,
});
const status = result.status ?? 1;
if (status !== 0 && process.argv.includes("--prepare")) {
  console.warn(
    "\nbuild:cli FAILED (see above); install continues, `npm run build:cli` and `npm test` will fail.\n"
  );
  process.exit(0);
}
process.exit(status);
