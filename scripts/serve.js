#!/usr/bin/env node
/**
 * Serves a folder (default dist/) on localhost until killed: `node scripts/serve.js [--root dist] [--port 3000]
 * [--https]`. With --https it uses office-addin-dev-certs' localhost certificate, which must already exist
 * (`npx office-addin-dev-certs install`); it never creates or installs one itself.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { startStaticServer } = require("../test/e2e/support/static-server");

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** office-addin-dev-certs' localhost certificate and key, when present. */
function devCertificate() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  return fs.existsSync(cert) && fs.existsSync(key)
    ? { cert: fs.readFileSync(cert), key: fs.readFileSync(key) }
    : undefined;
}

async function main() {
  const root = path.resolve(arg("root", path.join(__dirname, "..", "dist")));
  const port = Number(arg("port", "3000"));
  let https;
  if (process.argv.includes("--https")) {
    https = devCertificate();
    if (!https)
      throw new Error(
        "--https: no certificate in ~/.office-addin-dev-certs (run `npx office-addin-dev-certs install`)"
      );
  }
  const server = await startStaticServer({ root, port, https });
  console.log(`Serving ${path.relative(process.cwd(), root) || "."} at ${server.url}`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

module.exports = { devCertificate };
