/**
 * A stable fingerprint of what a reviewer approved: every control's Met value and its answers (N/A reason,
 * response, links, dates), in a canonical JSON (keys sorted, controls sorted by key, dates as ISO text), hashed
 * with 64-bit FNV-1a. Reviewer comments are left out: a reviewer commenting must not make their own approval stale.
 * Pure and synchronous, so the task pane can compare it on every snapshot.
 */
import type { AnswerEntry, CellValue, Met } from "./model";
import { controlKey } from "./answers";

export interface HashedControl {
  key: string;
  met: Met;
}

type Canonical = string | number | boolean | null | Canonical[] | { [key: string]: Canonical };

function canonicalCell(value: CellValue): Canonical {
  if (value === undefined || value === null) return null;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  return value;
}

/** JSON with object keys in sorted order, so equal data always gives equal text. */
export function canonicalJson(value: Canonical): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 hex digits. The 64-bit state is two unsigned 32-bit halves:
 * multiplying by the prime 2^40 + 0x1b3 is `h * 0x1b3 + (h << 40)`, so each byte costs two 32-bit products and a
 * carry instead of a BigInt multiplication (about a hundred times faster; stamps hash every answer on every refresh
 * of a finalized or approved workbook). The digits are the same as the BigInt definition's, so recorded stamps
 * still compare. The UTF-8 is encoded inline (no TextEncoder: core runs in every host, jsdom included).
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  // One code point's UTF-8 bytes; the mixing stays inline in this loop (a closure over hi/lo is several times slower).
  const bytes = [0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else c = 0xfffd; // a lone surrogate, as TextEncoder writes it
    }
    let n: number;
    if (c < 0x80) {
      bytes[0] = c;
      n = 1;
    } else if (c < 0x800) {
      bytes[0] = 0xc0 | (c >> 6);
      bytes[1] = 0x80 | (c & 63);
      n = 2;
    } else if (c < 0x10000) {
      bytes[0] = 0xe0 | (c >> 12);
      bytes[1] = 0x80 | ((c >> 6) & 63);
      bytes[2] = 0x80 | (c & 63);
      n = 3;
    } else {
      bytes[0] = 0xf0 | (c >> 18);
      bytes[1] = 0x80 | ((c >> 12) & 63);
      bytes[2] = 0x80 | ((c >> 6) & 63);
      bytes[3] = 0x80 | (c & 63);
      n = 4;
    }
    for (let k = 0; k < n; k++) {
      lo = (lo ^ bytes[k]) >>> 0;
      const low = lo * 0x1b3; // < 2^41: exact in a double
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + ((low / 0x100000000) | 0)) >>> 0;
      lo = low >>> 0;
    }
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/** The canonical form the hash is computed over (exported for tests and for showing what was hashed). */
export function canonicalAnswers(
  controls: readonly HashedControl[],
  entries: readonly AnswerEntry[] = []
): string {
  const answers = new Map<string, Canonical>();
  for (const entry of entries) {
    answers.set(
      controlKey(entry.part, entry.id),
      entry.answers.map((a) => ({
        met: a.met,
        naReason: a.naReason.trim(),
        response: a.response.trim(),
        links: a.links.map((l) => l.trim()).filter((l) => l !== ""),
        dates: a.dates.map(canonicalCell),
      }))
    );
  }
  const rows: Canonical[] = [...controls]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((c) => ({ key: c.key, met: c.met, answers: answers.get(c.key) ?? null }));
  return canonicalJson(rows);
}

/** The approval hash: "fnv1a64:" + 16 hex digits. */
export function reviewHash(
  controls: readonly HashedControl[],
  entries: readonly AnswerEntry[] = []
): string {
  return `fnv1a64:${fnv1a64(canonicalAnswers(controls, entries))}`;
}
