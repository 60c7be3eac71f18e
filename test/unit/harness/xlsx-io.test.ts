import * as fs from "fs";
import * as path from "path";
import { createFakeHost, createWorkbookModel } from "../../../harness/fake-excel";
import { loadWorkbook, saveWorkbook } from "../../../harness/xlsx-io";

const SAMPLE = path.join(__dirname, "../../../samples/msp-sample.xlsx");

describe("xlsx round trip through ExcelJS", () => {
  test("keeps values, formulas, number formats, data validation, hidden rows, styles, notes, defined names", async () => {
    const { host } = createFakeHost(createWorkbookModel(["MSP Checklist", "Hidden"]));
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("MSP Checklist");
      ws.getRange("A1:D3").values = [
        ["ID", "Met?", "Points", "Ratio"],
        ["1.1", "Yes", 20, 0.25],
        ["1.2", "No", 40, 0.5],
      ];
      ws.getRange("C4").formulas = [['=SUMPRODUCT((B2:B3="Yes")*C2:C3)']];
      ws.getRange("D2:D3").numberFormat = [["0%"], ["0.0%"]];
      ws.getRange("B2:B3").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Yes,No,N/A" },
      };
      ws.getRange("3:3").rowHidden = true;
      ws.getRange("E:E").columnHidden = true;
      ws.getRange("A1:D1").format.font.bold = true;
      ws.getRange("A1:D1").format.fill.color = "#FF9900";
      ws.getRange("B:B").format.columnWidth = 90;
      ws.freezePanes.freezeRows(1);
      ws.getRange("F1:G1").merge();
      ws.comments.add("MSP Checklist!B2", "Evidence in SharePoint");
      context.workbook.worksheets.getItem("Hidden").visibility = "Hidden";
      await context.sync();
    });
    // Defined names come from a partner's workbook (the add-in adds none); formulas may refer to them.
    host.model.names.push({ name: "Answers", formula: "='MSP Checklist'!$B$2:$B$3" });

    const bytes = await saveWorkbook(host.model);
    const model = await loadWorkbook(bytes);
    const sheet = model.sheets[0];
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["MSP Checklist", "Visible"],
      ["Hidden", "Hidden"],
    ]);
    // Like Excel, a numeric-looking string written through Range.values becomes a number.
    expect(sheet.cells.A2.value).toBe(1.1);
    expect(sheet.cells.C2.value).toBe(20);
    expect(sheet.cells.C4).toMatchObject({
      formula: '=SUMPRODUCT((B2:B3="Yes")*C2:C3)',
      value: 20,
      cached: true,
    });
    expect(sheet.cells.D2.numberFormat).toBe("0%");
    expect(sheet.cells.D3.numberFormat).toBe("0.0%");
    expect(sheet.validations).toEqual([
      expect.objectContaining({ ref: "B2:B3", type: "list", source: "Yes,No,N/A" }),
    ]);
    expect(sheet.rows[3]?.hidden).toBe(true);
    expect(sheet.rows[2]?.hidden).toBeUndefined();
    expect(sheet.columns[5]?.hidden).toBe(true);
    expect(sheet.columns[2]?.width).toBeCloseTo(90, 0);
    expect(sheet.cells.A1.style).toMatchObject({ bold: true, fill: "#FF9900" });
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.merges).toEqual(["F1:G1"]);
    expect(sheet.comments).toEqual([
      expect.objectContaining({ address: "B2", content: "Evidence in SharePoint" }),
    ]);
    expect(model.names).toEqual([{ name: "Answers", formula: "='MSP Checklist'!$B$2:$B$3" }]);

    // The reloaded model works in a new host: formulas recompute, validation is visible through Office.js.
    const second = createFakeHost(model);
    await second.host.userEdit("MSP Checklist", "B3", "Yes");
    expect(second.host.getValue("MSP Checklist", "C4")).toBe(60);
    await second.host.userEdit("MSP Checklist", "C5", '=COUNTIF(Answers,"Yes")');
    expect(second.host.getValue("MSP Checklist", "C5")).toBe(2);
    await second.host.run(async (context) => {
      const dv = context.workbook.worksheets
        .getItem("MSP Checklist")
        .getRange("B2")
        .dataValidation.load("rule");
      await context.sync();
      expect(dv.rule.list?.source).toBe("Yes,No,N/A");
    });
  });

  test("the MSP sample workbook has the official layout", async () => {
    const model = await loadWorkbook(fs.readFileSync(SAMPLE));
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Prerequisites",
      "MSP Checklist",
      "Customer Examples",
      "Summary",
      "Evidence index",
      "SelfAssess",
    ]);
    const { host } = createFakeHost(model);
    expect(host.getValue("MSP Checklist", "A1")).toMatch(
      /^AWS Managed Service Provider \(MSP\) Partner Program: AWS MSP Partner Program Validation Checklist \(3\.1\)/
    );
    // The point columns sit beside the requirement, as on the official checklist.
    expect(host.getValues("MSP Checklist", "A2:F2")).toEqual([
      [
        "ID",
        "Requirement Description",
        "Subtract if Does Not Meet Capability",
        "Add if Does Meet Capability",
        "Met?",
        "Partner Response",
      ],
    ]);
    expect(host.getValues("MSP Checklist", "A3:D4")).toEqual([
      ["1.0 Business Health", "", "", ""],
      ["1.1", expect.stringMatching(/^Financial Health\n.*Altman's Z-Score/), -200, 0],
    ]);
    const sheet = model.sheets[1];
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.validations).toEqual([
      expect.objectContaining({ type: "list", source: "Yes,No,N/A" }),
    ]);
    const controls = model.sheets.flatMap((s) =>
      Object.entries(s.cells).filter(
        ([a, c]) =>
          /^A\d+$/.test(a) && typeof c.value === "string" && /^(P-)?\d+(\.\d+)*$/.test(c.value)
      )
    );
    expect(controls.length).toBeGreaterThanOrEqual(100);
    // The Evidence index's formulas are computed by the fake host: each row shows its control's link cell.
    const index = model.sheets[4];
    const withLink = Object.entries(index.cells).filter(
      ([a, c]) => /^B\d+$/.test(a) && typeof c.value === "string" && c.value.startsWith("https://")
    );
    expect(withLink.length).toBeGreaterThan(10);
    for (const [address, cell] of withLink) {
      const target = /IF\((.+?)="",""/.exec(String(cell.formula))?.[1] ?? "";
      const [ref, at] = target.split("!");
      expect(host.getValue(ref.replace(/'/g, ""), at)).toBe(cell.value);
      expect(address).toMatch(/^B\d+$/);
    }
  });
});
