import type { DateRule } from "../../../src/checklists/schema";
import type { CellValue, Met } from "../../../src/core/model";
import { dateFuture } from "../../../src/core/rules/dateFuture";
import { dateMaxAge } from "../../../src/core/rules/dateMaxAge";
import { dateMinCount } from "../../../src/core/rules/dateMinCount";
import { dateMissing } from "../../../src/core/rules/dateMissing";
import { dateUnreadable } from "../../../src/core/rules/dateUnreadable";
import { context, entry, run } from "./rulesFixtures";

const MAX_AGE_18: DateRule = {
  kind: "max-age",
  subject: "Case study entered production",
  months: 18,
  required: true,
  source: "References must have been created or updated within the past 18 months",
};
const MAX_AGE_12_18: DateRule = {
  kind: "max-age",
  subject: "Thought leadership material published",
  months: 18,
  warnAfterMonths: 12,
  required: false,
  source: "within the last 12-18 months",
};
const MIN_COUNT_2: DateRule = {
  kind: "min-count",
  subject: "DR test completed",
  count: 2,
  withinMonths: 12,
  source: "the last 2 tests, within 12 months",
};
const MIN_COUNT_1: DateRule = {
  kind: "min-count",
  subject: "DR test completed",
  count: 1,
  source: "At least one DR test must be completed.",
};

describe("date.unreadable / date.ambiguous / date.not-a-date", () => {
  it.each([
    [["2025-03-04"], null, []],
    [[45658], null, []],
    [["", null, "  "], null, []], // empty cells are not unreadable
    [["03/04/2025"], null, [["date.ambiguous", "warning"]]],
    [["03/04/2025"], "en-GB", []],
    [["Q3 2024"], null, [["date.not-a-date", "error"]]],
    [["ongoing"], null, [["date.not-a-date", "error"]]],
    [["Mar 2025"], null, [["date.not-a-date", "error"]]],
    [["31/02/2025"], null, [["date.not-a-date", "error"]]],
    [[true], null, [["date.not-a-date", "error"]]],
    [["1985-06-01"], null, [["date.unreadable", "error"]]],
    [[0], null, [["date.unreadable", "error"]]],
    [[2024], null, [["date.unreadable", "error"]]],
    [
      ["2025-03-04", "ongoing", "03/04/2025"],
      null,
      [
        ["date.not-a-date", "error"],
        ["date.ambiguous", "warning"],
      ],
    ],
  ])("%j (locale %s)", (dates, locale, expected) => {
    const findings = run(
      dateUnreadable,
      context({}, { locale }),
      entry([{ dates: dates as CellValue[] }])
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual(expected);
    findings.forEach((f) => {
      expect(f.field).toBe("dates");
      expect(f.message).toMatch(/^Evidence date "/);
    });
  });

  it("uses the workbook's date system", () => {
    const mac = context({}, { date1904: true });
    expect(run(dateUnreadable, mac, entry([{ dates: [44196] }]))).toEqual([]);
    expect(run(dateUnreadable, mac, entry([{ dates: [1000] }]))).toHaveLength(1);
  });

  it("quotes the value and says how to write it", () => {
    const [f] = run(dateUnreadable, context(), entry([{ dates: ["last year"] }]));
    expect(f.message).toContain('"last year"');
    expect(f.message).toContain("YYYY-MM-DD");
  });
});

describe("date.future", () => {
  it.each([
    [["2025-11-01"], 0], // the planned submission day itself is fine
    [["2025-10-31"], 0],
    [["2025-11-02"], 1],
    [["2026-01-01", "2027-01-01", "2024-01-01"], 2],
    [["02/12/2025"], 0], // ambiguous: not read, so not judged
    [[new Date(Date.UTC(2026, 0, 1))], 1],
  ])("%j -> %i", (dates, count) => {
    const findings = run(dateFuture, context(), entry([{ dates: dates as CellValue[] }]));
    expect(findings).toHaveLength(count);
    findings.forEach((f) => {
      expect(f).toMatchObject({ rule: "date.future", severity: "error" });
      expect(f.message).toContain("2025-11-01");
    });
  });

  it("shows the value as typed and how it was read", () => {
    const [f] = run(
      dateFuture,
      context({}, { locale: "en-GB" }),
      entry([{ dates: ["04/03/2026"] }])
    );
    expect(f.message).toContain('"04/03/2026" (read as 2026-03-04)');
  });

  it("is silent when asOf is not a date", () => {
    expect(
      run(dateFuture, context({}, { asOf: "soon" }), entry([{ dates: ["2030-01-01"] }]))
    ).toEqual([]);
  });
});

describe("date.max-age", () => {
  const ctx = context({ rules: [MAX_AGE_18] });

  it.each([
    // [dates, met, expected severities]
    [["2025-06-01"], "yes", []],
    [["2024-05-01"], "yes", []], // exactly 18 months: within the limit
    [["2024-04-30"], "yes", ["error"]],
    [["2024-01-10"], "yes", ["error"]],
    [["2024-01-10"], "blank", ["error"]], // dates are judged even before Met is filled in
    [["2024-01-10"], "no", []],
    [["2024-01-10"], "na", []],
    [["2024-01-10", "2025-01-01"], "yes", []], // the newest date counts
    [["ongoing"], "yes", []], // unreadable: date.not-a-date reports it
    [[], "yes", []], // missing: date.missing reports it
  ])("%j met=%s -> %j", (dates, met, expected) => {
    const findings = run(
      dateMaxAge,
      ctx,
      entry([{ met: met as Met, dates: dates as CellValue[] }])
    );
    expect(findings.map((f) => f.severity)).toEqual(expected);
    findings.forEach((f) => expect(f).toMatchObject({ rule: "date.max-age", field: "dates" }));
  });

  it("states subject, date, age, planned submission and limit", () => {
    const [f] = run(dateMaxAge, ctx, entry([{ met: "yes", dates: ["2024-01-10"] }]));
    expect(f.message).toBe(
      "Case study entered production on 2024-01-10, 21 months before the planned submission on 2025-11-01; the checklist allows 18 months. Provide more recent evidence, or plan the submission earlier."
    );
  });

  it("says 'more than' when the date is past the limit by days only", () => {
    const [f] = run(dateMaxAge, ctx, entry([{ met: "yes", dates: ["2024-04-30"] }]));
    expect(f.message).toContain("more than 18 months before the planned submission on 2025-11-01");
  });

  it.each([
    [["2025-01-01"], []],
    [["2024-11-01"], []], // exactly 12 months
    [["2024-10-31"], ["warning"]],
    [["2024-05-01"], ["warning"]],
    [["2024-04-30"], ["error"]],
  ])("warnAfterMonths: %j -> %j", (dates, expected) => {
    const c = context({ rules: [MAX_AGE_12_18] });
    const findings = run(dateMaxAge, c, entry([{ dates }]));
    expect(findings.map((f) => f.severity)).toEqual(expected);
  });

  it("the warning names both limits", () => {
    const c = context({ rules: [MAX_AGE_12_18] });
    const [f] = run(dateMaxAge, c, entry([{ dates: ["2024-08-15"] }]));
    expect(f.message).toContain(
      "Thought leadership material published on 2024-08-15, 14 months before"
    );
    expect(f.message).toContain("allows 18 months but prefers 12 months or less");
  });

  it("judges each case study on its own dates", () => {
    const c = context({ rules: [MAX_AGE_18], perCaseStudy: { rollup: "every" } });
    const findings = run(
      dateMaxAge,
      c,
      entry([{ dates: ["2025-01-01"] }, { dates: ["2023-01-01"] }, { dates: ["2022-01-01"] }])
    );
    expect(findings.map((f) => f.caseStudy)).toEqual([2, 3]);
  });

  it("measures against asOf, the planned submission date", () => {
    const later = context({ rules: [MAX_AGE_18] }, { asOf: "2026-06-01" });
    expect(run(dateMaxAge, later, entry([{ dates: ["2025-01-01"] }]))).toHaveLength(0);
    expect(run(dateMaxAge, later, entry([{ dates: ["2024-11-30"] }]))).toHaveLength(1);
  });

  it("reads serials with the context's date system", () => {
    const mac = context({ rules: [MAX_AGE_18] }, { date1904: true });
    // 1904-system 44196 = 2025-01-01 (recent); read in the 1900 system it would be 2020-12-31 (too old)
    expect(run(dateMaxAge, mac, entry([{ dates: [44196] }]))).toEqual([]);
    expect(
      run(dateMaxAge, context({ rules: [MAX_AGE_18] }), entry([{ dates: [44196] }]))
    ).toHaveLength(1);
  });
});

describe("date.missing", () => {
  const ctx = context({ rules: [MAX_AGE_18] });
  it.each([
    [[], "yes", 1],
    [["", null], "yes", 1],
    [[], "blank", 0], // not answered yet: not an error
    [[], "no", 0],
    [[], "na", 0],
    [["2025-01-01"], "yes", 0],
    [["ongoing"], "yes", 0], // given but unreadable: date.not-a-date reports it
  ])("%j met=%s -> %i", (dates, met, count) => {
    const findings = run(
      dateMissing,
      ctx,
      entry([{ met: met as Met, dates: dates as CellValue[] }])
    );
    expect(findings).toHaveLength(count);
    findings.forEach((f) => {
      expect(f).toMatchObject({ rule: "date.missing", severity: "error", field: "dates" });
      expect(f.message).toContain('"Case study entered production"');
      expect(f.message).toContain("18 months");
    });
  });

  it("ignores rules that do not require a date", () => {
    const c = context({ rules: [MAX_AGE_12_18, MIN_COUNT_1] });
    expect(run(dateMissing, c, entry([{ met: "yes" }]))).toEqual([]);
  });

  it("reports per case study", () => {
    const c = context({ rules: [MAX_AGE_18], perCaseStudy: { rollup: "every" } });
    const findings = run(
      dateMissing,
      c,
      entry([{ met: "yes", dates: ["2025-01-01"] }, { met: "yes" }, { met: "blank" }])
    );
    expect(findings.map((f) => f.caseStudy)).toEqual([2]);
  });
});

describe("date.min-count", () => {
  it.each([
    // [rule, dates, met, expected count of findings]
    [MIN_COUNT_1, [], "yes", 1],
    [MIN_COUNT_1, ["2020-01-01"], "yes", 0],
    [MIN_COUNT_1, [], "blank", 0],
    [MIN_COUNT_1, [], "no", 0],
    [MIN_COUNT_2, ["2025-06-01", "2025-01-01"], "yes", 0],
    [MIN_COUNT_2, ["2025-06-01"], "yes", 1],
    [MIN_COUNT_2, ["2025-06-01", "2025-06-01"], "yes", 1], // the same date twice is one test
    [MIN_COUNT_2, ["2025-06-01", "2024-10-31"], "yes", 1], // older than 12 months does not count
    [MIN_COUNT_2, ["2025-06-01", "2024-11-01"], "yes", 0],
    [MIN_COUNT_2, ["2025-06-01", "2026-01-01"], "yes", 1], // after the submission does not count
    [MIN_COUNT_2, ["2025-06-01", "ongoing"], "yes", 1],
  ])("%#: %j met=%s -> %i", (rule, dates, met, count) => {
    const findings = run(
      dateMinCount,
      context({ rules: [rule] }),
      entry([{ met: met as Met, dates }])
    );
    expect(findings).toHaveLength(count);
    findings.forEach((f) => expect(f).toMatchObject({ rule: "date.min-count", severity: "error" }));
  });

  it("explains the count and the window", () => {
    const [f] = run(
      dateMinCount,
      context({ rules: [MIN_COUNT_2] }),
      entry([{ met: "yes", dates: ["2025-06-01"] }])
    );
    expect(f.message).toContain('at least 2 dated "DR test completed"');
    expect(f.message).toContain(
      "within the 12 months before the planned submission on 2025-11-01 (from 2024-11-01)"
    );
    expect(f.message).toContain("only 1 is given");
  });

  it("says none is given", () => {
    const [f] = run(dateMinCount, context({ rules: [MIN_COUNT_1] }), entry([{ met: "yes" }]));
    expect(f.message).toContain("none is given");
  });
});

describe("several dates in one cell", () => {
  it("counts each date of a multi-line cell", () => {
    const c = context({ rules: [MIN_COUNT_2] });
    expect(
      run(dateMinCount, c, entry([{ met: "yes", dates: ["2025-06-01\n2025-01-15"] }]))
    ).toEqual([]);
    expect(run(dateUnreadable, c, entry([{ dates: ["2025-06-01; 2025-01-15"] }]))).toEqual([]);
  });

  it("reports the unreadable piece only", () => {
    const findings = run(
      dateUnreadable,
      context(),
      entry([{ dates: ["2025-06-01\nlast spring"] }])
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('"last spring"');
  });
});

describe("date.min-count on a per-case-study control", () => {
  const THREE_REFERENCES: DateRule = {
    kind: "min-count",
    subject: "Customer references",
    count: 3,
    withinMonths: 18,
    source: "≥ 3 AWS Customer References (within the last 12-18 months)",
  };
  const refs = context({ perCaseStudy: { rollup: "every" }, rules: [THREE_REFERENCES] });

  it.each([
    // [case studies as [met, dates], expected findings]
    [
      [
        ["yes", ["2025-01-01"]],
        ["yes", ["2025-02-01"]],
        ["yes", ["2025-03-01"]],
      ],
      0,
    ],
    [
      [
        ["yes", ["2025-01-01"]],
        ["yes", ["2025-01-01"]],
        ["yes", ["2025-01-01"]],
      ],
      0,
    ], // same day, three customers
    [
      [
        ["yes", ["2025-01-01"]],
        ["yes", ["2025-02-01"]],
        ["yes", []],
      ],
      1,
    ],
    [
      [
        ["yes", ["2025-01-01"]],
        ["yes", ["2025-02-01"]],
        ["yes", ["2023-01-01"]],
      ],
      1,
    ], // one too old
    [
      [
        ["yes", ["2025-01-01"]],
        ["yes", ["2025-02-01"]],
        ["na", ["2025-03-01"]],
      ],
      1,
    ], // N/A does not count
    [
      [
        ["yes", ["2025-01-01"]],
        ["yes", ["2025-02-01"]],
        ["blank", ["2025-03-01"]],
      ],
      0,
    ], // typed, not yet marked
    [
      [
        ["blank", []],
        ["blank", []],
        ["blank", []],
      ],
      0,
    ], // nothing answered yet
    [
      [
        ["yes", ["2025-01-01"]],
        ["yes", ["2025-02-01"]],
      ],
      1,
    ], // only two case studies in scope
  ])("%j -> %i", (cases, count) => {
    const e = entry(cases.map(([met, dates]) => ({ met: met as Met, dates: dates as string[] })));
    const findings = dateMinCount(refs, e);
    expect(findings).toHaveLength(count);
    findings.forEach((f) => {
      expect(f.caseStudy).toBeUndefined();
      expect(f.message).toContain("across the case studies");
    });
  });

  it("a count of 1 is needed in every case study ('at least one DR test')", () => {
    const c = context({ perCaseStudy: { rollup: "every" }, rules: [MIN_COUNT_1] });
    const findings = run(
      dateMinCount,
      c,
      entry([{ met: "yes", dates: ["2025-01-01"] }, { met: "yes" }])
    );
    expect(findings.map((f) => f.caseStudy)).toEqual([2]);
  });
});
