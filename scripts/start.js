#!/usr/bin/env node
/**
 * npm start.
 * - Windows/macOS with office-addin-debugging installed (not in package.json: its keytar dependency cannot
 *   install everywhere; add it with `npm install --no-save office-addin-debugging@7`):
 *   sideloads manifest.xml into desktop Excel and starts the https dev server (office-addin-debugging start).
 * - Anywhere else: builds dist/ (development), serves it on localhost:3000 in the background (https when
 *   office-addin-dev-certs' certificate exists, otherwise http), prints the browser harness URL with the sample
 *   workbook and tries to open it. `npm stop` stops the server (pid in .start.pid).
 *
 *   node scripts/start.js [--harness] [--no-build] [--no-open] [--port N]
 */
"use strict";
const fs = require("fs");
const net = require("net");
const path = require("path");
const { spawn, spawnSync } = require("child_process");
const { binPath } = require("./lib/bin");
const { devCertificate } = require("./serve");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".start.pid");
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const PORT = Number(
  portArg >= 0 ? args[portArg + 1] : (process.env.npm_package_config_dev_server_port ?? 3000)
);
const SAMPLE = "msp-sample.xlsx";

function resolveOptional(name) {
  try {
    return require.resolve(`${name}/package.json`);
  } catch {
    return undefined;
  }
}

function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function tryOpen(url) {
  const opener =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(opener[0], opener[1], { stdio: "ignore", detached: true });
    child.on("error", () =>
      console.log("(Could not open a browser here: open the URL above yourself.)")
    );
    child.unref();
  } catch {
    console.log("(Could not open a browser here: open the URL above yourself.)");
  }
}

function sideload() {
  const pkgFile = resolveOptional("office-addin-debugging");
  const cli = path.join(path.dirname(pkgFile), require(pkgFile).bin["office-addin-debugging"]);
  console.log("Sideloading manifest.xml into Excel (office-addin-debugging)…");
  const result = spawnSync(process.execPath, [cli, "start", "manifest.xml", "desktop"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}

async function serveHarness() {
  if (fs.existsSync(PID_FILE)) {
    const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
    try {
      process.kill(pid, 0);
      console.error(`Already running (pid ${pid}): \`npm stop\` first.`);
      process.exit(1);
    } catch {
      fs.rmSync(PID_FILE);
    }
  }
  if (!(await portFree(PORT))) {
    console.error(`Port ${PORT} is in use: stop what uses it, or pass --port N.`);
    process.exit(1);
  }
  if (!args.includes("--no-build")) {
    console.log("Building dist/ (development)…");
    const build = spawnSync(
      process.execPath,
      [binPath("webpack-cli", "webpack-cli"), "--mode", "development"],
      { cwd: ROOT, stdio: "inherit" }
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const https = Boolean(devCertificate());
  const log = fs.openSync(path.join(ROOT, "test-results", "start-server.log"), "a");
  const server = spawn(
    process.execPath,
    [path.join(__dirname, "serve.js"), "--port", String(PORT), ...(https ? ["--https"] : [])],
    { cwd: ROOT, detached: true, stdio: ["ignore", log, log] }
  );
  server.unref();
  fs.writeFileSync(PID_FILE, String(server.pid));
  const scheme = https ? "https" : "http";
  const hasHarness = fs.existsSync(path.join(ROOT, "dist", "harness.html"));
  const url = hasHarness
    ? `${scheme}://localhost:${PORT}/harness.html?workbook=${SAMPLE}`
    : `${scheme}://localhost:${PORT}/bare.html`;
  // Give the server a moment to bind before a browser asks for the page.
  await new Promise((r) => setTimeout(r, 500));
  console.log(
    `\nServing dist/ at ${scheme}://localhost:${PORT} (pid ${server.pid}; \`npm stop\` stops it).`
  );
  if (!hasHarness) console.log("The browser harness is not built yet (harness/index.tsx missing).");
  console.log(`Open: ${url}\n`);
  if (!args.includes("--no-open") && !process.env.CI) tryOpen(url);
}

fs.mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
const desktop = process.platform === "win32" || process.platform === "darwin";
if (desktop && !args.includes("--harness") && resolveOptional("office-addin-debugging")) sideload();
else {
  if (desktop && !args.includes("--harness")) {
    console.log("office-addin-debugging is not installed: starting the browser harness instead.");
  }
  serveHarness().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
