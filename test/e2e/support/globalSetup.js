/**
 * Serves dist/ on a free localhost port for the whole e2e run; the URL reaches the tests through
 * process.env.E2E_BASE_URL (jest runs globalSetup in the parent process, workers inherit its environment).
 */
const fs = require("fs");
const path = require("path");
const { startStaticServer } = require("./static-server");

module.exports = async function globalSetup() {
  const dist = path.join(__dirname, "..", "..", "..", "dist");
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    throw new Error(
      "dist/ is not built: run `npm run build` (or `npm run test:e2e`, which builds it)"
    );
  }
  const server = await startStaticServer({ root: dist });
  globalThis.__E2E_SERVER__ = server;
  process.env.E2E_BASE_URL = server.url;
};
