import {
  cellInputForText,
  csvField,
  isFormulaLike,
  safeCellInput,
} from "../../../../src/core/text/formulaSafe";
import { planFinalize } from "../../../../src/core/workbook/finalizePlan";

/** OWASP's list and the full-width forms an East Asian IME types. */
const PAYLOADS = [
  "=1+1",
  '=HYPERLINK("http://evil.example/","x")',
  "+1+1",
  "-1+1",
  "@SUM(1,1)",
  "\t=1+1",
  "\r=1+1",
  "\uFF1D1+1",
  "\uFF0B1+1",
  "\uFF0D1+1",
  "\uFF20SUM(1,1)",
  "=cmd|' /c calc'!A0",
];

test.each(PAYLOADS)("%j is formula-like and goes to Office.js quoted", (payload) => {
  expect(isFormulaLike(payload)).toBe(true);
  expect(cellInputForText(payload)).toBe(`'${payload}`);
  expect(safeCellInput(payload)).toBe(`'${payload}`);
});

test("ordinary text, numbers and booleans pass unchanged", () => {
  for (const text of ["Yes", "N/A", "Documented in the runbook", "1-2 days", "a=b", " =x", ""])
    expect([text, isFormulaLike(text), cellInputForText(text)]).toEqual([text, false, text]);
  expect(safeCellInput(-5)).toBe(-5);
  expect(safeCellInput(true)).toBe(true);
});

test("a leading apostrophe is kept: Excel would swallow it", () => {
  expect(cellInputForText("'quoted")).toBe("''quoted");
});

test("CSV fields get OWASP's visible prefix and quoting", () => {
  expect(csvField("=1+1")).toBe("'=1+1");
  expect(csvField('=HYPERLINK("a","b")')).toBe(`"'=HYPERLINK(""a"",""b"")"`);
  expect(csvField("\t=1")).toBe(`"'\t=1"`);
  expect(csvField("plain")).toBe("plain");
  expect(csvField(-3)).toBe("-3");
  expect(csvField(null)).toBe("");
});

test("finalize's value writes keep cached text as text for Office.js", () => {
  const check = {
    checklist: { id: "msp", version: "3.1", scopeQuestions: [] },
    scope: { checklist: "msp" },
    mapping: { sheets: [] },
    pointOverrides: new Map(),
    assessment: {
      score: null,
      asOf: "2025-01-01",
      overall: { applicable: 0, answered: 0 },
      sections: [],
    },
  } as unknown as Parameters<typeof planFinalize>[0];
  const plan = planFinalize(
    check,
    [{ sheet: "S", address: "A1", formula: "MSP.NOSUCH()", cached: "=1+1" }],
    "2025-01-01"
  );
  expect(plan.writes).toEqual([{ sheet: "S", address: "A1", input: "'=1+1", value: "=1+1" }]);
});
