/**
 * Reading an evidence date from whatever a workbook cell or an answers file holds. Never throws, never guesses:
 * a value that can be read two ways is reported as ambiguous, not resolved by a coin toss.
 *
 * Accepted:
 * - Excel serial numbers (number, or a string of digits): 1900 date system (serial 1 = 1900-01-01, serial 60 =
 *   Excel's fictitious 1900-02-29, serial 61 = 1900-03-01, 45658 = 2025-01-01) or 1904 system (0 = 1904-01-01).
 *   A fractional part (the time of day) is ignored.
 * - JS Date values, read with their UTC parts (how ExcelJS hands over date cells).
 * - ISO dates, "2025-03-04", also with a time ("2025-03-04T10:00:00Z"; the date part as written, no time-zone
 *   shift) and with "/" or "." separators when the year comes first ("2025/03/04").
 * - English month names: "4 March 2025", "4-Mar-25", "March 4, 2025", "Tuesday, 4th of March 2025".
 * - Numeric text dates read by locale: month first for en-US (and bare "en") and other month-first locales,
 *   year first for ja / zh / ko / hu / lt / mn / sv / fr-CA / en-ZA, day first for everything else. The locale
 *   only breaks ties: "13/04/2025" is 13 April in every locale, "03/04/2025" is ambiguous when the locale is
 *   null. Two-digit years as Excel reads them: 00-29 -> 2000-2029, 30-99 -> 1930-1999. A year-first date needs a
 *   four-digit year unless the locale is a year-first one. With a null locale a two-digit year is taken to be
 *   last (03/04/25).
 *
 * Not full dates (reason "not-a-date"): a month and year ("Mar 2025", "2025-03"), a year alone ("2024"), a
 * day and month without a year, quarters, relative words ("last year", "ongoing").
 * Out of range: serials below 1, dates before 1990-01-01 or after 2100-12-31.
 */
import type { CellValue } from "../model";
import { splitDateValues } from "../vocabulary/multiValue";
import {
  formatIsoDate,
  fromEpochDays,
  isValidParts,
  toEpochDays,
  type DateParts,
} from "./calendar";

export type DateFailureReason = "empty" | "ambiguous" | "not-a-date" | "out-of-range";

export type ParsedDate =
  { ok: true; iso: string } | { ok: false; reason: DateFailureReason; message: string };

export interface DateParseOptions {
  /** The workbook uses Excel's 1904 date system. */
  date1904: boolean;
  /** The locale numeric text dates were typed in; null when unknown. */
  locale: string | null;
}

export const MIN_EVIDENCE_YEAR = 1990;
export const MAX_EVIDENCE_YEAR = 2100;

/** Epoch-day (days since 1970-01-01) of Excel's day zero in each date system. */
const EPOCH_1900 = -25569; // 1899-12-30: serials from 61 on count from here
const EPOCH_1904 = -24107; // 1904-01-01 = serial 0

const MONTH_NAMES = [
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

const MONTH_WORDS: Record<string, number> = {};
MONTH_NAMES.forEach((name, i) => {
  MONTH_WORDS[name.toLowerCase()] = i + 1;
  MONTH_WORDS[name.slice(0, 3).toLowerCase()] = i + 1;
});
MONTH_WORDS["sept"] = 9;

const WEEKDAY_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
]);

const FORMAT_HINT = "Enter the date as YYYY-MM-DD, for example 2025-03-04.";

// ---------------------------------------------------------------------------------------------------------
// Excel serials

/**
 * Calendar date of an Excel serial (integer part). In the 1900 system serial 60 is 1900-02-29, a day that never
 * existed (Excel kept Lotus 1-2-3's leap-year bug), so the result is parts rather than an ISO string.
 * Null for serials below 1 (1900 system) / below 0 (1904 system) or non-finite numbers.
 */
export function excelSerialToParts(serial: number, date1904: boolean): DateParts | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > 2_958_465) return null;
    return isoToParts(fromEpochDays(EPOCH_1904 + whole));
  }
  if (whole < 1 || whole > 2_958_465) return null;
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  // Serials 1-59 are real days counted from 1899-12-31; from 61 on, one fictitious day has been added.
  return isoToParts(fromEpochDays(EPOCH_1900 + whole + (whole < 60 ? 1 : 0)));
}

/** The Excel serial of an ISO date in the given date system; null for invalid or unrepresentable dates. */
export function isoToExcelSerial(iso: string, date1904: boolean): number | null {
  const days = toEpochDays(iso);
  if (days === null) return null;
  if (date1904) {
    const serial = days - EPOCH_1904;
    return serial >= 0 ? serial : null;
  }
  const serial = days - EPOCH_1900;
  if (serial >= 61) return serial;
  const early = serial - 1; // 1900-01-01 .. 1900-02-28 -> 1 .. 59
  return early >= 1 && early <= 59 ? early : null;
}

function isoToParts(iso: string): DateParts {
  return {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Locales

export type DateOrder = "mdy" | "dmy" | "ymd";

const MONTH_FIRST_REGIONS = new Set([
  "us",
  "um",
  "as",
  "gu",
  "mp",
  "pr",
  "vi",
  "ph",
  "fm",
  "mh",
  "pw",
]);
const YEAR_FIRST_LANGUAGES = new Set(["ja", "zh", "ko", "hu", "lt", "mn", "sv"]);

/**
 * Order of day, month and year in numeric dates typed in `locale`; null when the locale is unknown or does not
 * settle it (en-CA uses both day-first and month-first).
 */
export function localeDateOrder(locale: string | null): DateOrder | null {
  if (typeof locale !== "string") return null;
  const parts = locale.trim().toLowerCase().split(/[-_]/);
  const language = parts[0];
  if (!/^[a-z]{2,3}$/.test(language)) return null;
  const region = parts.slice(1).find((p) => /^([a-z]{2}|\d{3})$/.test(p)) ?? null;
  if (YEAR_FIRST_LANGUAGES.has(language)) return "ymd";
  if ((language === "fr" && region === "ca") || (language === "en" && region === "za"))
    return "ymd";
  if (language === "en" && region === "ca") return null;
  if (language === "en" && (region === null || MONTH_FIRST_REGIONS.has(region))) return "mdy";
  if ((language === "es" && region === "us") || language === "fil" || language === "tl")
    return "mdy";
  return "dmy";
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

function describe(value: CellValue): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "an invalid date";
    const y = value.getUTCFullYear();
    return y >= 0 && y <= 9999
      ? `"${value.toISOString().slice(0, 10)}"`
      : `a date in the year ${y}`;
  }
  const text = String(value);
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

function words(parts: DateParts): string {
  return `${parts.day} ${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
}

function fail(reason: DateFailureReason, message: string): ParsedDate {
  return { ok: false, reason, message };
}

function expandYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n <= 29 ? 2000 + n : 1900 + n;
}

/** A valid calendar date, checked against the evidence range. */
function accept(shown: string, parts: DateParts): ParsedDate {
  if (parts.year < MIN_EVIDENCE_YEAR || parts.year > MAX_EVIDENCE_YEAR) {
    const read =
      parts.year >= 1 && parts.year <= 9999
        ? formatIsoDate(parts)
        : `a date in the year ${parts.year}`;
    return fail(
      "out-of-range",
      `${shown} is read as ${read}, outside the years ${MIN_EVIDENCE_YEAR}-${MAX_EVIDENCE_YEAR} evidence can be dated. Check the year. ${FORMAT_HINT}`
    );
  }
  return { ok: true, iso: formatIsoDate(parts) };
}

function invalidDay(shown: string, year: number, month: number, day: number): ParsedDate {
  if (month >= 1 && month <= 12) {
    return fail(
      "not-a-date",
      `${shown} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has no day ${day}. ${FORMAT_HINT}`
    );
  }
  return fail("not-a-date", `${shown} is not a real date: ${month} is not a month. ${FORMAT_HINT}`);
}

function fromSerial(shown: string, serial: number, options: DateParseOptions): ParsedDate {
  if (!Number.isFinite(serial)) return fail("not-a-date", `${shown} is not a date. ${FORMAT_HINT}`);
  const whole = Math.floor(serial);
  if (/^\d{8}$/.test(String(whole))) {
    const s = String(whole);
    const y = Number(s.slice(0, 4));
    const m = Number(s.slice(4, 6));
    const d = Number(s.slice(6, 8));
    if (isValidParts(y, m, d) && y >= MIN_EVIDENCE_YEAR && y <= MAX_EVIDENCE_YEAR) {
      return fail(
        "out-of-range",
        `${shown} is a number, not a date; if it means ${formatIsoDate({ year: y, month: m, day: d })}, enter it with dashes: ${formatIsoDate({ year: y, month: m, day: d })}.`
      );
    }
  }
  if (whole < 1) {
    return fail(
      "out-of-range",
      `${shown} is not a usable date: Excel date numbers start at 1. ${FORMAT_HINT}`
    );
  }
  const parts = excelSerialToParts(whole, options.date1904);
  if (!parts) {
    return fail("out-of-range", `${shown} is too large to be an Excel date. ${FORMAT_HINT}`);
  }
  if (parts.year < MIN_EVIDENCE_YEAR || parts.year > MAX_EVIDENCE_YEAR) {
    const asYear =
      whole >= MIN_EVIDENCE_YEAR && whole <= MAX_EVIDENCE_YEAR
        ? ` If you meant the year ${whole}, give the full date.`
        : "";
    const day =
      parts.month === 2 && parts.day === 29 && parts.year === 1900
        ? "1900-02-29 (a day that exists only in Excel)"
        : formatIsoDate(parts);
    return fail(
      "out-of-range",
      `${shown} is Excel's number for ${day}, outside the years ${MIN_EVIDENCE_YEAR}-${MAX_EVIDENCE_YEAR} evidence can be dated.${asYear} ${FORMAT_HINT}`
    );
  }
  return { ok: true, iso: formatIsoDate(parts) };
}

/** Day and month from the two non-year parts of a numeric date, with the year known. */
function resolveDayMonth(
  shown: string,
  first: number,
  second: number,
  year: number,
  order: DateOrder | null
): ParsedDate {
  const dayFirst = isValidParts(year, second, first) ? { year, month: second, day: first } : null;
  const monthFirst = isValidParts(year, first, second) ? { year, month: first, day: second } : null;
  if (!dayFirst && !monthFirst) {
    if (first > 12 && second > 12) {
      return fail(
        "not-a-date",
        `${shown} is not a date: neither ${first} nor ${second} is a month. ${FORMAT_HINT}`
      );
    }
    if (order === "mdy" && first <= 12) return invalidDay(shown, year, first, second);
    if (second <= 12) return invalidDay(shown, year, second, first);
    return invalidDay(shown, year, first, second);
  }
  if (dayFirst && monthFirst && first !== second) {
    if (order === "dmy") return accept(shown, dayFirst);
    if (order === "mdy") return accept(shown, monthFirst);
    return fail(
      "ambiguous",
      `${shown} could be ${words(dayFirst)} or ${words(monthFirst)}. Enter it as ${formatIsoDate(dayFirst)} or ${formatIsoDate(monthFirst)} so it cannot be misread.`
    );
  }
  return accept(shown, (dayFirst ?? monthFirst) as DateParts);
}

const TIME = String.raw`(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[ap]\.?m\.?|utc|gmt)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`, "i");
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR_NUMERIC = /^(\d{1,2})[-/.](\d{4})$/;
const NUMERIC = new RegExp(String.raw`^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})\.?${TIME}$`, "i");

function notADate(shown: string): ParsedDate {
  return fail("not-a-date", `${shown} is not a date. ${FORMAT_HINT}`);
}

function monthYearOnly(shown: string, month: number, year: number): ParsedDate {
  const first = formatIsoDate({ year, month, day: 1 });
  return fail(
    "not-a-date",
    `${shown} is a month, not a full date; give the day too, for example ${first}.`
  );
}

function fromNumericText(shown: string, text: string, order: DateOrder | null): ParsedDate | null {
  const ymd = YEAR_FIRST.exec(text);
  if (ymd) {
    const year = Number(ymd[1]);
    const month = Number(ymd[3]);
    const day = Number(ymd[4]);
    if (!isValidParts(year, month, day)) return invalidDay(shown, year, month, day);
    return accept(shown, { year, month, day });
  }
  const ym = YEAR_MONTH.exec(text) ?? null;
  if (ym) {
    const month = Number(ym[2]);
    return month >= 1 && month <= 12 ? monthYearOnly(shown, month, Number(ym[1])) : notADate(shown);
  }
  const my = MONTH_YEAR_NUMERIC.exec(text);
  if (my) {
    const month = Number(my[1]);
    return month >= 1 && month <= 12 ? monthYearOnly(shown, month, Number(my[2])) : notADate(shown);
  }
  const m = NUMERIC.exec(text);
  if (!m) return null;
  const [a, b, c] = [m[1], m[3], m[4]];
  if (a.length === 3 || c.length === 3 || (a.length === 4 && c.length === 4))
    return notADate(shown);
  if (a.length === 4) return null; // handled by YEAR_FIRST; unreachable
  if (c.length === 4 || order !== "ymd") {
    // Year last: D/M/Y or M/D/Y. A year-first locale does not say which of the first two is the month.
    return resolveDayMonth(
      shown,
      Number(a),
      Number(b),
      expandYear(c),
      order === "ymd" ? null : order
    );
  }
  // Year-first locale, two-digit year first: YY/M/D.
  const year = expandYear(a);
  const month = Number(b);
  const day = Number(c);
  if (!isValidParts(year, month, day)) return invalidDay(shown, year, month, day);
  return accept(shown, { year, month, day });
}

function isTimeToken(token: string): boolean {
  return (
    /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(token) ||
    /^(am|pm|a\.m\.|p\.m\.|z|utc|gmt)$/.test(token) ||
    /^(gmt|utc)?[+-]\d{2}:?\d{2}$/.test(token)
  );
}

/** Dates with an English month name: "4 March 2025", "March 4, 2025", "4-Mar-25", "2025 Mar 4". */
function fromMonthName(shown: string, text: string): ParsedDate | null {
  const tokens = text
    .toLowerCase()
    .replace(/,/g, " ")
    .split(/[\s/\-.]+/)
    .filter((t) => t.length > 0 && t !== "of" && t !== "the");
  let month: number | null = null;
  let monthIndex = -1;
  const numbers: { text: string; index: number }[] = [];
  let timeSeen = false;
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i];
    const token = raw.replace(/\.$/, "").replace(/^'(?=\d{2}$)/, "");
    if (timeSeen || isTimeToken(token)) {
      if (!isTimeToken(token)) return null;
      timeSeen = true;
      continue;
    }
    if (WEEKDAY_WORDS.has(token) && month === null && numbers.length === 0) continue;
    if (Object.prototype.hasOwnProperty.call(MONTH_WORDS, token)) {
      if (month !== null) return null;
      month = MONTH_WORDS[token];
      monthIndex = i;
      continue;
    }
    const num = /^(\d{1,4})(st|nd|rd|th)?$/.exec(token);
    if (num) {
      if (num[2] && num[1].length > 2) return null;
      numbers.push({ text: num[1], index: i });
      continue;
    }
    return null;
  }
  if (month === null || numbers.length === 0 || numbers.length > 2) return null;
  if (numbers.length === 1) {
    const n = numbers[0];
    if (
      n.text.length === 4 ||
      (n.index > monthIndex && n.text.length === 2 && Number(n.text) > 31)
    ) {
      return monthYearOnly(shown, month, expandYear(n.text));
    }
    if (n.text.length === 2 && n.index > monthIndex && /-/.test(text)) {
      // "Mar-25": Excel's mmm-yy format, a month and a year.
      return monthYearOnly(shown, month, expandYear(n.text));
    }
    return fail("not-a-date", `${shown} has no year; give the full date. ${FORMAT_HINT}`);
  }
  const [x, y] = numbers;
  let dayText: string;
  let yearText: string;
  if (x.text.length === 4 || y.text.length === 4) {
    if (x.text.length === 4 && y.text.length === 4) return null;
    [yearText, dayText] = x.text.length === 4 ? [x.text, y.text] : [y.text, x.text];
  } else if (x.text.length === 3 || y.text.length === 3) {
    return null;
  } else {
    // Two short numbers: the year is the last one ("4-Mar-25", "March 4, 25").
    [dayText, yearText] = [x.text, y.text];
  }
  const year = expandYear(yearText);
  const day = Number(dayText);
  if (dayText.length > 2) return null;
  if (!isValidParts(year, month, day)) return invalidDay(shown, year, month, day);
  return accept(shown, { year, month, day });
}

// ---------------------------------------------------------------------------------------------------------

/** Read one evidence date. Never throws. */
export function parseEvidenceDate(value: CellValue, options: DateParseOptions): ParsedDate {
  try {
    return parseUnsafe(value, options);
  } catch {
    return fail("not-a-date", `${safeDescribe(value)} is not a date. ${FORMAT_HINT}`);
  }
}

function safeDescribe(value: unknown): string {
  try {
    return describe(value as CellValue);
  } catch {
    return "The value";
  }
}

function parseUnsafe(value: CellValue, options: DateParseOptions): ParsedDate {
  const date1904 = options?.date1904 === true;
  const locale = typeof options?.locale === "string" ? options.locale : null;
  const opts: DateParseOptions = { date1904, locale };
  if (value === null || value === undefined) return fail("empty", "No date given.");
  const shown = describe(value);
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time))
      return fail("not-a-date", `The cell holds an invalid date. ${FORMAT_HINT}`);
    return accept(shown, {
      year: value.getUTCFullYear(),
      month: value.getUTCMonth() + 1,
      day: value.getUTCDate(),
    });
  }
  if (typeof value === "number") return fromSerial(shown, value, opts);
  if (typeof value === "boolean")
    return fail("not-a-date", `${shown} is not a date. ${FORMAT_HINT}`);
  if (typeof value !== "string")
    return fail("not-a-date", `The value is not a date. ${FORMAT_HINT}`);

  const text = value
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .trim()
    .replace(/^["'\u201c\u2018](.*)["'\u201d\u2019]$/s, "$1")
    .trim();
  if (text === "") return fail("empty", "No date given.");

  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    if (year >= 1900 && year <= 2199) {
      return fail(
        "not-a-date",
        `${shown} is a year, not a full date; give the day and month too, for example ${year}-03-04.`
      );
    }
  }
  if (/^\d+(\.\d+)?$/.test(text)) return fromSerial(shown, Number(text), opts);
  if (/^[+-]\d+(\.\d+)?$/.test(text)) return fromSerial(shown, Number(text), opts);

  const numeric = fromNumericText(shown, text, localeDateOrder(locale));
  if (numeric) return numeric;
  const named = fromMonthName(shown, text);
  if (named) return named;

  if (/\bq[1-4]\b|\bquarter\b|\bh[12]\b/i.test(text)) {
    return fail(
      "not-a-date",
      `${shown} is a period, not a date; give the exact date, for example 2025-03-04.`
    );
  }
  return notADate(shown);
}

/**
 * The dates in one cell, split by the multi-value splitter (one per line or semicolon; commas only when every
 * piece reads as a date, so "March 4, 2025" stays one date). A cell without any piece is returned as it is.
 */
export function splitDates(value: CellValue, options: DateParseOptions): CellValue[] {
  const pieces = splitDateValues(value, (piece) => parseEvidenceDate(piece, options).ok);
  return pieces.length ? pieces : [value];
}
