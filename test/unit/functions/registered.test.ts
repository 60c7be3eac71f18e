/**
 * The MSP functions as Excel runs them: registered in the fake host the way the build registers them (the
 * associations and functions.json come from custom-functions-metadata over src/functions/functions.ts, as
 * custom-functions-metadata-plugin does), evaluated from formulas in cells of a workbook the store reads live.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  createFakeHost,
  createWorkbookModel,
  type CellScalar,
  type FakeHostBundle,
} from "../../../harness/fake-excel";
import {
  createAssessmentStore,
  setAssessmentStore,
  type AssessmentStore,
} from "../../../src/excel/assessmentStore";
import * as functions from "../../../src/functions/functions";
import {
  CHECKLIST_SHEET,
  SUMMARY_SHEET,
  mspWorkbook,
  type MspWorkbookOptions,
} from "./mspWorkbook";

const FUNCTIONS_FILE = path.join(__dirname, "../../../src/functions/functions.ts");

interface Registration {
  metadata: { functions: { id: string; options?: { stream?: boolean } }[] };
  associate: { functionName: string; id: string }[];
}

let registration: Registration;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
  expect(generated.errors).toEqual([]);
  registration = {
    metadata: JSON.parse(generated.metadataJson) as Registration["metadata"],
    associate: generated.associate,
  };
});

interface Running {
  fake: FakeHostBundle;
  store: AssessmentStore;
  metCell: Record<string, string>;
  /** Settles the store and the host, then reads a cell. */
  value(sheet: string, address: string): Promise<CellScalar>;
  settle(): Promise<void>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** Builds the workbook, installs the fake host's globals and the store, and registers every function. */
function run(
  formulas: Record<string, string>,
  workbook: MspWorkbookOptions = {},
  blank = false
): Running {
  const built = mspWorkbook({ ...workbook, formulas });
  const model = blank ? createWorkbookModel([SUMMARY_SHEET]) : built.model;
  if (blank)
    for (const [address, formula] of Object.entries(formulas))
      model.sheets[0].cells[address] = { value: "", formula };
  const fake = createFakeHost(model);
  const undo = fake.host.install();
  const store = createAssessmentStore({
    excel: fake.Excel,
    debounceMs: 5,
    today: () => "2025-06-01",
  });
  setAssessmentStore(store);
  cleanups.push(
    undo,
    () => setAssessmentStore(undefined),
    () => store.dispose()
  );
  fake.host.setFunctionMetadata(registration.metadata);
  const byName = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const { id, functionName } of registration.associate)
    fake.CustomFunctions.associate(id, byName[functionName]);
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await fake.host.idle();
      await store.whenIdle();
    }
    await fake.host.idle();
  };
  return {
    fake,
    store,
    metCell: built.metCell,
    settle,
    async value(sheet, address) {
      await settle();
      return fake.host.getValue(sheet, address);
    },
  };
}

describe("registration", () => {
  it("registers every @customfunction, streaming where it follows the workbook", () => {
    const ids = registration.associate.map((a) => a.id).sort();
    expect(ids).toEqual([
      "APPLIES",
      "MANDATORY",
      "MAX",
      "MET",
      "PASS",
      "PROGRESS",
      "SCORE",
      "STATUS",
      "VERSION",
    ]);
    const streaming = registration.metadata.functions
      .filter((f) => f.options?.stream)
      .map((f) => f.id);
    expect(streaming.sort()).toEqual([
      "APPLIES",
      "MANDATORY",
      "MAX",
      "MET",
      "PASS",
      "PROGRESS",
      "SCORE",
      "STATUS",
    ]);
  });

  it("keeps functions.ts free of import-time side effects", () => {
    // Importing it above registered nothing and created no store.
    expect(typeof functions.score).toBe("function");
    expect(functions.version()).toBe(functions.ADDIN_VERSION);
  });
});

// The default workbook: everything Yes except 1.1 (No, mandatory) and 4.2.4 (blank); not a reseller, one case study.
const TABLE: [formula: string, expected: CellScalar][] = [
  ["=MSP.SCORE()", 780],
  ['=MSP.SCORE("1.0")', -160],
  ["=MSP.SCORE(4)", 140],
  ['=MSP.SCORE("5.0")', 40],
  ["=MSP.MAX()", 1000],
  ['=MSP.MAX("4.0")', 160],
  ["=MSP.PASS()", false],
  ["=MSP.MANDATORY()", "1.1"],
  ['=MSP.MET("1.1")', "No"],
  ['=MSP.MET("1.2")', "Yes"],
  ['=MSP.MET("4.2.4")', ""],
  ['=MSP.APPLIES("4.5")', false],
  ['=MSP.APPLIES("1.1")', true],
  ['=MSP.PROGRESS("1.0")', 1],
  ['=MSP.PROGRESS("P")', 1],
  ["=MSP.VERSION()", functions.ADDIN_VERSION],
  // Pure over the cells, no scope: rows 5-40 hold P..5.7; 4.5 and 5.x are blank, so they subtract here.
  ["=MSP.SCORE('MSP Checklist'!C5:C40, 'MSP Checklist'!A5:A40)", -1160],
  ["=MSP.SCORE()+MSP.MAX()", 1780],
];

const ERRORS: [formula: string, code: string, message: string | RegExp][] = [
  ['=MSP.MET("9.99")', "#VALUE!", "Unknown control ID 9.99 in the MSP checklist"],
  ['=MSP.APPLIES("9.99")', "#VALUE!", "Unknown control ID 9.99 in the MSP checklist"],
  ['=MSP.SCORE("99.0")', "#VALUE!", "Unknown section 99.0 in the MSP checklist"],
  ["=MSP.SCORE('MSP Checklist'!C5:C40)", "#VALUE!", /Give the ID range too/],
  ["=MSP.SCORE('MSP Checklist'!C5:C40, 'MSP Checklist'!A5:A39)", "#VALUE!", /same size/],
  [
    "=MSP.SCORE('MSP Checklist'!B5:B40, 'MSP Checklist'!A5:A40)",
    "#VALUE!",
    /expected Yes, No, N\/A or blank/,
  ],
  ["=MSP.MET(TRUE)", "#VALUE!", /Give one control ID/],
];

describe("formula -> result, live over the mapped workbook", () => {
  it("computes every formula of the table", async () => {
    const formulas: Record<string, string> = {};
    TABLE.forEach(([formula], i) => (formulas[`B${i + 2}`] = formula));
    const r = run(formulas);
    await r.settle();
    const got = TABLE.map(([formula], i) => [
      formula,
      r.fake.host.getValue(SUMMARY_SHEET, `B${i + 2}`),
    ]);
    expect(got).toEqual(TABLE);
  });

  it("computes the explicit-range form on the checklist sheet itself", async () => {
    const r = run({});
    await r.settle();
    await r.fake.host.userEdit(CHECKLIST_SHEET, "F2", "=MSP.SCORE(C5:C40, A5:A40)");
    expect(await r.value(CHECKLIST_SHEET, "F2")).toBe(-1160);
  });

  it("returns errors with a code and a message, never a string", async () => {
    const formulas: Record<string, string> = {};
    ERRORS.forEach(([formula], i) => (formulas[`C${i + 2}`] = formula));
    const r = run(formulas);
    await r.settle();
    ERRORS.forEach(([formula, code, message], i) => {
      const address = `C${i + 2}`;
      expect([formula, r.fake.host.getValue(SUMMARY_SHEET, address)]).toEqual([formula, code]);
      expect(r.fake.host.getErrorMessage(SUMMARY_SHEET, address)).toEqual(
        typeof message === "string" ? message : expect.stringMatching(message)
      );
    });
  });

  it("says #N/A with a message when no MSP assessment is mapped", async () => {
    const r = run(
      { A1: "=MSP.SCORE()", A2: "=MSP.PASS()", A3: '=MSP.MET("1.1")', A4: "=MSP.STATUS()" },
      {},
      true
    );
    await r.settle();
    expect(r.fake.host.getValues(SUMMARY_SHEET, "A1:A4")).toEqual([
      ["#N/A"],
      ["#N/A"],
      ["#N/A"],
      ["#N/A"],
    ]);
    expect(r.fake.host.getErrorMessage(SUMMARY_SHEET, "A1")).toMatch(
      /^No MSP assessment is mapped in this workbook/
    );
    expect(r.fake.host.getErrorMessage(SUMMARY_SHEET, "A3")).toMatch(
      /^No assessment is mapped in this workbook/
    );
  });

  it("spills the failed Mandatory Action Items, and one blank row when none fails", async () => {
    const r = run({ E2: "=MSP.MANDATORY()" }, { answers: { "1.1": "No", "7.2": "", "9.1": "No" } });
    expect(await r.value(SUMMARY_SHEET, "E2")).toBe("1.1");
    expect(r.fake.host.getValues(SUMMARY_SHEET, "E2:E5")).toEqual([
      ["1.1"],
      ["7.2"],
      ["9.1"],
      [""],
    ]);
    for (const id of ["1.1", "7.2", "9.1"])
      await r.fake.host.userEdit(CHECKLIST_SHEET, r.metCell[id], "Yes");
    expect(await r.value(SUMMARY_SHEET, "E2")).toBe("");
    expect(r.fake.host.getValues(SUMMARY_SHEET, "E3:E4")).toEqual([[""], [""]]);
  });

  it("summarises the status: errors, warnings and unanswered controls", async () => {
    const r = run({ B2: "=MSP.STATUS()", B3: "=MSP.PROGRESS()" });
    const status = await r.value(SUMMARY_SHEET, "B2");
    const snapshot = r.store.getSnapshot();
    const assessment = snapshot.assessment;
    if (!assessment) throw new Error("no assessment");
    const all = [...assessment.findings, ...snapshot.workbookFindings];
    const errors = all.filter((f) => f.severity === "error").length;
    expect(assessment.unanswered).toEqual(["4.2.4"]);
    expect(status).toMatch(new RegExp(`^${errors} errors?(, \\d+ warnings?)?, 1 unanswered$`));
    const progress = r.fake.host.getValue(SUMMARY_SHEET, "B3");
    expect(progress).toBeCloseTo(
      (assessment.overall.applicable - 1) / assessment.overall.applicable,
      10
    );
  });
});

describe("streaming", () => {
  it("updates MSP.SCORE(), PASS and MET after the user edits a Met? cell", async () => {
    const r = run({
      B2: "=MSP.SCORE()",
      B3: "=MSP.PASS()",
      B4: '=MSP.MET("1.1")',
      B5: '=MSP.SCORE("1.0")',
    });
    expect(await r.value(SUMMARY_SHEET, "B2")).toBe(780);
    const refreshes = r.store.stats.refreshes;
    r.fake.host.resetCounters();
    await r.fake.host.userEdit(CHECKLIST_SHEET, r.metCell["1.1"], "Yes");
    expect(await r.value(SUMMARY_SHEET, "B2")).toBe(980);
    expect(r.fake.host.getValues(SUMMARY_SHEET, "B3:B5")).toEqual([[true], ["Yes"], [40]]);
    // One refresh for the edit, one sync for the refresh: four live formulas share the store.
    expect(r.store.stats.refreshes - refreshes).toBe(1);
    expect(r.fake.host.syncCount).toBe(1);
  });

  it("stays on one store subscription per formula and does not re-set unchanged results", async () => {
    const r = run({ B2: "=MSP.SCORE()", B3: "=MSP.MAX()" });
    await r.settle();
    expect(r.store.listenerCount).toBe(2);
    const calls = r.fake.host.engine.functionCalls.length;
    await r.fake.host.userEdit(CHECKLIST_SHEET, r.metCell["1.4"], "No");
    expect(await r.value(SUMMARY_SHEET, "B2")).toBe(760);
    expect(r.fake.host.getValue(SUMMARY_SHEET, "B3")).toBe(1000);
    // Streaming results arrive through setResult: the functions were not called again.
    expect(r.fake.host.engine.functionCalls.length).toBe(calls);
  });

  it("releases its store subscription and the workbook event handler when the formula goes", async () => {
    const r = run({ B2: "=MSP.SCORE()", B3: '=MSP.MET("1.1")' });
    await r.settle();
    expect(r.store.listenerCount).toBe(2);
    expect(r.fake.host.engine.registrationCount).toBe(1);
    await r.fake.host.userEdit(SUMMARY_SHEET, "B2", "plain text");
    await r.settle();
    expect(r.store.listenerCount).toBe(1);
    await r.fake.host.userEdit(SUMMARY_SHEET, "B3", "");
    await r.settle();
    expect(r.store.listenerCount).toBe(0);
    expect(r.store.watching).toBe(false);
    expect(r.fake.host.engine.registrationCount).toBe(0);
    expect(r.fake.host.handlerErrors).toEqual([]);
  });

  it("re-subscribes when a formula's argument changes (Excel cancels the old invocation)", async () => {
    const r = run({ A2: "1.0", B2: "=MSP.SCORE(A2)" });
    expect(await r.value(SUMMARY_SHEET, "B2")).toBe(-160);
    await r.fake.host.userEdit(SUMMARY_SHEET, "A2", "4.0");
    expect(await r.value(SUMMARY_SHEET, "B2")).toBe(140);
    expect(r.store.listenerCount).toBe(1);
  });
});
