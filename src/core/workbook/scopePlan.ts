/**
 * Pure: what saving a scope changes in the workbook. The scope goes into the SelfAssess sheet (persist.ts keys);
 * control rows that are not asked are hidden, the others shown; a note on the ID cell gives the reason for rows not
 * asked or granted (the layout's wording), replacing the add-in's earlier notes; on sheets the add-in rendered from
 * the layout, rows whose status changed take the layout's look (greyed or input); the Summary's scope and planned
 * submission lines follow.
 */
import type { Checklist } from "../../checklists/schema";
import { applicability, type ControlStatus } from "../applicability";
import type { Scope } from "../model";
import { a1, cellText } from "./grid";
import { buildLayout, SUMMARY_SHEET, type CellStyle, type LayoutSheet } from "./layout";
import type { Mapping } from "./mapping";
import { persistedRows } from "./persist";
import { kvFromCells, kvSet, type KvRow } from "./keyValue";
import { isoToSerial, rectangles, rowRuns, type StyleRect } from "./renderPlan";

/** The prefixes of the notes the add-in writes on ID cells (layout.ts statusCells). */
export const STATUS_NOTE_PREFIXES = ["Not asked:", "Points granted:"] as const;

export function statusNote(status: ControlStatus): string | null {
  if (status.state === "excluded") return `Not asked: ${status.reason ?? ""}`.trim();
  if (status.state === "granted") return `Points granted: ${status.reason ?? ""}`.trim();
  return null;
}

export function isStatusNote(content: string): boolean {
  return STATUS_NOTE_PREFIXES.some((p) => content.startsWith(p));
}

export interface SheetScopePlan {
  sheet: string;
  /** Row ranges ("5:7") to hide and to show. */
  hide: string[];
  show: string[];
  /** Indexes (in the loaded comment list) of the add-in's earlier status notes, deleted before the new ones. */
  deleteComments: number[];
  notes: { address: string; text: string }[];
  restyle: StyleRect[];
}

export interface ScopePlan {
  kv: KvRow[];
  sheets: SheetScopePlan[];
  /** Summary B4 (scope text) and B5 (planned submission, a date serial), when the Summary has those lines. */
  summary: { scope: string; date: number } | null;
}

export interface ScopeInputs {
  checklist: Checklist;
  mapping: Mapping;
  scope: Scope;
  /** The scope the workbook held before, to restyle only rows whose status changes (null: restyle all). */
  previousScope: Scope | null;
  /** The SelfAssess rows, or null when the sheet does not exist. */
  kv: KvRow[] | null;
  today: string;
  /** The loaded comment contents per mapped sheet. */
  comments: ReadonlyMap<string, readonly string[]>;
  /** Summary A4 and A5, when the workbook has a Summary sheet. */
  summaryLabels: [string, string] | null;
}

function scopeKv(inputs: ScopeInputs): KvRow[] {
  const fresh = kvFromCells(
    persistedRows({
      checklist: inputs.checklist.id,
      checklistVersion: inputs.checklist.version,
      scope: inputs.scope,
      created: inputs.today,
    })
  );
  if (!inputs.kv) return fresh;
  let rows = inputs.kv;
  for (const [key, value] of fresh) if (key.startsWith("scope.")) rows = kvSet(rows, key, value);
  return rows;
}

function layoutSheets(inputs: ScopeInputs): LayoutSheet[] {
  return buildLayout(inputs.checklist, inputs.scope, { today: inputs.today }).sheets;
}

export function planScope(inputs: ScopeInputs): ScopePlan {
  const statuses = new Map(applicability(inputs.checklist, inputs.scope).map((s) => [s.key, s]));
  const before = inputs.previousScope
    ? new Map(applicability(inputs.checklist, inputs.previousScope).map((s) => [s.key, s.state]))
    : null;
  const layout = layoutSheets(inputs);
  const sheets: SheetScopePlan[] = [];
  for (const sheetMap of inputs.mapping.sheets) {
    const hide: number[] = [];
    const show: number[] = [];
    const notes: SheetScopePlan["notes"] = [];
    const changed = new Set<string>();
    for (const [key, row] of Object.entries(sheetMap.controls)) {
      const status = statuses.get(key);
      if (!status) continue;
      (status.state === "excluded" ? hide : show).push(row);
      const note = statusNote(status);
      if (note) notes.push({ address: a1(row, sheetMap.columns.id), text: note });
      if (!before || before.get(key) !== status.state) changed.add(key);
    }
    const contents = inputs.comments.get(sheetMap.sheet) ?? [];
    const deleteComments = contents.flatMap((c, i) => (isStatusNote(c) ? [i] : []));
    // Restyle only sheets the add-in rendered from the layout, whose control rows sit where the layout puts them.
    const spec = layout.find(
      (s) => s.name === sheetMap.sheet && (s.kind === "checklist" || s.kind === "customers")
    );
    const styled: { row: number; col: number; key: CellStyle }[] = [];
    if (spec) {
      const rows = spec.rows.filter((r) => r.kind === "control" && r.control !== undefined);
      const aligned = rows.every((r) => sheetMap.controls[r.control ?? ""] === r.row);
      // A section header follows its controls: hidden when none of them is asked (another DCX segment).
      if (aligned)
        for (const r of spec.rows) if (r.kind === "section") (r.hidden ? hide : show).push(r.row);
      if (aligned)
        for (const r of rows)
          if (changed.has(r.control ?? ""))
            for (const c of r.cells)
              if (c.style) styled.push({ row: r.row, col: c.col, key: c.style });
    }
    const restyle = rectangles(styled).map((r) => ({
      address:
        r.top === r.bottom && r.left === r.right
          ? a1(r.top, r.left)
          : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`,
      style: r.key,
    }));
    sheets.push({
      sheet: sheetMap.sheet,
      hide: rowRuns(hide),
      show: rowRuns(show),
      deleteComments,
      notes,
      restyle,
    });
  }
  let summary: ScopePlan["summary"] = null;
  if (
    inputs.summaryLabels &&
    inputs.summaryLabels[0] === "Scope" &&
    inputs.summaryLabels[1] === "Planned submission"
  ) {
    const spec = layout.find((s) => s.name === SUMMARY_SHEET);
    const line = (label: string) =>
      spec?.rows.find((r) => cellText(r.cells[0]?.value) === label)?.cells[1];
    const scopeText = line("Scope")?.value;
    const date = line("Planned submission")?.date;
    if (typeof scopeText === "string" && date)
      summary = { scope: scopeText, date: isoToSerial(date) };
  }
  return { kv: scopeKv(inputs), sheets, summary };
}
