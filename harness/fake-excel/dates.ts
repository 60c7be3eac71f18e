/**
 * Excel's 1900 date system for the formula engine: serial 1 is 1900-01-01, serial 60 the 1900-02-29 Excel keeps
 * for Lotus compatibility (a day that never was), serial 61 is 1900-03-01, serial 0 shows as 1900-01-00 and
 * 2958465 is 9999-12-31, the last date Excel accepts.
 */

export const MAX_SERIAL = 2958465;

/** Days from 1970-01-01 to a Gregorian date (years 1900-9999; month and day may overflow). */
function civilDays(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

const DAYS_TO_1900_03_01 = civilDays(1900, 3, 1);

/** The serial of a calendar date as Excel numbers it (month and day already normalised, year 1900-9999). */
function serialOf(year: number, month: number, day: number): number {
  if (year === 1900 && month <= 2) return (month === 1 ? 0 : 31) + day;
  return civilDays(year, month, day) - DAYS_TO_1900_03_01 + 61;
}

/**
 * DATE(year, month, day): years 0-1899 are 1900 onwards, months and days roll over in both directions (Excel's
 * February 1900 has 29 days), arguments are truncated; null for a result before serial 0 or after 9999-12-31.
 */
export function dateSerial(year: number, month: number, day: number): number | null {
  let y = Math.trunc(year);
  if (y < 0 || y >= 10000) return null;
  if (y < 1900) y += 1900;
  const m0 = y * 12 + (Math.trunc(month) - 1);
  const yy = Math.floor(m0 / 12);
  const mm = m0 - yy * 12 + 1;
  if (yy < 1900) return null;
  if (yy > 9999) return null;
  const serial = serialOf(yy, mm, 1) + Math.trunc(day) - 1;
  return serial < 0 || serial > MAX_SERIAL ? null : serial;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of an (integer, 0..MAX_SERIAL) serial; 0 is 1900-01-00 and 60 is 1900-02-29. */
export function serialParts(serial: number): DateParts {
  const s = Math.floor(serial);
  if (s < 61) {
    if (s <= 31) return { year: 1900, month: 1, day: s };
    return { year: 1900, month: 2, day: s - 31 };
  }
  const d = new Date((s - 61 + DAYS_TO_1900_03_01) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isLeapYear(year: number): boolean {
  return year === 1900 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Text Excel reads as a date where a date is expected (DATEVALUE in the en-US locale the harness has): ISO
 * "2025-05-01" or "2025/5/1", US "5/1/2025", each optionally followed by a time (the time part is dropped).
 * Null when the text is no valid date.
 */
export function parseDateText(text: string): number | null {
  const t = text.trim();
  const time = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AP]M)?)?`;
  let parts: [number, number, number] | null = null;
  const iso = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${time}$`, "i").exec(t);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const us = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${time}$`, "i").exec(t);
  if (us) parts = [Number(us[3]), Number(us[1]), Number(us[2])];
  if (!parts) return null;
  const [y, m, d] = parts;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return serialOf(y, m, d);
}

/** The serial of a moment's local calendar date (TODAY) and with its time of day as a fraction (NOW). */
export function localSerial(moment: Date, withTime: boolean): number {
  const day = serialOf(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
  if (!withTime) return day;
  const seconds =
    moment.getHours() * 3600 +
    moment.getMinutes() * 60 +
    moment.getSeconds() +
    moment.getMilliseconds() / 1000;
  return day + seconds / 86_400;
}
