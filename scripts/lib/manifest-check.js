/**
 * Structural checks of manifest.xml with a real XML parser (fast-xml-parser). Used by `npm run validate` and by
 * test/unit/manifest.test.ts. Returns problems as data: an empty list means the manifest is as intended.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

const ROOT = path.join(__dirname, "..", "..");
const DEV_BASE_URL = "https://localhost:3000/";
const NAMESPACE = "MSP";
const PERMISSION = "ReadWriteDocument";
const ICON_SIZES = [16, 32, 64, 80, 128];
/** Minimum requirement sets the add-in declares (name -> version). */
const REQUIRED_SETS = { ExcelApi: "1.10", CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" };

/** Element name -> the resource collection its resid must resolve in. */
const RESID_KIND = {
  "bt:Image": "image",
  SourceLocation: "url",
  FunctionFile: "url",
  Runtime: "url",
  LearnMoreUrl: "url",
  Label: "string",
  Title: "string",
  Description: "string",
  Namespace: "string",
};

function parseManifest(xml) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(
      `manifest.xml is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    // Every element is an array so the walk below never has to guess.
    isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  return parser.parse(xml);
}

/** Depth-first walk: calls visit(name, node, ancestors) for every element. */
function walk(node, visit, ancestors = []) {
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith("@") || name === "#text" || name === "?xml") continue;
    for (const child of value) {
      if (child && typeof child === "object") {
        visit(name, child, ancestors);
        walk(child, visit, [...ancestors, name]);
      }
    }
  }
}

function elements(root, wanted) {
  const found = [];
  walk(root, (name, node, ancestors) => {
    if (name === wanted) found.push({ node, ancestors });
  });
  return found;
}

function text(node) {
  if (typeof node !== "object" || node === null) return String(node ?? "");
  const t = node["#text"];
  return t === undefined ? "" : String(t);
}

/** Width and height from a PNG's IHDR chunk, or undefined when the file is not a PNG. */
function pngSize(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 24 || buf.toString("ascii", 1, 4) !== "PNG") return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Local file served at a dev URL: assets/* from the repo, the rest from dist/ (built by webpack). */
function localPathFor(url, rootDir) {
  if (!url.startsWith(DEV_BASE_URL)) return undefined;
  const rel = decodeURIComponent(url.slice(DEV_BASE_URL.length).split(/[?#]/)[0]);
  return rel.startsWith("assets/") ? path.join(rootDir, rel) : path.join(rootDir, "dist", rel);
}

/**
 * @param {string} xml manifest text
 * @param {{ rootDir?: string, checkDist?: boolean }} options checkDist: also require every dev URL's page or
 *   script to exist in dist/ (run after a build)
 * @returns {{ problems: string[], summary: Record<string, unknown> }}
 */
function checkManifest(xml, options = {}) {
  const rootDir = options.rootDir ?? ROOT;
  const problems = [];
  const doc = parseManifest(xml);
  const app = doc.OfficeApp?.[0];
  if (!app) return { problems: ["root element is not <OfficeApp>"], summary: {} };

  if (app["@xsi:type"] !== "TaskPaneApp")
    problems.push(`OfficeApp xsi:type is ${app["@xsi:type"]}, not TaskPaneApp`);

  // Hosts
  const hosts = (app.Hosts?.[0]?.Host ?? []).map((h) => h["@Name"]);
  if (hosts.length !== 1 || hosts[0] !== "Workbook")
    problems.push(`Hosts must be exactly Workbook, got ${hosts}`);

  // Permissions
  const permissions = (app.Permissions ?? []).map(text);
  if (permissions.length !== 1 || permissions[0] !== PERMISSION) {
    problems.push(`Permissions must be exactly ${PERMISSION}, got ${JSON.stringify(permissions)}`);
  }

  // Requirement sets
  const sets = {};
  for (const { node } of elements(app.Requirements?.[0] ?? {}, "Set")) {
    sets[node["@Name"]] =
      node["@MinVersion"] ?? app.Requirements[0].Sets?.[0]?.["@DefaultMinVersion"] ?? "1.1";
  }
  for (const [name, min] of Object.entries(REQUIRED_SETS)) {
    if (!sets[name]) problems.push(`requirement set ${name} is not declared`);
    else if (compareVersions(sets[name], min) < 0)
      problems.push(`requirement set ${name} ${sets[name]} < ${min}`);
  }

  // Resources
  const overrides = app.VersionOverrides?.[0];
  if (!overrides) return { problems: [...problems, "no <VersionOverrides>"], summary: {} };
  const resources = overrides.Resources?.[0] ?? {};
  const resourceIds = { image: new Map(), url: new Map(), string: new Map() };
  const collect = (kind, group, item) => {
    for (const g of resources[group] ?? []) {
      for (const r of g[item] ?? []) {
        const id = r["@id"];
        if (resourceIds.image.has(id) || resourceIds.url.has(id) || resourceIds.string.has(id)) {
          problems.push(`resource id ${id} is declared twice`);
        }
        resourceIds[kind].set(id, r["@DefaultValue"] ?? "");
      }
    }
  };
  collect("image", "bt:Images", "bt:Image");
  collect("url", "bt:Urls", "bt:Url");
  collect("string", "bt:ShortStrings", "bt:String");
  collect("string", "bt:LongStrings", "bt:String");

  // Every resid resolves, in the collection its element expects.
  const hostsNode = overrides.Hosts?.[0] ?? {};
  const resids = [];
  walk(hostsNode, (name, node) => {
    if (node["@resid"] === undefined) return;
    const kind = RESID_KIND[name];
    const id = node["@resid"];
    resids.push(id);
    if (!kind) problems.push(`<${name} resid="${id}"> is an element this check does not know`);
    else if (!resourceIds[kind].has(id))
      problems.push(`<${name} resid="${id}"> does not resolve to a ${kind} resource`);
  });

  // Shared runtime: one long-lived runtime, and everything points at it.
  const runtimes = elements(hostsNode, "Runtime").map(({ node }) => node);
  const runtime = runtimes[0];
  if (runtimes.length !== 1)
    problems.push(`expected exactly one <Runtime>, got ${runtimes.length}`);
  else if (runtime["@lifetime"] !== "long")
    problems.push(`<Runtime> lifetime is ${runtime["@lifetime"]}, not long`);
  const runtimeId = runtime?.["@resid"];

  const cf = elements(hostsNode, "ExtensionPoint").find(
    ({ node }) => node["@xsi:type"] === "CustomFunctions"
  );
  let namespace;
  if (!cf) problems.push("no CustomFunctions extension point");
  else {
    const page = cf.node.Page?.[0]?.SourceLocation?.[0]?.["@resid"];
    if (page !== runtimeId)
      problems.push(`CustomFunctions <Page> is ${page}, not the shared runtime ${runtimeId}`);
    if (!cf.node.Script?.[0]?.SourceLocation?.[0]?.["@resid"])
      problems.push("CustomFunctions has no <Script>");
    if (!cf.node.Metadata?.[0]?.SourceLocation?.[0]?.["@resid"])
      problems.push("CustomFunctions has no <Metadata>");
    namespace = resourceIds.string.get(cf.node.Namespace?.[0]?.["@resid"]);
    if (namespace !== NAMESPACE)
      problems.push(`custom functions namespace is ${namespace}, not ${NAMESPACE}`);
  }
  for (const { node } of elements(hostsNode, "FunctionFile")) {
    if (node["@resid"] !== runtimeId)
      problems.push(`<FunctionFile> is ${node["@resid"]}, not the shared runtime`);
  }
  const buttons = elements(hostsNode, "Action").filter(
    ({ node }) => node["@xsi:type"] === "ShowTaskpane"
  );
  if (buttons.length === 0)
    problems.push("no ribbon button opens the task pane (Action ShowTaskpane)");
  for (const { node } of buttons) {
    const loc = node.SourceLocation?.[0]?.["@resid"];
    if (loc !== runtimeId)
      problems.push(`ShowTaskpane opens ${loc}, not the shared runtime ${runtimeId}`);
  }
  const homeTab = elements(hostsNode, "OfficeTab").some(({ node }) => node["@id"] === "TabHome");
  if (!homeTab) problems.push("the ribbon group is not on the Home tab (OfficeTab TabHome)");

  // URLs: every one https; the ones on the dev base must exist locally.
  const urls = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    for (const node of app[name] ?? []) urls.push({ where: name, url: node["@DefaultValue"] });
  }
  for (const node of app.DefaultSettings?.[0]?.SourceLocation ?? []) {
    urls.push({ where: "DefaultSettings", url: node["@DefaultValue"] });
  }
  for (const node of app.AppDomains?.[0]?.AppDomain ?? [])
    urls.push({ where: "AppDomain", url: text(node) });
  for (const [id, url] of [...resourceIds.url, ...resourceIds.image]) urls.push({ where: id, url });
  for (const { where, url } of urls) {
    if (!/^https:\/\//.test(url ?? "")) problems.push(`${where}: URL is not https: ${url}`);
  }

  // Icons: the declared sizes exist on disk at those sizes.
  const icons = [];
  const iconAt = (url, size, where) => icons.push({ url, size, where });
  if (app.IconUrl) iconAt(app.IconUrl[0]["@DefaultValue"], 32, "IconUrl");
  if (app.HighResolutionIconUrl)
    iconAt(app.HighResolutionIconUrl[0]["@DefaultValue"], 64, "HighResolutionIconUrl");
  walk(hostsNode, (name, node) => {
    if (name === "bt:Image")
      iconAt(resourceIds.image.get(node["@resid"]), Number(node["@size"]), node["@resid"]);
  });
  for (const { url, size, where } of icons) {
    const file = url && localPathFor(url, rootDir);
    if (!file) continue;
    if (!fs.existsSync(file))
      problems.push(`${where}: icon ${url} does not exist at ${path.relative(rootDir, file)}`);
    else {
      const dim = pngSize(file);
      if (!dim) problems.push(`${where}: ${path.relative(rootDir, file)} is not a PNG`);
      else if (dim.width !== size || dim.height !== size) {
        problems.push(
          `${where}: ${path.relative(rootDir, file)} is ${dim.width}x${dim.height}, declared ${size}`
        );
      }
    }
  }
  for (const size of ICON_SIZES) {
    const file = path.join(rootDir, "assets", `icon-${size}.png`);
    const dim = fs.existsSync(file) ? pngSize(file) : undefined;
    if (!dim || dim.width !== size || dim.height !== size)
      problems.push(`assets/icon-${size}.png missing or not ${size}px`);
  }

  if (options.checkDist) {
    for (const { where, url } of urls) {
      const file = url && localPathFor(url, rootDir);
      if (file && !file.includes(`${path.sep}assets${path.sep}`) && !fs.existsSync(file)) {
        problems.push(
          `${where}: ${url} is not produced by the build (${path.relative(rootDir, file)} missing)`
        );
      }
    }
  }

  return {
    problems,
    summary: {
      hosts,
      permissions,
      sets,
      namespace,
      runtime: runtimeId,
      resids: resids.length,
      urls: urls.length,
      icons: icons.length,
    },
  };
}

module.exports = {
  checkManifest,
  parseManifest,
  pngSize,
  DEV_BASE_URL,
  REQUIRED_SETS,
  ICON_SIZES,
  ROOT,
};
