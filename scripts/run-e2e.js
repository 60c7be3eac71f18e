#!/usr/bin/env node
/**
 * npm run test:e2e: builds dist/ when it is missing, then runs the e2e jest project (jest.e2e.config.js) with
 * any extra arguments passed through (e.g. --json --outputFile ...). The tests drive Debian's Chromium
 * (/usr/bin/chromium, `apt-get install -y chromium`) through playwright-core against dist/ served on localhost.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { binPath } = require("./lib/bin");

const ROOT = path.join(__dirname, "..");
const run = (args) =>
  spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" }).status ?? 1;

if (!fs.existsSync(path.join(ROOT, "dist", "taskpane.html"))) {
  console.log("[e2e] dist/ is not built: running the production build first");
  const status = run([binPath("webpack-cli", "webpack-cli"), "--mode", "production"]);
  if (status !== 0) process.exit(status);
}
process.exit(run([binPath("jest"), "-c", "jest.e2e.config.js", ...process.argv.slice(2)]));
