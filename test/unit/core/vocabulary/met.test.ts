import {
  MET_LIST,
  MET_LIST_SOURCE,
  MET_SPELLINGS,
  MET_TEXT,
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
