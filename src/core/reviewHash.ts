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

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** UTF-8 bytes of a string (no TextEncoder: core runs in every host, jsdom included). */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0) ?? 0;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate, as TextEncoder writes it
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of utf8(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, "0");
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
