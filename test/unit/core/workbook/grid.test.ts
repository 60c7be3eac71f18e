import {
  a1,
  cellText,
  columnLetters,
  mergedLookup,
  normLabel,
  parseA1,
  parseRange,
  sheetRef,
} from "../../../../src/core/workbook/grid";

describe("A1 addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s and back", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(parseA1(`${letters}7`)).toEqual({ row: 6, col });
  });
  test("a1 and ranges", () => {
    expect(a1(11, 2)).toBe("C12");
    expect(parseA1("$C$12")).toEqual({ row: 11, col: 2 });
    expect(parseA1("12C")).toBeNull();
    expect(parseA1("A0")).toBeNull();
    expect(parseRange("C3:B2")).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseRange("nonsense")).toBeNull();
  });
  test("sheet references are quoted when needed", () => {
    expect(sheetRef("Summary")).toBe("Summary");
    expect(sheetRef("MSP Checklist")).toBe("'MSP Checklist'");
    expect(sheetRef("Partner's")).toBe("'Partner''s'");
  });
});

describe("labels", () => {
  test("case, spacing, line breaks and punctuation are ignored", () => {
    expect(normLabel("  Met\n Y / N ")).toBe("met y/n");
    expect(normLabel("MET?")).toBe("met");
    expect(normLabel("Requirement\u00a0 Description")).toBe("requirement description");
  });
  test("cell text", () => {
    expect(cellText(new Date(Date.UTC(2025, 2, 4)))).toBe("2025-03-04");
    expect(cellText(Number.NaN)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText({} as unknown as string)).toBe("");
  });
  test("merged header cells read as their top-left value", () => {
    const at = mergedLookup({
      name: "S",
      rows: [["x", "Customer Reference #1", null]],
      merges: ["B1:C1", "junk"],
    });
    expect(at(0, 2)).toBe("Customer Reference #1");
    expect(at(0, 0)).toBe("x");
  });
});
