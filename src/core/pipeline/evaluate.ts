/**
 * The assessment pipeline: one pure function from a workbook's cells to where the partner stands. The task pane's
 * live store, the custom functions (through the store), `selfassess check` and finalize (add-in and CLI) all call
 * `evaluateWorkbook`; nothing else recognises, reads answers, resolves the scope, assesses or decides readiness.
 *
 *   grid ─▶ recognition (checklist + mapping) ─▶ answers ─▶ scope ─▶ assessment ─▶ findings placed ─▶ readiness
 *
 * Sources without a workbook (the CLI's answers files) enter at `assessEntries`, the last three steps.
 */
import type { Checklist, ChecklistId } from "../../checklists/schema";
import { assess, type Assessment, type AssessOptions } from "../assess";
import type { AnswerEntry, Finding, Scope } from "../model";
import type { PrerequisiteFlags } from "../prerequisites";
import { readiness, type Readiness } from "../readiness";
import type { Grid } from "../workbook/grid";
import type { Mapping } from "../workbook/mapping";
import { versionFindings, type VersionSummary } from "../workbook/version";
import { readAnswers, type PointOverrides } from "../workbook/readAnswers";
import type { Candidate } from "../workbook/recognise";
import {
  selfAssessRows,
  stampStatus,
  type ApprovalStatus,
  type FinalizeStatus,
} from "../workbook/stamps";
import { placeFindings } from "./placement";
import { prerequisiteStep } from "./prerequisites";
import { recognition, type RecognitionMemo } from "./recognition";
import { workbookScope } from "./scope";

export interface EvaluateOptions {
  /** Today, YYYY-MM-DD (the caller reads the clock). */
  today: string;
  /** Measure dates against this day instead of the workbook's planned submission date. */
  asOf?: string | null;
  /** The locale numeric text dates were typed in (the CLI's --locale, Office's display language); null: unknown. */
  locale?: string | null;
  /** The checklist an earlier read recognised (see RecognitionOptions.knownChecklist). */
  knownChecklist?: ChecklistId | null;
  /** The previous call's `memo`: recognition is skipped while the workbook's structure is unchanged. */
  memo?: RecognitionMemo | null;
  /** Prerequisites answered outside the workbook (check --prerequisite); they win over the SelfAssess sheet. */
  prerequisites?: PrerequisiteFlags | null;
}

/** What the last steps give: the assessment, every finding placed, and readiness over all of them. */
export interface Assessed {
  /** The engine's assessment; its findings are all findings (workbook + engine), `ready` is `readiness.ready`. */
  assessment: Assessment;
  /** Every finding: the workbook's first, then the engine's, each with sheet and cell when there is a mapping. */
  findings: Finding[];
  /** Findings from recognising the workbook, reading its scope and reading its answers. */
  workbookFindings: Finding[];
  /** The engine's own findings (rules, scoring). */
  engineFindings: Finding[];
  readiness: Readiness;
}

export interface WorkbookCheck extends Assessed {
  /** The checklist assessed, as the recognition step gave it. */
  checklist: Checklist;
  scope: Scope;
  /** Where the scope came from: the workbook's SelfAssess sheet, or the checklist's defaults. */
  scopeSource: "workbook" | "defaults";
  mapping: Mapping;
  entries: AnswerEntry[];
  pointOverrides: PointOverrides;
  candidates: Candidate[];
  /** The workbook's release against the catalog's and the planned submission (its findings are in `findings`). */
  version: VersionSummary;
  /** The last finalize recorded in the SelfAssess sheet and whether the answers changed since (stamps.ts). */
  finalized: FinalizeStatus | null;
  /** The approval, when the review is approved, and whether it is stale (the pane's `isStale`). */
  approval: ApprovalStatus | null;
}

export type Evaluation =
  | { ok: true; check: WorkbookCheck; memo: RecognitionMemo }
  | { ok: false; reason: string; candidates: Candidate[]; memo: RecognitionMemo };

/** Steps 5 to 7: assess the answers, place every finding, decide readiness over all of them. */
export function assessEntries(
  input: {
    checklist: Checklist;
    scope: Scope;
    entries: readonly AnswerEntry[];
    /** Findings from reading the source, counted for readiness like the engine's. */
    workbookFindings?: readonly Finding[];
    /** Where the answers came from; without one, findings keep the place they have. */
    mapping?: Mapping | null;
  },
  options: AssessOptions
): Assessed {
  const engine = assess(input.checklist, input.scope, input.entries, options);
  const place = (findings: readonly Finding[]): Finding[] =>
    input.mapping ? placeFindings(findings, input.entries, input.mapping) : [...findings];
  const workbookFindings = place(input.workbookFindings ?? []);
  const engineFindings = place(engine.findings);
  const findings = [...workbookFindings, ...engineFindings];
  const decided = readiness({ unanswered: engine.unanswered, findings, score: engine.score });
  return {
    assessment: { ...engine, findings, ready: decided.ready },
    findings,
    workbookFindings,
    engineFindings,
    readiness: decided,
  };
}

/** Workbook findings known only after assessing (already placed), counted for readiness like the others. */
function addFindings(assessed: Assessed, extra: readonly Finding[]): Assessed {
  const workbookFindings = [...assessed.workbookFindings, ...extra];
  const findings = [...workbookFindings, ...assessed.engineFindings];
  const a = assessed.assessment;
  const decided = readiness({ unanswered: a.unanswered, findings, score: a.score });
  return {
    ...assessed,
    assessment: { ...a, findings, ready: decided.ready },
    findings,
    workbookFindings,
    readiness: decided,
  };
}

export function evaluateWorkbook(
  grid: Grid,
  catalog: readonly Checklist[],
  options: EvaluateOptions
): Evaluation {
  const recognised = recognition(grid, catalog, {
    knownChecklist: options.knownChecklist ?? null,
    memo: options.memo ?? null,
  });
  if (!recognised.ok) return recognised;
  const { checklist, mapping, memo } = recognised;
  const read = readAnswers(grid, mapping, checklist);
  const remembered = workbookScope(grid, checklist, { asOf: options.asOf ?? null });
  const prerequisites = prerequisiteStep(catalog, checklist, mapping, remembered.scope, options);
  const scope = { ...remembered, scope: prerequisites.scope };
  // A lapsed or different release is said once, where the workbook prints its version.
  const version = versionFindings(
    { version: recognised.version, checklist, mapping },
    catalog,
    scope.scope.plannedSubmissionDate ?? options.today
  );
  const assessed = assessEntries(
    {
      checklist,
      scope: scope.scope,
      entries: read.entries,
      // A Met value that could not be read is already reported with its cell; the engine sees it as blank.
      workbookFindings: [
        ...recognised.findings,
        ...scope.findings,
        ...version.findings,
        ...prerequisites.findings,
        ...read.findings,
      ],
      mapping,
    },
    {
      today: options.today,
      date1904: grid.date1904 ?? false,
      locale: options.locale ?? null,
      pointsOverrides: read.pointOverrides,
    }
  );
  // The stamps compare the answers with the hash recorded at finalize and approval: warnings, placed on the Summary.
  const stamps = stampStatus(selfAssessRows(grid), assessed.assessment, read.entries, checklist.id);
  const withStamps = stamps.findings.length ? addFindings(assessed, stamps.findings) : assessed;
  return {
    ok: true,
    memo,
    check: {
      checklist,
      scope: scope.scope,
      scopeSource: scope.source,
      mapping,
      entries: read.entries,
      pointOverrides: read.pointOverrides,
      candidates: recognised.candidates,
      version: {
        workbookVersion: version.workbookVersion,
        catalogVersion: version.catalogVersion,
        validity: version.validity,
        lapsed: version.lapsed,
        differs: version.differs,
      },
      ...withStamps,
      finalized: stamps.finalized,
      approval: stamps.approval,
    },
  };
}
