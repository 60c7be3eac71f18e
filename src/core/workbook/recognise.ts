/**
 * Recognising a self-assessment workbook from its cell values alone: which checklist it is, where each sheet's
 * header is, which column plays which role and which row holds each control. Headers are found by their labels
 * (never by column letter), controls by the catalog's IDs. Nothing here throws: what cannot be recognised becomes a
 * finding naming its sheet and cell, or (no checklist at all) a reason.
 */
import type { Checklist, ChecklistId, Control, ControlPart } from "../../checklists/schema";
import { controlKey, normalizeId } from "../answers";
import type { CellValue, Finding } from "../model";
import {
  a1,
  cellAt,
  cellText,
  mergedLookup,
  normLabel,
  sheetWidth,
  type Grid,
  type GridSheet,
} from "./grid";
import type { CaseStudyColumns, ColumnRoles, Mapping, SheetMapping } from "./mapping";
import { contradictedBy, OWN_SHEETS, persistedCell, readPersisted } from "./persist";

/** How far down a sheet a header row is looked for. */
const HEADER_SCAN_ROWS = 60;
/** A sheet without a header is reported only when it holds at least this many catalog IDs. */
const HEADERLESS_MIN_IDS = 3;

type Role = keyof Omit<ColumnRoles, "caseStudies">;
type Label = { role: Role } | { caseStudy: number } | { example: true } | null;

/** What a header cell says it is. Order matters: "Subtract if Does Not Meet" before "Met", "Requirement ID" before "Requirement". */
export function classifyLabel(value: CellValue): Label {
  const l = normLabel(value);
  if (!l || l.length > 80) return null;
  const group =
    /^(?:customer reference|reference customer|customer example|case study|customer)\s*#?\s*(\d{1,2})$/.exec(
      l
    );
  if (group) return { caseStudy: Number(group[1]) };
  if (/^subtract\b|does not meet/.test(l)) return { role: "pointsNotMet" };
  if (/^add\b|does meet capability/.test(l)) return { role: "pointsMet" };
  if (/example/.test(l)) return { example: true };
  if (/^evidence links?$|evidence url|^links?$|^urls?$/.test(l)) return { role: "evidenceLinks" };
  if (/^evidence dates?$|^dates?$|as-?of dates?|^evidence as of/.test(l))
    return { role: "evidenceDates" };
  if (/reviewer|auditor/.test(l)) return { role: "reviewerComment" };
  if (/^met\b|^meets?\b/.test(l)) return { role: "met" };
  if (/partner response|self-?assessment|^response$|^partner comments?$/.test(l))
    return { role: "response" };
  if (/^(?:control |requirement |req )?(?:id|#|ref|id#)$/.test(l)) return { role: "id" };
  if (/^requirement|description|^control(?: title| name)?$|^capability|^title$/.test(l))
    return { role: "requirement" };
  return null;
}

/** The comparable form of an ID: normalizeId, no spaces around dots and hyphens, upper case. */
export function idKey(value: CellValue): string {
  return normalizeId(value)
    .replace(/\s*([.-])\s*/g, "$1")
    .toUpperCase();
}

/** Text that looks like a control ID of some checklist: 1.1, 9.3.1, SUP-001, ECS-001. */
function looksLikeId(key: string): boolean {
  return /^\d{1,2}(?:\.\d{1,3}){1,3}$/.test(key) || /^[A-Z]{1,8}-\d{1,4}[A-Z]?$/.test(key);
}

export interface Candidate {
  checklist: ChecklistId;
  /** Distinct catalog IDs of this checklist found in the workbook. */
  found: number;
  /** Distinct IDs the checklist has. */
  total: number;
  titleMatch: boolean;
  score: number;
}

export type RecogniseResult =
  | { ok: true; mapping: Mapping; findings: Finding[]; candidates: Candidate[] }
  | { ok: false; reason: string; candidates: Candidate[] };

export interface RecogniseOptions {
  /** Use this checklist instead of recognising one. */
  checklist?: ChecklistId;
}

interface HeaderFound {
  row: number;
  rows: 1 | 2;
  columns: ColumnRoles;
  /** The ID column was found from the data, not a label. */
  idFromData: boolean;
}

interface RowCandidate {
  row: number;
  raw: string;
  key: string;
  requirementEmpty: boolean;
}

interface SheetScan {
  sheet: GridSheet;
  header: HeaderFound | null;
  /** Rows with text in the ID column below the header (or, headerless, in the best ID column). */
  rows: RowCandidate[];
}

function safeSheets(grid: Grid): GridSheet[] {
  const sheets = grid && Array.isArray(grid.sheets) ? grid.sheets : [];
  return sheets
    .filter((s): s is GridSheet => !!s && typeof s === "object")
    .map((s, i) => ({
      ...s,
      name: typeof s.name === "string" && s.name ? s.name : `Sheet${i + 1}`,
      rows: Array.isArray(s.rows) ? s.rows.map((r) => (Array.isArray(r) ? r : [])) : [],
    }));
}

function emptyColumns(id: number): ColumnRoles {
  return {
    id,
    requirement: null,
    met: null,
    response: null,
    evidenceLinks: null,
    evidenceDates: null,
    reviewerComment: null,
    pointsNotMet: null,
    pointsMet: null,
    caseStudies: [],
  };
}

/** The ID column judged by its data: the column (of the first 12) holding the most ID-like cells below `from`. */
function idColumnByData(sheet: GridSheet, from: number, known: Set<string>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  const width = Math.min(12, sheetWidth(sheet));
  for (let c = 0; c < width; c++) {
    let count = 0;
    for (let r = from; r < sheet.rows.length; r++) {
      const key = idKey(cellAt(sheet, r, c));
      if (key && known.has(key)) count++;
    }
    if (count > bestCount) {
      bestCount = count;
      best = c;
    }
  }
  return best;
}

function findHeader(sheet: GridSheet, known: Set<string>): HeaderFound | null {
  const at = mergedLookup(sheet);
  const width = Math.min(sheetWidth(sheet), 200);
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  let fallback: HeaderFound | null = null;
  for (let r = 0; r < limit; r++) {
    const labels: Label[] = [];
    for (let c = 0; c < width; c++) labels.push(classifyLabel(cellAt(sheet, r, c)));
    const groups: { index: number; col: number }[] = [];
    labels.forEach((l, c) => {
      if (l && "caseStudy" in l && !groups.some((g) => g.index === l.caseStudy))
        groups.push({ index: l.caseStudy, col: c });
    });
    const roles = new Map<Role, number>();
    const take = (label: Label, c: number) => {
      if (label && "role" in label && !roles.has(label.role)) roles.set(label.role, c);
    };
    labels.forEach(take);
    let rows: 1 | 2 = 1;
    const caseStudies: CaseStudyColumns[] = [];
    if (groups.length) {
      rows = 2;
      const below: Label[] = [];
      for (let c = 0; c < width; c++) below.push(classifyLabel(at(r + 1, c)));
      groups.forEach((g, i) => {
        const end = i + 1 < groups.length ? groups[i + 1].col : width;
        let met: number | null = null;
        let response: number | null = null;
        for (let c = g.col; c < end; c++) {
          const l = below[c];
          if (l && "role" in l && l.role === "met" && met === null) met = c;
          if (l && "role" in l && l.role === "response" && response === null) response = c;
        }
        if (met !== null) caseStudies.push({ index: g.index, met, response });
      });
      // Columns outside the groups may carry their label on the lower row (ID, Requirement Description).
      const first = groups[0].col;
      below.forEach((l, c) => {
        if (c < first || !groups.some((g, i) => c >= g.col && c < (groups[i + 1]?.col ?? width)))
          take(l, c);
      });
    }
    const hasAnswerColumn = roles.has("met") || roles.has("response") || caseStudies.length > 0;
    if (!hasAnswerColumn) continue;
    if (roles.has("id")) {
      const columns = emptyColumns(roles.get("id") ?? 0);
      for (const [role, c] of roles)
        if (role !== "id") (columns as Record<Role, number | null>)[role] = c;
      columns.caseStudies = caseStudies.sort((a, b) => a.index - b.index);
      return { row: r, rows, columns, idFromData: false };
    }
    if (!fallback && (roles.has("met") || caseStudies.length > 0)) {
      const id = idColumnByData(sheet, r + rows, known);
      if (id !== null && !([...roles.values()] as number[]).includes(id)) {
        const columns = emptyColumns(id);
        for (const [role, c] of roles) (columns as Record<Role, number | null>)[role] = c;
        columns.caseStudies = caseStudies.sort((a, b) => a.index - b.index);
        fallback = { row: r, rows, columns, idFromData: true };
      }
    }
  }
  return fallback;
}

function scanRows(
  sheet: GridSheet,
  from: number,
  idCol: number,
  requirementCol: number | null
): RowCandidate[] {
  const out: RowCandidate[] = [];
  for (let r = from; r < sheet.rows.length; r++) {
    const value = cellAt(sheet, r, idCol);
    const raw = cellText(value);
    if (!raw) continue;
    const label = classifyLabel(value);
    if (label && "role" in label && label.role === "id") continue; // a repeated header row
    const requirement = requirementCol === null ? "" : cellText(cellAt(sheet, r, requirementCol));
    out.push({ row: r, raw, key: idKey(value), requirementEmpty: requirement === "" });
  }
  return out;
}

const TITLE_PATTERNS: Record<ChecklistId, RegExp> = {
  msp: /managed service provider|\bmsp\b/,
  ato: /authority to operate|\bato on aws\b|\bato\b/,
  dcx: /digital customer experience|\bdcx\b/,
  ftr: /foundational technical review|\bftr\b/,
  ecs: /amazon ecs|elastic container service|\becs delivery\b/,
};

/** Title text: sheet names and the first rows' cells that are not IDs. */
function titleText(sheets: GridSheet[]): string {
  const parts: string[] = [];
  for (const sheet of sheets) {
    parts.push(sheet.name);
    for (let r = 0; r < Math.min(8, sheet.rows.length); r++) {
      for (const value of sheet.rows[r].slice(0, 30)) {
        const text = cellText(value);
        if (text && text.length < 300 && !looksLikeId(idKey(text))) parts.push(text);
      }
    }
  }
  return parts.join(" \n ").toLowerCase();
}

interface CatalogIndex {
  checklist: Checklist;
  /** ID key -> parts holding a control with that ID, in catalog order. */
  ids: Map<string, ControlPart[]>;
  /** ID key -> the control's printed ID, per part. */
  printed: Map<string, string>;
  sectionIds: Set<string>;
  /** Control key -> control. */
  controls: Map<string, Control>;
}

function indexChecklist(checklist: Checklist): CatalogIndex {
  const ids = new Map<string, ControlPart[]>();
  const printed = new Map<string, string>();
  const sectionIds = new Set<string>();
  const controls = new Map<string, Control>();
  for (const section of checklist.sections) {
    sectionIds.add(idKey(section.id));
    for (const control of section.controls) {
      const key = idKey(control.id);
      const parts = ids.get(key) ?? [];
      if (!parts.includes(section.part)) parts.push(section.part);
      ids.set(key, parts);
      printed.set(`${section.part}/${key}`, control.id);
      controls.set(controlKey(section.part, control.id), control);
    }
  }
  return { checklist, ids, printed, sectionIds, controls };
}

function scoreCandidates(indexes: CatalogIndex[], scans: SheetScan[], title: string): Candidate[] {
  const found = new Set<string>();
  for (const scan of scans) for (const row of scan.rows) if (row.key) found.add(row.key);
  const idLike = [...found].filter(looksLikeId);
  return indexes
    .map(({ checklist, ids }) => {
      const hits = [...found].filter((k) => ids.has(k)).length;
      const recall = ids.size ? hits / ids.size : 0;
      const precision = idLike.length ? hits / Math.max(idLike.length, hits) : 0;
      const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
      const titleMatch = TITLE_PATTERNS[checklist.id].test(title);
      return {
        checklist: checklist.id,
        found: hits,
        total: ids.size,
        titleMatch,
        score: Math.round(Math.min(1, f1 + (titleMatch ? 0.25 : 0)) * 1000) / 1000,
      };
    })
    .sort((a, b) => b.score - a.score || b.found - a.found);
}

function finding(
  checklist: ChecklistId,
  severity: Finding["severity"],
  rule: string,
  control: string,
  sheet: string,
  cell: string,
  message: string
): Finding {
  return { checklist, control, field: "id", severity, rule, message, sheet, cell };
}

/** The part a section row names (by section title or ID); null when none or when both parts match. */
function partFromText(index: CatalogIndex, text: string): ControlPart | null {
  const t = normLabel(text);
  if (!t) return null;
  const parts = new Set<ControlPart>();
  for (const section of index.checklist.sections) {
    const title = normLabel(section.title);
    const id = normLabel(section.id);
    if ((title && t.includes(title)) || (id && (t === id || t.startsWith(`${id} `))))
      parts.add(section.part);
  }
  if (parts.size === 1) return [...parts][0];
  if (parts.size === 0 && /prerequisite/.test(t)) return "prerequisites";
  return null;
}

/** The part most of a sheet's unambiguous IDs belong to. */
function majorityPart(index: CatalogIndex, rows: RowCandidate[]): ControlPart | null {
  const counts = new Map<ControlPart, number>();
  for (const row of rows) {
    const parts = index.ids.get(row.key);
    if (parts && parts.length === 1) counts.set(parts[0], (counts.get(parts[0]) ?? 0) + 1);
  }
  let best: ControlPart | null = null;
  for (const [part, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = part;
  return best;
}

/**
 * Which part an ID that several parts use (prerequisite 1.1 and requirement 1.1) belongs to on this row: the part
 * the last section row named, whether the control is answered per case study on a customer sheet, the sheet's
 * majority, and a part not yet taken; ties go to catalog order.
 */
function choosePart(
  index: CatalogIndex,
  parts: ControlPart[],
  key: string,
  at: {
    context: ControlPart | null;
    majority: ControlPart | null;
    caseSheet: boolean;
    taken: (controlKey: string) => boolean;
  }
): ControlPart {
  if (parts.length === 1) return parts[0];
  let best = parts[0];
  let bestScore = -Infinity;
  for (const part of parts) {
    const printed = index.printed.get(`${part}/${key}`) ?? key;
    const control = index.controls.get(controlKey(part, printed));
    let score = 0;
    if (at.context === part) score += 4;
    if (at.majority === part) score += 2;
    if (control && !!control.perCaseStudy === at.caseSheet) score += 3;
    if (at.taken(controlKey(part, printed))) score -= 10;
    if (score > bestScore) {
      best = part;
      bestScore = score;
    }
  }
  return best;
}

/** Recognises the checklist and maps every sheet that holds its controls. */
export function recognise(
  grid: Grid,
  catalog: readonly Checklist[],
  options: RecogniseOptions = {}
): RecogniseResult {
  const sheets = safeSheets(grid);
  const indexes = catalog.map(indexChecklist);
  const known = new Set<string>();
  for (const index of indexes) for (const key of index.ids.keys()) known.add(key);

  const scans: SheetScan[] = [];
  for (const sheet of sheets) {
    if (OWN_SHEETS.includes(sheet.name)) continue;
    const header = findHeader(sheet, known);
    if (header) {
      scans.push({
        sheet,
        header,
        rows: scanRows(
          sheet,
          header.row + header.rows,
          header.columns.id,
          header.columns.requirement
        ),
      });
    } else {
      const col = idColumnByData(sheet, 0, known);
      const rows =
        col === null ? [] : scanRows(sheet, 0, col, null).filter((r) => known.has(r.key));
      scans.push({ sheet, header: null, rows });
    }
  }

  const candidates = scoreCandidates(indexes, scans, titleText(sheets));
  const saved = readPersisted({ sheets });
  // The SelfAssess sheet is trusted only while the content agrees with it (persist.ts contradictedBy).
  const contradiction = options.checklist ? null : contradictedBy(saved, candidates);
  const persisted = contradiction ? null : saved;
  const forced = options.checklist ?? persisted?.checklist;
  let chosen: CatalogIndex | undefined;
  if (forced) chosen = indexes.find((i) => i.checklist.id === forced);
  else {
    const best = candidates[0];
    if (best && best.found > 0 && (best.score >= 0.15 || best.titleMatch))
      chosen = indexes.find((i) => i.checklist.id === best.checklist);
  }
  if (!chosen) {
    const names = sheets.map((s) => `'${s.name}'`).join(", ") || "(no sheets)";
    const reason = forced
      ? `the workbook names checklist "${forced}", which is not in the catalog`
      : `no recognisable checklist: found no control IDs of ${catalog.map((c) => c.id).join(", ")} under a header on sheets ${names}`;
    return { ok: false, reason, candidates };
  }
  const index = chosen;
  const checklistId = index.checklist.id;
  const findings: Finding[] = [];
  if (contradiction && saved) {
    const named = catalog.find((c) => c.id === saved.checklist);
    findings.push(
      finding(
        checklistId,
        "warning",
        "workbook.selfassess-contradicted",
        "",
        "SelfAssess",
        persistedCell({ sheets }, "checklist"),
        `The hidden SelfAssess sheet says this is the ${named?.title ?? saved.checklist.toUpperCase()}, but the sheets hold the control IDs of the ${index.checklist.title}, so the workbook is read as the ${index.checklist.title}. Its saved scope is not used.`
      )
    );
  }
  const sheetMappings: SheetMapping[] = [];
  /** key -> where it was first found. */
  const seen = new Map<string, { sheet: string; cell: string; caseSheet: boolean }>();

  for (const scan of scans) {
    const { sheet, header } = scan;
    if (!header) {
      const hits = scan.rows.filter((r) => index.ids.has(r.key));
      if (hits.length >= HEADERLESS_MIN_IDS) {
        findings.push(
          finding(
            checklistId,
            "error",
            "workbook.header-missing",
            "",
            sheet.name,
            "A1",
            `Sheet '${sheet.name}' holds ${hits.length} ${checklistId.toUpperCase()} control IDs but no header row with ID and Met? (or Partner Response) columns, so its answers cannot be read.`
          )
        );
      }
      continue;
    }
    const controls: Record<string, number> = {};
    const sections: { row: number; text: string }[] = [];
    let context: ControlPart | null = /prereq/i.test(sheet.name) ? "prerequisites" : null;
    const caseSheet = header.columns.caseStudies.length > 0;
    const majority = majorityPart(index, scan.rows);
    for (const row of scan.rows) {
      const cell = a1(row.row, header.columns.id);
      const parts = index.ids.get(row.key);
      if (!parts) {
        if (row.requirementEmpty || index.sectionIds.has(row.key)) {
          sections.push({ row: row.row, text: row.raw });
          context = partFromText(index, row.raw) ?? context;
        } else if (looksLikeId(row.key)) {
          findings.push(
            finding(
              checklistId,
              "warning",
              "workbook.unknown-id",
              row.raw,
              sheet.name,
              cell,
              `'${sheet.name}'!${cell}: ID "${row.raw}" is not a control of ${index.checklist.title} ${index.checklist.version}; the row is ignored.`
            )
          );
        }
        continue;
      }
      const part = choosePart(index, parts, row.key, {
        context,
        majority,
        caseSheet,
        taken: (k) => k in controls || seen.has(k),
      });
      const key = controlKey(part, index.printed.get(`${part}/${row.key}`) ?? row.key);
      const first = seen.get(key);
      if (first) {
        const control = index.controls.get(key);
        const overview = control?.perCaseStudy && first.caseSheet !== caseSheet;
        if (overview) {
          // A per-case-study control listed on an overview sheet and on a customer sheet: the customer sheet answers it.
          if (caseSheet) {
            const previous = sheetMappings.find((m) => m.sheet === first.sheet);
            if (previous) delete previous.controls[key];
            controls[key] = row.row;
            seen.set(key, { sheet: sheet.name, cell, caseSheet });
          }
          continue;
        }
        findings.push(
          finding(
            checklistId,
            "warning",
            "workbook.duplicate-id",
            row.raw,
            sheet.name,
            cell,
            `'${sheet.name}'!${cell}: control ${row.raw} appears again (first at '${first.sheet}'!${first.cell}); only the first row is read.`
          )
        );
        continue;
      }
      controls[key] = row.row;
      seen.set(key, { sheet: sheet.name, cell, caseSheet });
    }
    if (Object.keys(controls).length === 0 && !header.idFromData && scan.rows.length === 0)
      continue;
    if (Object.keys(controls).length === 0) continue;
    sheetMappings.push({
      sheet: sheet.name,
      headerRow: header.row,
      headerRows: header.rows,
      columns: header.columns,
      controls,
      sections,
    });
  }

  if (sheetMappings.length === 0 && !findings.some((f) => f.rule === "workbook.header-missing")) {
    const first = sheets[0]?.name ?? "Sheet1";
    findings.push(
      finding(
        checklistId,
        "error",
        "workbook.header-missing",
        "",
        first,
        "A1",
        `No sheet has a header row with ID and Met? (or Partner Response) columns above ${checklistId.toUpperCase()} control IDs.`
      )
    );
  }

  if (sheetMappings.length > 0) {
    for (const section of index.checklist.sections) {
      for (const control of section.controls) {
        const key = controlKey(section.part, control.id);
        if (seen.has(key)) continue;
        // Report where the section's other controls are, else on the first mapped sheet.
        const home =
          sheetMappings.find((m) =>
            section.controls.some((c) => controlKey(section.part, c.id) in m.controls)
          ) ?? sheetMappings[0];
        const cell = a1(home.headerRow, home.columns.id);
        findings.push(
          finding(
            checklistId,
            "warning",
            "workbook.control-missing",
            control.id,
            home.sheet,
            cell,
            `Control ${control.id} (${section.title}) is not in the workbook: no row with this ID under '${home.sheet}'!${cell}.`
          )
        );
      }
    }
  }

  const best = candidates.find((c) => c.checklist === checklistId);
  const mapping: Mapping = {
    version: 1,
    checklist: checklistId,
    checklistVersion: persisted?.checklist === checklistId ? persisted.checklistVersion : null,
    recognisedBy:
      persisted?.checklist === checklistId && !options.checklist
        ? "selfassess-sheet"
        : "ids-and-title",
    confidence: best ? best.score : 0,
    sheets: sheetMappings,
  };
  return { ok: true, mapping, findings, candidates };
}
