/**
 * What the add-in shows of one evaluation: the shape the live store publishes (it adds its own loading and failed
 * states and a revision) and the custom functions and the task pane read.
 */
import type { Checklist } from "../../checklists/schema";
import type { Assessment } from "../assess";
import type { AnswerEntry, Finding } from "../model";
import type { Readiness } from "../readiness";
import type { Mapping } from "../workbook/mapping";
import type { ApprovalStatus, FinalizeStatus } from "../workbook/stamps";
import type { VersionSummary } from "../workbook/version";
import type { Evaluation } from "./evaluate";

export interface LiveAssessment {
  /** ready: an assessment; unmapped: no checklist recognised. */
  state: "ready" | "unmapped";
  /**
   * The engine's assessment with its own findings only (rules, scoring), each placed on a cell; `ready` is the
   * pipeline's readiness over all findings. The workbook's findings are in `workbookFindings`, both in `findings`.
   */
  assessment: Assessment | null;
  checklist: Checklist | null;
  mapping: Mapping | null;
  /** Why there is no assessment, in words. */
  reason: string | null;
  /** Findings from recognising and reading the workbook (unknown IDs, unreadable cells, missing controls, scope). */
  workbookFindings: Finding[];
  /** Every finding, workbook and engine, each with sheet and cell. */
  findings: Finding[];
  /** The one definition of ready (core/readiness.ts), over every finding; null without an assessment. */
  readiness: Readiness | null;
  /** The answers read from the sheet (every field, per case study), so the task pane shows what the sheet holds. */
  entries: readonly AnswerEntry[];
  /** The last finalize and whether the answers changed since; null when not finalized (absent before a read). */
  finalized?: FinalizeStatus | null;
  /** The approval and whether it is stale; null when the review is not approved (absent before a read). */
  approval?: ApprovalStatus | null;
  /** The workbook's release against the catalog's and the planned submission; null without an assessment. */
  version?: VersionSummary | null;
}

export function liveAssessment(evaluation: Evaluation): LiveAssessment {
  if (!evaluation.ok)
    return {
      state: "unmapped",
      assessment: null,
      checklist: null,
      mapping: null,
      reason: evaluation.reason,
      workbookFindings: [],
      findings: [],
      readiness: null,
      entries: [],
      finalized: null,
      approval: null,
      version: null,
    };
  const { check } = evaluation;
  return {
    state: "ready",
    assessment: { ...check.assessment, findings: check.engineFindings },
    checklist: check.checklist,
    mapping: check.mapping,
    reason: null,
    workbookFindings: check.workbookFindings,
    findings: check.findings,
    readiness: check.readiness,
    entries: check.entries,
    finalized: check.finalized,
    approval: check.approval,
    version: check.version,
  };
}
