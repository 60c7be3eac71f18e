import { createFakeHost, createWorkbookModel } from "../../../harness/fake-excel";
import { CellScalar } from "../../../harness/fake-excel/model";

/** Data!A1:D6 and Sheet1 hold a small checklist: answers in C, points in D. */
async function workbook() {
  const { host } = createFakeHost(createWorkbookModel(["Sheet1", "MSP Checklist"]));
  await host.userEdit("MSP Checklist", "A1:D6", [
    ["ID", "Title", "Met?", "Points"],
    ["1.1", "Financial Health", "Yes", 20],
    ["1.2", "Planning", "No", 40],
    ["1.3", "Risk", "Yes", 10],
    ["1.4", "Succession", "", 5],
    ["1.5", "Employees", "N/A", 0],
  ]);
  // Typed input is interpreted like Excel: "4" becomes the number 4, "TRUE" a boolean.
  await host.userEdit("Sheet1", "A1:B3", [
    [2, 3],
    ["text", "TRUE"],
    ["", "4"],
  ]);
  return host;
}

const CASES: [string, CellScalar][] = [
  ["=1+2*3", 7],
  ["=(1+2)*3", 9],
  ["=2^3-1", 7],
  ["=-A1+B1", 1],
  ["=10/4", 2.5],
  ["=1/0", "#DIV/0!"],
  ["=50%", 0.5],
  ['="a"&"b"&A1', "ab2"],
  ["=A1=2", true],
  ["=A1<>2", false],
  ['="abc"="ABC"', true],
  ["=A1>=B1", false],
  ["=SUM(A1:B3)", 9],
  ["=SUM(A1,B1,10)", 15],
  ["=SUM('MSP Checklist'!D2:D6)", 75],
  ["=SUMPRODUCT(('MSP Checklist'!C2:C6=\"Yes\")*'MSP Checklist'!D2:D6)", 30],
  ["=SUMPRODUCT('MSP Checklist'!D2:D3,'MSP Checklist'!D4:D5)", 400],
  ["=COUNTIF('MSP Checklist'!C2:C6,\"Yes\")", 2],
  ["=COUNTIF('MSP Checklist'!C2:C6,\"<>\")", 4],
  ["=COUNTIF('MSP Checklist'!C2:C6,\"\")", 1],
  ["=COUNTIF('MSP Checklist'!D2:D6,\">=10\")", 3],
  ["=COUNTIF('MSP Checklist'!B2:B6,\"*i*\")", 4],
  ["=COUNTIFS('MSP Checklist'!C2:C6,\"Yes\",'MSP Checklist'!D2:D6,\">15\")", 1],
  ["=SUMIF('MSP Checklist'!C2:C6,\"No\",'MSP Checklist'!D2:D6)", 40],
  ["=COUNTA('MSP Checklist'!C2:C6)", 4],
  ["=COUNTA(A1:B3)", 5],
  ["=COUNT(A1:B3)", 3],
  ['=IF(A1>1,"big","small")', "big"],
  ["=IF(A1>5,1)", false],
  ["=AND(TRUE,A1=2)", true],
  ["=OR(FALSE,A1=3)", false],
  ["=NOT(B2)", false],
  ['=IFERROR(1/0,"safe")', "safe"],
  ["=MIN(D1:D1,A1,B1)", 2],
  ["=MAX(A1:B3)", 4],
  ["=ROUND(2.345,2)", 2.35],
  ['=LEN("hello")', 5],
  ["=A3", 0],
  ["=B3+1", 5],
  ["=A2+1", "#VALUE!"],
  ["=Nope!A1", "#REF!"],
  ["=VLOOKUP(1,A1:B3,2,FALSE)", "#UNSUPPORTED"],
];

describe("native formula subset", () => {
  test.each(CASES)("%s -> %p", async (formula, expected) => {
    const host = await workbook();
    await host.userEdit("Sheet1", "H1", formula);
    const v = host.getValue("Sheet1", "H1");
    if (typeof expected === "number") expect(v).toBeCloseTo(expected, 10);
    else expect(v).toBe(expected);
  });

  test("formulas recompute when a referenced cell changes (including across sheets)", async () => {
    const host = await workbook();
    await host.userEdit(
      "Sheet1",
      "H1",
      "=SUMPRODUCT(('MSP Checklist'!C2:C6=\"Yes\")*'MSP Checklist'!D2:D6)"
    );
    await host.userEdit("Sheet1", "H2", "=H1*2");
    expect(host.getValues("Sheet1", "H1:H2")).toEqual([[30], [60]]);
    await host.userEdit("MSP Checklist", "C3", "Yes");
    expect(host.getValues("Sheet1", "H1:H2")).toEqual([[70], [140]]);
  });

  test("unsupported functions report a message", async () => {
    const host = await workbook();
    await host.userEdit("Sheet1", "H1", '=INDIRECT("A1")');
    expect(host.getValue("Sheet1", "H1")).toBe("#UNSUPPORTED");
    expect(host.getErrorMessage("Sheet1", "H1")).toMatch(/INDIRECT/);
  });
});
