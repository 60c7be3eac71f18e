/**
 * What `selfassess new` (and the add-in) remember inside a workbook: a hidden sheet named "SelfAssess" with one
 * key/value pair per row (column A key, column B value). A sheet survives ExcelJS, Excel and LibreOffice round trips
 * and Office.js reads it like any range; ExcelJS 4.4 cannot write custom document properties.
 *
 * Keys: `format` ("selfassess/1"), `checklist`, `checklistVersion`, `created`, `finalized` (set by finalize, with
 * `finalized.answersHash`: the answers' hash it finalized, so a later change shows, see stamps.ts) and one
 * `scope.<field>` per Scope field (booleans as TRUE/FALSE, numbers as numbers, null as an empty cell), and one
 * `scope.prerequisites.<ID>` per prerequisite answered as a question.
 */
import { CATALOG } from "../../checklists";
import { ChecklistId } from "../../checklists/schema";
import { prerequisiteQuestions } from "../prerequisites";
import { Scope, type CellValue, type ScopeInput } from "../model";
import { cellText, type Grid } from "./grid";

export const SELFASSESS_SHEET = "SelfAssess";
export const ORIGINAL_FORMULAS_SHEET = "SelfAssess Original Formulas";
export const PERSIST_FORMAT = "selfassess/1";
/** Key prefix of a prerequisite answered as a question ("scope.prerequisites.P-1"). */
export const PREREQUISITE_KEY = "scope.prerequisites.";

/** Sheets the product writes for itself; recognition never looks for controls on them. */
export const OWN_SHEETS: readonly string[] = [
  SELFASSESS_SHEET,
  ORIGINAL_FORMULAS_SHEET,
  "Summary",
  "Evidence index",
];

export interface Persisted {
  checklist: ChecklistId;
  checklistVersion: string | null;
  scope: ScopeInput;
  created: string | null;
  finalized: string | null;
  /** The answers' hash finalize recorded (core/review.ts answersHashOf), or null. */
  finalizedHash?: string | null;
}

/** The rows of the SelfAssess sheet for a checklist, its version and a scope. */
export function persistedRows(info: {
  checklist: ChecklistId;
  checklistVersion: string;
  scope: Scope;
  created: string;
  finalized?: string | null;
  finalizedHash?: string | null;
}): CellValue[][] {
  const rows: CellValue[][] = [
    ["Key", "Value"],
    ["format", PERSIST_FORMAT],
    ["checklist", info.checklist],
    ["checklistVersion", info.checklistVersion],
    ["created", info.created],
  ];
  if (info.finalized) rows.push(["finalized", info.finalized]);
  if (info.finalized && info.finalizedHash)
    rows.push(["finalized.answersHash", info.finalizedHash]);
  for (const [key, value] of Object.entries(info.scope)) {
    if (key === "checklist") continue;
    if (key === "prerequisites") {
      // One row per prerequisite once any is answered (scope.prerequisites.P-1 = TRUE), an empty value for one not
      // answered, so a sheet updated key by key also forgets an answer taken back.
      const answers = info.scope.prerequisites ?? {};
      const ids = new Set([...prerequisiteQuestions(CATALOG[info.checklist]).map((q) => q.id)]);
      for (const id of Object.keys(answers)) ids.add(id);
      for (const id of ids) rows.push([`${PREREQUISITE_KEY}${id}`, answers[id] ?? null]);
      continue;
    }
    rows.push([
      `scope.${key}`,
      value === null || value === undefined ? null : (value as CellValue),
    ]);
  }
  return rows;
}

function scopeValue(field: string, raw: CellValue): unknown {
  const shape = Scope.shape as Record<string, unknown>;
  if (!(field in shape)) return undefined;
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "boolean" || typeof raw === "number") return raw;
  const text = cellText(raw);
  if (/^(true|yes)$/i.test(text)) return true;
  if (/^(false|no)$/i.test(text)) return false;
  if (/^-?\d+$/.test(text) && field === "caseStudyCount") return Number(text);
  return text;
}

/**
 * Reads the SelfAssess sheet, if the workbook has one. Unknown keys are ignored; a scope field whose value does not
 * fit the Scope schema is dropped (its default applies), so a hand-edited sheet cannot break reading.
 */
export function readPersisted(grid: Grid): Persisted | null {
  const sheet = (Array.isArray(grid.sheets) ? grid.sheets : []).find(
    (s) => s && s.name === SELFASSESS_SHEET
  );
  if (!sheet || !Array.isArray(sheet.rows)) return null;
  const values = new Map<string, CellValue>();
  for (const row of sheet.rows) {
    if (!Array.isArray(row)) continue;
    const key = cellText(row[0]);
    if (key) values.set(key, row[1]);
  }
  const checklist = ChecklistId.safeParse(cellText(values.get("checklist")).toLowerCase());
  if (!checklist.success) return null;
  const scope: Record<string, unknown> = { checklist: checklist.data };
  const prerequisites: Record<string, boolean> = {};
  for (const [key, raw] of values) {
    if (key.startsWith(PREREQUISITE_KEY)) {
      const met = scopeValue("prerequisites", raw);
      if (typeof met === "boolean") prerequisites[key.slice(PREREQUISITE_KEY.length)] = met;
      continue;
    }
    if (!key.startsWith("scope.")) continue;
    const field = key.slice("scope.".length);
    const value = scopeValue(field, raw);
    if (value === undefined) continue;
    const probe = Scope.safeParse({ checklist: checklist.data, [field]: value });
    if (probe.success) scope[field] = value;
  }
  if (Object.keys(prerequisites).length) scope.prerequisites = prerequisites;
  const text = (key: string): string | null => cellText(values.get(key)) || null;
  return {
    checklist: checklist.data,
    checklistVersion: text("checklistVersion"),
    scope: scope as ScopeInput,
    created: text("created"),
    finalized: text("finalized"),
    finalizedHash: text("finalized.answersHash"),
  };
}

/** What the sheets' content says for one checklist (recognise.ts's candidates). */
export interface ContentEvidence {
  checklist: ChecklistId;
  /** Distinct control IDs of this checklist found on the sheets. */
  found: number;
  titleMatch: boolean;
  score: number;
}

/** The least score recognition accepts from content alone (recognise.ts uses the same bar). */
export const CONTENT_MIN_SCORE = 0.15;

/** The A1 address of the value cell of a key of the SelfAssess sheet ("B3"), or "A1". */
export function persistedCell(grid: Grid, key: string): string {
  const sheet = grid.sheets.find((s) => s && s.name === SELFASSESS_SHEET);
  const row = sheet?.rows.findIndex((r) => Array.isArray(r) && cellText(r[0]) === key) ?? -1;
  return row >= 0 ? `B${row + 1}` : "A1";
}

/**
 * The SelfAssess sheet is a memory of what the tool wrote, not an authority: its checklist is trusted only while
 * the sheets' content agrees. It contradicts the content when the content holds none (or too few) of its control
 * IDs and no title naming it, while another checklist is recognised from the content alone. Returns that other
 * checklist, or null when the sheet is trusted (or there is none).
 */
export function contradictedBy(
  persisted: Persisted | null,
  evidence: readonly ContentEvidence[]
): ContentEvidence | null {
  if (!persisted) return null;
  const own = evidence.find((e) => e.checklist === persisted.checklist);
  if (own && own.found > 0 && (own.score >= CONTENT_MIN_SCORE || own.titleMatch)) return null;
  const best = [...evidence]
    .filter((e) => e.checklist !== persisted.checklist && e.found > 0)
    .sort((a, b) => b.score - a.score || b.found - a.found)[0];
  if (!best || (best.score < CONTENT_MIN_SCORE && !best.titleMatch)) return null;
  return best;
}
