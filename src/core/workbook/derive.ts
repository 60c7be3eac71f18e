/**
 * The checklist a workbook carries, read from its rows alone: control rows by the shape of their ID, section rows,
 * titles and descriptions, per-reference column groups, points where the sheet prints them, and Mandatory or
 * Recommended where the description starts with it. No catalog is needed; `enrich` adds what the catalog knows.
 */
import type { ControlInput, ControlPart, Points, SectionKind } from "../../checklists/schema";
import { controlKey } from "../answers";
import type { Finding } from "../model";
import { a1, cellAt, cellText, type GridSheet } from "./grid";
import { findHeader, pointNumber, scanRows, type HeaderFound } from "./header";
import { idGroup, idShape, isSectionNumber, splitIdCell } from "./idShape";
import type { SheetMapping } from "./mapping";

export interface DerivedControl {
  key: string;
  part: ControlPart;
  /** As printed, e.g. "BUS-001". */
  id: string;
  title: string;
  requirement: string;
  /** Mandatory / Recommended as the description states it; null when it says neither. */
  stated: "mandatory" | "recommended" | null;
  /** The sheet's own point values, when it has point columns. */
  points: Points | null;
  perCaseStudy: boolean;
  /** Any answer cell of the row holds something. */
  answered: boolean;
  sheet: string;
  row: number;
  cell: string;
}

export interface DerivedSection {
  id: string;
  title: string;
  part: ControlPart;
  kind: SectionKind;
  controls: DerivedControl[];
}

export interface DerivedWorkbook {
  sections: DerivedSection[];
  sheets: SheetMapping[];
  /** Some sheet prints point columns ("Add if Does Meet Capability"). */
  hasPoints: boolean;
  /** Some control row is a prerequisite (a prerequisites sheet or section). */
  hasPrerequisites: boolean;
  findings: Finding[];
}

export interface DeriveOptions {
  /** Sheets never read for controls (the product's own). */
  skipSheets?: readonly string[];
  /** Which part an ID printed in both parts belongs to, when the catalog knows (prerequisite 1.1 vs requirement 1.1). */
  partOf?: (key: string, context: ControlPart | null, caseSheet: boolean) => ControlPart | null;
  /** The programme the findings are filed under. */
  checklist: Finding["checklist"];
}

const STATED = /^\s*[[(]?\s*(mandatory|recommended|required|optional)\b\s*[\])]?\s*[:\-–—.]?\s*/i;

/** "Mandatory: The partner ..." -> mandatory; "Recommended - ..." -> recommended. */
export function statedLevel(text: string): DerivedControl["stated"] {
  const match = STATED.exec(text);
  if (!match) return null;
  return /mandatory|required/i.test(match[1]) ? "mandatory" : "recommended";
}

/** A short title from a description when the sheet has no title column: its first sentence, at most 90 characters. */
function titleFrom(description: string): string {
  const body = description.replace(STATED, "").trim();
  const dash = /^(.{3,120}?)\s+[—–]\s+/.exec(body);
  if (dash) return dash[1].trim();
  const sentence = /^(.{3,90}?)[.:;\n]/.exec(body);
  const text = sentence ? sentence[1] : body;
  return text.length > 90 ? `${text.slice(0, 87).trimEnd()}...` : text;
}

function isPrerequisiteText(text: string): boolean {
  return /prerequisite|program requirements/i.test(text);
}

/** Splits "1.0 Business Health" into an ID and a title; a plain title gets a slug as ID. */
function sectionFrom(text: string): { id: string; title: string } {
  const split = splitIdCell(text);
  if (split && split.title) return { id: split.id, title: split.title };
  const prefix = /^([A-Z][A-Z0-9]{1,9})\s*[-:–—]\s*(\S.*)$/.exec(text.trim());
  if (prefix) return { id: prefix[1], title: prefix[2] };
  return { id: text.trim().slice(0, 40), title: text.trim() };
}

function rowAnswered(sheet: GridSheet, row: number, header: HeaderFound): boolean {
  const cols = header.columns;
  const answerCols = [
    cols.met,
    cols.response,
    cols.evidenceLinks,
    cols.evidenceDates,
    ...cols.caseStudies.flatMap((g) => [g.met, g.response]),
  ].filter((c): c is number => c !== null);
  return answerCols.some((c) => cellText(cellAt(sheet, row, c)) !== "");
}

function rowPoints(sheet: GridSheet, row: number, header: HeaderFound): Points | null {
  const cols = header.columns;
  if (cols.pointsMet === null && cols.pointsNotMet === null) return null;
  const add = cols.pointsMet === null ? null : pointNumber(cellAt(sheet, row, cols.pointsMet));
  const sub =
    cols.pointsNotMet === null ? null : pointNumber(cellAt(sheet, row, cols.pointsNotMet));
  return { met: Math.abs(add ?? 0), notMet: -Math.abs(sub ?? 0) || 0 };
}

/** Reads every sheet's header and control rows into sections and a mapping, without a catalog. */
export function deriveWorkbook(
  sheets: readonly GridSheet[],
  options: DeriveOptions
): DerivedWorkbook {
  const sections: DerivedSection[] = [];
  const mappings: SheetMapping[] = [];
  const findings: Finding[] = [];
  const seen = new Map<string, DerivedControl>();
  let hasPoints = false;
  const isId = (key: string) => idShape(key) !== null;

  for (const sheet of sheets) {
    if (options.skipSheets?.includes(sheet.name)) continue;
    const header = findHeader(sheet, isId);
    if (!header) continue;
    const cols = header.columns;
    const caseSheet = cols.caseStudies.length > 0;
    if (cols.pointsMet !== null || cols.pointsNotMet !== null) hasPoints = true;
    let part: ControlPart | null = /prereq/i.test(sheet.name) ? "prerequisites" : null;
    let current: DerivedSection | null = null;
    /** The current section was opened by a section row (else by the IDs' group). */
    let fromRow = false;
    const controls: Record<string, number> = {};
    const sectionRows: { row: number; text: string }[] = [];
    const open = (id: string, title: string, by: "row" | "id") => {
      const p: ControlPart = part ?? "requirements";
      fromRow = by === "row";
      current = {
        id,
        title,
        part: p,
        kind:
          p === "prerequisites"
            ? "prerequisite"
            : caseSheet
              ? "common-customer-requirement"
              : "technical",
        controls: [],
      };
      sections.push(current);
    };
    for (const row of scanRows(sheet, header.row + header.rows, cols.id, cols.requirement)) {
      const requirementText =
        cols.requirement === null ? "" : cellText(cellAt(sheet, row.row, cols.requirement));
      const split = splitIdCell(row.raw);
      const answered = rowAnswered(sheet, row.row, header);
      if (split ? isSectionNumber(split.key) : !answered && !requirementText) {
        sectionRows.push({ row: row.row, text: row.raw });
        if (isPrerequisiteText(row.raw)) part = "prerequisites";
        else if (part === "prerequisites" && !/prereq/i.test(sheet.name)) part = "requirements";
        const s = sectionFrom(row.raw);
        open(s.id, s.title, "row");
        continue;
      }
      // Text that is no ID, with a description and no answer, is a note under the header, not a control, unless the
      // catalog knows it as an ID (DCX's bare-letter "DG", "CVC"): then it is the catalog's control, still open.
      const catalogKnows = () =>
        !!options.partOf?.(row.key, part ?? "requirements", caseSheet) && !!requirementText;
      if (!split && !answered && !catalogKnows()) continue;
      const id = split ? split.id : row.raw.slice(0, 60);
      const key = split ? split.key : row.key;
      // Outside any prerequisites sheet or section a row is a requirement: official workbooks carry no
      // prerequisite rows, so requirement 1.1 is not the catalog's prerequisite 1.1.
      const context: ControlPart = part ?? "requirements";
      const chosenPart = options.partOf?.(key, context, caseSheet) ?? context;
      const group = split ? idGroup(key) : "Other";
      const cur = current as DerivedSection | null;
      if (!cur || cur.part !== chosenPart || (!fromRow && cur.id !== group)) {
        part = chosenPart;
        open(group, group, "id");
      }
      const description = requirementText || split?.title || id;
      const control: DerivedControl = {
        key: controlKey(chosenPart, id),
        part: chosenPart,
        id,
        title: split?.title || titleFrom(description) || id,
        requirement: description,
        stated: statedLevel(requirementText),
        points: rowPoints(sheet, row.row, header),
        perCaseStudy: caseSheet,
        answered,
        sheet: sheet.name,
        row: row.row,
        cell: a1(row.row, cols.id),
      };
      const first = seen.get(control.key);
      if (first) {
        if (first.perCaseStudy !== control.perCaseStudy) {
          // Listed on an overview sheet and on a customer sheet: the customer sheet answers it.
          if (control.perCaseStudy) {
            const previous = mappings.find((m) => m.sheet === first.sheet);
            if (previous) delete previous.controls[control.key];
            for (const s of sections) s.controls = s.controls.filter((c) => c !== first);
            seen.set(control.key, control);
            controls[control.key] = row.row;
            (current as DerivedSection | null)?.controls.push(control);
          }
          continue;
        }
        findings.push({
          checklist: options.checklist,
          control: id,
          field: "id",
          severity: "warning",
          rule: "workbook.duplicate-id",
          message: `'${sheet.name}'!${control.cell}: control ${id} appears again (first at '${first.sheet}'!${first.cell}); only the first row is read.`,
          sheet: sheet.name,
          cell: control.cell,
        });
        continue;
      }
      seen.set(control.key, control);
      controls[control.key] = row.row;
      (current as DerivedSection | null)?.controls.push(control);
    }
    if (Object.keys(controls).length === 0) continue;
    mappings.push({
      sheet: sheet.name,
      headerRow: header.row,
      headerRows: header.rows,
      columns: cols,
      controls,
      sections: sectionRows,
      ...(header.ambiguous.length ? { ambiguous: header.ambiguous } : {}),
    });
  }
  const kept = sections.filter((s) => s.controls.length > 0);
  return {
    sections: kept,
    sheets: mappings,
    hasPoints,
    hasPrerequisites: kept.some((s) => s.part === "prerequisites"),
    findings,
  };
}

/** A derived control as a catalog control: generic rules (Met answered, evidence links and dates, roll-up). */
export function toControl(derived: DerivedControl, scored: boolean): ControlInput {
  return {
    id: derived.id,
    title: derived.title,
    requirement: derived.requirement,
    mandatory:
      derived.stated === "mandatory" || (!!derived.points && derived.points.notMet <= -200),
    perCaseStudy: derived.perCaseStudy ? { rollup: "every" } : null,
    points:
      scored && derived.part === "requirements" ? (derived.points ?? { met: 0, notMet: 0 }) : null,
    notes: [
      {
        field: "source",
        reason: `Read from the workbook ('${derived.sheet}'!${derived.cell}); the catalog has no control ${derived.id}, so the generic rules apply.`,
      },
    ],
  };
}
