#!/usr/bin/env node
// Runs the CLI compiled from src/cli by `npm run build:cli` (which `npm ci` runs through `prepare`).
const main = require("path").join(__dirname, "..", "dist-cli", "cli", "main.js");
if (!require("fs").existsSync(main))
  throw new Error("selfassess is not built: run `npm run build:cli`.");
require(main);
