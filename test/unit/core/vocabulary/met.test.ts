import fc from "fast-check";
import {
  MET_LIST,
  MET_LIST_SOURCE,
  MET_SPELLINGS,
  MET_TEXT,
  formulaReadsMetAlike,
  metFromText,
  metKey,
  metText,
  parseMet,
} from "../../../../src/core/vocabulary/met";
import { parseMet as readerParseMet } from "../../../../src/core/answers";
import { MET_LIST as layoutList } from "../../../../src/core/workbook/layout";
import {
  MET_TEXT as paneText,
  metFromText as paneMetFromText,
} from "../../../../src/taskpane/answers";

describe("parseMet reads every spelling the reader accepted before", () => {
  test.each([
    ["Yes", "yes"],
    ["y", "yes"],
    ["TRUE", "yes"],
    ["met", "yes"],
    ["✓", "yes"],
    ["✔", "yes"],
    ["No", "no"],
    ["n", "no"],
    ["false", "no"],
    ["Not   met", "no"],
    ["✗", "no"],
    ["✘", "no"],
    ["N/A", "na"],
    ["na", "na"],
    ["N.A.", "na"],
    ["not applicable", "na"],
    ["", "blank"],
    ["   ", "blank"],
    [null, "blank"],
    [undefined, "blank"],
    [true, "yes"],
    [false, "no"],
    [1, null],
    ["Maybe", null],
  ] as const)("%p -> %p", (input, expected) => {
    expect(parseMet(input)).toBe(expected);
  });

  test.each([
    ["Yes\u00a0", "yes"],
    ["Yes\n", "yes"],
    ["\r\nNo\r\n", "no"],
    ["\tN/A", "na"],
    ["not\u00a0met", "no"],
    ["YES\u2003", "yes"],
  ] as const)("white space of any kind: %j -> %p", (input, expected) => {
    expect(parseMet(input)).toBe(expected);
  });
});

test("the words written, shown and validated are one set, and each is read back as itself", () => {
  expect(MET_LIST).toEqual(["Yes", "No", "N/A"]);
  expect(MET_LIST_SOURCE).toBe("Yes,No,N/A");
  expect(layoutList).toBe(MET_LIST);
  expect(paneText).toBe(MET_TEXT);
  expect(paneMetFromText).toBe(metFromText);
  expect(readerParseMet).toBe(parseMet);
  for (const met of ["yes", "no", "na"] as const) {
    expect(parseMet(metText(met))).toBe(met);
    expect(MET_SPELLINGS[met][0]).toBe(MET_TEXT[met]);
    for (const word of MET_SPELLINGS[met]) expect(parseMet(word)).toBe(met);
  }
  expect(metText("blank")).toBe("");
  expect(metFromText("Maybe")).toBe("blank");
  expect(metFromText(" y ")).toBe("yes");
});

test("no spelling belongs to two answers", () => {
  const keys = Object.values(MET_SPELLINGS).flat().map(metKey);
  expect(new Set(keys).size).toBe(keys.length);
});

describe("formulaReadsMetAlike: where a native formula cannot read a Met cell as the engine does", () => {
  test.each([
    ["Yes", true],
    [" yes\u00a0\r\n", true],
    ["Yes\r\n", true],
    ["not \r\nmet", true],
    ["Not\nmet", false], // CLEAN drops the line break: "Notmet"
    ["Y*", false], // MATCH's wildcards
    ["?", false],
    ["Yes?", true], // a wildcard that fits no spelling reads as unanswered in both
    ["1", false],
    [true, true],
    [false, true],
    [null, true],
    ["Maybe", true],
    [2, true],
    ["Yes\u2003", false], // an em space: the engine reads Yes, TRIM keeps it
    [1, false], // LibreOffice cannot tell the number 1 from TRUE
    [0, false],
  ] as const)("%j -> %p", (value, alike) => {
    expect(formulaReadsMetAlike(value)).toBe(alike);
  });

  test("a spelling with white space of the kinds the formula normalises around it is always read alike", () => {
    const word = fc.constantFrom(...Object.values(MET_SPELLINGS).flat(), "", "x");
    const space = fc
      .array(fc.constantFrom(" ", "\u00a0", "\t", "\n", "\r"), { maxLength: 3 })
      .map((s) => s.join(""));
    fc.assert(
      fc.property(space, word, space, fc.boolean(), (a, w, b, upper) => {
        expect(formulaReadsMetAlike(a + (upper ? w.toUpperCase() : w.toLowerCase()) + b)).toBe(
          true
        );
      })
    );
  });
});
