/**
 * The PDM's portfolio: one row per workbook of a folder, sorted by what needs attention first. Pure: the CLI
 * checks the workbooks (in worker threads when there are many), builds a row for each here, sorts them here and
 * writes them as .xlsx or CSV.
 */
import { programName } from "../programNames";
import type { CsvValue } from "./csv";
import { PORTFOLIO_HEADERS as H } from "./portfolioHeaders";
import { APPROVAL_WORDS, type ApprovalStatus } from "./review";
import type { AssessedWorkbook } from "./assessed";

export interface PortfolioRow {
  /** The file's name within the folder. */
  file: string;
  partner: string;
  programme: string | null;
  checklist: string | null;
  /** The version the workbook says it was made for, else the catalog's (the workbook carries no stamp). */
  version: string | null;
  /** "current", "not stamped", or why the version is not the catalog's. */
  versionState: string;
  validity: string | null;
  score: number | null;
  scoreMax: number | null;
  pass: boolean | null;
  /** Asked (non-optional) controls met, and asked controls, for every checklist. */
  met: number | null;
  asked: number | null;
  /** Asked controls still unanswered. */
  open: number | null;
  errors: number | null;
  warnings: number | null;
  ready: boolean | null;
  approval: ApprovalStatus | null;
  approvedOn: string | null;
  finalized: string | null;
  /** Why the file could not be checked; null when it was. */
  unreadable: string | null;
  /** 0 needs attention most; sorts the rows. */
  rank: number;
  attention: string;
}

/** The partner's name: recorded in the workbook, else the file name without the checklist words and dates. */
export function partnerFromFile(file: string): string {
  const stem = file.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
  const cleaned = stem
    .replace(/[-_]+/g, " ")
    .replace(/\b(19|20)\d{2}( ?[-.]?\d{2}){0,2}\b/g, " ")
    .replace(/\b(msp|ato|dcx|ftr|ecs|self[-_ ]?assessment|checklist|v\d+(\.\d+)*)\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned || stem;
}

function attentionOf(row: Omit<PortfolioRow, "rank" | "attention">): {
  rank: number;
  attention: string;
} {
  if (row.unreadable) return { rank: 0, attention: `Cannot be checked: ${row.unreadable}` };
  if (row.versionState !== "current" && row.versionState !== "not stamped")
    return { rank: 1, attention: row.versionState };
  if ((row.errors ?? 0) > 0 || row.pass === false) {
    const parts = [
      ...(row.pass === false ? [`score ${row.score}/${row.scoreMax} does not pass`] : []),
      ...((row.errors ?? 0) > 0 ? [`${row.errors} error${row.errors === 1 ? "" : "s"}`] : []),
    ];
    return { rank: 2, attention: parts.join(", ") };
  }
  if ((row.open ?? 0) > 0) return { rank: 3, attention: `${row.open} asked controls unanswered` };
  if (row.approval === "stale") return { rank: 4, attention: "answers changed since the approval" };
  if (row.approval === "changes-requested") return { rank: 4, attention: "changes requested" };
  if (row.approval !== "approved") return { rank: 5, attention: "ready, not yet approved" };
  if (!row.finalized) return { rank: 6, attention: "approved, not finalized" };
  return { rank: 7, attention: "approved and finalized" };
}

export function portfolioRow(w: AssessedWorkbook): PortfolioRow {
  const { check } = w;
  const a = check.assessment;
  const list = check.checklist;
  const stamped = w.persisted?.checklist === list.id ? w.persisted.checklistVersion : null;
  const versionState =
    stamped === null
      ? "not stamped"
      : stamped === list.version
        ? "current"
        : `made for version ${stamped}, which this tool does not know (it knows ${list.version})`;
  const count = (s: string) => check.findings.filter((f) => f.severity === s).length;
  const base = {
    file: w.file,
    partner: w.partner ?? partnerFromFile(w.file),
    programme: programName(list),
    checklist: list.id,
    version: stamped ?? list.version,
    versionState,
    validity: list.validity,
    score: a.score?.total ?? null,
    scoreMax: a.score?.max ?? null,
    pass: a.score ? a.score.pass : null,
    met: a.overall.met,
    asked: a.overall.applicable,
    open: a.unanswered.length,
    errors: count("error"),
    warnings: count("warning"),
    ready: a.ready,
    approval: w.approval,
    approvedOn: w.review.state === "approved" ? w.review.approvedOn : null,
    finalized: w.persisted?.finalized ?? null,
    unreadable: null,
  };
  return { ...base, ...attentionOf(base) };
}

export function unreadableRow(file: string, reason: string): PortfolioRow {
  const base = {
    file,
    partner: partnerFromFile(file),
    programme: null,
    checklist: null,
    version: null,
    versionState: "",
    validity: null,
    score: null,
    scoreMax: null,
    pass: null,
    met: null,
    asked: null,
    open: null,
    errors: null,
    warnings: null,
    ready: null,
    approval: null,
    approvedOn: null,
    finalized: null,
    unreadable: reason,
  };
  return { ...base, ...attentionOf(base) };
}

/** Most attention first; within a rank more errors, then more open items, then by file name. */
export function sortPortfolio(rows: readonly PortfolioRow[]): PortfolioRow[] {
  return [...rows].sort(
    (x, y) =>
      x.rank - y.rank ||
      (y.errors ?? 0) - (x.errors ?? 0) ||
      (y.open ?? 0) - (x.open ?? 0) ||
      (x.file < y.file ? -1 : x.file > y.file ? 1 : 0)
  );
}

export type PortfolioCell =
  string | number | boolean | { date: string } | { link: string; text: string } | null;

export interface PortfolioColumn {
  header: string;
  width: number;
  value: (row: PortfolioRow) => PortfolioCell;
}

const yesNo = (v: boolean | null) => (v === null ? null : v ? "Yes" : "No");
const date = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? { date: v } : v);

/** The columns in order, with a cell value each: the .xlsx writer gives dates and links their native form. */
export const PORTFOLIO_COLUMNS: readonly PortfolioColumn[] = [
  { header: H.attention, width: 40, value: (r) => r.attention },
  { header: H.partner, width: 28, value: (r) => r.partner },
  { header: H.programme, width: 36, value: (r) => r.programme },
  { header: H.version, width: 16, value: (r) => r.version },
  { header: H.versionCheck, width: 30, value: (r) => r.versionState || null },
  { header: H.validity, width: 30, value: (r) => r.validity },
  { header: H.score, width: 8, value: (r) => r.score },
  { header: H.max, width: 8, value: (r) => r.scoreMax },
  { header: H.pass, width: 8, value: (r) => yesNo(r.pass) },
  { header: H.met, width: 8, value: (r) => r.met },
  { header: H.asked, width: 8, value: (r) => r.asked },
  { header: H.open, width: 10, value: (r) => r.open },
  { header: H.errors, width: 8, value: (r) => r.errors },
  { header: H.warnings, width: 10, value: (r) => r.warnings },
  { header: H.ready, width: 10, value: (r) => yesNo(r.ready) },
  { header: H.approval, width: 24, value: (r) => (r.approval ? APPROVAL_WORDS[r.approval] : null) },
  { header: H.approvedOn, width: 12, value: (r) => date(r.approvedOn) },
  { header: H.finalized, width: 12, value: (r) => date(r.finalized) },
  { header: H.file, width: 36, value: (r) => ({ link: r.file, text: r.file }) },
];

/** The portfolio as CSV rows (dates as ISO text, the file as its name). */
export function portfolioCsvRows(rows: readonly PortfolioRow[]): CsvValue[][] {
  return [
    PORTFOLIO_COLUMNS.map((c) => c.header),
    ...rows.map((r) =>
      PORTFOLIO_COLUMNS.map((c) => {
        const v = c.value(r);
        if (v !== null && typeof v === "object") return "date" in v ? v.date : v.text;
        return v;
      })
    ),
  ];
}
