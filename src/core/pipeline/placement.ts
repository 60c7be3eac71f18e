/**
 * Step 6: every finding gets a sheet and a cell, so the pane can go to it and the CLI can name it.
 */
import type { AnswerEntry, Finding, FindingField } from "../model";
import { a1 } from "../workbook/grid";
import type { Mapping } from "../workbook/mapping";

/** Gives a finding without a place the cell of its control's field (or Met, or ID), else the first mapped header. */
export function placeFindings(
  findings: readonly Finding[],
  entries: readonly AnswerEntry[],
  mapping: Mapping
): Finding[] {
  const byId = new Map<string, AnswerEntry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  const first = mapping.sheets[0];
  const fallback = first
    ? { sheet: first.sheet, cell: a1(first.headerRow, first.columns.id) }
    : { sheet: "", cell: "A1" };
  return findings.map((f) => {
    if (f.sheet && f.cell) return f;
    const entry = byId.get(f.control);
    const cells = entry?.cells?.[Math.max(0, (f.caseStudy ?? 1) - 1)] ?? entry?.cells?.[0];
    const place = cells?.[f.field as FindingField] ?? cells?.met ?? cells?.id;
    if (place) return { ...f, sheet: place.sheet, cell: place.cell };
    // A control not in the workbook: point at the first mapped sheet's header.
    return { ...f, sheet: fallback.sheet, cell: fallback.cell };
  });
}
