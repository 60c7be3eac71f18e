/**
 * Finding a checklist sheet's header and its column roles. Labels come first ("ID", "Met?", "Customer Reference
 * #2"); content settles what labels leave open: a "Partner Self-Assessment" column holding Yes/No (or each row's
 * own point values) is where the Met answer is, whatever its label says.
 */
import { parseMet } from "../answers";
import type { CellValue } from "../model";
import {
  cellAt,
  cellText,
  mergedLookup,
  normLabel,
  sheetWidth,
  type Grid,
  type GridSheet,
} from "./grid";
import { idKey } from "./idShape";
import type { AmbiguousColumn, CaseStudyColumns, ColumnRoles } from "./mapping";

/** How far down a sheet a header row is looked for. */
const HEADER_SCAN_ROWS = 60;
/** How many rows below a header are read to judge a column by its content. */
const CONTENT_ROWS = 400;

export type Role = keyof Omit<ColumnRoles, "caseStudies" | "metFrom">;
export type Label = { role: Role } | { caseStudy: number } | { example: true } | null;

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

export interface HeaderFound {
  row: number;
  rows: 1 | 2;
  columns: ColumnRoles;
  /** The ID column was found from the data, not a label. */
  idFromData: boolean;
  /** Columns whose role the labels and the content leave open; the Start view asks. */
  ambiguous: AmbiguousColumn[];
}

export interface RowCandidate {
  row: number;
  raw: string;
  key: string;
  requirementEmpty: boolean;
}

export function safeSheets(grid: Grid): GridSheet[] {
  const sheets = grid && Array.isArray(grid.sheets) ? grid.sheets : [];
  return sheets
    .filter((s): s is GridSheet => !!s && typeof s === "object")
    .map((s, i) => ({
      ...s,
      name: typeof s.name === "string" && s.name ? s.name : `Sheet${i + 1}`,
      rows: Array.isArray(s.rows) ? s.rows.map((r) => (Array.isArray(r) ? r : [])) : [],
    }));
}

export function emptyColumns(id: number): ColumnRoles {
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
export function idColumnByData(
  sheet: GridSheet,
  from: number,
  isId: (key: string) => boolean
): number | null {
  let best: number | null = null;
  let bestCount = 0;
  const width = Math.min(12, sheetWidth(sheet));
  for (let c = 0; c < width; c++) {
    let count = 0;
    for (let r = from; r < sheet.rows.length; r++) {
      const key = idKey(cellAt(sheet, r, c));
      if (key && isId(key)) count++;
    }
    if (count > bestCount) {
      bestCount = count;
      best = c;
    }
  }
  return best;
}

/** A point cell as an integer, or null when it holds no number. */
export function pointNumber(value: CellValue): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return Math.round(value);
  if (typeof value === "string" && /^\s*[-+]?\d+(?:\.0+)?\s*$/.test(value))
    return Math.round(Number(value));
  return null;
}

interface Content {
  /** Cells holding anything, on ID rows. */
  filled: number;
  /** Cells that are a Met word (Yes, No, N/A...). */
  words: number;
  /** Cells that start with a Met word and go on ("Yes - see the evidence folder"). */
  leading: number;
  /** Cells holding the row's own add or subtract point value. */
  points: number;
}

const LEADING_MET = /^(?:yes|no|n\/a|not applicable)\b\s*[-–—,.:;(]/i;

/**
 * What a column below the header holds: Met words (Yes/No/N/A), text starting with one, each row's own point values
 * (the add or the subtract value printed on that row), or anything else. Rows without an ID are skipped (section
 * rows).
 */
function columnContent(
  sheet: GridSheet,
  from: number,
  col: number,
  columns: ColumnRoles,
  isId: (key: string) => boolean
): Content {
  const out: Content = { filled: 0, words: 0, leading: 0, points: 0 };
  const end = Math.min(sheet.rows.length, from + CONTENT_ROWS);
  for (let r = from; r < end; r++) {
    if (!isId(idKey(cellAt(sheet, r, columns.id)))) continue;
    const value = cellAt(sheet, r, col);
    const text = cellText(value);
    if (text === "") continue;
    out.filled++;
    const met = parseMet(value);
    if (met !== null && met !== "blank") out.words++;
    else if (LEADING_MET.test(text)) out.leading++;
    const n = pointNumber(value);
    if (n !== null) {
      const add =
        columns.pointsMet === null ? null : pointNumber(cellAt(sheet, r, columns.pointsMet));
      const sub =
        columns.pointsNotMet === null ? null : pointNumber(cellAt(sheet, r, columns.pointsNotMet));
      if (
        (add !== null && n === Math.abs(add)) ||
        (sub !== null && -Math.abs(n) === -Math.abs(sub))
      )
        out.points++;
    }
  }
  return out;
}

const SELF_ASSESSMENT = /self-?assessment/;
/** The share of filled cells that makes a column's content plain. */
const CLEAR = 0.8;

function ambiguity(
  sheet: GridSheet,
  headerRow: number,
  cols: number[],
  chosenMet: number | null
): AmbiguousColumn[] {
  const label = (c: number) => cellText(cellAt(sheet, headerRow, c)) || `column ${c + 1}`;
  const question =
    cols.length > 1
      ? `Which column holds the Met answers (Yes/No/N/A): ${cols.map((c) => `"${label(c)}"`).join(" or ")}?`
      : `Is "${label(cols[0])}" where you answer Met (Yes/No/N/A), or a free-text response?`;
  return cols.map((c) => ({
    column: c,
    label: label(c),
    roles: ["met", "response"],
    question,
    chosen: c === chosenMet ? "met" : "response",
  }));
}

/**
 * Settles the Met column from content when no column is labelled Met: a response-like column ("Partner
 * Self-Assessment", "Self-Assessment", "Partner Response") holding Met words or point values is the Met column.
 * Where content leaves it open (Met words on some rows only, answers written as "Yes - ..." in two columns, an
 * empty Self-Assessment column) the best reading is used and the columns are flagged for the Start view to ask.
 */
function metFromContent(
  sheet: GridSheet,
  headerRow: number,
  from: number,
  columns: ColumnRoles,
  isId: (key: string) => boolean
): { columns: ColumnRoles; ambiguous: AmbiguousColumn[] } {
  if (columns.met !== null || columns.caseStudies.length > 0) return { columns, ambiguous: [] };
  const width = Math.min(sheetWidth(sheet), 200);
  const candidates: number[] = [];
  for (let c = 0; c < width; c++) {
    const label = classifyLabel(cellAt(sheet, headerRow, c));
    if (label && "role" in label && label.role === "response") candidates.push(c);
  }
  if (candidates.length === 0) return { columns, ambiguous: [] };
  const contents = new Map(
    candidates.map((c) => [c, columnContent(sheet, from, c, columns, isId)] as const)
  );
  const asMet = (c: number, fromPoints: boolean): ColumnRoles => ({
    ...columns,
    met: c,
    response: candidates.find((o) => o !== c) ?? (columns.response === c ? null : columns.response),
    ...(fromPoints ? { metFrom: "points" as const } : {}),
  });
  for (const c of candidates) {
    const k = contents.get(c);
    if (!k || k.filled === 0) continue;
    if (k.words / k.filled >= CLEAR) return { columns: asMet(c, false), ambiguous: [] };
    if (k.points / k.filled >= CLEAR) return { columns: asMet(c, true), ambiguous: [] };
  }
  // Content leaves it open: the column with the most Met words reads as Met, and every candidate is asked about.
  const hinted = candidates.filter((c) => {
    const k = contents.get(c);
    return !!k && k.words + k.leading > 0;
  });
  if (hinted.length > 0) {
    const best = [...hinted].sort(
      (a, b) => (contents.get(b)?.words ?? 0) - (contents.get(a)?.words ?? 0)
    )[0];
    const met = (contents.get(best)?.words ?? 0) > 0 ? best : null;
    return {
      columns: met === null ? columns : asMet(met, false),
      ambiguous: ambiguity(sheet, headerRow, hinted, met),
    };
  }
  const unsure = candidates.filter(
    (c) =>
      SELF_ASSESSMENT.test(normLabel(cellAt(sheet, headerRow, c))) && contents.get(c)?.filled === 0
  );
  return {
    columns,
    ambiguous: unsure.length ? ambiguity(sheet, headerRow, unsure, null) : [],
  };
}

export function findHeader(sheet: GridSheet, isId: (key: string) => boolean): HeaderFound | null {
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
      const settled = metFromContent(sheet, r, r + rows, columns, isId);
      return {
        row: r,
        rows,
        columns: settled.columns,
        idFromData: false,
        ambiguous: settled.ambiguous,
      };
    }
    if (!fallback && (roles.has("met") || caseStudies.length > 0 || roles.has("response"))) {
      const id = idColumnByData(sheet, r + rows, isId);
      if (id !== null && !([...roles.values()] as number[]).includes(id)) {
        const columns = emptyColumns(id);
        for (const [role, c] of roles) (columns as Record<Role, number | null>)[role] = c;
        columns.caseStudies = caseStudies.sort((a, b) => a.index - b.index);
        const settled = metFromContent(sheet, r, r + rows, columns, isId);
        if (settled.columns.met !== null || settled.columns.caseStudies.length > 0)
          fallback = {
            row: r,
            rows,
            columns: settled.columns,
            idFromData: true,
            ambiguous: settled.ambiguous,
          };
      }
    }
  }
  return fallback;
}

/** Rows with text in the ID column from `from` on, skipping repeated header rows. */
export function scanRows(
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

/**
 * A Met cell of a sheet whose Self-Assessment column holds each row's own point values: the row's add value means
 * met, its subtract value not met; anything else is read as a Met word.
 */
export function metFromPoints(
  value: CellValue,
  add: CellValue,
  subtract: CellValue
): ReturnType<typeof parseMet> {
  const n = pointNumber(value);
  if (n === null) return parseMet(value);
  const a = pointNumber(add);
  const s = pointNumber(subtract);
  if (a !== null && n === Math.abs(a)) return "yes";
  if (s !== null && n === -Math.abs(s)) return "no";
  if (s !== null && n === Math.abs(s) && s !== 0) return "no";
  return null;
}
