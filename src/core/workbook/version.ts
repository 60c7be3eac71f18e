/**
 * Which release of a checklist a workbook is, read from the workbook itself (the Introduction sheet of the official
 * family prints the programme title, "Version 3.1" or "2021_q4_v1", and "Validity Period: February 2025-August
 * 2025"), and what that means for a planned submission: a lapsed validity, or a release other than the catalog's.
 */
import type { Checklist, ChecklistId } from "../../checklists/schema";
import type { Finding } from "../model";
import { a1, cellText, type Grid, type GridSheet } from "./grid";
import { OWN_SHEETS } from "./persist";

/** A month as YYYY-MM. */
export type YearMonth = string;

export interface Validity {
  /** As printed, e.g. "February 2025-August 2025". */
  text: string;
  from: YearMonth | null;
  to: YearMonth;
  /** "may continue to use this version ... until November 2025": the last month a lapsed version is still accepted. */
  graceUntil: YearMonth | null;
}

export interface Located<T> {
  value: T;
  sheet: string;
  cell: string;
}

export interface WorkbookVersion {
  title: Located<string> | null;
  version: Located<string> | null;
  validity: Located<Validity> | null;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = `(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

function ym(month: string, year: string): YearMonth {
  return `${year}-${String(monthNumber(month)).padStart(2, "0")}`;
}

const RANGE = new RegExp(
  `${MONTH}\\s*,?\\s*(\\d{4})\\s*(?:-|–|—|to|through|until)\\s*${MONTH}\\s*,?\\s*(\\d{4})`,
  "i"
);
const GRACE = new RegExp(
  `(?:continue to use|accepted|usable)[^.]*?until\\s+${MONTH}\\s*,?\\s*(\\d{4})`,
  "i"
);
const UNTIL = new RegExp(`valid(?:ity)?[^.]*?until\\s+${MONTH}\\s*,?\\s*(\\d{4})`, "i");

/** "Validity Period: February 2025-August 2025" (and "valid until August 2025"); null when the text states none. */
export function parseValidity(text: string): Validity | null {
  const range = RANGE.exec(text);
  const grace = GRACE.exec(text);
  const graceUntil = grace ? ym(grace[1], grace[2]) : null;
  if (range) {
    return {
      text: range[0].trim(),
      from: ym(range[1], range[2]),
      to: ym(range[3], range[4]),
      graceUntil,
    };
  }
  const until = UNTIL.exec(text);
  if (until) return { text: until[0].trim(), from: null, to: ym(until[1], until[2]), graceUntil };
  return null;
}

/**
 * The release a text names: "Version 3.1" -> "3.1", "v3.0" -> "3.0", "2021_q4_v1", "Released February 14th, 2025"
 * -> "February 2025". Null when it names none.
 */
export function parseVersion(text: string): string | null {
  const quarter = /\b(\d{4}_q[1-4]_v\d+)\b/i.exec(text);
  if (quarter) return quarter[1].toLowerCase();
  const numbered = /\bversion\s*[:#-]?\s*v?(\d+(?:\.\d+){0,3})\b/i.exec(text);
  if (numbered) return numbered[1];
  const short = /(?:^|[\s(])v(\d+\.\d+(?:\.\d+)?)\b/i.exec(text);
  if (short) return short[1];
  const released = new RegExp(
    `\\breleased?\\s+(?:on\\s+)?${MONTH}\\s*(?:\\d{1,2}(?:st|nd|rd|th)?)?,?\\s*(\\d{4})`,
    "i"
  ).exec(text);
  if (released) return `${capitalise(MONTHS[monthNumber(released[1]) - 1])} ${released[2]}`;
  return null;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A comparable version: "Version 3.1" and "v3.1" and "3.1" are the same release. */
export function versionKey(version: string): string {
  return version
    .toLowerCase()
    .replace(/^version\s*/, "")
    .replace(/^v(?=\d)/, "")
    .replace(/\s+/g, " ")
    .trim();
}

const TITLE =
  /validation checklist|self-?assessment|partner program|technical review|competency|service delivery|specialization/i;

function introSheets(grid: Grid): GridSheet[] {
  const sheets = (Array.isArray(grid?.sheets) ? grid.sheets : []).filter(
    (s): s is GridSheet => !!s && Array.isArray(s.rows) && !OWN_SHEETS.includes(s.name)
  );
  const intro = sheets.filter((s) => /intro|overview|instruction|read ?me|cover/i.test(s.name));
  return [...intro, ...sheets.filter((s) => !intro.includes(s))];
}

/** How many rows of each sheet are read for the title, version and validity (an introduction is short). */
const INTRO_ROWS = 40;
const INTRO_COLS = 12;

/** The programme title, version and validity the workbook prints; the Introduction sheet first, then other sheets' top rows. */
export function readWorkbookVersion(grid: Grid): WorkbookVersion {
  const out: WorkbookVersion = { title: null, version: null, validity: null };
  for (const sheet of introSheets(grid)) {
    const isIntro = /intro|overview|instruction|read ?me|cover/i.test(sheet.name);
    const rows = Math.min(sheet.rows.length, isIntro ? INTRO_ROWS : 6);
    for (let r = 0; r < rows; r++) {
      const row = Array.isArray(sheet.rows[r]) ? sheet.rows[r] : [];
      for (let c = 0; c < Math.min(row.length, INTRO_COLS); c++) {
        const text = cellText(row[c]);
        if (!text || text.length > 2000) continue;
        const at = { sheet: sheet.name, cell: a1(r, c) };
        // A label cell with its value in the next cell: "Validity Period:" | "February 2025-August 2025".
        const next = cellText(row[c + 1]);
        const joined =
          next && /[:]\s*$|^(version|validity(?: period)?)$/i.test(text) ? `${text} ${next}` : text;
        if (!out.validity) {
          const validity = parseValidity(joined);
          if (validity) out.validity = { value: validity, ...at };
        }
        if (!out.version) {
          const version = parseVersion(joined);
          if (version) out.version = { value: version, ...at };
        }
        if (!out.title && text.length <= 200 && TITLE.test(text))
          out.title = { value: text.replace(/\s+/g, " "), ...at };
      }
    }
    if (out.title && out.version && out.validity) break;
  }
  return out;
}

/** The last day of a YYYY-MM month as YYYY-MM-DD. */
function monthEnd(month: YearMonth): string {
  const [y, m] = month.split("-").map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

function monthName(month: YearMonth): string {
  const [y, m] = month.split("-").map(Number);
  return `${capitalise(MONTHS[m - 1] ?? "")} ${y}`;
}

/** Months between a YYYY-MM(-DD) and a YYYY-MM-DD date, counting whole months. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

/** A release published longer ago than this, with no validity printed, is probably superseded. */
const STALE_MONTHS = 12;

export interface VersionCheck {
  /** The release the workbook is, as printed, or null when it does not say. */
  workbookVersion: string | null;
  catalogVersion: string | null;
  /** The workbook's own validity, or the catalog's when the workbook is the catalog's release and prints none. */
  validity: Validity | null;
  lapsed: boolean;
  differs: boolean;
  findings: Finding[];
}

/** The comparison the pipeline keeps with its check (its findings are among the check's). */
export type VersionSummary = Omit<VersionCheck, "findings">;

/**
 * The release a checked workbook is, for people: the version it prints, else the checklist's (a workbook printing
 * "Version 3.0" with the 3.1 IDs is assessed with the catalog's 3.1 rules, but it is a 3.0 workbook).
 */
export function releaseOf(check: {
  checklist: { version: string };
  version: Pick<VersionSummary, "workbookVersion">;
}): string {
  return check.version.workbookVersion ?? check.checklist.version;
}

/**
 * Compares the workbook's release with the planned submission date (YYYY-MM-DD) and the catalog's release.
 * Findings are placed where the workbook prints its version (else `fallback`, e.g. the checklist header).
 */
export function checkVersion(
  info: WorkbookVersion,
  checklistId: ChecklistId,
  catalog: Checklist | null,
  plannedDate: string,
  fallback: { sheet: string; cell: string }
): VersionCheck {
  const findings: Finding[] = [];
  const workbookVersion = info.version?.value ?? null;
  const catalogVersion = catalog?.version ?? null;
  const differs =
    !!workbookVersion &&
    !!catalogVersion &&
    versionKey(workbookVersion) !== versionKey(catalogVersion);
  const sameRelease = !differs;
  const catalogValidity = catalog?.validity ? parseValidity(catalog.validity) : null;
  const validity = info.validity?.value ?? (sameRelease ? catalogValidity : null);
  const where = info.validity ?? info.version ?? fallback;
  const place = { sheet: where.sheet, cell: where.cell };
  const base = { checklist: checklistId, control: "", field: "id" as const };
  const name = catalog?.title ?? "checklist";
  let lapsed = false;
  if (validity && plannedDate > monthEnd(validity.to)) {
    lapsed = true;
    const grace = validity.graceUntil && plannedDate <= monthEnd(validity.graceUntil);
    findings.push({
      ...base,
      severity: grace ? "info" : "warning",
      rule: "version.lapsed",
      message: grace
        ? `'${place.sheet}'!${place.cell}: this ${name} version was valid ${validity.text}; AWS still accepts it until ${monthName(validity.graceUntil ?? validity.to)}, and the planned submission (${plannedDate}) falls in that time. Check for a newer version.`
        : `'${place.sheet}'!${place.cell}: this ${name} version was valid ${validity.text}, which ends before the planned submission (${plannedDate}): download the current self-assessment workbook from AWS Partner Central before you submit.`,
      ...place,
    });
  } else if (!validity && sameRelease && catalog) {
    const published = catalog.published;
    if (monthsBetween(published, plannedDate) > STALE_MONTHS) {
      lapsed = true;
      const printed = workbookVersion ?? catalog.version;
      findings.push({
        ...base,
        severity: "warning",
        rule: "version.lapsed",
        message: `'${place.sheet}'!${place.cell}: ${name} version ${printed} was published ${monthName(published.slice(0, 7))}, more than ${STALE_MONTHS} months before the planned submission (${plannedDate}), and states no validity: check AWS Partner Central for a newer version before you submit.`,
        ...place,
      });
    }
  }
  if (differs && workbookVersion && catalogVersion) {
    // The difference sits on the version cell, and its message names that cell, not the validity's.
    const at = info.version ? { sheet: info.version.sheet, cell: info.version.cell } : place;
    findings.push({
      ...base,
      severity: "warning",
      rule: "version.differs",
      message: `'${at.sheet}'!${at.cell}: this workbook is version ${workbookVersion} of the ${name}; the rules known to this tool are for version ${catalogVersion}. Controls the workbook has are checked with their own words; rules of version ${catalogVersion} apply where the IDs match.`,
      ...at,
    });
  }
  return { workbookVersion, catalogVersion, validity, lapsed, differs, findings };
}

/**
 * The version findings of a recognised workbook against the catalog entry of its programme, placed where the
 * workbook prints its version, else on the first mapped sheet's ID header.
 */
export function versionFindings(
  recognised: {
    version: WorkbookVersion;
    checklist: Checklist;
    mapping: { sheets: readonly { sheet: string; headerRow: number; columns: { id: number } }[] };
  },
  catalog: readonly Checklist[],
  plannedDate: string
): VersionCheck {
  const first = recognised.mapping.sheets[0];
  const fallback = first
    ? { sheet: first.sheet, cell: a1(first.headerRow, first.columns.id) }
    : { sheet: "", cell: "A1" };
  const entry = catalog.find((c) => c.id === recognised.checklist.id) ?? null;
  return checkVersion(recognised.version, recognised.checklist.id, entry, plannedDate, fallback);
}
