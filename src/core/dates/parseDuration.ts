/**
 * Reading a duration typed in Partner Response ("4 hours", "30 min", "1 day", "24h", "PT4H", "1 hour 30
 * minutes", "2-4 hours", "less than an hour"). Never throws.
 *
 * - A range ("2-4 hours", "2 to 4 hours") is read as its upper bound: the promise is only as good as the worst
 *   case.
 * - Adjacent amounts add up ("1 hour 30 minutes", "1h30m", "1 day and 4 hours").
 * - When the text holds several separate durations, the first is used; when a label is given ("RTO") and
 *   the text names it, the first duration after the label is used ("RPO 1 hour, RTO 4 hours" -> 4 hours for
 *   RTO).
 * - A number without a unit ("4") is not read: the unit is the part that matters.
 * - Months count 30 days, years 365 days.
 */

export type ParsedDuration = { ok: true; hours: number } | { ok: false; message: string };

const UNIT_HOURS: [RegExp, number][] = [
  [/^(w|wk|wks|week|weeks)$/, 168],
  [/^(d|dy|dys|day|days)$/, 24],
  [/^(h|hr|hrs|hour|hours)$/, 1],
  [/^(m|mn|min|mins|minute|minutes)$/, 1 / 60],
  [/^(s|sec|secs|second|seconds)$/, 1 / 3600],
  [/^(mo|mos|mth|mths|month|months)$/, 720],
  [/^(y|yr|yrs|year|years)$/, 8760],
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  "forty-five": 45,
  sixty: 60,
  half: 0.5,
};

const UNIT = String.raw`(weeks?|wks?|w|days?|dys?|dy|d|hours?|hrs?|h|minutes?|mins?|mn|m|seconds?|secs?|s|months?|mths?|mos?|years?|yrs?|y)`;
const WORD_UNIT = String.raw`(weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|months?|years?)`;
const DIGITS = String.raw`(\d+(?:\.\d+)?)`;
const WORDS = String.raw`(${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
/** digits [- or "to" digits] unit: "4 hours", "2-4h", "24h", "4-hour". */
const DIGIT_AMOUNT = new RegExp(
  String.raw`(?<![0-9.])${DIGITS}(?:\s*(?:-|–|to)\s*${DIGITS})?\s*-?\s*${UNIT}(?![a-z])`,
  "gi"
);
/** number word [an] unit word: "an hour", "half an hour", "two days". */
const WORD_AMOUNT = new RegExp(
  String.raw`(?<![a-z0-9.])${WORDS}(?:\s+(?:-|–|to)\s+${WORDS})?(?:\s+an?)?\s+${WORD_UNIT}(?![a-z])`,
  "gi"
);
const ISO =
  /(?<![a-z])p(?:(\d+(?:\.\d+)?)w)?(?:(\d+(?:\.\d+)?)d)?(?:t(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?)?(?![a-z0-9])/gi;

interface Amount {
  start: number;
  end: number;
  hours: number;
  /** Hours per unit of the smallest unit in the amount (0 for ISO durations, which are complete). */
  unit: number;
}

function numberValue(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(NUMBER_WORDS, t)) return NUMBER_WORDS[t];
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function unitHours(unit: string): number | null {
  const u = unit.toLowerCase();
  for (const [re, hours] of UNIT_HOURS) if (re.test(u)) return hours;
  return null;
}

function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const m of text.matchAll(ISO)) {
    if (m[0].length < 3 || m.slice(1, 6).every((g) => g === undefined)) continue;
    const [w, d, h, min, s] = m.slice(1, 6).map((g) => (g === undefined ? 0 : Number(g)));
    const start = m.index ?? 0;
    found.push({
      start,
      end: start + m[0].length,
      hours: w * 168 + d * 24 + h + min / 60 + s / 3600,
      unit: 0,
    });
  }
  for (const re of [DIGIT_AMOUNT, WORD_AMOUNT]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (found.some((a) => start < a.end && a.start < start + m[0].length)) continue;
      const low = numberValue(m[1]);
      const high = numberValue(m[2]);
      const per = unitHours(m[3]);
      if (low === null || per === null) continue;
      found.push({ start, end: start + m[0].length, hours: (high ?? low) * per, unit: per });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Group amounts separated only by spaces, commas or "and" into one duration when the units get smaller
 * ("1 hour 30 minutes", "1 day, 4 hours"); "1 hour, 4 hours" stays two durations.
 */
function groups(text: string, amounts: Amount[]): Amount[] {
  const out: Amount[] = [];
  for (const a of amounts) {
    const last = out[out.length - 1];
    if (
      last &&
      a.unit > 0 &&
      a.unit < last.unit &&
      /^[\s,]*(and|&|\+)?[\s,]*$/i.test(text.slice(last.end, a.start))
    ) {
      last.end = a.end;
      last.hours += a.hours;
      last.unit = a.unit;
    } else {
      out.push({ ...a });
    }
  }
  return out;
}

function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

/** Read a duration in hours. `label` ("RTO") picks the duration after the label when the text has several. */
export function parseDuration(value: unknown, label?: string): ParsedDuration {
  try {
    if (typeof value === "number") {
      return {
        ok: false,
        message: `${value} has no unit; write it with one, for example "${value} hours" or "${value} minutes".`,
      };
    }
    if (typeof value !== "string" || value.trim() === "") {
      return { ok: false, message: "No duration given." };
    }
    const text = value
      .replace(/(\d),(\d{1,2})(?!\d)/g, "$1.$2")
      .replace(/\s+/g, " ")
      .trim();
    const all = groups(text, findAmounts(text));
    if (all.length === 0) {
      const hint = /^\s*\d+(\.\d+)?\s*$/.test(text)
        ? `${quote(value.trim())} has no unit; write it with one, for example "${text} hours".`
        : `${quote(value.trim())} could not be read as a duration; write it as a number and a unit, for example "4 hours" or "30 minutes".`;
      return { ok: false, message: hint };
    }
    let chosen = all[0];
    if (label && all.length > 1) {
      const at = text.toLowerCase().indexOf(label.toLowerCase());
      if (at >= 0) chosen = all.find((a) => a.start >= at) ?? chosen;
    }
    return { ok: true, hours: chosen.hours };
  } catch {
    return { ok: false, message: "The value could not be read as a duration." };
  }
}

/** "4 hours", "30 minutes", "2 days", "1.5 hours" for messages. */
export function formatHours(hours: number): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  if (hours > 0 && hours < 1) {
    const minutes = round(hours * 60);
    return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  }
  if (hours >= 48 && hours % 24 === 0) {
    const days = hours / 24;
    return `${days} days`;
  }
  const h = round(hours);
  return `${h} hour${h === 1 ? "" : "s"}`;
}
