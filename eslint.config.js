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
  }
);
