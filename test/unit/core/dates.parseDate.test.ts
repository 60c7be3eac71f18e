import fc from "fast-check";
import {
  excelSerialToParts,
  isoToExcelSerial,
  localeDateOrder,
  parseEvidenceDate,
  splitDates,
  type DateParseOptions,
} from "../../../src/core/dates/parseDate";
import type { CellValue } from "../../../src/core/model";

const NONE: DateParseOptions = { date1904: false, locale: null };
const US: DateParseOptions = { date1904: false, locale: "en-US" };
const GB: DateParseOptions = { date1904: false, locale: "en-GB" };
const MAC: DateParseOptions = { date1904: true, locale: null };

function iso(value: CellValue, options: DateParseOptions = NONE): string | null {
  const r = parseEvidenceDate(value, options);
  return r.ok ? r.iso : null;
}
function reason(value: CellValue, options: DateParseOptions = NONE): string | null {
  const r = parseEvidenceDate(value, options);
  return r.ok ? null : r.reason;
}

describe("Excel serials", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45658, "2025-01-01"],
    [32874, "1990-01-01"],
  ])("1900 system: %i is %s", (serial, expected) => {
    expect(excelSerialToParts(serial, false)).toEqual({
      year: Number(expected.slice(0, 4)),
      month: Number(expected.slice(5, 7)),
      day: Number(expected.slice(8, 10)),
    });
  });

  it("serial 60 is Excel's fictitious 1900-02-29", () => {
    expect(excelSerialToParts(60, false)).toEqual({ year: 1900, month: 2, day: 29 });
    const r = parseEvidenceDate(60, NONE);
    expect(r).toMatchObject({ ok: false, reason: "out-of-range" });
    expect(!r.ok && r.message).toContain("1900-02-29");
  });

  it("1904 system: serial 0 is 1904-01-01", () => {
    expect(excelSerialToParts(0, true)).toEqual({ year: 1904, month: 1, day: 1 });
    expect(excelSerialToParts(44196, true)).toEqual({ year: 2025, month: 1, day: 1 });
  });

  it.each([
    [45658, NONE, "2025-01-01"],
    [45658.75, NONE, "2025-01-01"], // the time of day is ignored
    ["45658", NONE, "2025-01-01"],
    [" 45658 ", NONE, "2025-01-01"],
    [44196, MAC, "2025-01-01"],
    ["44196", MAC, "2025-01-01"],
    [45962, NONE, "2025-11-01"],
  ])("parses %j as %s", (value, options, expected) => {
    expect(iso(value, options)).toBe(expected);
  });

  it.each([0, -1, 0.5, 59, 61, 2024, 1e9, 73416])("serial %d is out of range", (serial) => {
    expect(reason(serial)).toBe("out-of-range");
  });

  it.each([NaN, Infinity, -Infinity])("%d is not a date", (n) => {
    expect(reason(n)).toBe("not-a-date");
  });

  it("a number that looks like YYYYMMDD says so", () => {
    const r = parseEvidenceDate(20250304, NONE);
    expect(r).toMatchObject({ ok: false, reason: "out-of-range" });
    expect(!r.ok && r.message).toContain("2025-03-04");
  });

  it("isoToExcelSerial inverts excelSerialToParts", () => {
    expect(isoToExcelSerial("2025-01-01", false)).toBe(45658);
    expect(isoToExcelSerial("1900-03-01", false)).toBe(61);
    expect(isoToExcelSerial("1900-02-28", false)).toBe(59);
    expect(isoToExcelSerial("1900-01-01", false)).toBe(1);
    expect(isoToExcelSerial("1899-12-31", false)).toBeNull();
    expect(isoToExcelSerial("1904-01-01", true)).toBe(0);
    expect(isoToExcelSerial("1903-12-31", true)).toBeNull();
  });
});

describe("Dates and ISO text", () => {
  it.each([
    [new Date(Date.UTC(2025, 2, 4)), "2025-03-04"],
    [new Date(Date.UTC(2025, 2, 4, 23, 59)), "2025-03-04"], // UTC parts, whatever the machine's zone
    ["2025-03-04", "2025-03-04"],
    ["2025-3-4", "2025-03-04"],
    ["2025/03/04", "2025-03-04"],
    ["2025.03.04", "2025-03-04"],
    ["2025-03-04T10:00:00Z", "2025-03-04"],
    ["2025-03-04T23:30:00-08:00", "2025-03-04"], // the date as written, no time-zone shift
    ["2025-03-04 10:00", "2025-03-04"],
    ["2025-03-04T10:00:00.123+0100", "2025-03-04"],
    ['"2025-03-04"', "2025-03-04"],
    ["\u00a02025-03-04 ", "2025-03-04"],
  ])("%j -> %s", (value, expected) => {
    expect(iso(value)).toBe(expected);
  });

  it.each([
    ["2025-02-29", "not-a-date"],
    ["2025-13-01", "not-a-date"],
    ["2025-03", "not-a-date"],
    ["03/2025", "not-a-date"],
    ["1989-12-31", "out-of-range"],
    ["2101-01-01", "out-of-range"],
    [new Date(NaN), "not-a-date"],
    [new Date(Date.UTC(1980, 0, 1)), "out-of-range"],
  ])("%j -> %s", (value, expected) => {
    expect(reason(value as CellValue)).toBe(expected);
  });

  it("accepts the evidence range edges", () => {
    expect(iso("1990-01-01")).toBe("1990-01-01");
    expect(iso("2100-12-31")).toBe("2100-12-31");
  });
});

describe("English month names", () => {
  it.each([
    ["4 March 2025", "2025-03-04"],
    ["4 Mar 2025", "2025-03-04"],
    ["04-Mar-2025", "2025-03-04"],
    ["4-Mar-25", "2025-03-04"],
    ["March 4, 2025", "2025-03-04"],
    ["Mar. 4, 2025", "2025-03-04"],
    ["march 4 2025", "2025-03-04"],
    ["March 4th, 2025", "2025-03-04"],
    ["4th of March 2025", "2025-03-04"],
    ["Tuesday, 4 March 2025", "2025-03-04"],
    ["Tue, Mar 4, 2025", "2025-03-04"],
    ["2025 March 4", "2025-03-04"],
    ["2025-Mar-04", "2025-03-04"],
    ["1 Sept 2024", "2024-09-01"],
    ["31 December 1999", "1999-12-31"],
    ["March 4, 2025 10:30 am", "2025-03-04"],
  ])("%s -> %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ["Mar 2025", "is a month, not a full date"],
    ["March 2025", "is a month, not a full date"],
    ["Mar-25", "is a month, not a full date"],
    ["4 March", "has no year"],
    ["31 February 2025", "February 2025 has no day 31"],
    ["March 4, 1985", "outside the years"],
  ])("%s is not a full date (%s)", (text, fragment) => {
    const r = parseEvidenceDate(text, NONE);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(fragment);
    expect(!r.ok && r.message).toContain(`"${text}"`);
  });
});

describe("numeric text dates and locales", () => {
  it.each([
    ["03/04/2025", "en-US", "2025-03-04"],
    ["03/04/2025", "en", "2025-03-04"],
    ["03/04/2025", "en-GB", "2025-04-03"],
    ["03/04/2025", "de-DE", "2025-04-03"],
    ["03.04.2025", "de", "2025-04-03"],
    ["03/04/2025", "fr-FR", "2025-04-03"],
    ["03-04-2025", "nl-NL", "2025-04-03"],
    ["13/04/2025", null, "2025-04-13"],
    ["04/13/2025", null, "2025-04-13"],
    ["13/04/2025", "en-US", "2025-04-13"], // only one reading is a date; the locale only breaks ties
    ["04/13/2025", "en-GB", "2025-04-13"],
    ["05/05/2025", null, "2025-05-05"],
    ["3/4/25", "en-US", "2025-03-04"],
    ["3/4/25", "en-GB", "2025-04-03"],
    ["25/03/04", "ja-JP", "2025-03-04"],
    ["2025/03/04", "ja-JP", "2025-03-04"],
    ["2025/03/04", "en-US", "2025-03-04"],
    ["13/04/29", null, "2029-04-13"],
    ["13/04/30", null, null],
    ["13/04/95", null, "1995-04-13"],
    ["04.03.2025.", "de-AT", "2025-03-04"],
  ])("%s in %s -> %s", (text, locale, expected) => {
    expect(iso(text, { date1904: false, locale })).toBe(expected);
  });

  it.each([
    ["03/04/2025", null],
    ["03/04/25", null],
    ["03/04/2025", "en-CA"],
    ["03/04/2025", "ja-JP"], // a year-first locale does not settle day and month when the year is last
    ["03/04/2025", "not a locale!"],
    ["1/2/2025", null],
  ])("%s in %s is ambiguous", (text, locale) => {
    const r = parseEvidenceDate(text, { date1904: false, locale });
    expect(r).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(!r.ok && r.message).toContain(`"${text}"`);
  });

  it("the ambiguous message offers both readings", () => {
    const r = parseEvidenceDate("03/04/2025", NONE);
    expect(!r.ok && r.message).toContain("3 April 2025 or 4 March 2025");
    expect(!r.ok && r.message).toContain("2025-04-03 or 2025-03-04");
  });

  it.each([
    ["31/02/2025", "en-GB", "February 2025 has no day 31"],
    ["02/31/2025", "en-US", "February 2025 has no day 31"],
    ["31/02/2025", null, "February 2025 has no day 31"],
    ["29/02/2025", null, "February 2025 has no day 29"],
    ["13/13/2025", null, "neither 13 nor 13 is a month"],
    ["00/00/2025", null, "not a real date"],
    ["1/2/025", null, "not a date"],
  ])("%s in %s is not a date (%s)", (text, locale, fragment) => {
    const r = parseEvidenceDate(text, { date1904: false, locale });
    expect(r).toMatchObject({ ok: false, reason: "not-a-date" });
    expect(!r.ok && r.message).toContain(fragment);
  });

  it("29/02/2024 is a leap day", () => {
    expect(iso("29/02/2024")).toBe("2024-02-29");
  });

  it.each([
    ["en-US", "mdy"],
    ["en_us", "mdy"],
    ["en-PH", "mdy"],
    ["es-US", "mdy"],
    ["en", "mdy"],
    ["en-GB", "dmy"],
    ["en-AU", "dmy"],
    ["en-IN", "dmy"],
    ["de", "dmy"],
    ["fr-FR", "dmy"],
    ["pt-BR", "dmy"],
    ["ja-JP", "ymd"],
    ["zh-Hans-CN", "ymd"],
    ["ko", "ymd"],
    ["hu-HU", "ymd"],
    ["sv-SE", "ymd"],
    ["fr-CA", "ymd"],
    ["en-CA", null],
    [null, null],
    ["", null],
    ["12345", null],
  ])("localeDateOrder(%j) = %j", (locale, order) => {
    expect(localeDateOrder(locale)).toBe(order);
  });
});

describe("not dates", () => {
  it.each([
    ["Q3 2024", "is a period"],
    ["H1 2025", "is a period"],
    ["last year", "is not a date"],
    ["ongoing", "is not a date"],
    ["today", "is not a date"],
    ["yes", "is not a date"],
    ["2024", "is a year"],
    ["March", "is not a date"],
    ["4 March 2025 and 5 April 2025", "is not a date"],
    [true, "is not a date"],
  ])("%j -> not-a-date (%s)", (value, fragment) => {
    const r = parseEvidenceDate(value, NONE);
    expect(r).toMatchObject({ ok: false, reason: "not-a-date" });
    expect(!r.ok && r.message).toContain(fragment);
  });

  it.each([null, undefined, "", "   ", "\u00a0"])("%j is empty", (value) => {
    expect(reason(value)).toBe("empty");
  });
});

describe("parseEvidenceDate properties", () => {
  const anyCell = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: false }),
    fc.stringMatching(/^[0-9]{1,4}[/.-][0-9]{1,4}([/.-][0-9]{1,4})?$/),
    fc
      .array(
        fc.constantFrom(
          "Mar",
          "march",
          "4",
          "2025",
          "25",
          "th",
          ",",
          " ",
          "-",
          "of",
          "Tue",
          "10:00",
          "Q3"
        ),
        {
          maxLength: 8,
        }
      )
      .map((p) => p.join(" "))
  );
  const locale = fc.constantFrom(null, "en-US", "en-GB", "de", "ja-JP", "en-CA", "", "xx-!!");

  it("never throws, on any string, number, Date or locale", () => {
    fc.assert(
      fc.property(anyCell, locale, fc.boolean(), (value, loc, date1904) => {
        const r = parseEvidenceDate(value as CellValue, { date1904, locale: loc });
        if (r.ok) {
          expect(r.iso).toMatch(/^(19[9]\d|20\d\d|2100)-\d{2}-\d{2}$/);
        } else {
          expect(["empty", "ambiguous", "not-a-date", "out-of-range"]).toContain(r.reason);
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 }
    );
  });

  it("survives hostile options", () => {
    expect(() =>
      parseEvidenceDate("03/04/2025", undefined as unknown as DateParseOptions)
    ).not.toThrow();
    expect(() => parseEvidenceDate({} as unknown as CellValue, NONE)).not.toThrow();
  });

  const evidenceDate = fc
    .date({
      min: new Date("1990-01-01T00:00:00Z"),
      max: new Date("2100-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it("a date written as ISO, as a 1900 serial and as a 1904 serial parses back to itself", () => {
    fc.assert(
      fc.property(evidenceDate, fc.constantFrom(null, "en-US", "en-GB"), (date, loc) => {
        const serial1900 = isoToExcelSerial(date, false) as number;
        const serial1904 = isoToExcelSerial(date, true) as number;
        expect(iso(date, { date1904: false, locale: loc })).toBe(date);
        expect(iso(serial1900, { date1904: false, locale: loc })).toBe(date);
        expect(iso(serial1904, { date1904: true, locale: loc })).toBe(date);
        expect(iso(String(serial1900), { date1904: false, locale: loc })).toBe(date);
        expect(serial1900 - serial1904).toBe(1462);
        expect(iso(new Date(`${date}T12:00:00Z`))).toBe(date);
      })
    );
  });

  it("D/M/Y text with a day above 12 parses identically with no locale and with en-GB", () => {
    fc.assert(
      fc.property(evidenceDate, fc.constantFrom("/", ".", "-"), fc.boolean(), (date, sep, pad) => {
        const [y, m, d] = date.split("-").map(Number);
        fc.pre(d > 12);
        const two = (n: number) => (pad ? String(n).padStart(2, "0") : String(n));
        const text = `${two(d)}${sep}${two(m)}${sep}${y}`;
        const none = parseEvidenceDate(text, NONE);
        expect(none).toEqual(parseEvidenceDate(text, GB));
        expect(none).toEqual({ ok: true, iso: date });
        // and the month-first reading of the same date in en-US
        expect(parseEvidenceDate(`${two(m)}${sep}${two(d)}${sep}${y}`, US)).toEqual({
          ok: true,
          iso: date,
        });
      })
    );
  });

  it("month-name dates parse back to themselves", () => {
    const names = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ];
    fc.assert(
      fc.property(evidenceDate, fc.boolean(), (date, abbreviate) => {
        const [y, m, d] = date.split("-").map(Number);
        const name = abbreviate ? names[m - 1].slice(0, 3) : names[m - 1];
        expect(iso(`${d} ${name} ${y}`)).toBe(date);
        expect(iso(`${name} ${d}, ${y}`)).toBe(date);
      })
    );
  });
});

describe("splitDates", () => {
  it.each([
    ["2025-01-10", ["2025-01-10"]],
    ["2025-01-10\n2025-06-12", ["2025-01-10", "2025-06-12"]],
    ["2025-01-10; 2025-06-12;", ["2025-01-10", "2025-06-12"]],
    ["2025-01-10, 2025-06-12", ["2025-01-10", "2025-06-12"]],
    ["March 4, 2025", ["March 4, 2025"]],
    ["March 4, 2025\nJune 1, 2025", ["March 4, 2025", "June 1, 2025"]],
    ["2025-01-10, soon", ["2025-01-10, soon"]],
    ["", [""]],
  ])("%j -> %j", (text, expected) => {
    expect(splitDates(text, NONE)).toEqual(expected);
  });

  it("returns non-text values as they are", () => {
    const d = new Date(Date.UTC(2025, 0, 1));
    expect(splitDates(45658, NONE)).toEqual([45658]);
    expect(splitDates(d, NONE)).toEqual([d]);
    expect(splitDates(null, NONE)).toEqual([null]);
  });
});
