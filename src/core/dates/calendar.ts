/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD"), proleptic Gregorian, no time zones and no clock.
 *
 * Month-counting convention (as a person counts): one whole month has passed from a date when the same day
 * of the month comes round again, or the last day of the month when that day does not exist (31 January + 1
 * month = 28/29 February). So `wholeMonthsBetween(from, to)` is the largest n with `addMonths(from, n) <= to`:
 *   2024-01-10 -> 2025-11-01 is 21 whole months (2025-10-10 has been reached, 2025-11-10 has not);
 *   2024-01-10 -> 2025-11-10 is 22; 2025-01-31 -> 2025-02-28 is 1; 2025-03-04 -> 2025-03-04 is 0.
 * When `to` is before `from` the count is negative: -wholeMonthsBetween(to, from).
 */

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** "2025-03-04" -> { year: 2025, month: 3, day: 4 }; null for anything that is not a real calendar date. */
export function parseIsoDate(iso: unknown): DateParts | null {
  if (typeof iso !== "string") return null;
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidParts(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(iso: unknown): iso is string {
  return parseIsoDate(iso) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** { 2025, 11, 1 } -> "2025-11-01". */
export function formatIsoDate(parts: DateParts): string {
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** Negative, zero or positive as a is before, equal to or after b (ISO strings compare as text). */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Add (or subtract) whole calendar months; the day is clamped to the end of a shorter month:
 * addMonths("2025-01-31", 1) = "2025-02-28", addMonths("2025-11-01", -18) = "2024-05-01".
 * Throws only on an invalid ISO date argument (a programming error, not user input).
 */
export function addMonths(iso: string, months: number): string {
  const p = parseIsoDate(iso);
  if (!p || !Number.isInteger(months))
    throw new RangeError(`addMonths: invalid arguments ${iso}, ${months}`);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatIsoDate({ year, month, day: Math.min(p.day, daysInMonth(year, month)) });
}

/** Whole calendar months from `from` to `to` (see the convention above); null when either is not an ISO date. */
export function wholeMonthsBetween(from: string, to: string): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return null;
  if (from > to) return 0 - (wholeMonthsBetween(to, from) as number); // 0 - x: never -0
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  // addMonths(from, months) lands in to's month; step back once if it is after `to`.
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** Days since 1970-01-01 for an ISO date (UTC, no clock involved); null when invalid. */
export function toEpochDays(iso: string): number | null {
  const p = parseIsoDate(iso);
  if (!p) return null;
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day); // not Date.UTC: it maps years 0-99 to 1900-1999
  return Math.round(d.getTime() / 86_400_000);
}

/** The ISO date `days` days after 1970-01-01. */
export function fromEpochDays(days: number): string {
  const d = new Date(Math.round(days) * 86_400_000);
  return formatIsoDate({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}
