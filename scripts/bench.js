#!/usr/bin/env node
/**
 * npm run bench: builds dist/ (production; the figures are about what ships), compiles bench/*.bench.ts with tsconfig.bench.json into
 * dist-bench/, then runs each compiled bench with node, one after the other. Benches print figures and goals;
 * nothing here asserts a timing.
 *   node scripts/bench.js [name-filter] [--no-build]
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { binPath } = require("./lib/bin");

const ROOT = path.join(__dirname, "..");
const run = (args) =>
  spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit", timeout: 15 * 60 * 1000 });

if (!process.argv.includes("--no-build")) {
  console.log("[bench] building dist/ (production)");
  const t0 = Date.now();
  if (run([binPath("webpack-cli", "webpack-cli"), "--mode", "production"]).status !== 0)
    process.exit(1);
  console.log(`[bench] production build: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

fs.rmSync(path.join(ROOT, "dist-bench"), { recursive: true, force: true });
if (run([binPath("typescript", "tsc"), "-p", "tsconfig.bench.json"]).status !== 0) process.exit(1);

const filter = process.argv.slice(2).find((a) => !a.startsWith("--"));
const benches = fs
  .readdirSync(path.join(ROOT, "bench"))
  .filter((f) => f.endsWith(".bench.ts") && (!filter || f.includes(filter)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n[bench] ${file}`);
  const result = run([path.join(ROOT, "dist-bench", "bench", file.replace(/\.ts$/, ".js"))]);
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
