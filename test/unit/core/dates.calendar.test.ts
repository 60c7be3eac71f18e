import fc from "fast-check";
import {
  addMonths,
  compareIsoDates,
  daysInMonth,
  formatIsoDate,
  fromEpochDays,
  isIsoDate,
  parseIsoDate,
  toEpochDays,
  wholeMonthsBetween,
} from "../../../src/core/dates/calendar";

describe("wholeMonthsBetween: calendar months as a person counts them", () => {
  it.each([
    ["2024-01-10", "2025-11-01", 21], // 2025-10-10 reached, 2025-11-10 not yet
    ["2024-01-10", "2025-11-09", 21],
    ["2024-01-10", "2025-11-10", 22],
    ["2024-05-01", "2025-11-01", 18],
    ["2024-04-30", "2025-11-01", 18],
    ["2025-03-04", "2025-03-04", 0],
    ["2025-03-04", "2025-04-03", 0],
    ["2025-03-04", "2025-04-04", 1],
    ["2025-01-31", "2025-02-27", 0],
    ["2025-01-31", "2025-02-28", 1], // end of a shorter month counts as the same day
    ["2024-01-31", "2024-02-29", 1],
    ["2024-02-29", "2025-02-28", 12],
    ["2025-11-01", "2024-01-10", -21],
    ["1999-12-31", "2000-01-01", 0],
  ])("%s -> %s = %i", (from, to, months) => {
    expect(wholeMonthsBetween(from, to)).toBe(months);
  });

  it("returns null for invalid dates", () => {
    expect(wholeMonthsBetween("2025-02-30", "2025-03-01")).toBeNull();
    expect(wholeMonthsBetween("2025-03-01", "tomorrow")).toBeNull();
  });

  it("is the largest n with addMonths(from, n) <= to", () => {
    const iso = fc
      .date({
        min: new Date("1990-01-01T00:00:00Z"),
        max: new Date("2100-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const n = wholeMonthsBetween(from, to) as number;
        expect(n).toBeGreaterThanOrEqual(0);
        expect(addMonths(from, n) <= to).toBe(true);
        expect(addMonths(from, n + 1) > to).toBe(true);
        expect(wholeMonthsBetween(to, from)).toBe(0 - n);
      })
    );
  });
});

describe("addMonths", () => {
  it.each([
    ["2025-11-01", -18, "2024-05-01"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-03-31", -1, "2025-02-28"],
    ["2025-12-15", 1, "2026-01-15"],
    ["2025-01-15", -1, "2024-12-15"],
    ["2025-06-30", 0, "2025-06-30"],
    ["2025-06-30", -120, "2015-06-30"],
  ])("%s %+i -> %s", (iso, months, expected) => {
    expect(addMonths(iso, months)).toBe(expected);
  });

  it("throws on a programming error (invalid ISO argument)", () => {
    expect(() => addMonths("2025-02-30", 1)).toThrow(RangeError);
  });
});

describe("ISO helpers", () => {
  it.each([
    ["2025-11-01", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-13-01", false],
    ["2025-1-01", false],
    ["2025-11-01T00:00", false],
  ])("isIsoDate(%s) = %s", (iso, valid) => {
    expect(isIsoDate(iso)).toBe(valid);
  });

  it("formats with zero padding", () => {
    expect(formatIsoDate({ year: 2025, month: 11, day: 1 })).toBe("2025-11-01");
    expect(formatIsoDate({ year: 999, month: 1, day: 2 })).toBe("0999-01-02");
  });

  it("days in month and comparison", () => {
    expect([2024, 2025, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 28, 29]);
    expect(compareIsoDates("2025-01-01", "2025-01-02")).toBe(-1);
    expect(compareIsoDates("2025-01-02", "2025-01-02")).toBe(0);
    expect(parseIsoDate("2025-03-04")).toEqual({ year: 2025, month: 3, day: 4 });
  });

  it("epoch days round-trip, including years below 100", () => {
    expect(toEpochDays("1970-01-01")).toBe(0);
    expect(fromEpochDays(toEpochDays("0050-06-15") as number)).toBe("0050-06-15");
    expect(fromEpochDays(toEpochDays("2025-11-01") as number)).toBe("2025-11-01");
  });
});
