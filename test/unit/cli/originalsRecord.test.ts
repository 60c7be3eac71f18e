/** The Original Formulas record as both undos (CLI and add-in) validate it: core/workbook/finalizePlan.ts. */
import {
  checkOriginalsRecord,
  originalFormulaProblem,
} from "../../../src/core/workbook/finalizePlan";

const HEADER = ["Sheet", "Cell", "Formula"];
const SHEETS = ["MSP Checklist", "Summary", "SelfAssess", "Wei'rd [x]"];
const OWN = ["SelfAssess", "SelfAssess Original Formulas"];

test.each([
  ["MSP.SCORE()"],
  ['MSP.SCORE("1.0")'],
  ["=MSP.PASS()"],
  ["(MSP.PASS())*1"],
  ['IF(MSP.PASS(),"Pass","Fail")'],
  ["ROUND(MSP.PROGRESS()*100,0)"],
  ["MSP.SCORE()/MSP.MAX()"],
  ['MSP.PROGRESS("2.0")*100'],
  ["MSP.SCORE()+'Wei''rd [x]'!A1"],
])("%s may be restored", (formula) => {
  expect(originalFormulaProblem(formula)).toBeNull();
});

test.each([
  ['HYPERLINK("http://evil.example/","x")', /calls HYPERLINK/],
  ['IF(MSP.PASS(),INDIRECT("A1"),1)', /calls INDIRECT/],
  ['IF(1,"a","b")', /calls no MSP function/],
  ['MSP.SCORE()&WEBSERVICE("http://x")', /calls WEBSERVICE/],
  ["MSP.SCORE()+cmd|' /c calc'!A0", /another workbook or program/],
  ["MSP.SCORE()+[1]Sheet1!A1", /another workbook or program/],
  ["_xlfn.MSP.SCORE()", /calls _XLFN/],
  ["1+1", /calls no MSP function/],
  ['MSP.SCORE("1.0)', /unclosed string/],
  ["", /empty/],
])("%s is refused", (formula, reason) => {
  expect(originalFormulaProblem(formula)).toMatch(reason);
});

test("a whole record: every problem with its cell, nothing to restore", () => {
  const result = checkOriginalsRecord(
    [
      HEADER,
      ["Summary", "C9", "MSP.SCORE()"],
      ["Nowhere", "A1", "MSP.SCORE()"],
      ["Summary", "C0", "MSP.SCORE()"],
      ["SelfAssess", "B2", "MSP.SCORE()"],
      [null, null, null],
      ["Summary", "$D$10", 'HYPERLINK("http://evil.example/")'],
    ],
    SHEETS,
    OWN
  );
  expect(result).toEqual({
    ok: false,
    problems: [
      { cell: "A3", message: expect.stringMatching(/"Nowhere"/) },
      { cell: "B4", message: expect.stringMatching(/"C0" is not a cell address/) },
      { cell: "A5", message: expect.stringMatching(/"SelfAssess"/) },
      { cell: "C7", message: expect.stringMatching(/HYPERLINK/) },
    ],
  });
});

test("a good record gives the cells to restore, without $ and =", () => {
  expect(
    checkOriginalsRecord(
      [HEADER, ["Summary", "$C$9", "=MSP.SCORE()"], ["MSP Checklist", "XFD1048576", "MSP.MAX()"]],
      SHEETS,
      OWN
    )
  ).toEqual({
    ok: true,
    restore: [
      { sheet: "Summary", address: "C9", formula: "MSP.SCORE()" },
      { sheet: "MSP Checklist", address: "XFD1048576", formula: "MSP.MAX()" },
    ],
  });
});
