#!/usr/bin/env node
/**
 * npm run validate: structural checks of manifest.xml (scripts/lib/manifest-check.js), then Microsoft's online
 * validation (`office-addin-manifest validate`) when its service is reachable; offline, that step is skipped
 * with a message, not failed.
 *
 *   node scripts/validate-manifest.js [manifest.xml] [--offline]
 */
"use strict";
const fs = require("fs");
const path = require("path");
const https = require("https");
const { spawnSync } = require("child_process");
const { checkManifest, ROOT } = require("./lib/manifest-check");
const { binPath } = require("./lib/bin");

const VALIDATION_HOST = "validationgateway.omex.office.net";

function reachable(host, timeoutMs = 4000) {
  return new Promise((resolve) => {
    const req = https.request({ host, method: "HEAD", path: "/", timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
    req.on("error", () => resolve(false));
    req.end();
  });
}

async function main() {
  const args = process.argv.slice(2);
  const file = path.resolve(
    args.find((a) => !a.startsWith("--")) ?? path.join(ROOT, "manifest.xml")
  );
  const xml = fs.readFileSync(file, "utf8");
  const checkDist = fs.existsSync(path.join(ROOT, "dist", "taskpane.html"));
  const { problems, summary } = checkManifest(xml, { checkDist });
  if (problems.length > 0) {
    console.error(`${path.relative(process.cwd(), file)}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(
    `${path.relative(process.cwd(), file)}: structure OK (host ${summary.hosts}, permission ${summary.permissions}, ` +
      `namespace ${summary.namespace}, shared runtime ${summary.runtime}, ${summary.resids} resids resolved, ` +
      `${summary.urls} https URLs, ${summary.icons} icons checked` +
      `${checkDist ? ", build outputs present" : "; dist/ not built, build outputs not checked"})`
  );

  if (args.includes("--offline") || process.env.VALIDATE_OFFLINE) {
    console.log("Online validation skipped (--offline).");
    return;
  }
  if (!(await reachable(VALIDATION_HOST))) {
    console.log(
      `Online validation skipped: ${VALIDATION_HOST} is not reachable from this machine (offline). ` +
        "Run `npx office-addin-manifest validate manifest.xml` where the network allows."
    );
    return;
  }
  const cli = binPath("office-addin-manifest");
  const result = spawnSync(process.execPath, [cli, "validate", file], {
    stdio: "inherit",
    timeout: 120000,
  });
  if (result.status !== 0) {
    console.error("Online validation failed (office-addin-manifest validate).");
    process.exit(result.status ?? 1);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
