/** Path of a dependency's command-line script from its package.json "bin" (works whatever its "exports" say). */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..", "..");

function binPath(pkg, name = pkg) {
  const dir = path.join(ROOT, "node_modules", pkg);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const rel = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[name];
  if (!rel) throw new Error(`${pkg} has no "${name}" command`);
  return path.join(dir, rel);
}

module.exports = { binPath };
