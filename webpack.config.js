/**
 * Builds the add-in into dist/: the task pane (which also loads the custom functions and the ribbon commands,
 * because pane, functions and commands share ONE runtime), the commands page, the browser harness (when
 * harness/index.tsx exists) and the bench's bare React + Fluent page.
 *
 *   npm run build                                   production (minified, source maps), dev URLs kept
 *   ADDIN_PUBLIC_URL=https://host/app/ npm run build production with the manifest rewritten to that base URL
 *   npm run dev-server                              https://localhost:3000 with office-addin-dev-certs
 *   HARNESS_HTTP=1 npm run dev-server               plain http://localhost:3000 (harness only, no Office)
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { manifestTransform } = require("./scripts/lib/manifest-url");

const ROOT = __dirname;
const HARNESS_ENTRY = path.join(ROOT, "harness", "index.tsx");
const HARNESS_HTML = path.join(ROOT, "harness", "harness.html");

/** The production base URL from ADDIN_PUBLIC_URL, normalised to end with "/"; undefined keeps the dev URLs. */
function publicBaseUrl() {
  const raw = process.env.ADDIN_PUBLIC_URL;
  if (!raw) return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be https: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

async function httpsOptions() {
  // Required lazily: office-addin-dev-certs creates (and may try to install) a CA on first use.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const baseUrl = publicBaseUrl();
  const withHarness = fs.existsSync(HARNESS_ENTRY) && fs.existsSync(HARNESS_HTML);
  const plainHttp = Boolean(process.env.HARNESS_HTTP);
  const serving = Boolean(env && env.WEBPACK_SERVE);

  const entry = {
    functions: "./src/functions/functions.ts",
    commands: "./src/commands/commands.ts",
    taskpane: ["./src/taskpane/index.tsx"],
    bare: "./bench/bare/index.tsx",
  };
  if (withHarness) entry.harness = "./harness/index.tsx";

  const html = (filename, template, chunks) =>
    new HtmlWebpackPlugin({ filename, template, chunks, chunksSortMode: "manual", inject: "body" });

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : "source-map",
    entry,
    output: {
      path: path.join(ROOT, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".jsx", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; the bundle only needs the transpiled code.
            options: { transpileOnly: true, compilerOptions: { sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime and shared chunks for every entry: the task pane page runs functions, commands and
      // pane together, so modules they share (React, Fluent, zod, the catalog, core) load and evaluate once.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    performance: { hints: false },
    stats: "errors-warnings",
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // Shared runtime: the task pane page also runs the functions and the ribbon commands.
      html("taskpane.html", "./src/taskpane/taskpane.html", ["functions", "commands", "taskpane"]),
      html("commands.html", "./src/commands/commands.html", ["commands"]),
      html("bare.html", "./bench/bare/bare.html", ["bare"]),
      ...(withHarness ? [html("harness.html", HARNESS_HTML, ["harness"])] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
          // Browsers ask for /favicon.ico on every page; a PNG body is accepted under that name.
          { from: "assets/icon-32.png", to: "favicon.ico" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestTransform(baseUrl) },
          { from: "samples/*.xlsx", to: "samples/[name][ext]", noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(ROOT, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      server:
        plainHttp || !serving ? { type: "http" } : { type: "https", options: await httpsOptions() },
    },
  };
};
