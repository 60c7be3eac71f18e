import { normalizeId, parseMet } from "../../../../src/core/answers";
import { readAnswersFile } from "../../../../src/core/answersFile";
import { miniMsp } from "./fixtures";

describe("parseMet", () => {
  test.each([
    ["Yes", "yes"],
    ["y", "yes"],
    [" YES ", "yes"],
    [true, "yes"],
    ["No", "no"],
    ["n", "no"],
    [false, "no"],
    ["N/A", "na"],
    ["na", "na"],
    ["Not applicable", "na"],
    ["", "blank"],
    [null, "blank"],
    [undefined, "blank"],
    ["Maybe", null],
    [1, null],
    ["Yes!", null],
  ] as const)("%p -> %p", (input, expected) => {
    expect(parseMet(input)).toBe(expected);
  });
});

describe("normalizeId", () => {
  test.each([
    ["1.1.", "1.1"],
    [" 9.3.1 ", "9.3.1"],
    ["SUP-001 ", "SUP-001"],
    ["1.1\u00a0", "1.1"],
    [4.5, "4.5"],
    [null, ""],
  ] as const)("%p -> %p", (input, expected) => {
    expect(normalizeId(input)).toBe(expected);
  });
});

describe("answers file", () => {
  test("strings, objects and per-case-study arrays", () => {
    const result = readAnswersFile(
      miniMsp,
      {
        "1.1": "Y",
        "1.2": { met: "yes", links: ["https://a.example.org"], dates: ["2025-01-01"] },
        "6.1": ["yes", "no", "yes"],
        "6.2": "n/a",
      },
      3
    );
    expect(result.errors).toEqual([]);
    const byId = Object.fromEntries(result.entries.map((e) => [e.id, e]));
    expect(byId["1.1"].answers[0].met).toBe("yes");
    expect(byId["1.2"].answers[0]).toMatchObject({
      met: "yes",
      links: ["https://a.example.org"],
      dates: ["2025-01-01"],
    });
    expect(byId["6.1"].answers.map((a) => a.met)).toEqual(["yes", "no", "yes"]);
    expect(byId["6.2"].answers).toHaveLength(3);
  });

  test("a bare ID is the requirement; prerequisites are addressed by part", () => {
    const result = readAnswersFile(miniMsp, { "1.1": "yes", "prerequisites/1.1": "no" }, 3);
    expect(result.entries.map((e) => [e.part, e.id, e.answers[0].met])).toEqual([
      ["requirements", "1.1", "yes"],
      ["prerequisites", "1.1", "no"],
    ]);
  });

  test("unknown IDs and unreadable values are listed, not thrown", () => {
    const result = readAnswersFile(
      miniMsp,
      { "9.99": "yes", "1.1": "maybe", "7.7": "no", "1.2": 3 },
      3
    );
    expect(result.errors[0]).toBe("unknown control IDs for the Mini MSP: 9.99, 7.7");
    expect(result.errors).toContain('1.1: "maybe" is not Yes, No, N/A or blank');
    expect(result.errors.some((e) => e.startsWith("1.2:"))).toBe(true);
  });

  test("not an object", () => {
    expect(readAnswersFile(miniMsp, [1, 2], 3).errors).toHaveLength(1);
  });
});
