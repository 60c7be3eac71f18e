/**
 * ESLint flat config: eslint-plugin-office-addins (React preset: Office.js load/sync rules, React, Prettier),
 * typescript-eslint (type-aware where it pays), and Prettier with office-addin-prettier-config.
 *
 * eslint-plugin-office-addins 4 exports flat configs, but its presets register their own `@typescript-eslint`
 * plugin and parser (typescript-eslint 8.8, nested in its node_modules), which flat config cannot combine with the
 * project's typescript-eslint ("Cannot redefine plugin"), and they only match .js/.ts files, not .tsx. So we take
 * the presets apart: keep their rules and the react/prettier/office-addins plugin objects, drop their TS plugin and
 * parser in favour of the project's, and apply them to every source extension.
 */
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const globals = require("globals");

const SOURCE = ["**/*.{js,cjs,mjs,jsx,ts,tsx,cts,mts}"];

/** office-addins' React preset without its nested @typescript-eslint plugin/parser, widened to .tsx. */
const officeReact = officeAddins.configs.react.map((config) => {
  const plugins = { ...config.plugins };
  delete plugins["@typescript-eslint"];
  const languageOptions = { ...config.languageOptions };
  delete languageOptions.parser; // typescript-eslint's parser, set below
  delete languageOptions.ecmaVersion; // the preset pins ES6; the code is ES2022
  return {
    ...config,
    ...(config.files ? { files: SOURCE } : {}),
    ...(config.plugins ? { plugins } : {}),
    ...(config.languageOptions ? { languageOptions } : {}),
  };
});

/**
 * Layering (README, Architecture): imports point one way, checklists ← core ← excel, functions, xlsx, cli ←
 * taskpane; src/xlsx (the ExcelJS reader of .xlsx bytes) serves cli and taskpane, and the task pane may reach it only
 * through `import()` or `import type`, so ExcelJS stays out of the pane's start-up scripts.
 * Each folder lists the folders it must not reach. The patterns match the import string, so they name a folder
 * reached through any number of `../` (src has no aliases or baseUrl, and no folder inside a layer reuses a layer's
 * name). Static imports and re-exports go through no-restricted-imports; `import()` and `typeof import()` through
 * no-restricted-syntax, which the former does not inspect.
 *
 * Office.js only in src/excel: its globals are restricted everywhere else in src, in code (no-restricted-globals)
 * and in types (`Excel.Range`, which no-restricted-globals does not see). Three entry points bind to the host
 * itself and may use one global each, nothing more:
 * - src/functions/functions.ts registers the custom functions and builds `CustomFunctions.Error`s (the runtime's
 *   own API; compute.ts, which does the work, stays free of it);
 * - src/commands binds ribbon commands (`Office.actions`, `Office.addin`), which have no Excel equivalent;
 * - src/taskpane/index.tsx waits for `Office.onReady` and follows `Office.context.officeTheme`: host start-up
 *   and theme, not workbook access, which goes through src/excel.
 *
 * A later config's options for a rule replace an earlier one's, so each file gets all three rules from exactly one
 * entry below (an entry point from its own, its folder's ignoring it).
 */
const NOT_SRC = ["harness", "test", "bench", "scripts"]; // src ships; none of these do
const LAYERS = [
  {
    folder: "checklists",
    forbidden: ["core", "excel", "functions", "xlsx", "cli", "taskpane", "commands"],
  },
  { folder: "core", forbidden: ["excel", "functions", "xlsx", "cli", "taskpane", "commands"] },
  // The custom functions and the task pane run in one shared runtime and share the live assessment kept by the
  // store in src/excel (README), so functions may import excel; excel knows nothing of its front ends.
  { folder: "excel", forbidden: ["functions", "xlsx", "cli", "taskpane", "commands"] },
  { folder: "functions", forbidden: ["xlsx", "cli", "taskpane", "commands"] },
  { folder: "commands", forbidden: ["functions", "xlsx", "cli", "taskpane"] },
  // Reading .xlsx bytes with ExcelJS, in Node and in the browser: over core, below its two front ends.
  {
    folder: "xlsx",
    forbidden: ["excel", "functions", "cli", "taskpane", "commands"],
    packages: {
      group: ["react", "react-dom", "@fluentui/*", "node:*", "fs", "path", "os", "worker_threads"],
      message: "src/xlsx runs in the browser too (the task pane): no Node built-ins, no UI.",
    },
  },
  // The CLI is a Node front end over core with ExcelJS: the Office.js adapters are not for it.
  { folder: "cli", forbidden: ["excel", "functions", "taskpane", "commands"] },
  // The task pane sits on top; it runs in the browser, so the Node CLI is not below it. src/xlsx only lazily.
  { folder: "taskpane", forbidden: ["cli"], lazyOnly: ["xlsx"] },
];
/** Pure layers: no UI, no Office.js, no files or processes (Node built-ins, ExcelJS). */
const PURE = ["checklists", "core"];
const IMPURE_PACKAGES = ["react", "react-dom", "@fluentui/*", "exceljs", "jszip", "node:*"];
const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension", "CustomFunctions", "OfficeRuntime"];
const OFFICE_ENTRIES = [
  { folder: "functions", file: "src/functions/functions.ts", allowed: ["CustomFunctions"] },
  { folder: "commands", file: "src/commands/**", allowed: ["Office"] },
  { folder: "taskpane", file: "src/taskpane/index.tsx", allowed: ["Office"] },
];

/** An import string reaching `folders` through one or more `../` (JS regex source). */
function upTo(folders) {
  return `^(\\.\\./)+(${folders.join("|")})(/|$)`;
}
/** no-restricted-syntax selectors for `import(...)` and `typeof import(...)` strings matching `source`. */
function dynamicImports(source, message) {
  const re = source.replaceAll("/", "\\x2F"); // esquery regex literals cannot contain "/"
  return [
    { selector: `ImportExpression > Literal.source[value=/${re}/]`, message },
    { selector: `TSImportType Literal[value=/${re}/]`, message },
  ];
}
const officeMessage = (name) =>
  `Office.js (${name}) only in src/excel: go through its adapters (README, Architecture).`;

/** The three rules for files of one src folder, allowing the Office globals in `allowed`. */
function layerRules({ folder, forbidden, lazyOnly = [], packages: own }, allowed) {
  const folders = [...forbidden, ...NOT_SRC];
  const message =
    `Layering: src/${folder} must not import from ${folders.join(", ")} ` +
    "(checklists ← core ← excel, functions, xlsx, cli ← taskpane; README, Architecture).";
  // Static imports only (no-restricted-imports does not see import()), type-only ones allowed.
  const lazyPatterns = lazyOnly.map((name) => ({
    regex: upTo([name]),
    allowTypeImports: true,
    message:
      `Layering: src/${folder} reaches src/${name} only through import() ` +
      "(ExcelJS stays out of the start-up scripts; README, Architecture).",
  }));
  const packages = PURE.includes(folder)
    ? [
        {
          group: IMPURE_PACKAGES,
          message: "core and checklists are pure: no React, Office.js, ExcelJS or Node I/O.",
        },
      ]
    : own
      ? [own]
      : [];
  const paths =
    folder === "excel"
      ? []
      : [{ name: "@microsoft/office-js", message: "Office.js only in src/excel." }];
  const restricted =
    folder === "excel" ? [] : OFFICE_GLOBALS.filter((name) => !allowed.includes(name));
  return {
    "no-restricted-imports": [
      "error",
      { paths, patterns: [{ regex: upTo(folders), message }, ...lazyPatterns, ...packages] },
    ],
    "no-restricted-syntax": [
      "error",
      ...dynamicImports(upTo(folders), message),
      ...restricted.flatMap((name) => [
        {
          selector: `TSQualifiedName > Identifier.left[name="${name}"]`,
          message: officeMessage(name),
        },
        {
          selector: `TSTypeQuery > Identifier.exprName[name="${name}"]`,
          message: officeMessage(name),
        },
      ]),
    ],
    "no-restricted-globals": [
      "error",
      ...restricted.map((name) => ({ name, message: officeMessage(name) })),
    ],
  };
}

const layering = [
  ...LAYERS.map((layer) => ({
    files: [`src/${layer.folder}/**`],
    ignores: OFFICE_ENTRIES.filter((e) => e.folder === layer.folder).map((e) => e.file),
    rules: layerRules(layer, []),
  })),
  ...OFFICE_ENTRIES.map(({ folder, file, allowed }) => ({
    files: [file],
    rules: layerRules(
      LAYERS.find((l) => l.folder === folder),
      allowed
    ),
  })),
  {
    files: ["harness/**"],
    rules: (() => {
      const message =
        "The harness implements Office.js for src to run on: it imports nothing from src.";
      return {
        "no-restricted-imports": ["error", { patterns: [{ regex: upTo(["src"]), message }] }],
        "no-restricted-syntax": ["error", ...dynamicImports(upTo(["src"]), message)],
      };
    })(),
  },
];

module.exports = tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-cli/",
      "dist-bench/",
      "coverage/",
      "test-results/",
      "**/*.d.ts",
    ],
  },
  ...officeReact,
  ...tseslint.configs.recommended,
  {
    files: SOURCE,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "19" } },
    rules: {
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // Props are typed by TypeScript; runtime prop-types would duplicate the types.
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      // The project's own Office.js rule set is stricter than the preset's warnings: they are errors here.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    // Browser code: the task pane, adapters, functions, commands, the harness and the bench's bare page.
    files: ["src/**/*", "harness/**/*", "bench/bare/**/*"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Node code: CLI, scripts, configs, tests, bench runners.
    files: ["src/cli/**/*", "scripts/**/*", "test/**/*", "bench/**/*.bench.ts", "*.js", "bin/**/*"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // CommonJS files (scripts, configs, the bin shim): require() is how they load modules.
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Formatting: prettier/prettier (from the office-addins preset, office-addin-prettier-config) on every file.
    files: SOURCE,
    rules: { "prettier/prettier": ["error", { endOfLine: "auto" }] },
  },
  {
    // The CLI reads and writes .xlsx with ExcelJS in Node: no Office.js there, and the office-addins rules'
    // heuristics (any `getCell`/`getRange` result is a proxy needing load + sync) misfire on ExcelJS objects.
    files: ["src/cli/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  {
    // The harness implements Office.js rather than calling it: its proxy objects are object literals with
    // accessors that must close over the owning instance (`const self = this`).
    // Its tests read properties before load/sync on purpose, to assert the fake throws as Office.js does, and
    // xlsx-io.ts works on ExcelJS objects, where the office-addins load/sync heuristics do not apply.
    files: ["harness/**", "test/unit/harness/**"],
    rules: {
      "@typescript-eslint/no-this-alias": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    // E2E page callbacks run inside Chromium: browser globals there too.
    files: ["test/e2e/**/*", "bench/**/*.bench.ts"],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.jest } },
  },
  ...layering
);
