import { createFakeHost, createWorkbookModel } from "../../../harness/fake-excel";
import { CellScalar } from "../../../harness/fake-excel/model";

/** The harness clock in these tests: 1 June 2025, 15:30 local time. */
const CLOCK = new Date(2025, 5, 1, 15, 30);

/**
 * "MSP Checklist"!A1:D6 holds a small checklist (answers in C, points in D), Sheet1 a few typed values, and
 * Lookup sorted and mixed data for MATCH.
 */
async function workbook() {
  const { host } = createFakeHost(createWorkbookModel(["Sheet1", "MSP Checklist", "Lookup"]), {
    clock: () => CLOCK,
  });
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
  // A: ascending, B: descending, C: ascending text, D: wildcard characters (D5 blank), E: 1, the text "1", TRUE.
  await host.userEdit("Lookup", "A1:E5", [
    [10, 50, "apple", "x*y", 1],
    [20, 40, "Banana", "a?c", '="1"'],
    [30, 30, "cherry", "~", true],
    [40, 20, "date", "Yes", "text"],
    [50, 10, "fig", "", 5],
  ]);
  await host.userEdit("Lookup", "F1:G2", [
    [1, 2],
    [3, 4],
  ]);
  // H1 blank; H2 tab, x, non-breaking space, spaces; H3 an error.
  await host.userEdit("Lookup", "H2:H3", [["\tx\u00a0  "], ["=1/0"]]);
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
  // MATCH, exact (0): first equal item, text case-insensitive with * ? ~ wildcards, types never mixed.
  ["=MATCH(30,Lookup!A1:A5,0)", 3],
  ["=MATCH(35,Lookup!A1:A5,0)", "#N/A"],
  ['=MATCH("BANANA",Lookup!C1:C5,0)', 2],
  ['=MATCH("b*",Lookup!C1:C5,0)', 2],
  ['=MATCH("?ate",Lookup!C1:C5,0)', 4],
  ['=MATCH("*",Lookup!C1:C5,0)', 1],
  ['=MATCH("x~*y",Lookup!D1:D5,0)', 1],
  ['=MATCH("a~?c",Lookup!D1:D5,0)', 2],
  ['=MATCH("~~",Lookup!D1:D5,0)', 3],
  ['=MATCH("ye",Lookup!D1:D5,0)', "#N/A"],
  ["=MATCH(1,Lookup!E1:E5,0)", 1],
  ['=MATCH("1",Lookup!E1:E5,0)', 2],
  ["=MATCH(TRUE,Lookup!E1:E5,0)", 3],
  ["=MATCH(5,Lookup!E1:E5,0)", 5],
  ["=MATCH(Lookup!H1,Lookup!D1:D5,0)", "#N/A"],
  ['=MATCH("n/a",{"N/A","NA"},0)', 1],
  ['=MATCH("c",{"a","b","c"},0)', 3],
  ['=MATCH("c",{"a";"b";"c"},0)', 3],
  ["=MATCH(1,Lookup!F1:G2,0)", "#N/A"],
  ["=MATCH(1/0,Lookup!A1:A5,0)", "#DIV/0!"],
  ["=MATCH(35,Lookup!A1:A5,)", "#N/A"],
  [`=MATCH("${"a".repeat(256)}",Lookup!C1:C5,0)`, "#VALUE!"],
  [`=MATCH("${"a".repeat(255)}",Lookup!C1:C5,0)`, "#N/A"],
  // MATCH, approximate: 1 (default) the last item at or below, -1 the last at or above (binary search).
  ["=MATCH(35,Lookup!A1:A5)", 3],
  ["=MATCH(35,Lookup!A1:A5,1)", 3],
  ["=MATCH(50,Lookup!A1:A5,1)", 5],
  ["=MATCH(99,Lookup!A1:A5,1)", 5],
  ["=MATCH(5,Lookup!A1:A5,1)", "#N/A"],
  ["=MATCH(20,{10,20,20,30},1)", 3],
  ['=MATCH("coconut",Lookup!C1:C5,1)', 3],
  ['=MATCH("Zebra",Lookup!C1:C5,1)', 5],
  ['=MATCH(25,{10,"x",20,TRUE,30},1)', 3],
  ['=MATCH("b",{1,2,3},1)', "#N/A"],
  ["=MATCH(35,Lookup!B1:B5,-1)", 2],
  ["=MATCH(30,Lookup!B1:B5,-1)", 3],
  ["=MATCH(5,Lookup!B1:B5,-1)", 5],
  ["=MATCH(60,Lookup!B1:B5,-1)", "#N/A"],
  // A range as the lookup value gives one result per cell (native.ts's ISNUMBER(MATCH(TRIM(range),{...},0))).
  ['=SUMPRODUCT(ISNUMBER(MATCH(Lookup!C1:C5,{"APPLE","fig"},0))*1)', 2],
  [
    "=SUMPRODUCT(ISNUMBER(MATCH(TRIM('MSP Checklist'!C2:C6),{\"Yes\",\"N/A\"},0))*'MSP Checklist'!D2:D6)",
    30,
  ],
  ['=ISNUMBER(MATCH("yes",{"Yes","Y"},0))', true],
  ['=ISNUMBER(MATCH("maybe",{"Yes","Y"},0))', false],
  // TRIM removes spaces (32) only, and collapses inner runs.
  ['=TRIM("  a   b  ")', "a b"],
  ["=TRIM(Lookup!H2)", "\tx\u00a0"],
  ["=TRIM(Lookup!H1)", ""],
  ["=TRIM(12.5)", "12.5"],
  ["=TRIM(Lookup!H3)", "#DIV/0!"],
  // IF and IFERROR element by element over arrays; IFERROR of a one-cell reference holding an error.
  ["=SUMPRODUCT(IF(Lookup!A1:A5>25,1,0))", 3],
  ['=SUM(IFERROR(MATCH(Lookup!C1:C5,{"fig"},0),0))', 1],
  ['=IFERROR(Lookup!H3,"ok")', "ok"],
  ['=IFNA(MATCH(7,{1},0),"none")', "none"],
  // DATE: years 0-1899 are 1900 onwards, months and days roll over, Excel's 1900-02-29 is serial 60.
  ["=DATE(2025,6,1)", 45809],
  ["=DATE(2025,13,1)", 46023],
  ["=DATE(2025,1,0)", 45657],
  ["=DATE(99,1,1)", 36161],
  ["=DATE(1900,2,29)", 60],
  ["=DATE(1900,3,1)", 61],
  ["=DATE(1900,1,0)", 0],
  ["=DATE(-1,1,1)", "#NUM!"],
  ["=DATE(10000,1,1)", "#NUM!"],
  // DATEDIF: rows from Excel (PhpSpreadsheet's DATEDIF test data), including the "MD" and "YD" quirks.
  ['=DATEDIF(DATE(2007,12,25),DATE(2010,3,17),"Y")', 2],
  ['=DATEDIF(DATE(2007,12,25),DATE(2010,3,17),"M")', 26],
  ['=DATEDIF(DATE(2007,12,25),DATE(2010,3,17),"D")', 813],
  ['=DATEDIF(DATE(2007,12,25),DATE(2010,3,17),"YM")', 2],
  ['=DATEDIF(DATE(2007,12,25),DATE(2010,3,17),"YD")', 82],
  ['=DATEDIF(DATE(2007,12,25),DATE(2010,3,17),"MD")', 20],
  ['=DATEDIF(DATE(1960,12,19),DATE(2008,6,28),"Y")', 47],
  ['=DATEDIF(DATE(1960,12,19),DATE(2008,6,28),"M")', 570],
  ['=DATEDIF(DATE(1960,12,19),DATE(2008,6,28),"D")', 17358],
  ['=DATEDIF(DATE(1960,12,19),DATE(2008,6,28),"YM")', 6],
  ['=DATEDIF(DATE(1960,12,19),DATE(2008,6,28),"YD")', 191],
  ['=DATEDIF(DATE(1960,12,19),DATE(2008,6,28),"MD")', 9],
  ['=DATEDIF(DATE(1982,12,7),DATE(2008,6,28),"YD")', 203],
  ['=DATEDIF(DATE(1982,12,7),DATE(2008,6,28),"MD")', 21],
  ['=DATEDIF(DATE(2007,1,31),DATE(2007,3,1),"MD")', -2],
  ['=DATEDIF(DATE(2007,1,31),DATE(2007,3,1),"M")', 1],
  ['=DATEDIF(DATE(2007,1,31),DATE(2007,3,1),"YD")', 29],
  ['=DATEDIF(DATE(2007,1,1),DATE(2007,12,31),"MD")', 30],
  ['=DATEDIF(DATE(2007,1,1),DATE(2007,12,31),"YM")', 11],
  ['=DATEDIF(DATE(1960,12,19),DATE(1962,11,26),"YM")', 11],
  ['=DATEDIF(DATE(1960,12,19),DATE(1962,12,12),"Y")', 1],
  ['=DATEDIF(DATE(2007,12,31),DATE(2008,1,10),"Y")', 0],
  ['=DATEDIF("2015-01-01","2016-12-31","YD")', 364],
  ['=DATEDIF("2016-01-01","2017-12-31","YD")', 365],
  ['=DATEDIF("2016-01-01","2016-12-31","YD")', 365],
  ['=DATEDIF("2007/2/1","2008/4/1","YD")', 59],
  ['=DATEDIF("1/31/2007","3/31/2007","M")', 2],
  ['=DATEDIF(DATE(2020,2,29),DATE(2021,2,28),"Y")', 0],
  ['=DATEDIF(DATE(2020,2,29),DATE(2021,3,1),"Y")', 1],
  // Units in any case; the start after the end, a negative date or an unknown unit give #NUM!; text no date #VALUE!.
  ['=DATEDIF(DATE(2025,5,1),DATE(2025,9,30),"m")', 4],
  ['=DATEDIF(DATE(2025,5,1),DATE(2025,9,30),"yD")', 152],
  ['=DATEDIF(45000.9,45001.1,"D")', 1],
  ['=DATEDIF(DATE(2007,1,10),DATE(2007,1,1),"Y")', "#NUM!"],
  ['=DATEDIF(DATE(2007,1,10),DATE(2007,1,10),"D")', 0],
  ['=DATEDIF(-1,5,"D")', "#NUM!"],
  ['=DATEDIF(DATE(2007,1,1),DATE(2007,1,10),"XYZ")', "#NUM!"],
  ['=DATEDIF("ABC","2007-1-10","Y")', "#VALUE!"],
  ['=DATEDIF("2007-1-1","2007-2-30","D")', "#VALUE!"],
  ['=DATEDIF(1/0,5,"D")', "#DIV/0!"],
  // The Evidence index's age formula (layout.ts), blank and dated.
  ['=IFERROR(IF(Lookup!H1="","",DATEDIF(Lookup!H1,DATE(2025,9,30),"m")),"")', ""],
  ['=IFERROR(IF("2025-05-01"="","",DATEDIF("2025-05-01",DATE(2025,9,30),"m")),"")', 4],
  ['=IFERROR(DATEDIF(DATE(2025,10,1),DATE(2025,9,30),"m"),"")', ""],
  // TODAY and NOW read the host's clock (local time).
  ["=TODAY()", 45809],
  ["=NOW()", 45809 + 15.5 / 24],
  ['=DATEDIF(DATE(2024,6,1),TODAY(),"Y")', 1],
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

  test("TODAY follows the host's clock; setClock recalculates", async () => {
    const host = await workbook();
    await host.userEdit("Sheet1", "H1", '=DATEDIF(DATE(2024,6,2),TODAY(),"Y")');
    await host.userEdit("Sheet1", "H2", "=TODAY()");
    expect(host.getValues("Sheet1", "H1:H2")).toEqual([[0], [45809]]);
    host.setClock(() => new Date(2025, 5, 2, 0, 0, 1));
    expect(host.getValues("Sheet1", "H1:H2")).toEqual([[1], [45810]]);
  });

  test("a MATCH over a range spills one position per cell", async () => {
    const host = await workbook();
    await host.userEdit("Sheet1", "J1", '=MATCH(Lookup!C1:C3,{"cherry","apple"},0)');
    expect(host.getValues("Sheet1", "J1:J3")).toEqual([[2], ["#N/A"], [1]]);
  });

  test("unsupported functions report a message", async () => {
    const host = await workbook();
    await host.userEdit("Sheet1", "H1", '=INDIRECT("A1")');
    expect(host.getValue("Sheet1", "H1")).toBe("#UNSUPPORTED");
    expect(host.getErrorMessage("Sheet1", "H1")).toMatch(/INDIRECT/);
  });
});
