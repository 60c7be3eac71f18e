/**
 * What a control ID of the self-assessment template family looks like, independent of any catalog: the workbook
 * is the source of truth for which controls exist, so rows are told apart from notes and section titles by the
 * shape of the text in their ID column.
 */
import { normalizeId } from "../answers";
import type { CellValue } from "../model";

/**
 * prefixed: BUS-001, ECS-024, SEC-001-SERVICE, CM-1. dotted: 1.1, 9.3.1. sub: HOST-001.1 (a sub-question of a
 * prefixed control).
 */
export type IdShape = "prefixed" | "dotted" | "sub";

const PREFIXED = /^[A-Z][A-Z0-9]{0,9}-\d{1,4}[A-Z]?(?:-[A-Z][A-Z0-9]{0,19})*$/;
const DOTTED = /^\d{1,2}(?:\.\d{1,3}){1,3}$/;
const SUB = /^[A-Z][A-Z0-9]{0,9}-\d{1,4}[A-Z]?(?:\.\d{1,3}){1,2}$/;

/** The comparable form of an ID: normalizeId, no spaces around dots and hyphens, upper case. */
export function idKey(value: CellValue): string {
  return normalizeId(value)
    .replace(/\s*([.-])\s*/g, "$1")
    .toUpperCase();
}

/** The shape of an ID key (see idKey), or null when the text is not a control ID. */
export function idShape(key: string): IdShape | null {
  if (SUB.test(key)) return "sub";
  if (PREFIXED.test(key)) return "prefixed";
  if (DOTTED.test(key)) return "dotted";
  return null;
}

/** Text that looks like a control ID of some checklist of the family. */
export function looksLikeId(key: string): boolean {
  return idShape(key) !== null;
}

/**
 * A section number rather than a control: "1.0", "12.0" (the family numbers sections N.0 and their controls N.1,
 * N.2...).
 */
export function isSectionNumber(key: string): boolean {
  return /^\d{1,2}\.0$/.test(key);
}

/** The group an ID belongs to when the workbook prints no section rows: "BUS" for BUS-001, "9" for 9.3.1. */
export function idGroup(key: string): string {
  const prefixed = /^([A-Z][A-Z0-9]*)-/.exec(key);
  if (prefixed) return prefixed[1];
  const dotted = /^(\d+)\./.exec(key);
  return dotted ? dotted[1] : key;
}

/**
 * An ID cell that also carries the title ("1.1 Financial Health", "SUP-001 - Support plan"): the ID and the rest.
 * A cell holding only an ID gives an empty title; text that does not start with an ID gives null.
 */
export function splitIdCell(text: string): { id: string; key: string; title: string } | null {
  const raw = normalizeId(text);
  const whole = idKey(raw);
  if (idShape(whole) || isSectionNumber(whole)) return { id: raw, key: whole, title: "" };
  const match = /^(\S+?)[.:]?\s+(?:[-–—:]\s*)?(\S.*)$/s.exec(raw);
  if (!match) return null;
  const key = idKey(match[1]);
  if (!idShape(key) && !isSectionNumber(key)) return null;
  return { id: normalizeId(match[1]), key, title: match[2].trim() };
}
