/**
 * One checked workbook with what the exchange formats need beside the engine's result: its SelfAssess record
 * (version stamp, finalize date), the PDM review and the answers hash, and a per-control view joining the
 * checklist's words, the answers, their cells and the control's findings. Built from the Grid and the
 * `checkGrid` result the CLI already has, so nothing reads a workbook twice.
 */
import type { ControlPart } from "../../checklists/schema";
import type { ControlState } from "../applicability";
import { parseEvidenceDate, type DateParseOptions } from "../dates/parseDate";
import type {
  AnswerEntry,
  CellRef,
  CellValue,
  ControlAnswer,
  Finding,
  FindingField,
  Met,
} from "../model";
import type { WorkbookCheck } from "../workbook/checkGrid";
import { cellText, type Grid } from "../workbook/grid";
import { kvGet, kvRows } from "../workbook/keyValue";
import { readPersisted, SELFASSESS_SHEET, type Persisted } from "../workbook/persist";
import {
  approvalStatus,
  currentAnswersHash,
  readReview,
  type ApprovalStatus,
  type WorkbookReview,
} from "./review";

export interface AssessedWorkbook {
  /** The file's name as the user gave it (no directory for folder runs). */
  file: string;
  check: WorkbookCheck;
  persisted: Persisted | null;
  review: WorkbookReview;
  /** The answers hash an approval is compared with; computed on first use (a portfolio rarely needs it). */
  answersHash: () => string;
  approval: ApprovalStatus;
  /** The partner's name where the workbook records one (SelfAssess sheet key "partner"), else null. */
  partner: string | null;
  /** How this workbook's evidence dates are read (its date system, the locale given to the check). */
  dates: DateParseOptions;
}

export function assessedWorkbook(
  file: string,
  grid: Grid,
  check: WorkbookCheck,
  locale: string | null = null
): AssessedWorkbook {
  const review = readReview(grid);
  let memo: string | null = null;
  const answersHash = () => (memo ??= currentAnswersHash(check.assessment, check.entries));
  return {
    file,
    check,
    persisted: readPersisted(grid),
    review,
    answersHash,
    approval: review.state === "approved" ? approvalStatus(review, answersHash()) : review.state,
    partner: partnerOf(grid),
    dates: { date1904: grid.date1904 ?? false, locale },
  };
}

function partnerOf(grid: Grid): string | null {
  const sheet = (Array.isArray(grid.sheets) ? grid.sheets : []).find(
    (s) => s && s.name === SELFASSESS_SHEET
  );
  if (!sheet || !Array.isArray(sheet.rows)) return null;
  const rows = kvRows(sheet.rows);
  return cellText(kvGet(rows, "partner") ?? kvGet(rows, "partnerName")) || null;
}

export interface ControlView {
  key: string;
  part: ControlPart;
  id: string;
  title: string;
  section: string;
  sectionTitle: string;
  state: ControlState;
  /** Why the control is not asked; null when it applies. */
  reason: string | null;
  /** The rolled-up Met value. */
  met: Met;
  /** The answers as read (one per case study for per-case-study controls); empty when the row is missing. */
  answers: ControlAnswer[];
  cells: Partial<Record<FindingField, CellRef>>[];
  findings: Finding[];
}

export function controlViews(check: WorkbookCheck): ControlView[] {
  const entries = new Map<string, AnswerEntry>();
  for (const e of check.entries) entries.set(`${e.part}/${e.id}`, e);
  const findings = new Map<string, Finding[]>();
  for (const f of check.findings) {
    if (!f.control) continue;
    const list = findings.get(f.control) ?? [];
    list.push(f);
    findings.set(f.control, list);
  }
  const metByKey = new Map(check.assessment.controls.map((c) => [c.key, c.met]));
  return check.assessment.statuses.map((s) => {
    const entry = entries.get(s.key);
    const count = s.control.perCaseStudy ? check.assessment.caseStudies : 1;
    return {
      key: s.key,
      part: s.part,
      id: s.control.id,
      title: s.control.title,
      section: s.section.id,
      sectionTitle: s.section.title,
      state: s.state,
      reason: s.reason,
      met: metByKey.get(s.key) ?? "blank",
      answers: entry ? entry.answers.slice(0, count) : [],
      cells: entry?.cells ? entry.cells.slice(0, count) : [],
      // Findings name the control by its printed ID; prerequisites and requirements can share one (1.1).
      // Findings name the control by its printed ID, which prerequisites and requirements can share (1.1):
      // a finding placed on a cell belongs to the control whose row holds that cell.
      findings: (findings.get(s.control.id) ?? []).filter((f) => {
        if (!f.sheet || !f.cell || !entry?.cells) return true;
        const row = rowOf(f.cell);
        return entry.cells.some((c) =>
          Object.values(c).some((ref) => ref && ref.sheet === f.sheet && rowOf(ref.cell) === row)
        );
      }),
    };
  });
}

function rowOf(cell: string): string {
  return cell.replace(/^[^0-9]*/, "");
}

/** A cell reference as people read it: 'MSP Checklist'!C12. */
export function cellWords(ref: CellRef | undefined): string {
  if (!ref) return "";
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(ref.sheet)
    ? `${ref.sheet}!${ref.cell}`
    : `'${ref.sheet.replace(/'/g, "''")}'!${ref.cell}`;
}

/** An evidence date as ISO text where it reads as a date (the engine's parser), else as written. */
export function dateWords(value: CellValue, options: DateParseOptions): string {
  const parsed = parseEvidenceDate(value, options);
  if (parsed.ok) return parsed.iso;
  return value instanceof Date
    ? ""
    : value === null || value === undefined
      ? ""
      : String(value).trim();
}
