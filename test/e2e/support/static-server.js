/**
 * A small static file server for dist/: used by the e2e globalSetup, `npm start` (no Excel here) and the bench.
 * Binds to localhost only. Pass `https: { key, cert }` to serve over TLS (office-addin-dev-certs).
 */
"use strict";
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".wasm": "application/wasm",
};

/**
 * @param {{ root: string, port?: number, host?: string, https?: { key: string|Buffer, cert: string|Buffer } }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
function startStaticServer(options) {
  const root = path.resolve(options.root);
  const handler = (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.join(root, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root + path.sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res
          .writeHead(404, { "Content-Type": "text/plain; charset=utf-8" })
          .end(`Not found: ${pathname}`);
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
  const server = options.https
    ? https.createServer(options.https, handler)
    : http.createServer(handler);
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const scheme = options.https ? "https" : "http";
      resolve({
        url: `${scheme}://localhost:${port}`,
        port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { startStaticServer };
