#!/usr/bin/env node
// Runs the CLI compiled from src/cli by `npm run build:cli` (which `npm ci` runs through `prepare`).
"use strict";
const path = require("path");
const main = path.join(__dirname, "..", "dist-cli", "cli", "main.js");
if (!require("fs").existsSync(main)) {
  process.stderr.write("selfassess is not built: run `npm run build:cli` in the project folder.\n");
  process.exit(2);
}
require(main).runFromProcess();
