import { readWorkbookInfo } from "../../../src/excel/workbookInfo";
import { OWN_SHEET, stampRows, writeChecklistStamp } from "../../../src/excel/stamp";
import { readPersisted } from "../../../src/core/workbook/persist";
import { createFakeHost, createWorkbookModel } from "../../../harness/fake-excel";

/**
 * A strict miniature of Office.js for the two adapters: values read before load + sync throw, syncs are counted,
 * and writes take effect only at sync. (The harness's fake host is the full one; this keeps the adapters'
 * contract pinned without it.)
 */
class Proxy<T extends object> {
  private loaded = new Set<string>();
  constructor(
    private readonly source: () => T,
    private readonly context: FakeContext
  ) {}
  load(props: string): void {
    this.context.pending.push(() => {
      for (const p of props.split(",").map((s) => s.trim())) this.loaded.add(p);
    });
  }
  read<K extends keyof T & string>(key: K, as: string = key): T[K] {
    if (!this.loaded.has(as)) throw new Error(`PropertyNotLoaded: ${as}`);
    return this.source()[key];
  }
}

interface Sheet {
  name: string;
  cells: Record<string, unknown[][]>;
}

class FakeContext {
  syncs = 0;
  pending: Array<() => void> = [];
  sheets: Sheet[] = [
    { name: "Cover", cells: {} },
    { name: "Controls", cells: {} },
  ];
  active = "Controls";
  selection = "Controls!B4";

  async sync(): Promise<void> {
    this.syncs += 1;
    const work = this.pending;
    this.pending = [];
    for (const job of work) job();
  }

  private self(): FakeContext {
    return this;
  }

  get workbook(): unknown {
    const context: FakeContext = this.self();
    const sheetApi = (getSheet: () => Sheet) => ({
      getRange(address: string) {
        let values: unknown[][] = [];
        const proxy = new Proxy(
          () => ({ values: getSheet().cells[address], address: `${getSheet().name}!${address}` }),
          context
        );
        return {
          set values(v: unknown[][]) {
            values = v;
            context.pending.push(() => (getSheet().cells[address] = values));
          },
          get values(): unknown[][] {
            return proxy.read("values");
          },
          get address(): string {
            return proxy.read("address");
          },
          load: (props: string) => proxy.load(props),
        };
      },
    });
    const items = new Proxy(() => ({ items: this.sheets.map((s) => ({ name: s.name })) }), context);
    const active = new Proxy(() => ({ name: this.active }), context);
    const selected = new Proxy(() => ({ address: this.selection }), context);
    return {
      worksheets: {
        load: (props: string) => items.load(props),
        get items() {
          return items.read("items", "items/name");
        },
        getActiveWorksheet: () => ({
          load: (p: string) => active.load(p),
          get name() {
            return active.read("name");
          },
        }),
        getItem: (name: string) =>
          sheetApi(() => {
            const sheet = context.sheets.find((s) => s.name === name);
            if (!sheet) throw new Error(`ItemNotFound: ${name}`);
            return sheet;
          }),
        add: (name: string) => {
          const sheet: Sheet = { name, cells: {} };
          context.pending.unshift(() => context.sheets.push(sheet));
          return sheetApi(() => sheet);
        },
      },
      getSelectedRange: () => ({
        load: (p: string) => selected.load(p),
        get address() {
          return selected.read("address");
        },
      }),
    };
  }
}

const asContext = (fake: FakeContext): Excel.RequestContext =>
  fake as unknown as Excel.RequestContext;

describe("src/excel adapters", () => {
  it("readWorkbookInfo reads sheets, active sheet and selection in one sync", async () => {
    const fake = new FakeContext();
    await expect(readWorkbookInfo(asContext(fake))).resolves.toEqual({
      sheets: ["Cover", "Controls"],
      activeSheet: "Controls",
      selection: "Controls!B4",
    });
    expect(fake.syncs).toBe(1);
  });

  it("writeChecklistStamp adds the very hidden SelfAssess sheet in persist.ts's format, in one sync", async () => {
    const { host } = createFakeHost(createWorkbookModel(["Cover", "Controls"]));
    const when = new Date("2026-02-03T04:05:06.000Z");
    const before = host.syncCount;
    const stamp = await host.run((context) => writeChecklistStamp(context, "msp", false, when));
    expect(host.syncCount - before).toBe(1);
    expect(stamp).toEqual({
      checklist: "msp",
      savedAt: "2026-02-03",
      address: expect.stringMatching(/^SelfAssess!A1:B\d+$/),
    });
    expect(host.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Cover", "Visible"],
      ["Controls", "Visible"],
      [OWN_SHEET, "VeryHidden"],
    ]);
    const rows = host
      .getValues(OWN_SHEET, `A1:B${stampRows("msp", when).length}`)
      .map((r) => [r[0], r[1]]);
    const persisted = readPersisted({ sheets: [{ name: OWN_SHEET, rows }] });
    expect(persisted).toMatchObject({
      checklist: "msp",
      checklistVersion: "3.1",
      created: "2026-02-03",
    });
  });

  it("writeChecklistStamp keeps the other rows of an existing sheet (two syncs)", async () => {
    const { host } = createFakeHost(createWorkbookModel(["Cover"]));
    await host.run((context) =>
      writeChecklistStamp(context, "ato", false, new Date("2026-01-01T00:00:00Z"))
    );
    await host.userEdit(OWN_SHEET, "A40:B40", [["review.state", "approved"]]);
    const before = host.syncCount;
    const stamp = await host.run((context) =>
      writeChecklistStamp(context, "ato", true, new Date("2026-02-01T00:00:00Z"))
    );
    expect(host.syncCount - before).toBe(2);
    expect(stamp.checklist).toBe("ato");
    expect(
      host
        .getValues(OWN_SHEET, "A1:B60")
        .some((r) => r[0] === "review.state" && r[1] === "approved")
    ).toBe(true);
  });

  it("writeChecklistStamp rejects when the sheet it was told exists is gone", async () => {
    const { host } = createFakeHost(createWorkbookModel(["Cover"]));
    await expect(
      host.run((context) => writeChecklistStamp(context, "ato", true))
    ).rejects.toThrow();
  });
});
