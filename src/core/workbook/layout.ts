/**
 * The one description of a new self-assessment workbook, as plain data. The ExcelJS writer (src/cli/xlsx) and the
 * Office.js writer (src/excel) both render it, so a workbook looks the same whichever made it.
 *
 * Sheets, in order: "Prerequisites" (when the checklist has prerequisites), "<ID> Checklist" (requirements answered
 * once), "Customer Examples" (controls answered per case study, two-row header), "Summary" (MSP.* custom function
 * formulas and a chart of section totals), "Evidence index" (every applicable control's link, as-of date and age at
 * the planned submission) and the very hidden "SelfAssess" sheet that remembers checklist, version and scope.
 * Rows and columns are 0-based; ranges in formulas and charts are A1 text.
 */
import { MET_LIST } from "../vocabulary/met";
import type { Checklist, ChecklistId, Control, Section } from "../../checklists/schema";
import { applicability, type ControlStatus } from "../applicability";
import type { CellValue, Scope } from "../model";
import { caseStudyCount } from "../scope";
import { a1, columnLetters, sheetRef } from "./grid";
import { persistedRows, SELFASSESS_SHEET } from "./persist";
import { scopeWords } from "./scopeWords";

export type CellStyle =
  | "banner"
  | "header"
  | "section"
  | "text"
  | "input"
  | "greyed"
  | "label"
  | "number"
  | "percent"
  | "date"
  | "total";

export interface LayoutCell {
  col: number;
  /** A constant. */
  value?: string | number | boolean | null;
  /** An ISO date (YYYY-MM-DD) written as a date value. */
  date?: string;
  /** A formula without the leading "=". */
  formula?: string;
  style?: CellStyle;
  /** A note (comment) on the cell, e.g. why a row is not asked. */
  note?: string;
}

export type RowKind =
  "banner" | "header" | "section" | "control" | "info" | "summary" | "total" | "data";

export interface LayoutRow {
  row: number;
  kind: RowKind;
  cells: LayoutCell[];
  hidden?: boolean;
  /** Control rows: the control key ("requirements/1.1"). */
  control?: string;
}

export interface LayoutSheet {
  name: string;
  kind: "checklist" | "customers" | "summary" | "evidence" | "meta";
  visibility: "visible" | "hidden" | "veryHidden";
  /** Column widths in characters, index = column. */
  widths: number[];
  rows: LayoutRow[];
  merges: string[];
  /** Rows and columns kept in view (frozen panes); null for none. */
  freeze: { rows: number; columns: number } | null;
  /** List validations: every cell of `range` must be one of `list`. */
  validations: { range: string; list: string[] }[];
}

/** A native chart; writers that cannot create charts (ExcelJS) still write its data ranges. */
export interface LayoutChart {
  sheet: string;
  type: "bar";
  title: string;
  seriesName: string;
  /** Category labels, A1 with sheet ("Summary!B9:B14"). */
  categories: string;
  values: string;
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}

export interface WorkbookLayout {
  checklist: ChecklistId;
  checklistVersion: string;
  scope: Scope;
  properties: { title: string; subject: string; keywords: string; description: string };
  sheets: LayoutSheet[];
  charts: LayoutChart[];
}

/** The Met? list validation (the vocabulary module holds the words). */
export { MET_LIST };
export const SUMMARY_SHEET = "Summary";
export const EVIDENCE_SHEET = "Evidence index";
export const CUSTOMERS_SHEET = "Customer Examples";
export const PREREQUISITES_SHEET = "Prerequisites";
/** The Summary cell holding the planned submission date (evidence ages are measured to it). */
export const SUMMARY_DATE_CELL = "B5";
/** The Summary cell finalize stamps. */
export const SUMMARY_STAMP_CELL = "B6";

export function checklistSheetName(checklist: Checklist): string {
  return `${checklist.id.toUpperCase()} Checklist`;
}

export const HEADER = {
  id: "ID",
  requirement: "Requirement Description",
  met: "Met?",
  response: "Partner Response",
  links: "Evidence links",
  dates: "Evidence dates",
  pointsNotMet: "Subtract if Does Not Meet Capability",
  pointsMet: "Add if Does Meet Capability",
  /** The PDM's or reviewer's comment per control: visible to AWS without the add-in. */
  reviewer: "Reviewer comment",
} as const;

/** A section row's text: "1.0 Title" for printed numbers, the title alone for internal IDs ("prereq-1.0"). */
export function sectionText(section: Section): string {
  return /^[\d.]+$|^[A-Z]{1,8}$/.test(section.id)
    ? `${section.id} ${section.title}`
    : section.title;
}

function requirementText(control: Control): string {
  return control.title === control.requirement
    ? control.requirement
    : `${control.title}\n${control.requirement}`;
}

function responseHint(control: Control): string | undefined {
  if (control.response === "value" && control.responseLabel)
    return `Enter the ${control.responseLabel} in Partner Response.`;
  return undefined;
}

interface SheetBuilder {
  sheet: LayoutSheet;
  next: number;
}

function newSheet(name: string, kind: LayoutSheet["kind"], widths: number[]): SheetBuilder {
  return {
    sheet: {
      name,
      kind,
      visibility: "visible",
      widths,
      rows: [],
      merges: [],
      freeze: null,
      validations: [],
    },
    next: 0,
  };
}

function push(
  b: SheetBuilder,
  kind: RowKind,
  cells: LayoutCell[],
  extra: Partial<LayoutRow> = {}
): number {
  const row = b.next++;
  b.sheet.rows.push({ row, kind, cells, ...extra });
  return row;
}

/** Where each control was placed, for the Evidence index. */
interface Placed {
  status: ControlStatus;
  sheet: string;
  /** The section row's text: prerequisite 2.1 and requirement 2.1 can share a sheet. */
  section: string;
  row: number;
  linksCol: number;
  datesCol: number;
}

function banner(b: SheetBuilder, checklist: Checklist, lastCol: number, subtitle: string): void {
  push(b, "banner", [
    {
      col: 0,
      value: `${checklist.program}: ${checklist.title} (${checklist.version}) - ${subtitle}`,
      style: "banner",
    },
  ]);
  if (lastCol > 0) b.sheet.merges.push(`A1:${columnLetters(lastCol)}1`);
}

function statusCells(status: ControlStatus): { style: CellStyle; note?: string; hidden?: boolean } {
  if (status.state === "excluded")
    return { style: "greyed", note: `Not asked: ${status.reason ?? ""}`.trim(), hidden: true };
  if (status.state === "granted")
    return { style: "greyed", note: `Points granted: ${status.reason ?? ""}`.trim() };
  return { style: "text" };
}

/** A section row whose control rows are all hidden (another DCX segment's features) is hidden with them. */
function hideEmptySection(section: LayoutRow, controls: LayoutRow[]): void {
  if (controls.every((r) => r.hidden)) section.hidden = true;
}

function checklistSheet(
  name: string,
  checklist: Checklist,
  sections: Section[],
  statuses: Map<string, ControlStatus>,
  scored: boolean,
  placed: Placed[]
): LayoutSheet {
  // The official sheets put the point columns right of the requirement, before the partner's answer.
  const metCol = scored ? 4 : 2;
  const reviewerCol = metCol + 4;
  const cols = reviewerCol + 1;
  const b = newSheet(name, "checklist", [12, 70, ...(scored ? [14, 14] : []), 10, 50, 40, 16, 40]);
  banner(b, checklist, cols - 1, name);
  const header: string[] = [HEADER.id, HEADER.requirement];
  if (scored) header.push(HEADER.pointsNotMet, HEADER.pointsMet);
  header.push(HEADER.met, HEADER.response, HEADER.links, HEADER.dates, HEADER.reviewer);
  push(
    b,
    "header",
    header.map((value, col) => ({ col, value, style: "header" as const }))
  );
  b.sheet.freeze = { rows: 2, columns: 1 };
  const metRows: number[] = [];
  for (const section of sections) {
    const row = push(b, "section", [{ col: 0, value: sectionText(section), style: "section" }]);
    b.sheet.merges.push(`A${row + 1}:${columnLetters(cols - 1)}${row + 1}`);
    const first = b.sheet.rows.length;
    for (const control of section.controls) {
      const status = statuses.get(`${section.part}/${control.id}`);
      if (!status) continue;
      const look = statusCells(status);
      const hint = responseHint(control);
      const cells: LayoutCell[] = [
        { col: 0, value: control.id, style: look.style, ...(look.note ? { note: look.note } : {}) },
        { col: 1, value: requirementText(control), style: look.style },
      ];
      if (scored && control.points) {
        cells.push(
          { col: 2, value: control.points.notMet, style: "number" },
          { col: 3, value: control.points.met, style: "number" }
        );
      }
      cells.push(
        { col: metCol, value: null, style: look.style === "greyed" ? "greyed" : "input" },
        {
          col: metCol + 1,
          value: null,
          style: look.style === "greyed" ? "greyed" : "input",
          ...(hint ? { note: hint } : {}),
        },
        { col: metCol + 2, value: null, style: look.style === "greyed" ? "greyed" : "input" },
        { col: metCol + 3, value: null, style: look.style === "greyed" ? "greyed" : "date" }
      );
      cells.push({
        col: reviewerCol,
        value: null,
        style: look.style === "greyed" ? "greyed" : "input",
      });
      const r = push(b, "control", cells, {
        control: status.key,
        ...(look.hidden ? { hidden: true } : {}),
      });
      metRows.push(r);
      if (status.state === "applies")
        placed.push({
          status,
          sheet: name,
          section: sectionText(section),
          row: r,
          linksCol: metCol + 2,
          datesCol: metCol + 3,
        });
    }
    hideEmptySection(b.sheet.rows[row], b.sheet.rows.slice(first));
  }
  const met = columnLetters(metCol);
  if (metRows.length)
    b.sheet.validations.push({
      range: `${met}${metRows[0] + 1}:${met}${metRows[metRows.length - 1] + 1}`,
      list: [...MET_LIST],
    });
  return b.sheet;
}

function customersSheet(
  checklist: Checklist,
  controls: { section: Section; control: Control }[],
  statuses: Map<string, ControlStatus>,
  count: number,
  scored: boolean,
  placed: Placed[]
): LayoutSheet {
  // Points beside the requirement, as on the official sheets; then Met?/response per customer reference.
  const first = scored ? 4 : 2;
  const linksCol = first + 2 * count;
  const reviewerCol = linksCol + 2;
  const lastCol = reviewerCol;
  const widths = [12, 60, ...(scored ? [14, 14] : [])];
  for (let i = 0; i < count; i++) widths.push(10, 40);
  widths.push(40, 16, 40);
  const b = newSheet(CUSTOMERS_SHEET, "customers", widths);
  banner(b, checklist, lastCol, "customer examples");
  const top: LayoutCell[] = [
    { col: 0, value: HEADER.id, style: "header" },
    { col: 1, value: HEADER.requirement, style: "header" },
  ];
  if (scored)
    top.push(
      { col: 2, value: HEADER.pointsNotMet, style: "header" },
      { col: 3, value: HEADER.pointsMet, style: "header" }
    );
  const below: LayoutCell[] = [];
  for (let i = 0; i < count; i++) {
    const col = first + 2 * i;
    top.push({ col, value: `Customer Reference #${i + 1}`, style: "header" });
    b.sheet.merges.push(`${a1(1, col)}:${a1(1, col + 1)}`);
    below.push(
      { col, value: HEADER.met, style: "header" },
      { col: col + 1, value: HEADER.response, style: "header" }
    );
  }
  top.push(
    { col: linksCol, value: HEADER.links, style: "header" },
    { col: linksCol + 1, value: HEADER.dates, style: "header" }
  );
  top.push({ col: reviewerCol, value: HEADER.reviewer, style: "header" });
  push(b, "header", top);
  push(b, "header", below);
  const single = [0, 1, ...(scored ? [2, 3] : []), linksCol, linksCol + 1];
  for (const col of [...single, reviewerCol]) b.sheet.merges.push(`${a1(1, col)}:${a1(2, col)}`);
  b.sheet.freeze = { rows: 3, columns: 2 };
  const rows: number[] = [];
  let lastSection: string | null = null;
  let sectionRow = -1;
  const closeSection = () => {
    if (sectionRow >= 0)
      hideEmptySection(b.sheet.rows[sectionRow], b.sheet.rows.slice(sectionRow + 1));
  };
  for (const { section, control } of controls) {
    if (lastSection !== `${section.part}/${section.id}`) {
      closeSection();
      lastSection = `${section.part}/${section.id}`;
      const row = push(b, "section", [{ col: 0, value: sectionText(section), style: "section" }]);
      b.sheet.merges.push(`A${row + 1}:${columnLetters(lastCol)}${row + 1}`);
      sectionRow = b.sheet.rows.length - 1;
    }
    const status = statuses.get(`${section.part}/${control.id}`);
    if (!status) continue;
    const look = statusCells(status);
    const input: CellStyle = look.style === "greyed" ? "greyed" : "input";
    const cells: LayoutCell[] = [
      { col: 0, value: control.id, style: look.style, ...(look.note ? { note: look.note } : {}) },
      { col: 1, value: requirementText(control), style: look.style },
    ];
    if (scored && control.points)
      cells.push(
        { col: 2, value: control.points.notMet, style: "number" },
        { col: 3, value: control.points.met, style: "number" }
      );
    for (let i = 0; i < count; i++)
      cells.push(
        { col: first + 2 * i, value: null, style: input },
        { col: first + 2 * i + 1, value: null, style: input }
      );
    cells.push(
      { col: linksCol, value: null, style: input },
      { col: linksCol + 1, value: null, style: look.style === "greyed" ? "greyed" : "date" }
    );
    cells.push({ col: reviewerCol, value: null, style: input });
    const r = push(b, "control", cells, {
      control: status.key,
      ...(look.hidden ? { hidden: true } : {}),
    });
    rows.push(r);
    if (status.state === "applies")
      placed.push({
        status,
        sheet: CUSTOMERS_SHEET,
        section: sectionText(section),
        row: r,
        linksCol,
        datesCol: linksCol + 1,
      });
  }
  closeSection();
  if (rows.length) {
    for (let i = 0; i < count; i++) {
      const col = columnLetters(first + 2 * i);
      b.sheet.validations.push({
        range: `${col}${rows[0] + 1}:${col}${rows[rows.length - 1] + 1}`,
        list: [...MET_LIST],
      });
    }
  }
  return b.sheet;
}

function summarySheet(
  checklist: Checklist,
  scope: Scope,
  date: string
): { sheet: LayoutSheet; chart: LayoutChart } {
  const scored = !!checklist.scoring;
  const b = newSheet(SUMMARY_SHEET, "summary", [14, 56, 12, 12, 12]);
  banner(b, checklist, scored ? 4 : 2, "summary");
  push(b, "info", [
    { col: 0, value: "Checklist", style: "label" },
    { col: 1, value: `${checklist.program}: ${checklist.title}` },
  ]);
  push(b, "info", [
    { col: 0, value: "Version", style: "label" },
    { col: 1, value: `${checklist.version} (published ${checklist.published})` },
  ]);
  push(b, "info", [
    { col: 0, value: "Scope", style: "label" },
    { col: 1, value: scopeWords(checklist, scope) },
  ]);
  push(b, "info", [
    { col: 0, value: "Planned submission", style: "label" },
    { col: 1, date, style: "date" },
  ]);
  push(b, "info", [
    { col: 0, value: "Finalized", style: "label" },
    { col: 1, value: "not yet" },
  ]);
  push(b, "info", []);
  const header = scored
    ? ["Section", "Title", "Score", "Max", "Progress"]
    : ["Section", "Title", "Progress"];
  push(
    b,
    "header",
    header.map((value, col) => ({ col, value, style: "header" as const }))
  );
  const firstRow = b.next;
  const arg = (id: string) => `"${id.replace(/"/g, '""')}"`;
  for (const section of checklist.sections) {
    const inScore = scored && section.part === "requirements";
    const cells: LayoutCell[] = [
      { col: 0, value: section.id },
      { col: 1, value: section.title },
    ];
    if (scored) {
      cells.push(
        inScore
          ? { col: 2, formula: `MSP.SCORE(${arg(section.id)})`, style: "number" }
          : { col: 2, value: null },
        inScore
          ? { col: 3, formula: `MSP.MAX(${arg(section.id)})`, style: "number" }
          : { col: 3, value: null },
        { col: 4, formula: `MSP.PROGRESS(${arg(section.id)})`, style: "percent" }
      );
    } else cells.push({ col: 2, formula: `MSP.PROGRESS(${arg(section.id)})`, style: "percent" });
    push(b, "summary", cells);
  }
  const lastRow = b.next - 1;
  if (scored && checklist.scoring) {
    push(b, "total", [
      { col: 0, value: "Total", style: "total" },
      {
        col: 1,
        value: `Pass mark ${checklist.scoring.pass} of ${checklist.scoring.max}`,
        style: "total",
      },
      { col: 2, formula: "MSP.SCORE()", style: "total" },
      { col: 3, formula: "MSP.MAX()", style: "total" },
      { col: 4, formula: "MSP.PROGRESS()", style: "percent" },
    ]);
    push(b, "total", [
      { col: 0, value: "Pass", style: "total" },
      {
        col: 1,
        value: "Score at or above the pass mark and no Mandatory Action Item failed",
        style: "label",
      },
      { col: 2, formula: "MSP.PASS()", style: "total" },
    ]);
  } else {
    push(b, "total", [
      { col: 0, value: "Total", style: "total" },
      { col: 1, value: "Applicable controls answered", style: "total" },
      { col: 2, formula: "MSP.PROGRESS()", style: "percent" },
    ]);
  }
  b.sheet.freeze = { rows: 1, columns: 0 };
  const valueCol = scored ? "C" : "C";
  const chart: LayoutChart = {
    sheet: SUMMARY_SHEET,
    type: "bar",
    title: scored ? "Score by section" : "Progress by section",
    seriesName: scored ? "Score" : "Progress",
    categories: `${SUMMARY_SHEET}!$B$${firstRow + 1}:$B$${lastRow + 1}`,
    values: `${SUMMARY_SHEET}!$${valueCol}$${firstRow + 1}:$${valueCol}$${lastRow + 1}`,
    from: scored ? "G2" : "E2",
    to: scored ? "P22" : "N22",
  };
  return { sheet: b.sheet, chart };
}

/**
 * One row per applicable control. Prerequisite 1.2 and requirement 1.2 are different controls with the same
 * printed ID, so the Sheet and Section columns tell them apart; a control placed twice would still be listed once.
 */
function evidenceSheet(placed: Placed[]): LayoutSheet {
  const b = newSheet(EVIDENCE_SHEET, "evidence", [14, 60, 14, 22, 22, 40]);
  push(
    b,
    "header",
    [
      "Control",
      "Evidence link",
      "As-of date",
      "Age at planned submission (months)",
      "Sheet",
      "Section",
    ].map((value, col) => ({ col, value, style: "header" as const }))
  );
  b.sheet.freeze = { rows: 1, columns: 1 };
  const date = `${SUMMARY_SHEET}!$${SUMMARY_DATE_CELL.replace(/(\d+)/, "$$$1")}`;
  const listed = new Set<string>();
  for (const p of placed) {
    if (listed.has(p.status.key)) continue;
    listed.add(p.status.key);
    const r = b.next;
    const link = `${sheetRef(p.sheet)}!${a1(p.row, p.linksCol)}`;
    const asOf = `${sheetRef(p.sheet)}!${a1(p.row, p.datesCol)}`;
    push(b, "data", [
      { col: 0, value: p.status.control.id },
      { col: 1, formula: `IF(${link}="","",${link})` },
      { col: 2, formula: `IF(${asOf}="","",${asOf})`, style: "date" },
      {
        col: 3,
        formula: `IFERROR(IF(C${r + 1}="","",DATEDIF(C${r + 1},${date},"m")),"")`,
        style: "number",
      },
      { col: 4, value: p.sheet },
      { col: 5, value: p.section },
    ]);
  }
  return b.sheet;
}

export interface LayoutOptions {
  /** Today (YYYY-MM-DD), used when the scope has no planned submission date and as the created stamp. */
  today: string;
}

/** The workbook for a checklist and a scope. */
export function buildLayout(
  checklist: Checklist,
  scope: Scope,
  options: LayoutOptions
): WorkbookLayout {
  const statuses = new Map(applicability(checklist, scope).map((s) => [s.key, s]));
  const scored = !!checklist.scoring;
  const count = caseStudyCount(checklist, scope);
  const placed: Placed[] = [];
  const sheets: LayoutSheet[] = [];
  const once = (part: Section["part"]): Section[] =>
    checklist.sections
      .filter((s) => s.part === part)
      .map((s) => ({ ...s, controls: s.controls.filter((c) => !c.perCaseStudy) }))
      .filter((s) => s.controls.length > 0);
  const perCase: { section: Section; control: Control }[] = [];
  for (const section of checklist.sections)
    for (const control of section.controls)
      if (control.perCaseStudy) perCase.push({ section, control });
  const prerequisites = once("prerequisites");
  if (prerequisites.length)
    sheets.push(
      checklistSheet(PREREQUISITES_SHEET, checklist, prerequisites, statuses, false, placed)
    );
  const requirements = once("requirements");
  if (requirements.length)
    sheets.push(
      checklistSheet(
        checklistSheetName(checklist),
        checklist,
        requirements,
        statuses,
        scored,
        placed
      )
    );
  if (perCase.length)
    sheets.push(customersSheet(checklist, perCase, statuses, count, scored, placed));
  const date = scope.plannedSubmissionDate ?? options.today;
  const summary = summarySheet(checklist, scope, date);
  sheets.push(summary.sheet, evidenceSheet(placed));
  const meta = newSheet(SELFASSESS_SHEET, "meta", [24, 40]);
  meta.sheet.visibility = "veryHidden";
  const rows: CellValue[][] = persistedRows({
    checklist: checklist.id,
    checklistVersion: checklist.version,
    scope,
    created: options.today,
  });
  for (const values of rows) {
    push(
      meta,
      "data",
      values.map((value, col) => ({
        col,
        value: value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null),
      }))
    );
  }
  sheets.push(meta.sheet);
  return {
    checklist: checklist.id,
    checklistVersion: checklist.version,
    scope,
    properties: {
      title: `${checklist.program} self-assessment`,
      subject: `${checklist.title} ${checklist.version}`,
      keywords: `selfassess ${checklist.id} ${checklist.version}`,
      description: `Self-assessment workbook for ${checklist.title} ${checklist.version}, scope: ${scopeWords(checklist, scope)}`,
    },
    sheets,
    charts: [summary.chart],
  };
}
