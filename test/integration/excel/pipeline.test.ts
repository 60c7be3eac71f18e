/**
 * The add-in's store, the custom functions and `selfassess check` compute through one pipeline
 * (src/core/pipeline): the store's snapshot is the pipeline's result on the grid it read, with every finding
 * placed, the scope warnings and the locale; the CLI and the store agree on the bundled sample workbook.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createFakeHost } from "../../../harness/fake-excel";
import { loadWorkbook } from "../../../harness/xlsx-io";
import { CHECKLISTS } from "../../../src/checklists";
import { checkFile } from "../../../src/cli/commands/check";
import { evaluateWorkbook } from "../../../src/core/pipeline/evaluate";
import { liveAssessment } from "../../../src/core/pipeline/snapshot";
import {
  createAssessmentStore,
  type AssessmentSnapshot,
  type AssessmentStore,
  type AssessmentStoreOptions,
} from "../../../src/excel/assessmentStore";
import { statusOf } from "../../../src/functions/compute";
import { CHECKLIST_SHEET, mspWorkbook } from "../../unit/functions/mspWorkbook";
import { CATALOG_MINI } from "../../unit/core/workbook/fixtures";
import { answeredFtrWithUnreadableSheet, gridOf, TODAY } from "./portHelpers";

const stores: AssessmentStore[] = [];
afterEach(async () => {
  while (stores.length) await stores.pop()?.dispose();
});

function storeOver(
  excel: AssessmentStoreOptions["excel"],
  options: Partial<AssessmentStoreOptions> = {}
): AssessmentStore {
  const store = createAssessmentStore({ excel, debounceMs: 5, today: () => TODAY, ...options });
  stores.push(store);
  return store;
}

function withoutStoreFields(snapshot: AssessmentSnapshot) {
  const { revision, ...rest } = snapshot;
  void revision;
  return rest;
}

/** The MSP workbook with an Evidence Dates column holding a day/month-ambiguous date, and a hand-edited scope. */
async function ambiguousWorkbook() {
  const built = mspWorkbook();
  const fake = createFakeHost(built.model);
  await fake.host.userEdit(CHECKLIST_SHEET, "E4", "Evidence Dates");
  await fake.host.userEdit(CHECKLIST_SHEET, built.metCell["1.2"].replace(/^C/, "E"), "03/04/2025");
  const own = fake.host.model.sheets.find((s) => s.name === "SelfAssess");
  const renewal = Object.entries(own?.cells ?? {}).find(([, c]) => c.value === "scope.renewal");
  if (!renewal) throw new Error("no scope.renewal row");
  const renewalValue = renewal[0].replace("A", "B");
  await fake.host.userEdit("SelfAssess", renewalValue, "maybe");
  return { fake, renewalValue };
}

describe("the store publishes the pipeline's result", () => {
  it("equals evaluateWorkbook on the grid it read: findings placed, scope warning, locale", async () => {
    const { fake, renewalValue } = await ambiguousWorkbook();
    const store = storeOver(fake.Excel, { locale: () => "en-GB" });
    const snapshot = await store.refresh();
    const expected = liveAssessment(
      evaluateWorkbook(gridOf(fake.host), CHECKLISTS, { today: TODAY, locale: "en-GB" })
    );
    expect(withoutStoreFields(snapshot)).toEqual(expected);

    // Every finding, the workbook's and the engine's, has a sheet and a cell.
    expect(snapshot.findings.length).toBeGreaterThan(0);
    expect(snapshot.findings).toEqual([
      ...snapshot.workbookFindings,
      ...(snapshot.assessment?.findings ?? []),
    ]);
    for (const f of snapshot.findings) {
      expect(f.sheet).toBeTruthy();
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }
    // The hand-edited scope value is reported at its cell, not silently replaced by the default.
    expect(snapshot.workbookFindings).toContainEqual(
      expect.objectContaining({
        rule: "workbook.scope-unreadable",
        severity: "warning",
        sheet: "SelfAssess",
        cell: renewalValue,
      })
    );
    // en-GB reads 03/04/2025 as 3 April: nothing ambiguous.
    expect(snapshot.findings.some((f) => f.rule === "date.ambiguous")).toBe(false);
    // Readiness is the pipeline's, over every finding.
    expect(snapshot.readiness).toEqual(expected.readiness);
    expect(snapshot.assessment?.ready).toBe(snapshot.readiness?.ready);
  });

  it("reads dates in the locale it is given; without one an ambiguous date is reported", async () => {
    const { fake } = await ambiguousWorkbook();
    const unknown = await storeOver(fake.Excel, { locale: () => null }).refresh();
    expect(unknown.findings).toContainEqual(
      expect.objectContaining({ rule: "date.ambiguous", control: "1.2", sheet: CHECKLIST_SHEET })
    );
    expect(withoutStoreFields(unknown)).toEqual(
      liveAssessment(evaluateWorkbook(gridOf(fake.host), CHECKLISTS, { today: TODAY }))
    );
  });

  it("takes Office's display language by default", async () => {
    const { fake } = await ambiguousWorkbook();
    const undo = fake.host.install();
    try {
      expect(Office.context.displayLanguage).toBe("en-US");
      const snapshot = await storeOver(fake.Excel).refresh();
      expect(snapshot.findings.some((f) => f.rule === "date.ambiguous")).toBe(false);
      expect(withoutStoreFields(snapshot)).toEqual(
        liveAssessment(
          evaluateWorkbook(gridOf(fake.host), CHECKLISTS, { today: TODAY, locale: "en-US" })
        )
      );
    } finally {
      undo();
    }
  });

  it("stays equal after an edit (a planned read of the mapped sheets only)", async () => {
    const built = mspWorkbook();
    const fake = createFakeHost(built.model);
    const store = storeOver(fake.Excel, { locale: () => null });
    store.subscribe(() => undefined);
    await store.whenIdle();
    await fake.host.userEdit(CHECKLIST_SHEET, built.metCell["1.1"], "Maybe");
    await store.whenIdle();
    const snapshot = store.getSnapshot();
    expect(snapshot.workbookFindings).toContainEqual(
      expect.objectContaining({ rule: "workbook.met-unreadable", cell: built.metCell["1.1"] })
    );
    expect(withoutStoreFields(snapshot)).toEqual(
      liveAssessment(evaluateWorkbook(gridOf(fake.host), CHECKLISTS, { today: TODAY }))
    );
    expect(statusOf(snapshot)).toEqual({
      ok: true,
      value: expect.stringMatching(
        new RegExp(`^${snapshot.readiness?.errors.length ?? -1} errors`)
      ) as string,
    });
  });
});

describe("selfassess check and the store", () => {
  it("agree on the bundled sample workbook", async () => {
    const path = join(__dirname, "../../../samples/msp-sample.xlsx");
    const cli = await checkFile(path, { today: TODAY, locale: "en-US" });
    if (!cli.ok) throw new Error(cli.message);
    const fake = createFakeHost(await loadWorkbook(await readFile(path)));
    const snapshot = await storeOver(fake.Excel, { locale: () => "en-US" }).refresh();
    expect(snapshot.state).toBe("ready");
    const check = cli.check;
    expect(snapshot.checklist?.id).toBe(check.checklist.id);
    expect(snapshot.assessment?.scope).toEqual(check.scope);
    expect(snapshot.assessment?.score).toEqual(check.assessment.score);
    expect(snapshot.assessment?.controls).toEqual(check.assessment.controls);
    expect(snapshot.readiness).toEqual(check.readiness);
    const place = (f: {
      rule: string;
      control: string;
      severity: string;
      sheet?: string;
      cell?: string;
    }) => `${f.severity} ${f.rule} ${f.control} ${f.sheet ?? ""}!${f.cell ?? ""}`;
    expect(snapshot.findings.map(place)).toEqual(check.findings.map(place));
    expect(snapshot.findings.length).toBeGreaterThan(0);
  });
});

describe("readiness counts the workbook's errors", () => {
  it("is not ready when a sheet cannot be read, though every control is answered", async () => {
    const fake = await answeredFtrWithUnreadableSheet();
    const store = storeOver(fake.Excel, { catalog: CATALOG_MINI, locale: () => null });
    const snapshot = await store.refresh();
    const a = snapshot.assessment;
    if (!a) throw new Error(snapshot.reason ?? "no assessment");
    expect(a.checklist).toBe("ftr");
    expect(a.unanswered).toEqual([]);
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(snapshot.workbookFindings).toContainEqual(
      expect.objectContaining({
        rule: "workbook.header-missing",
        severity: "error",
        sheet: "Scratch",
      })
    );
    // The pipeline, the store's snapshot (header, Submit) and MSP.STATUS() say the same.
    const pipeline = evaluateWorkbook(gridOf(fake.host), CATALOG_MINI, { today: TODAY });
    if (!pipeline.ok) throw new Error(pipeline.reason);
    expect(pipeline.check.readiness.ready).toBe(false);
    expect(pipeline.check.assessment.ready).toBe(false);
    expect(snapshot.readiness).toEqual(pipeline.check.readiness);
    expect(a.ready).toBe(false);
    // FTR 2021_q4_v1 was published more than a year before the assessment day: the one warning says so.
    expect(snapshot.workbookFindings).toContainEqual(
      expect.objectContaining({ rule: "version.lapsed", severity: "warning" })
    );
    expect(statusOf(snapshot)).toEqual({ ok: true, value: "1 error, 1 warning" });
  });
});
