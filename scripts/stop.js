#!/usr/bin/env node
/** npm stop: stops the server `npm start` started (pid in .start.pid), or ends the office-addin-debugging session. */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".start.pid");

if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  fs.rmSync(PID_FILE);
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the harness server (pid ${pid}).`);
  } catch {
    console.log(`The harness server (pid ${pid}) was not running.`);
  }
  process.exit(0);
}

let debuggingCli;
try {
  debuggingCli = path.join(
    path.dirname(require.resolve("office-addin-debugging/package.json")),
    "lib",
    "cli.js"
  );
} catch {
  debuggingCli = undefined;
}
if (debuggingCli) {
  const result = spawnSync(process.execPath, [debuggingCli, "stop", "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}
console.log("Nothing to stop: `npm start` is not running.");
