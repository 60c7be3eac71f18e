import fc from "fast-check";
import { formatHours, parseDuration } from "../../../src/core/dates/parseDuration";

describe("parseDuration", () => {
  it.each([
    ["4 hours", 4],
    ["4 hrs", 4],
    ["4hr", 4],
    ["24h", 24],
    ["24 H", 24],
    ["30 min", 0.5],
    ["30 minutes", 0.5],
    ["15m", 0.25],
    ["90 seconds", 90 / 3600],
    ["1 day", 24],
    ["2 days", 48],
    ["1 week", 168],
    ["1.5 hours", 1.5],
    ["1,5 hours", 1.5],
    ["PT4H", 4],
    ["pt30m", 0.5],
    ["P1D", 24],
    ["P1DT2H30M", 26.5],
    ["1 hour 30 minutes", 1.5],
    ["1h30m", 1.5],
    ["1 day and 4 hours", 28],
    ["2-4 hours", 4],
    ["2 to 4 hours", 4],
    ["4-hour RTO", 4],
    ["an hour", 1],
    ["half an hour", 0.5],
    ["two days", 48],
    ["less than 15 minutes", 0.25],
    ["< 4 hours", 4],
    ["Up to 4 hours for core services", 4],
    ["RTO: 8 hours", 8],
    ["RPO 1 hour, RTO 4 hours", 4], // label "RTO" picks the duration after it
    ["1 month", 720],
  ])("%s -> %d hours", (text, hours) => {
    const result = parseDuration(text, "RTO");
    expect(result.ok).toBe(true);
    expect(result.ok && result.hours).toBeCloseTo(hours, 6);
  });

  it("uses the first duration when the label is not named", () => {
    expect(parseDuration("1 hour, 4 hours")).toEqual({ ok: true, hours: 1 });
    expect(parseDuration("4 hours (last test took 2 hours)", "RTO")).toEqual({
      ok: true,
      hours: 4,
    });
  });

  it.each([
    "4",
    "",
    "   ",
    "as soon as possible",
    "near zero",
    "24x7",
    "immediately",
    "as a service",
    "ones",
  ])("%j is not read", (text) => {
    const result = parseDuration(text, "RTO");
    expect(result.ok).toBe(false);
  });

  it("asks for a unit when only a number is given", () => {
    const result = parseDuration("4");
    expect(!result.ok && result.message).toContain("has no unit");
    const n = parseDuration(4);
    expect(!n.ok && n.message).toContain("4 hours");
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (v) => {
        expect(typeof parseDuration(v).ok).toBe("boolean");
      }),
      { numRuns: 500 }
    );
  });

  it("reads back any amount of hours or minutes it is given", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom("h", " hours", "hrs", " hour"),
        (n, unit) => {
          expect(parseDuration(`${n}${unit}`)).toEqual({ ok: true, hours: n });
        }
      )
    );
  });
});

describe("formatHours", () => {
  it.each([
    [4, "4 hours"],
    [1, "1 hour"],
    [0.5, "30 minutes"],
    [24, "24 hours"],
    [48, "2 days"],
    [1.25, "1.25 hours"],
  ])("%d -> %s", (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });
});
