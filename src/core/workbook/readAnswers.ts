/**
 * Reading a mapped workbook's answers: grid + mapping -> the engine's AnswerEntry list (with the cell of every
 * field, so findings name sheet and cell), the workbook's own MSP point columns as overrides, and findings for
 * what cannot be read. Never throws.
 */
import type { Checklist, Control, ControlPart, Points } from "../../checklists/schema";
import { controlKey, parseMet } from "../answers";
import {
  ControlAnswer,
  type AnswerEntry,
  type CellRef,
  type CellValue,
  type Finding,
  type FindingField,
} from "../model";
import { parseEvidenceDate } from "../dates/parseDate";
import { splitDateValues, splitLinks } from "../vocabulary/multiValue";
import { a1, cellAt, cellText, type Grid, type GridSheet } from "./grid";
import { metFromPoints } from "./header";
import type { Mapping, SheetMapping } from "./mapping";

/**
 * The workbook's point columns where they differ from the catalog, by control key: exactly the engine's
 * `PointsOverrides` (ReadonlyMap<string, Points>), passed to `assess(..., { pointsOverrides })`.
 */
export type PointOverrides = Map<string, Points>;

export interface ReadResult {
  entries: AnswerEntry[];
  findings: Finding[];
  pointOverrides: PointOverrides;
}

type CellsOf = Partial<Record<FindingField, CellRef>>;

export { splitLinks };

/**
 * A dates cell as the reader hands it on: the multi-value splitter's pieces (one per line or semicolon; commas
 * between whole dates). Read without a locale: the rules split again with the workbook's locale.
 */
export function splitDates(value: CellValue): CellValue[] {
  return splitDateValues(value, (piece) => parseEvidenceDate(piece, NO_LOCALE).ok);
}

const NO_LOCALE = { date1904: false, locale: null };

/** A point cell as an integer, or null when it holds no number. */
function pointValue(value: CellValue): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return Math.round(value);
  if (typeof value === "string" && /^\s*[-+]?\d+(?:\.0+)?\s*$/.test(value))
    return Math.round(Number(value));
  return null;
}

interface Where {
  sheet: GridSheet;
  mapping: SheetMapping;
  row: number;
}

function pointCell(where: Where, col: number | null): CellValue {
  return col === null ? null : cellAt(where.sheet, where.row, col);
}

function ref(where: Where, col: number): CellRef {
  return { sheet: where.sheet.name, cell: a1(where.row, col) };
}

function readOne(
  checklist: Checklist,
  control: Control,
  where: Where,
  metCol: number | null,
  responseCol: number | null,
  shared: boolean,
  caseStudy: number | null,
  findings: Finding[]
): { answer: ControlAnswer; cells: CellsOf } {
  const { sheet, mapping, row } = where;
  const cols = mapping.columns;
  const cells: CellsOf = { id: ref(where, cols.id) };
  let met: ControlAnswer["met"] = "blank";
  if (metCol !== null) {
    const value = cellAt(sheet, row, metCol);
    cells.met = ref(where, metCol);
    const parsed =
      cols.metFrom === "points"
        ? metFromPoints(
            value,
            pointCell(where, cols.pointsMet),
            pointCell(where, cols.pointsNotMet)
          )
        : parseMet(value);
    if (parsed === null) {
      findings.push({
        checklist: checklist.id,
        control: control.id,
        ...(caseStudy ? { caseStudy } : {}),
        field: "met",
        severity: "error",
        rule: "workbook.met-unreadable",
        message: `'${sheet.name}'!${cells.met.cell}: "${cellText(value) || String(value)}" is not a Met value (Yes, No or N/A); ${control.id} counts as unanswered.`,
        sheet: sheet.name,
        cell: cells.met.cell,
      });
    } else met = parsed;
  }
  const response = responseCol === null ? "" : cellText(cellAt(sheet, row, responseCol));
  if (responseCol !== null) cells.response = ref(where, responseCol);
  let links: string[] = [];
  let dates: CellValue[] = [];
  let reviewerComment = "";
  if (shared) {
    if (cols.evidenceLinks !== null) {
      const address = a1(row, cols.evidenceLinks);
      cells.links = ref(where, cols.evidenceLinks);
      links = splitLinks(cellText(cellAt(sheet, row, cols.evidenceLinks)));
      const target = sheet.hyperlinks?.[address];
      if (typeof target === "string" && target && !links.includes(target)) links.push(target);
    }
    if (cols.evidenceDates !== null) {
      cells.dates = ref(where, cols.evidenceDates);
      dates = splitDates(cellAt(sheet, row, cols.evidenceDates));
    }
    if (cols.reviewerComment !== null) {
      cells.reviewerComment = ref(where, cols.reviewerComment);
      reviewerComment = cellText(cellAt(sheet, row, cols.reviewerComment));
    }
  }
  if (met === "na" && cells.response) cells.naReason = cells.response;
  const answer = ControlAnswer.parse({
    met,
    naReason: met === "na" ? response : "",
    response,
    links,
    dates,
    reviewerComment,
  });
  return { answer, cells };
}

function readPoints(
  checklist: Checklist,
  control: Control,
  key: string,
  where: Where,
  findings: Finding[],
  overrides: PointOverrides
): void {
  const cols = where.mapping.columns;
  if (cols.pointsMet === null && cols.pointsNotMet === null) return;
  const catalog = control.points;
  const read = (
    col: number | null
  ): { value: number | null; cell: string | null; raw: CellValue } => {
    if (col === null) return { value: null, cell: null, raw: null };
    const raw = cellAt(where.sheet, where.row, col);
    return { value: pointValue(raw), cell: a1(where.row, col), raw };
  };
  const add = read(cols.pointsMet);
  const sub = read(cols.pointsNotMet);
  for (const p of [add, sub]) {
    if (p.cell && p.value === null && cellText(p.raw) !== "") {
      findings.push({
        checklist: checklist.id,
        control: control.id,
        field: "id",
        severity: "warning",
        rule: "workbook.points-unreadable",
        message: `'${where.sheet.name}'!${p.cell}: "${cellText(p.raw)}" is not a number of points; the catalog's points are used for ${control.id}.`,
        sheet: where.sheet.name,
        cell: p.cell,
      });
    }
  }
  if (add.value === null && sub.value === null) return;
  const points: Points = {
    met: add.value === null ? (catalog?.met ?? 0) : Math.abs(add.value),
    // "Subtract if Does Not Meet": a positive number is read as the amount subtracted.
    notMet: sub.value === null ? (catalog?.notMet ?? 0) : -Math.abs(sub.value),
  };
  if (catalog && points.met === catalog.met && points.notMet === catalog.notMet) return;
  overrides.set(key, points);
  const cell = (points.met !== catalog?.met ? add.cell : sub.cell) ?? add.cell ?? sub.cell ?? "A1";
  findings.push({
    checklist: checklist.id,
    control: control.id,
    field: "id",
    severity: "info",
    rule: "workbook.points-differ",
    message: `'${where.sheet.name}'!${cell}: the workbook gives ${control.id} +${points.met} / ${points.notMet} points, the catalog ${catalog ? `+${catalog.met} / ${catalog.notMet}` : "none"}; the workbook's points are used.`,
    sheet: where.sheet.name,
    cell,
  });
}

export function readAnswers(grid: Grid, mapping: Mapping, checklist: Checklist): ReadResult {
  const findings: Finding[] = [];
  const entries: AnswerEntry[] = [];
  const pointOverrides: PointOverrides = new Map();
  const sheets = Array.isArray(grid?.sheets) ? grid.sheets : [];
  const where = new Map<string, Where>();
  for (const m of mapping.sheets) {
    const sheet = sheets.find((s) => s && s.name === m.sheet);
    if (!sheet || !Array.isArray(sheet.rows)) continue;
    for (const [key, row] of Object.entries(m.controls))
      if (!where.has(key)) where.set(key, { sheet, mapping: m, row });
  }
  for (const section of checklist.sections) {
    for (const control of section.controls) {
      const part: ControlPart = section.part;
      const key = controlKey(part, control.id);
      const at = where.get(key);
      if (!at) continue;
      const cols = at.mapping.columns;
      const answers: ControlAnswer[] = [];
      const cells: CellsOf[] = [];
      const groups = cols.caseStudies;
      if (control.perCaseStudy && groups.length > 0) {
        // The shared Evidence links / Evidence dates cells hold one line per customer reference, in order.
        const shared = readOne(checklist, control, at, null, null, true, null, []);
        groups.forEach((g, i) => {
          const one = readOne(checklist, control, at, g.met, g.response, false, g.index, findings);
          const last = i === groups.length - 1;
          const pick = <T>(list: T[]): T[] => (last ? list.slice(i) : list.slice(i, i + 1));
          answers.push({
            ...one.answer,
            links: pick(shared.answer.links),
            dates: pick(shared.answer.dates),
            reviewerComment: i === 0 ? shared.answer.reviewerComment : "",
          });
          const { id: _id, ...sharedCells } = shared.cells;
          void _id;
          cells.push({ ...sharedCells, ...one.cells });
        });
      } else {
        const metCol = cols.met ?? groups[0]?.met ?? null;
        const responseCol = cols.response ?? groups[0]?.response ?? null;
        const one = readOne(checklist, control, at, metCol, responseCol, true, null, findings);
        answers.push(one.answer);
        cells.push(one.cells);
      }
      readPoints(checklist, control, key, at, findings, pointOverrides);
      // A workbook with a single Met column asks a per-reference control once (ATO's architecture diagram):
      // the partner answered for the whole solution, and a PDM reads that one Yes or No as the answer for every
      // reference, not as reference #1 with the others left open, which would ignore an answered row.
      const answeredOnce = !!control.perCaseStudy && groups.length === 0;
      entries.push({
        part,
        id: control.id,
        answers,
        cells,
        ...(answeredOnce ? { answeredOnce } : {}),
      });
    }
  }
  return { entries, findings, pointOverrides };
}
