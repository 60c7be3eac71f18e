import * as recogniseModule from "../../../src/core/workbook/recognise";
import {
  createFakeHost,
  createWorkbookModel,
  type FakeHostBundle,
} from "../../../harness/fake-excel";
import {
  createAssessmentStore,
  getAssessmentStore,
  setAssessmentStore,
  type AssessmentSnapshot,
  type AssessmentStore,
  type AssessmentStoreOptions,
} from "../../../src/excel/assessmentStore";
import {
  CHECKLIST_SHEET,
  SUMMARY_SHEET,
  mspWorkbook,
  type MspWorkbookOptions,
} from "../../unit/functions/mspWorkbook";

const TODAY = "2025-06-01";

interface Setup {
  fake: FakeHostBundle;
  store: AssessmentStore;
  metCell: Record<string, string>;
}

const stores: AssessmentStore[] = [];

function setup(
  workbook: MspWorkbookOptions = {},
  options: Partial<AssessmentStoreOptions> = {}
): Setup {
  const built = mspWorkbook(workbook);
  const fake = createFakeHost(built.model);
  const store = createAssessmentStore({
    excel: fake.Excel,
    debounceMs: 5,
    today: () => TODAY,
    ...options,
  });
  stores.push(store);
  return { fake, store, metCell: built.metCell };
}

afterEach(async () => {
  while (stores.length) await stores.pop()?.dispose();
});

const total = (s: AssessmentSnapshot) => s.assessment?.score?.total;

describe("reading the mapped workbook", () => {
  it("discovers the workbook in two syncs, then refreshes in exactly one sync", async () => {
    const { fake, store } = setup();
    const first = await store.refresh();
    expect(first.state).toBe("ready");
    expect(first.checklist?.id).toBe("msp");
    expect(total(first)).toBe(780);
    expect(fake.host.syncCount).toBe(2);
    fake.host.resetCounters();
    await store.refresh();
    expect(fake.host.syncCount).toBe(1);
    expect(store.stats).toMatchObject({ refreshes: 2, syncs: 3 });
  });

  it.each([0, 500, 5000])(
    "costs one sync whatever the number of rows (%i filler rows)",
    async (fillerRows) => {
      const { fake, store } = setup({ fillerRows });
      await store.refresh();
      fake.host.resetCounters();
      const again = await store.refresh();
      expect(fake.host.syncCount).toBe(1);
      expect(fake.host.contexts).toHaveLength(1);
      expect(total(again)).toBe(780);
    }
  );

  it("reads the scope from the hidden SelfAssess sheet", async () => {
    const { store } = setup();
    const snapshot = await store.refresh();
    expect(snapshot.assessment?.scope).toMatchObject({ reseller: false, caseStudyCount: 1 });
    const c45 = snapshot.assessment?.controls.find((c) => c.id === "4.5");
    expect(c45?.state).toBe("granted");
    expect(snapshot.mapping?.sheets.map((s) => s.sheet)).toEqual([CHECKLIST_SHEET]);
  });

  it("uses the default scope without a SelfAssess sheet", async () => {
    const { store } = setup({ withoutSelfAssess: true, scope: { caseStudyCount: 1 } });
    const snapshot = await store.refresh();
    expect(snapshot.state).toBe("ready");
    expect(snapshot.assessment?.scope.reseller).toBe(true);
    expect(snapshot.assessment?.controls.find((c) => c.id === "4.5")?.state).toBe("applies");
  });

  it("says why when no checklist is recognised", async () => {
    const fake = createFakeHost(createWorkbookModel(["Sheet1"]));
    const store = createAssessmentStore({ excel: fake.Excel, debounceMs: 5, today: () => TODAY });
    stores.push(store);
    const snapshot = await store.refresh();
    expect(snapshot).toMatchObject({ state: "unmapped", assessment: null });
    expect(snapshot.reason).toMatch(/no recognisable checklist/);
  });

  it("rejects a failed read and keeps the failure in the snapshot", async () => {
    const excel = {
      run: () => Promise.reject(new Error("host went away")),
    } as unknown as AssessmentStoreOptions["excel"];
    const store = createAssessmentStore({ excel, debounceMs: 5, today: () => TODAY });
    stores.push(store);
    await expect(store.refresh()).rejects.toThrow("host went away");
    expect(store.getSnapshot()).toMatchObject({
      state: "failed",
      reason: "Could not read the workbook: host went away",
    });
  });

  it("finds a renamed sheet again", async () => {
    const { fake, store } = setup();
    await store.refresh();
    const sheet = fake.host.model.sheets.find((s) => s.name === CHECKLIST_SHEET);
    if (!sheet) throw new Error("no sheet");
    sheet.name = "Checklist (renamed)";
    const snapshot = await store.refresh();
    expect(snapshot.state).toBe("ready");
    expect(snapshot.mapping?.sheets[0]?.sheet).toBe("Checklist (renamed)");
    expect(total(snapshot)).toBe(780);
  });

  it("does not publish a new snapshot when nothing changed", async () => {
    const { store } = setup();
    const first = await store.refresh();
    const again = await store.refresh();
    expect(again).toBe(first);
    expect(store.stats.published).toBe(1);
  });
});

describe("watching for changes", () => {
  it("subscribing starts the first read and watches the workbook; an edit leads to one refresh", async () => {
    const { fake, store, metCell } = setup();
    const seen: (number | undefined)[] = [];
    const unsubscribe = store.subscribe((s) => seen.push(total(s)));
    await store.whenIdle();
    expect(seen).toEqual([780]);
    expect(store.watching).toBe(true);
    expect(fake.host.engine.registrationCount).toBe(1);

    fake.host.resetCounters();
    const refreshes = store.stats.refreshes;
    await fake.host.userEdit(CHECKLIST_SHEET, metCell["1.1"], "Yes");
    await store.whenIdle();
    expect(store.stats.refreshes - refreshes).toBe(1);
    expect(fake.host.syncCount).toBe(1);
    expect(seen).toEqual([780, 980]);
    expect(store.getSnapshot().assessment?.score?.pass).toBe(true);
    unsubscribe();
  });

  it("coalesces a burst of edits into one refresh", async () => {
    const { fake, store, metCell } = setup();
    const seen: (number | undefined)[] = [];
    store.subscribe((s) => seen.push(total(s)));
    await store.whenIdle();
    const refreshes = store.stats.refreshes;
    fake.host.resetCounters();
    for (const id of ["1.4", "1.5", "2.1", "2.2", "4.1"])
      await fake.host.userEdit(CHECKLIST_SHEET, metCell[id], "No");
    await store.whenIdle();
    expect(store.stats.relevantEvents).toBe(5);
    expect(store.stats.refreshes - refreshes).toBe(1);
    expect(fake.host.syncCount).toBe(1);
    expect(seen).toEqual([780, 780 - 20 - 20 - 20 - 40 - 10]);
  });

  it("ignores edits outside the mapped columns and on sheets it does not read", async () => {
    const { fake, store } = setup();
    store.subscribe(() => undefined);
    await store.whenIdle();
    const refreshes = store.stats.refreshes;
    await fake.host.userEdit(CHECKLIST_SHEET, "H12", "a note");
    await fake.host.userEdit(SUMMARY_SHEET, "C3", "hello");
    await store.whenIdle();
    expect(store.stats.events).toBe(2);
    expect(store.stats.relevantEvents).toBe(0);
    expect(store.stats.refreshes).toBe(refreshes);
  });

  it("refreshes when the scope in the SelfAssess sheet changes", async () => {
    const { fake, store } = setup();
    store.subscribe(() => undefined);
    await store.whenIdle();
    const own = fake.host.model.sheets.find((s) => s.name === "SelfAssess");
    const row = Object.entries(own?.cells ?? {}).find(([, c]) => c.value === "scope.reseller")?.[0];
    if (!row) throw new Error("no scope.reseller row");
    await fake.host.userEdit("SelfAssess", row.replace("A", "B"), "TRUE");
    await store.whenIdle();
    const snapshot = store.getSnapshot();
    expect(snapshot.assessment?.scope.reseller).toBe(true);
    // 4.5 and section 5's blanks now count: 780 - 200 (4.5) - 6 x 200 (5.1, 5.2, 5.4, 5.5, 5.7, 5.8) - 2 x 20 = -660.
    expect(total(snapshot)).toBe(-660);
  });

  it("the last unsubscribe releases the event handler; the next subscriber registers again", async () => {
    const { fake, store } = setup();
    const a = store.subscribe(() => undefined);
    const b = store.subscribe(() => undefined);
    await store.whenIdle();
    expect(fake.host.engine.registrationCount).toBe(1);
    a();
    await store.whenIdle();
    expect(fake.host.engine.registrationCount).toBe(1);
    b();
    await store.whenIdle();
    expect(store.watching).toBe(false);
    expect(store.listenerCount).toBe(0);
    expect(fake.host.engine.registrationCount).toBe(0);
    store.subscribe(() => undefined);
    await store.whenIdle();
    expect(fake.host.engine.registrationCount).toBe(1);
    expect(fake.host.handlerErrors).toEqual([]);
  });

  it("registers one handler per sheet where worksheets.onChanged is missing (ExcelApi < 1.7)", async () => {
    const { fake, store, metCell } = setup({}, { isSetSupported: () => false });
    const stop = store.subscribe(() => undefined);
    await store.whenIdle();
    expect(fake.host.engine.registrationCount).toBe(fake.host.model.sheets.length);
    await fake.host.userEdit(CHECKLIST_SHEET, metCell["1.1"], "Yes");
    await store.whenIdle();
    expect(total(store.getSnapshot())).toBe(980);
    stop();
    await store.whenIdle();
    expect(fake.host.engine.registrationCount).toBe(0);
  });
});

describe("recognition", () => {
  afterEach(() => jest.restoreAllMocks());

  it("is not repeated when only answers change, and is when the ID column changes", async () => {
    const { fake, store, metCell } = setup();
    store.subscribe(() => undefined);
    await store.whenIdle();
    const spy = jest.spyOn(recogniseModule, "recognise");
    await fake.host.userEdit(CHECKLIST_SHEET, metCell["1.4"], "No");
    await store.whenIdle();
    expect(total(store.getSnapshot())).toBe(760);
    expect(spy).not.toHaveBeenCalled();

    // Clearing 1.5's ID takes the row out of the mapping: 1.5 is now missing and unanswered.
    await fake.host.userEdit(CHECKLIST_SHEET, metCell["1.5"].replace(/^C/, "A"), "");
    await store.whenIdle();
    expect(spy).toHaveBeenCalledTimes(1);
    const snapshot = store.getSnapshot();
    expect(total(snapshot)).toBe(740);
    expect(snapshot.workbookFindings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "workbook.control-missing", control: "1.5" }),
      ])
    );
  });
});

describe("the runtime's shared store", () => {
  afterEach(() => setAssessmentStore(undefined));

  it("lives on globalThis so the pane and functions bundles share it", () => {
    const fake = createFakeHost(mspWorkbook().model);
    const undo = fake.host.install();
    try {
      const first = getAssessmentStore();
      expect(getAssessmentStore()).toBe(first);
      const mine = createAssessmentStore({ excel: fake.Excel });
      setAssessmentStore(mine);
      expect(getAssessmentStore()).toBe(mine);
    } finally {
      undo();
    }
  });

  it("throws outside Office", () => {
    expect(() => getAssessmentStore()).toThrow(/outside Office/);
  });
});
