import { createFakeHost, createWorkbookModel, FakeOfficeError } from "../../../harness/fake-excel";

let uninstall: (() => void) | undefined;

/** A host with two sheets; its globals (Excel, Office...) are installed for the test. */
function setup() {
  const bundle = createFakeHost(createWorkbookModel(["Sheet1", "Data"]));
  uninstall = bundle.host.install();
  return bundle;
}

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe("load / sync semantics", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const { host } = setup();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  test("load accepts 'a, b', ['a','b'] and {select} forms", async () => {
    const { host } = setup();
    await host.userEdit("Sheet1", "B2", 7);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const a = ws.getRange("B2").load("values, address");
      const b = ws.getRange("B2").load(["rowIndex", "columnIndex"]);
      const c = ws.getRange("B2:C3").load({ select: "rowCount,columnCount" });
      await context.sync();
      expect(a.values).toEqual([[7]]);
      expect(a.address).toBe("Sheet1!B2");
      expect([b.rowIndex, b.columnIndex]).toEqual([1, 1]);
      expect([c.rowCount, c.columnCount]).toEqual([2, 2]);
      expect(() => b.values).toThrow(/not available/);
    });
  });

  test("navigation loads: format/fill/color and items/name", async () => {
    const { host } = setup();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.format.fill.color = "#FF0000";
      range.format.font.bold = true;
      const probe = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      probe.load("format/fill/color, format/font/bold");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(probe.format.fill.color).toBe("#FF0000");
      expect(probe.format.font.bold).toBe(true);
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
    });
  });

  test("loading an unknown property rejects the sync", async () => {
    const { host } = setup();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
        await context.sync();
      })
    ).rejects.toThrow(/valuez/);
  });

  test("writes are queued and take effect at sync, in order", async () => {
    const { host } = setup();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      range.values = [[2]];
      expect(host.getValue("Sheet1", "A1")).toBe("");
      await context.sync();
      expect(host.getValue("Sheet1", "A1")).toBe(2);
    });
  });

  test("sync calls are counted per host and per context; a 500-row write in one sync counts 1", async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      for (let i = 0; i < 500; i++) ws.getRange(`A${i + 1}:B${i + 1}`).values = [[i, `row ${i}`]];
      await context.sync();
    });
    expect(host.syncCount).toBe(1);
    expect(host.contexts[0].syncCount).toBe(1);
    expect(host.operationCount).toBeGreaterThanOrEqual(500);
    expect(host.getValue("Sheet1", "B500")).toBe("row 499");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C1").values = [[1]];
      await context.sync();
      await context.sync();
    });
    expect(host.syncCount).toBe(3);
    expect(host.contexts[1].syncCount).toBe(2);
  });

  test("Excel.run syncs queued work left at the end of the batch", async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["late"]];
    });
    expect(host.getValue("Sheet1", "A1")).toBe("late");
    expect(host.syncCount).toBe(1);
  });

  test("objects used after Excel.run has finished fail with InvalidObjectPath", async () => {
    const { Excel } = setup();
    let range: Excel.Range | undefined;
    await Excel.run(async (context) => {
      range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    expect(() => {
      if (range) range.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  test("the operation queue has a limit like Office.js's payload limit", async () => {
    const { host } = createFakeHost(createWorkbookModel(), { maxOperationsPerSync: 10 });
    await expect(
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        for (let i = 0; i < 20; i++) ws.getRange(`A${i + 1}`).values = [[i]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("unimplemented members throw a clear error", async () => {
    const { host } = setup();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.getSpillingToRange()).toThrow(
        /Range.getSpillingToRange is not implemented/
      );
    });
  });
});

describe("errors", () => {
  test("getItem of a missing sheet rejects sync with ItemNotFound", async () => {
    const { host } = setup();
    const err = await host
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Nope");
        ws.load("name");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FakeOfficeError);
    expect(err).toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
    expect((err as FakeOfficeError).debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  test("operations before the failing one still apply", async () => {
    const { host } = setup();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["before"]];
        context.workbook.worksheets.getItem("Nope").getRange("A1").values = [["x"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(host.getValue("Sheet1", "A1")).toBe("before");
  });

  test("getItemOrNullObject gives isNullObject after sync", async () => {
    const { host } = setup();
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Data");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("value array dimension mismatch rejects with InvalidArgument", async () => {
    const { host } = setup();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2, 3]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a single value fills a multi-cell range; null leaves cells unchanged", async () => {
    const { host } = setup();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      // Office.js accepts a single value for a whole range (the typings only allow 2-D arrays).
      ws.getRange("A1:B2").values = "x" as unknown as string[][];
      await context.sync();
      ws.getRange("A1:B1").values = [[null as unknown as string, "y"]];
      await context.sync();
    });
    expect(host.getValues("Sheet1", "A1:B2")).toEqual([
      ["x", "y"],
      ["x", "x"],
    ]);
  });
});

describe("worksheets and ranges", () => {
  test("add, rename, position, activate, delete", async () => {
    const { host } = setup();
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Scope");
      added.position = 0;
      added.activate();
      const active = sheets.getActiveWorksheet().load("name, position");
      await context.sync();
      expect(active.name).toBe("Scope");
      expect(active.position).toBe(0);
      sheets.getItem("Data").delete();
      const count = sheets.getCount();
      await context.sync();
      expect(count.value).toBe(2);
    });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.add("Scope");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("addresses, offsets, resize, entire row, used range", async () => {
    const { host } = setup();
    await host.userEdit("Sheet1", "B2:C3", [
      [1, 2],
      [3, 4],
    ]);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const base = ws.getRange("Sheet1!B2");
      const off = base.getOffsetRange(1, 1).load("address");
      const res = base.getResizedRange(2, 1).load("address");
      const row = base.getEntireRow().load("address, isEntireRow");
      const cell = ws.getRange("B2:C3").getCell(1, 0).load("values");
      const byIdx = ws.getRangeByIndexes(1, 1, 2, 2).load("values");
      const used = ws.getUsedRange(true).load("address");
      const empty = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(off.address).toBe("Sheet1!C3");
      expect(res.address).toBe("Sheet1!B2:C4");
      expect(row.address).toBe("Sheet1!2:2");
      expect(row.isEntireRow).toBe(true);
      expect(cell.values).toEqual([[3]]);
      expect(byIdx.values).toEqual([
        [1, 2],
        [3, 4],
      ]);
      expect(used.address).toBe("Sheet1!B2:C3");
      expect(empty.isNullObject).toBe(true);
    });
  });

  test("quoted sheet names in addresses", async () => {
    const { host } = createFakeHost(createWorkbookModel(["MSP Checklist"]));
    await host.run(async (context) => {
      const r = context.workbook.worksheets
        .getItem("MSP Checklist")
        .getRange("'MSP Checklist'!A1:B2")
        .load("address");
      await context.sync();
      expect(r.address).toBe("'MSP Checklist'!A1:B2");
    });
  });

  test("formulas, numberFormat, text, hidden rows, validation, comments, freeze, charts", async () => {
    const { host } = setup();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A2").values = [[0.256], [2]];
      ws.getRange("A1").numberFormat = [["0.0%"]];
      ws.getRange("A3").formulas = [["=A1+A2"]];
      ws.getRange("5:6").rowHidden = true;
      ws.getRange("C4:C10").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Yes,No,N/A" },
      };
      ws.comments.add("Sheet1!B2", "Evidence missing");
      ws.freezePanes.freezeRows(3);
      ws.charts.add(Excel.ChartType.pie, ws.getRange("A1:A2"), Excel.ChartSeriesBy.auto);
      await context.sync();
      const r = ws.getRange("A1:A3").load("text, formulas, values");
      const hidden = ws.getRange("A5").load("rowHidden");
      const dv = ws.getRange("C5").dataValidation.load("rule, type");
      await context.sync();
      expect(r.text).toEqual([["25.6%"], ["2"], ["2.256"]]);
      expect(r.formulas).toEqual([[0.256], [2], ["=A1+A2"]]);
      expect(r.values[2][0]).toBeCloseTo(2.256);
      expect(hidden.rowHidden).toBe(true);
      expect(dv.type).toBe("List");
      expect(dv.rule.list?.source).toBe("Yes,No,N/A");
      ws.getRange("C4:C10").dataValidation.clear();
      await context.sync();
    });
    const sheet = host.model.sheets[0];
    expect(sheet.validations).toEqual([]);
    expect(sheet.comments[0]).toMatchObject({ address: "B2", content: "Evidence missing" });
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.charts[0]).toMatchObject({ type: "Pie", source: "Sheet1!A1:A2" });
    expect(sheet.rows[5]?.hidden).toBe(true);
  });
});

describe("events", () => {
  test("onChanged fires on userEdit (source Local) and on add-in writes, with the right address", async () => {
    const { host } = setup();
    const seen: { address: string; source: string; worksheetId: string; changeType: string }[] = [];
    let sheetId = "";
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.load("id");
      ws.onChanged.add(async (args) => {
        seen.push({
          address: args.address,
          source: args.source,
          worksheetId: args.worksheetId,
          changeType: args.changeType,
        });
      });
      await context.sync();
      sheetId = ws.id;
    });
    await host.userEdit("Sheet1", "C5", "Yes");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D5:E6").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    await host.userEdit("Data", "A1", "other sheet");
    await host.idle();
    expect(seen).toEqual([
      { address: "C5", source: "Local", worksheetId: sheetId, changeType: "RangeEdited" },
      { address: "D5:E6", source: "Local", worksheetId: sheetId, changeType: "RangeEdited" },
    ]);
  });

  test("changed event args give details and getRange(ctx)", async () => {
    const { host } = setup();
    const got: unknown[] = [];
    await host.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        await Excel.run(async (ctx) => {
          const r = args.getRange(ctx).load("values, address");
          await ctx.sync();
          got.push([r.address, r.values, args.details?.valueBefore, args.details?.valueAfter]);
        });
      });
      await context.sync();
    });
    await host.userEdit("Data", "B3", 42);
    expect(got).toEqual([["Data!B3", [[42]], "", 42]]);
  });

  test("selection events from userSelect and Range.select", async () => {
    const { host } = setup();
    const sheetEvents: string[] = [];
    let workbookEvents = 0;
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onSelectionChanged.add(async (args) => {
        sheetEvents.push(args.address);
      });
      context.workbook.onSelectionChanged.add(async () => {
        workbookEvents += 1;
      });
      await context.sync();
    });
    await host.userSelect("Sheet1", "C7");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D2:D4").select();
      const sel = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(sel.address).toBe("Sheet1!D2:D4");
    });
    await host.idle();
    expect(sheetEvents).toEqual(["C7", "D2:D4"]);
    expect(workbookEvents).toBe(2);
  });

  test("removed handlers no longer fire; handler errors are recorded", async () => {
    const { host } = setup();
    let calls = 0;
    const result = await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").onChanged.add(async () => {
        calls += 1;
        throw new Error("boom");
      });
      await context.sync();
      return r;
    });
    await host.userEdit("Sheet1", "A1", 1);
    await Excel.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    await host.userEdit("Sheet1", "A1", 2);
    expect(calls).toBe(1);
    expect(host.handlerErrors).toHaveLength(1);
  });
});

describe("Office", () => {
  test("Office.onReady, host info, requirement sets and theme", async () => {
    const { Office, host } = setup();
    const info = await Office.onReady();
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.99")).toBe(false);
    const themes: boolean[] = [];
    Office.context.document.addHandlerAsync("officeThemeChanged", (args) => {
      themes.push((args as { officeTheme: { isDarkTheme: boolean } }).officeTheme.isDarkTheme);
    });
    host.setTheme("dark");
    expect(Office.context.officeTheme.isDarkTheme).toBe(true);
    expect(themes).toEqual([true]);
  });

  test("install puts the globals in place and can be undone", () => {
    const { host } = setup();
    const target: Record<string, unknown> = {};
    const undo = host.install(target);
    expect(Object.keys(target).sort()).toEqual([
      "CustomFunctions",
      "Excel",
      "Office",
      "OfficeExtension",
    ]);
    undo();
    expect(Object.keys(target)).toEqual([]);
  });
});
