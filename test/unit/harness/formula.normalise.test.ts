/** The text functions finalized workbooks use to read Met? cells (SUBSTITUTE, CLEAN, CHAR), as Excel defines them. */
import {
  ErrorValue,
  evaluateFormula,
  parseFormula,
  type EvalEnv,
  type Scalar,
} from "../../../harness/fake-excel/formula";

const CELLS: Scalar[][] = [
  ["Yes\u00a0"],
  ["Yes\r\n"],
  [true],
  [null],
  [new ErrorValue("#N/A")],
  ["a-a-a"],
];

const env: EvalEnv = {
  sheetId: () => "S",
  cell: (_sheet, row, col) => CELLS[row]?.[col] ?? null,
  extent: () => ({ rows: CELLS.length, cols: 1 }),
  name: () => undefined,
  custom: () => new ErrorValue("#NAME?"),
  isCustom: () => false,
};

const value = (formula: string) => evaluateFormula(parseFormula(formula), env);

test.each([
  ['SUBSTITUTE("a-a-a","-","+")', "a+a+a"],
  ['SUBSTITUTE("a-a-a","-","+",2)', "a-a+a"],
  ['SUBSTITUTE("a-a-a","-","+",9)', "a-a-a"],
  ['SUBSTITUTE("abc","","x")', "abc"],
  ['SUBSTITUTE("ABC","b","x")', "ABC"], // case-sensitive
  ['SUBSTITUTE(TRUE,"T","t")', "tRUE"],
  ['SUBSTITUTE("a","a","b",0)', "#VALUE!"],
  ['CLEAN("a"&CHAR(9)&"b"&CHAR(10)&CHAR(13)&"c")', "abc"],
  ['CLEAN("a\u00a0b")', "a\u00a0b"], // CLEAN keeps the non-breaking space
  ["CHAR(65)", "A"],
  ["CHAR(0)", "#VALUE!"],
  ["CHAR(160)", "#VALUE!"], // platform code page: not emulated
  ['TRIM(CLEAN(SUBSTITUTE(A1,"\u00a0"," ")))', "Yes"],
  ['TRIM(CLEAN(SUBSTITUTE(A2,"\u00a0"," ")))', "Yes"],
  ['TRIM(CLEAN(SUBSTITUTE(A3,"\u00a0"," ")))', "TRUE"],
  ['TRIM(CLEAN(SUBSTITUTE(A4,"\u00a0"," ")))', ""],
  ['TRIM(CLEAN(SUBSTITUTE(A5,"\u00a0"," ")))', "#N/A"],
])("%s = %j", (formula, expected) => {
  const v = value(formula);
  expect(v instanceof ErrorValue ? v.code : v).toBe(expected);
});

test("over a range inside SUMPRODUCT they apply cell by cell, and errors read as no match", () => {
  expect(
    value(
      'SUMPRODUCT(ISNUMBER(MATCH(TRIM(CLEAN(SUBSTITUTE(A1:A6,"\u00a0"," "))),{"Yes","TRUE"},0))*1)'
    )
  ).toBe(3);
  expect(value('SUMPRODUCT(LEN(SUBSTITUTE(A6:A6,"-","")))')).toBe(3);
});
