/**
 * Reading answers: Met values as people type them, control IDs as templates print them, and the keys that
 * identify a control within a checklist (prerequisites and requirements reuse numbers such as 1.1).
 */
import type { ControlPart } from "../checklists/schema";
import { ControlAnswer, type AnswerEntry, type CellValue, type Met } from "./model";

export function controlKey(part: ControlPart, id: string): string {
  return `${part}/${id}`;
}

const MET_WORDS: Record<string, Met> = {
  yes: "yes",
  y: "yes",
  true: "yes",
  met: "yes",
  "✓": "yes",
  "✔": "yes",
  no: "no",
  n: "no",
  false: "no",
  "not met": "no",
  "✗": "no",
  "✘": "no",
  na: "na",
  "n/a": "na",
  "n.a.": "na",
  "not applicable": "na",
  "": "blank",
};

/** Yes/No/N/A as typed in a cell or an answers file; null when the value cannot be read as one of them. */
export function parseMet(value: CellValue): Met | null {
  if (value === null || value === undefined) return "blank";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value !== "string") return null;
  const word = value.trim().toLowerCase().replace(/\s+/g, " ");
  return Object.prototype.hasOwnProperty.call(MET_WORDS, word) ? MET_WORDS[word] : null;
}

/** "1.1.", " 9.3.1 ", "SUP-001 " -> "1.1", "9.3.1", "SUP-001": templates add trailing dots and stray spaces. */
export function normalizeId(text: CellValue): string {
  if (text === null || text === undefined) return "";
  const raw = typeof text === "number" ? String(text) : typeof text === "string" ? text : "";
  return raw
    .replace(/\u00a0/g, " ")
    .trim()
    .replace(/[.\s]+$/, "")
    .replace(/\s+/g, " ");
}

export function emptyAnswer(): ControlAnswer {
  return ControlAnswer.parse({});
}

/** Index entries by control key; later entries for the same key replace earlier ones. */
export function indexEntries(entries: readonly AnswerEntry[]): Map<string, AnswerEntry> {
  const map = new Map<string, AnswerEntry>();
  for (const entry of entries) map.set(controlKey(entry.part, entry.id), entry);
  return map;
}
