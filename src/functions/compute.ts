/**
 * The custom functions' logic as pure code: given the live view of the workbook (an Assessment, or why there is
 * none) or the cells of explicit ranges, each helper returns the value a function shows or a typed error
 * descriptor. functions.ts only converts arguments in and results out; nothing here touches Office.js or
 * CustomFunctions, so every case is testable as plain data.
 */
import type { Checklist, ControlPart } from "../checklists/schema";
import { normalizeId, parseMet } from "../core/answers";
import type { Assessment } from "../core/assess";
import { assessmentPass } from "../core/scoring";
import type { CellValue, Finding, Met } from "../core/model";
import { readiness, type Readiness } from "../core/readiness";

/** The CustomFunctions.ErrorCode members the functions use, by name (functions.ts maps them to the enum). */
export type FunctionErrorCode = "notAvailable" | "invalidValue";

export interface FunctionError {
  ok: false;
  code: FunctionErrorCode;
  message: string;
}

export interface FunctionValue<T> {
  ok: true;
  value: T;
}

export type Computed<T> = FunctionValue<T> | FunctionError;

/** What the live functions compute from: the store's current snapshot satisfies this shape. */
export interface LiveView {
  /** The workbook's assessment; null when no checklist is mapped or the workbook could not be read. */
  assessment: Assessment | null;
  /** Why there is no assessment, in words (shown in the #N/A message). */
  reason: string | null;
  /** Findings from recognising and reading the workbook (unknown IDs, unreadable cells), besides the assessment's. */
  workbookFindings: readonly Finding[];
  /** The pipeline's readiness over every finding (the store's snapshot has it); derived the same way when absent. */
  readiness?: Readiness | null;
}

/** A cell value as a custom function receives it: a scalar, or a 2-D array for a range parameter. */
export type ArgValue = unknown;

export const NO_MSP_MESSAGE = "No MSP assessment is mapped in this workbook";
export const NO_ASSESSMENT_MESSAGE = "No assessment is mapped in this workbook";

/** The text MSP.MANDATORY spills when no Mandatory Action Item fails: one row holding an empty string. */
export const NO_MANDATORY_FAILED: string[][] = [[""]];

export function value<T>(v: T): FunctionValue<T> {
  return { ok: true, value: v };
}

export function failure(code: FunctionErrorCode, message: string): FunctionError {
  return { ok: false, code, message };
}

function withReason(base: string, reason: string | null): string {
  return reason ? `${base}: ${reason}` : base;
}

/** The view's assessment, or the #N/A that says why there is none. */
export function requireAssessment(view: LiveView): Computed<Assessment> {
  if (!view.assessment)
    return failure("notAvailable", withReason(NO_ASSESSMENT_MESSAGE, view.reason));
  return value(view.assessment);
}

/** The view's assessment when it is an MSP one with a score, else the #N/A of the MSP-only functions. */
export function requireMsp(
  view: LiveView
): Computed<Assessment & { score: NonNullable<Assessment["score"]> }> {
  const a = requireMspWorkbook(view);
  if (!a.ok) return a;
  if (!a.value.score) return failure("notAvailable", NO_POINTS_MESSAGE);
  return value(a.value as Assessment & { score: NonNullable<Assessment["score"]> });
}

/** #N/A of MSP.SCORE and MSP.MAX on an MSP workbook without point columns (the current MSP format). */
export const NO_POINTS_MESSAGE =
  "This MSP workbook has no point columns, so it has no score: it passes when every Mandatory control is met (see MSP.PASS() and MSP.MANDATORY())";

/** The view's assessment when it is an MSP one, with or without points. */
function requireMspWorkbook(view: LiveView): Computed<Assessment> {
  const a = view.assessment;
  if (!a) return failure("notAvailable", withReason(NO_MSP_MESSAGE, view.reason));
  if (a.checklist !== "msp")
    return failure(
      "notAvailable",
      `${NO_MSP_MESSAGE} (it holds the ${a.checklist.toUpperCase()} checklist)`
    );
  return value(a);
}

// ---------------------------------------------------------------------------------------------------------------
// Arguments

/** True for an omitted optional argument: Excel passes null (or nothing); an empty cell arrives as "". */
export function isOmitted(arg: ArgValue): boolean {
  if (arg === null || arg === undefined || arg === "") return true;
  if (Array.isArray(arg)) {
    return (
      arg.length === 0 ||
      (arg.length === 1 && Array.isArray(arg[0]) && arg[0].length <= 1 && isOmitted(arg[0][0]))
    );
  }
  return false;
}

/** A range argument as a flat, row-major list of cells; a scalar is a one-cell range. */
export function flatten(arg: ArgValue): unknown[] {
  if (!Array.isArray(arg)) return [arg];
  const out: unknown[] = [];
  for (const row of arg) {
    if (Array.isArray(row)) out.push(...row);
    else out.push(row);
  }
  return out;
}

/** The single value of a one-cell argument; null when the argument spans several cells. */
export function scalarOf(arg: ArgValue): unknown {
  if (!Array.isArray(arg)) return arg;
  const cells = flatten(arg);
  return cells.length === 1 ? cells[0] : null;
}

function isCellValue(v: unknown): v is CellValue {
  return (
    v === null ||
    v === undefined ||
    ["string", "number", "boolean"].includes(typeof v) ||
    v instanceof Date
  );
}

/** Section text as compared: "4.0", "4", 4, "Section 4" -> "4"; other text lower-cased and trimmed. */
export function sectionKey(text: unknown): string {
  const raw = typeof text === "number" ? String(text) : typeof text === "string" ? text : "";
  const t = raw
    .trim()
    .toLowerCase()
    .replace(/^section\s+/, "")
    .replace(/\.+$/, "");
  const numeric = /^(\d+)(?:\.0+)?$/.exec(t);
  return numeric ? String(Number(numeric[1])) : t;
}

/** A control ID argument: text as printed ("1.1", "P-1"), optionally prefixed with its part ("prerequisites/1.1"). */
export interface IdQuery {
  part: ControlPart | null;
  key: string;
  /** The ID as the user gave it, for messages. */
  text: string;
}

function idCompare(text: string): string {
  return normalizeId(text)
    .replace(/\s*([.-])\s*/g, "$1")
    .toUpperCase();
}

export function parseIdArg(arg: ArgValue): Computed<IdQuery> {
  const v = scalarOf(arg);
  if (typeof v !== "string" && typeof v !== "number") {
    return failure("invalidValue", 'Give one control ID, e.g. "1.1"');
  }
  const text = typeof v === "number" ? String(v) : v.trim();
  if (!text) return failure("invalidValue", 'Give one control ID, e.g. "1.1"');
  const prefixed = /^(prerequisites|requirements)\s*\/\s*(.+)$/i.exec(text);
  if (prefixed) {
    return value({
      part: prefixed[1].toLowerCase() as ControlPart,
      key: idCompare(prefixed[2]),
      text,
    });
  }
  return value({ part: null, key: idCompare(text), text });
}

// ---------------------------------------------------------------------------------------------------------------
// Looking things up in an assessment

type Outcome = Assessment["controls"][number];

/** The control an ID names: a part prefix picks the part; otherwise requirements win over prerequisites. */
export function findControl(assessment: Assessment, query: IdQuery): Outcome | null {
  const matches = assessment.controls.filter(
    (c) => idCompare(c.id) === query.key && (query.part === null || c.part === query.part)
  );
  return matches.find((c) => c.part === "requirements") ?? matches[0] ?? null;
}

function unknownId(query: IdQuery, assessment: Assessment): FunctionError {
  return failure(
    "invalidValue",
    `Unknown control ID ${query.text} in the ${assessment.checklist.toUpperCase()} checklist`
  );
}

function unknownSection(text: unknown, assessment: Assessment): FunctionError {
  const shown = typeof text === "string" || typeof text === "number" ? String(text) : "?";
  return failure(
    "invalidValue",
    `Unknown section ${shown} in the ${assessment.checklist.toUpperCase()} checklist`
  );
}

const MET_TEXT: Record<Met, string> = { yes: "Yes", no: "No", na: "N/A", blank: "" };

// ---------------------------------------------------------------------------------------------------------------
// The functions

/** MSP.SCORE() / MSP.SCORE(section): the total of the mapped MSP assessment, or of one section. */
export function scoreOf(view: LiveView, section: ArgValue = null): Computed<number> {
  const msp = requireMsp(view);
  if (!msp.ok) return msp;
  const score = msp.value.score;
  if (isOmitted(section)) return value(score.total);
  const wanted = sectionArg(section);
  if (!wanted.ok) return wanted;
  const found = score.sections.find(
    (s) => sectionKey(s.id) === wanted.value || s.title.toLowerCase() === wanted.value
  );
  return found ? value(found.total) : unknownSection(scalarOf(section), msp.value);
}

/** MSP.MAX() / MSP.MAX(section). */
export function maxOf(view: LiveView, section: ArgValue = null): Computed<number> {
  const msp = requireMsp(view);
  if (!msp.ok) return msp;
  const score = msp.value.score;
  if (isOmitted(section)) return value(score.max);
  const wanted = sectionArg(section);
  if (!wanted.ok) return wanted;
  const found = score.sections.find(
    (s) => sectionKey(s.id) === wanted.value || s.title.toLowerCase() === wanted.value
  );
  return found ? value(found.max) : unknownSection(scalarOf(section), msp.value);
}

function sectionArg(section: ArgValue): Computed<string> {
  const v = scalarOf(section);
  if (typeof v !== "string" && typeof v !== "number") {
    return failure("invalidValue", 'Give one section, e.g. "4.0" or 4');
  }
  return value(sectionKey(v));
}

/** MSP.PASS(): 900 or more and no Mandatory Action Item failed; without point columns, every Mandatory control met. */
export function passOf(view: LiveView): Computed<boolean> {
  const msp = requireMspWorkbook(view);
  return msp.ok ? value(assessmentPass(msp.value).pass) : msp;
}

/** MSP.MANDATORY(): the failed Mandatory Action Items' IDs, one per row; [[""]] when none fails. */
export function mandatoryOf(view: LiveView): Computed<string[][]> {
  const msp = requireMspWorkbook(view);
  if (!msp.ok) return msp;
  const failed = assessmentPass(msp.value).mandatoryFailed;
  return value(
    failed.length ? failed.map((id) => [id]) : NO_MANDATORY_FAILED.map((row) => [...row])
  );
}

/** MSP.MET(id): "Yes", "No", "N/A" or "" (blank), rolled up over case studies. */
export function metOf(view: LiveView, id: ArgValue): Computed<string> {
  const a = requireAssessment(view);
  if (!a.ok) return a;
  const query = parseIdArg(id);
  if (!query.ok) return query;
  const control = findControl(a.value, query.value);
  return control ? value(MET_TEXT[control.met]) : unknownId(query.value, a.value);
}

/** MSP.APPLIES(id): TRUE when the control is asked for the workbook's scope. */
export function appliesOf(view: LiveView, id: ArgValue): Computed<boolean> {
  const a = requireAssessment(view);
  if (!a.ok) return a;
  const query = parseIdArg(id);
  if (!query.ok) return query;
  const control = findControl(a.value, query.value);
  return control ? value(control.state === "applies") : unknownId(query.value, a.value);
}

/** MSP.PROGRESS() / MSP.PROGRESS(section): answered / applicable, 0..1; 1 when nothing applies. */
export function progressOf(view: LiveView, section: ArgValue = null): Computed<number> {
  const a = requireAssessment(view);
  if (!a.ok) return a;
  let counts = a.value.overall;
  if (!isOmitted(section)) {
    const wanted = sectionArg(section);
    if (!wanted.ok) return wanted;
    const matching = a.value.sections.filter(
      (s) => sectionKey(s.id) === wanted.value || s.title.toLowerCase() === wanted.value
    );
    if (matching.length === 0) return unknownSection(scalarOf(section), a.value);
    counts = matching.reduce(
      (sum, s) => ({
        ...sum,
        applicable: sum.applicable + s.applicable,
        answered: sum.answered + s.answered,
      }),
      { ...a.value.overall, applicable: 0, answered: 0 }
    );
  }
  return value(counts.applicable === 0 ? 1 : counts.answered / counts.applicable);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The view's readiness: the pipeline's, or core/readiness.ts over the view's findings when it carries none. */
function readinessOf(view: LiveView, a: Assessment): Readiness {
  return (
    view.readiness ??
    readiness({
      unanswered: a.unanswered,
      findings: [...a.findings, ...view.workbookFindings],
      score: a.score,
    })
  );
}

/** MSP.STATUS(): "Ready", or what stands in the way: "3 errors, 2 warnings, 12 unanswered". */
export function statusOf(view: LiveView): Computed<string> {
  const a = requireAssessment(view);
  if (!a.ok) return a;
  const r = readinessOf(view, a.value);
  const errors = r.errors.length;
  const unanswered = r.unanswered.length;
  if (r.ready) return value(r.warnings ? `Ready, ${plural(r.warnings, "warning")}` : "Ready");
  const parts: string[] = [];
  if (errors) parts.push(plural(errors, "error"));
  if (r.warnings) parts.push(plural(r.warnings, "warning"));
  if (unanswered) parts.push(`${unanswered} unanswered`);
  return value(parts.join(", "));
}

/**
 * MSP.SCORE(met_range, id_range): a pure function of the cells. Each ID of an MSP requirement scores its catalog
 * "Add" points when its Met? cell says Yes (or N/A where the checklist allows N/A) and its "Subtract" points
 * otherwise (a blank is not met). Rows whose ID is blank or not a scored control (section titles, prerequisites) are
 * skipped. No scope is applied: reseller and renewal waivers need the mapped workbook (MSP.SCORE()).
 */
export function scoreRanges(
  msp: Checklist,
  metRange: ArgValue,
  idRange: ArgValue
): Computed<number> {
  const mets = flatten(metRange);
  const ids = flatten(idRange);
  if (mets.length !== ids.length) {
    return failure(
      "invalidValue",
      `met_range has ${mets.length} cells and id_range ${ids.length}: give two ranges of the same size`
    );
  }
  const scored = new Map<string, { id: string; met: number; notMet: number; naAllowed: boolean }>();
  for (const section of msp.sections) {
    if (section.part !== "requirements") continue;
    for (const control of section.controls) {
      if (control.points) {
        scored.set(idCompare(control.id), {
          id: control.id,
          met: control.points.met,
          notMet: control.points.notMet,
          naAllowed: control.naAllowed,
        });
      }
    }
  }
  const seen = new Set<string>();
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    const rawId = ids[i];
    if (!isCellValue(rawId)) continue;
    const key = idCompare(normalizeId(rawId));
    const control = key ? scored.get(key) : undefined;
    if (!control) continue;
    if (seen.has(key))
      return failure("invalidValue", `Control ${control.id} appears twice in id_range`);
    seen.add(key);
    const raw = mets[i];
    const met = isCellValue(raw) ? parseMet(raw) : null;
    if (met === null) {
      return failure(
        "invalidValue",
        `Met? for ${control.id} is "${String(raw)}": expected Yes, No, N/A or blank`
      );
    }
    total += met === "yes" || (met === "na" && control.naAllowed) ? control.met : control.notMet;
  }
  if (seen.size === 0) return failure("invalidValue", "id_range holds no scored MSP control ID");
  return value(total);
}
