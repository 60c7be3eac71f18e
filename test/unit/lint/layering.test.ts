/**
 * The layering rules of eslint.config.js, run through ESLint's Node API on small sources placed (in memory) in
 * each folder: a wrong-way import or an Office.js global outside src/excel is reported, the right-way one is not.
 */
import * as path from "node:path";
import { ESLint, Linter } from "eslint";

const ROOT = path.resolve(__dirname, "../../..");
const LAYERING_RULES = new Set([
  "no-restricted-imports",
  "no-restricted-syntax",
  "no-restricted-globals",
]);

// The config is passed as an object: ESLint would otherwise load eslint.config.js with import(), which jest's
// CommonJS runtime does not provide.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, "eslint.config.js")) as Linter.Config[];
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

/** The layering messages ESLint reports for `code` as the file `file` (relative to the repository). */
async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(ROOT, file) });
  return result.messages
    .filter((m) => m.ruleId !== null && LAYERING_RULES.has(m.ruleId))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

const use = (source: string): string => `import { x } from "${source}";\nexport const y = x;`;

describe("imports point one way: checklists ← core ← excel, functions, xlsx, cli ← taskpane", () => {
  const wrongWay: [string, string][] = [
    ["src/checklists/new.ts", "../core/model"],
    ["src/core/new.ts", "../excel/port"],
    ["src/core/workbook/new.ts", "../../excel/assessmentStore"],
    ["src/core/rules/evidence/new.ts", "../../../taskpane/answers"],
    ["src/core/new.ts", "../functions/compute"],
    ["src/core/new.ts", "../cli/report"],
    ["src/excel/new.ts", "../functions/compute"],
    ["src/excel/new.ts", "../taskpane/hooks"],
    ["src/cli/new.ts", "../excel/port"],
    ["src/cli/xlsx/new.ts", "../../excel/discovery"],
    ["src/functions/new.ts", "../taskpane/answers"],
    ["src/taskpane/new.ts", "../cli/report"],
    ["src/core/new.ts", "../xlsx/readGrid"],
    ["src/excel/new.ts", "../xlsx/readGrid"],
    ["src/functions/new.ts", "../xlsx/readGrid"],
    ["src/xlsx/new.ts", "../cli/files"],
    ["src/xlsx/new.ts", "../taskpane/hooks"],
    ["src/xlsx/new.ts", "../excel/port"],
    ["src/core/new.ts", "../../harness/fake-excel"],
    ["harness/new.ts", "../src/core/model"],
    ["harness/fake-excel/new.ts", "../../src/excel"],
  ];
  it.each(wrongWay)("%s importing %s fails lint", async (file, source) => {
    const errors = await layeringErrors(file, use(source));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^no-restricted-imports: .*(Layering|harness)/);
  });

  it.each(wrongWay)("%s re-exporting or import()-ing %s fails lint too", async (file, source) => {
    const reexport = await layeringErrors(file, `export { x } from "${source}";`);
    const dynamic = await layeringErrors(file, `export const m = import("${source}");`);
    const typeOnly = await layeringErrors(file, `export type M = typeof import("${source}");`);
    expect(reexport).toEqual([expect.stringMatching(/^no-restricted-imports:/)]);
    expect(dynamic).toEqual([expect.stringMatching(/^no-restricted-syntax:/)]);
    expect(typeOnly).toEqual([expect.stringMatching(/^no-restricted-syntax:/)]);
  });

  const rightWay: [string, string][] = [
    ["src/checklists/new.ts", "./schema"],
    ["src/core/new.ts", "../checklists/schema"],
    ["src/core/workbook/new.ts", "../rules/types"],
    ["src/excel/new.ts", "../core/workbook/grid"],
    ["src/excel/new.ts", "../checklists"],
    ["src/functions/new.ts", "../excel/assessmentStore"],
    ["src/cli/commands/new.ts", "../../core/workbook/checkGrid"],
    ["src/cli/commands/new.ts", "../../xlsx/readGrid"],
    ["src/xlsx/new.ts", "../core/workbook/grid"],
    ["src/taskpane/views/new.ts", "../../excel/port"],
    ["src/taskpane/new.ts", "../core/model"],
    ["harness/components/new.ts", "../fake-excel/model"],
  ];
  it.each(rightWay)("%s may import %s", async (file, source) => {
    expect(await layeringErrors(file, use(source))).toEqual([]);
    expect(await layeringErrors(file, `export const m = import("${source}");`)).toEqual([]);
  });
});

describe("the task pane reaches src/xlsx (ExcelJS) only lazily", () => {
  it("a static import or re-export of src/xlsx from the task pane fails lint", async () => {
    const file = "src/taskpane/cycle/new.ts";
    expect(await layeringErrors(file, use("../../xlsx/readGrid"))).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*only through import\(\)/),
    ]);
    expect(await layeringErrors(file, `export { x } from "../../xlsx/readGrid";`)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*only through import\(\)/),
    ]);
  });

  it("import() and type-only imports of src/xlsx are allowed in the task pane", async () => {
    const file = "src/taskpane/cycle/new.ts";
    expect(await layeringErrors(file, `export const m = import("../../xlsx/readGrid");`)).toEqual(
      []
    );
    expect(
      await layeringErrors(
        file,
        `import type { WorkbookReadError } from "../../xlsx/readGrid";\nexport type E = WorkbookReadError;`
      )
    ).toEqual([]);
  });
});

describe("src/xlsx runs in the browser too", () => {
  it.each(["node:fs/promises", "fs", "react"])(
    "src/xlsx importing %s fails lint",
    async (source) => {
      expect(await layeringErrors("src/xlsx/new.ts", use(source))).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*browser too/),
      ]);
    }
  );

  it("ExcelJS and JSZip are what it is for", async () => {
    expect(await layeringErrors("src/xlsx/new.ts", use("exceljs"))).toEqual([]);
    expect(await layeringErrors("src/xlsx/new.ts", use("jszip"))).toEqual([]);
  });
});

describe("core and checklists are pure", () => {
  it.each(["react", "@fluentui/react-components", "exceljs", "node:fs/promises"])(
    "src/core importing %s fails lint",
    async (source) => {
      expect(await layeringErrors("src/core/new.ts", use(source))).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*pure/),
      ]);
    }
  );

  it("core importing @microsoft/office-js fails lint once", async () => {
    expect(await layeringErrors("src/core/new.ts", use("@microsoft/office-js"))).toEqual([
      expect.stringMatching(/Office\.js only in src\/excel/),
    ]);
  });

  it("zod, the source of truth for shapes, is allowed", async () => {
    expect(await layeringErrors("src/checklists/new.ts", use("zod"))).toEqual([]);
  });
});

describe("Office.js only in src/excel", () => {
  const excelRun = "export const r = Excel.run(async (context) => context.sync());";
  const officeReady = "export const r = Office.onReady();";
  const typeOnly = "export type Ctx = Excel.RequestContext;";

  it.each([
    "src/core/new.ts",
    "src/taskpane/new.ts",
    "src/taskpane/index.tsx",
    "src/functions/new.ts",
    "src/cli/new.ts",
  ])("the Excel global in %s fails lint, in code and in types", async (file) => {
    expect(await layeringErrors(file, excelRun)).toEqual([
      expect.stringMatching(/Office\.js \(Excel\) only in src\/excel/),
    ]);
    expect(await layeringErrors(file, typeOnly)).toEqual([
      expect.stringMatching(/Office\.js \(Excel\)/),
    ]);
  });

  it("src/excel may use Excel and Office", async () => {
    expect(await layeringErrors("src/excel/new.ts", excelRun)).toEqual([]);
    expect(await layeringErrors("src/excel/new.ts", officeReady)).toEqual([]);
    expect(await layeringErrors("src/excel/new.ts", use("@microsoft/office-js"))).toEqual([]);
  });

  it("@microsoft/office-js outside src/excel fails lint", async () => {
    expect(await layeringErrors("src/taskpane/new.ts", use("@microsoft/office-js"))).toEqual([
      expect.stringMatching(/Office\.js only in src\/excel/),
    ]);
  });

  it("the entry points may use only their own host global", async () => {
    expect(await layeringErrors("src/taskpane/index.tsx", officeReady)).toEqual([]);
    expect(await layeringErrors("src/taskpane/App.tsx", officeReady)).toHaveLength(1);
    expect(await layeringErrors("src/commands/commands.ts", officeReady)).toEqual([]);
    expect(await layeringErrors("src/commands/commands.ts", excelRun)).toHaveLength(1);
    const customError =
      "export const e = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);";
    expect(await layeringErrors("src/functions/functions.ts", customError)).toEqual([]);
    expect(await layeringErrors("src/functions/compute.ts", customError)).toHaveLength(2);
    expect(await layeringErrors("src/functions/functions.ts", excelRun)).toHaveLength(1);
  });
});
