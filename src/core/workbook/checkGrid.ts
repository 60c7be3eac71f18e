/**
 * The whole workbook check as one pure function: recognise, read the answers, resolve the scope the workbook
 * remembers, run the engine, and give every finding a sheet and a cell. The CLI (`selfassess check`) and the
 * add-in both call this on a Grid.
 */
import type { Checklist } from "../../checklists/schema";
import { assess, type Assessment } from "../assess";
import type { AnswerEntry, Finding, FindingField, Scope } from "../model";
import {
  prerequisiteAnswers,
  prerequisiteFindings,
  withPrerequisiteAnswers,
  type PrerequisiteFlags,
} from "../prerequisites";
import { defaultScope, resolveScope } from "../scope";
import { a1, type Grid } from "./grid";
import type { Mapping } from "./mapping";
import { readPersisted } from "./persist";
import { readAnswers, type PointOverrides } from "./readAnswers";
import { recognise, type Candidate } from "./recognise";
import { effectiveMapping } from "./savedMapping";

export interface CheckOptions {
  /** Today, YYYY-MM-DD (the caller reads the clock). */
  today: string;
  /** Measure dates against this day instead of the workbook's planned submission date. */
  asOf?: string | null;
  locale?: string | null;
  /** Prerequisites answered outside the workbook (check --prerequisite); they win over the SelfAssess sheet. */
  prerequisites?: PrerequisiteFlags | null;
}

export interface WorkbookCheck {
  checklist: Checklist;
  scope: Scope;
  /** Where the scope came from: the workbook's SelfAssess sheet, or the checklist's defaults. */
  scopeSource: "workbook" | "defaults";
  mapping: Mapping;
  entries: AnswerEntry[];
  pointOverrides: PointOverrides;
  /** The engine's assessment; its findings are all findings (workbook + engine), each with sheet and cell. */
  assessment: Assessment;
  findings: Finding[];
}

export type CheckResult =
  { ok: true; check: WorkbookCheck } | { ok: false; reason: string; candidates: Candidate[] };

/** Gives a finding without a place the cell of its control's field (or Met, or ID), else the first mapped header. */
export function placeFindings(
  findings: Finding[],
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
    // A control not in the workbook: point at the header of the sheet holding its section, else the first sheet.
    return { ...f, sheet: fallback.sheet, cell: fallback.cell };
  });
}

export function checkGrid(
  grid: Grid,
  catalog: readonly Checklist[],
  options: CheckOptions
): CheckResult {
  const recognised = recognise(grid, catalog);
  if (!recognised.ok)
    return { ok: false, reason: recognised.reason, candidates: recognised.candidates };
  const mapping = effectiveMapping(grid, recognised.mapping);
  // The checklist to assess is the recognised one: the catalog's, or the workbook's own controls enriched by it.
  const checklist =
    recognised.checklist.id === mapping.checklist
      ? recognised.checklist
      : catalog.find((c) => c.id === mapping.checklist);
  if (!checklist)
    return {
      ok: false,
      reason: `checklist ${mapping.checklist} is not in the catalog`,
      candidates: recognised.candidates,
    };
  const persisted = readPersisted(grid);
  const findings: Finding[] = [...recognised.findings];
  let scope = defaultScope(checklist.id);
  let scopeSource: WorkbookCheck["scopeSource"] = "defaults";
  if (persisted && persisted.checklist === checklist.id) {
    const { checklist: _omit, ...input } = persisted.scope;
    void _omit;
    const resolved = resolveScope(checklist.id, input);
    if (resolved.ok) {
      scope = resolved.scope;
      scopeSource = "workbook";
    } else {
      findings.push({
        checklist: checklist.id,
        control: "",
        field: "scope",
        severity: "warning",
        rule: "workbook.scope-unreadable",
        message: `The SelfAssess sheet's scope cannot be read (${resolved.errors.join("; ")}); the defaults are used.`,
        sheet: "SelfAssess",
        cell: "A1",
      });
    }
  }
  if (options.asOf) scope = { ...scope, plannedSubmissionDate: options.asOf };
  const programme = catalog.find((c) => c.id === checklist.id);
  if (programme) {
    // Prerequisites without rows in the workbook are questions: reported, never blocking (issue 11, item 5).
    if (options.prerequisites)
      scope = withPrerequisiteAnswers(scope, prerequisiteAnswers(programme, options.prerequisites));
    const head = mapping.sheets[0];
    const place = head
      ? { sheet: head.sheet, cell: a1(head.headerRow, head.columns.id) }
      : { sheet: "", cell: "A1" };
    findings.push(...prerequisiteFindings(programme, checklist, scope, place));
  }
  const read = readAnswers(grid, mapping, checklist);
  findings.push(...read.findings);
  const assessment = assess(checklist, scope, read.entries, {
    today: options.today,
    date1904: grid.date1904 ?? false,
    locale: options.locale ?? null,
    pointsOverrides: read.pointOverrides,
  });
  // A Met value that could not be read is already reported with its cell; the engine sees it as blank.
  const all = placeFindings([...findings, ...assessment.findings], read.entries, mapping);
  const withAll: Assessment = {
    ...assessment,
    findings: all,
    ready: assessment.unanswered.length === 0 && !all.some((f) => f.severity === "error"),
  };
  return {
    ok: true,
    check: {
      checklist,
      scope,
      scopeSource,
      mapping,
      entries: read.entries,
      pointOverrides: read.pointOverrides,
      assessment: withAll,
      findings: all,
    },
  };
}
