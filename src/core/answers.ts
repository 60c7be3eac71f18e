/**
 * Reading answers: Met values as people type them, control IDs as templates print them, and the keys that
 * identify a control within a checklist (prerequisites and requirements reuse numbers such as 1.1).
 */
import type { ControlPart } from "../checklists/schema";
import { ControlAnswer, type AnswerEntry, type CellValue } from "./model";

export function controlKey(part: ControlPart, id: string): string {
  return `${part}/${id}`;
}

/** Met values are read by the vocabulary module, the one definition of the Met words. */
export { parseMet } from "./vocabulary/met";

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
