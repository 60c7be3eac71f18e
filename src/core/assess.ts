/**
 * The engine's one entry point: a checklist, a scope and the answers in; where the partner stands out.
 * Everything the task pane, the custom functions and the CLI show comes from this.
 */
import type { Checklist, ChecklistId } from "../checklists/schema";
import { ANSWER_RULES } from "./answerRules";
import { indexEntries } from "./answers";
import { applicability, type ControlStatus } from "./applicability";
import type { AnswerEntry, Finding, Met, Scope } from "./model";
import { addToCounts, emptyCounts, rollupMet, type ControlResult, type Counts } from "./rollup";
import { EVIDENCE_RULES } from "./rules";
import type { ControlRule, RuleContext } from "./rules/types";
import { readiness } from "./readiness";
import { assessmentDate, caseStudyCount } from "./scope";
import {
  passResult,
  scoreMsp,
  type MspScore,
  type PassResult,
  type PointsOverrides,
} from "./scoring";

export interface AssessOptions {
  /** Today, YYYY-MM-DD; used when the scope has no planned submission date. */
  today: string;
  date1904?: boolean;
  locale?: string | null;
  /** The workbook's own point columns, by control key, overriding the catalog. */
  pointsOverrides?: PointsOverrides;
}

export interface SectionSummary extends Counts {
  id: string;
  title: string;
  kind: string;
  part: string;
}

export interface ControlOutcome {
  key: string;
  id: string;
  part: string;
  section: string;
  state: ControlStatus["state"];
  reason: string | null;
  met: Met;
}

export interface Assessment {
  checklist: ChecklistId;
  scope: Scope;
  asOf: string;
  caseStudies: number;
  statuses: ControlStatus[];
  controls: ControlOutcome[];
  sections: SectionSummary[];
  overall: Counts;
  score: MspScore | null;
  /** Which pass rule applied (points, or every Mandatory control met) and its outcome. */
  pass: PassResult;
  findings: Finding[];
  /** readiness.ts over this assessment's findings (the pipeline recomputes it over the workbook's findings too). */
  ready: boolean;
  /** IDs of applicable controls still blank (optional ones excluded). */
  unanswered: string[];
}

/** Findings about evidence whose requirement a Well-Architected review waives. */
const WAIVABLE_RULES = new Set(["date.missing", "date.min-count", "evidence.missing"]);

const RULES: readonly ControlRule[] = [...ANSWER_RULES, ...EVIDENCE_RULES];

/** Runs a rule, turning a bug in a rule into a finding rather than losing the whole assessment. */
function runRule(rule: ControlRule, context: RuleContext, entry: AnswerEntry): Finding[] {
  try {
    return rule(context, entry);
  } catch (error) {
    return [
      {
        checklist: context.checklist.id,
        control: context.control.id,
        field: "id",
        severity: "error",
        rule: "engine.rule-failed",
        message: `Internal error while checking ${context.control.id}: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
}

export function assess(
  checklist: Checklist,
  scope: Scope,
  entries: readonly AnswerEntry[],
  options: AssessOptions
): Assessment {
  const asOf = assessmentDate(scope, options.today);
  const caseStudies = caseStudyCount(checklist, scope);
  const statuses = applicability(checklist, scope);
  const byKey = indexEntries(entries);
  const findings: Finding[] = [];
  const results: ControlResult[] = [];
  const sectionCounts = new Map<string, SectionSummary>();
  const overall = emptyCounts();
  const unanswered: string[] = [];

  for (const section of checklist.sections) {
    sectionCounts.set(`${section.part}/${section.id}`, {
      id: section.id,
      title: section.title,
      kind: section.kind,
      part: section.part,
      ...emptyCounts(),
    });
  }

  for (const status of statuses) {
    const entry = byKey.get(status.key);
    const met = rollupMet(status.control, entry, caseStudies);
    const result: ControlResult = { status, met };
    results.push(result);
    addToCounts(overall, result);
    const summary = sectionCounts.get(`${status.part}/${status.section.id}`);
    if (summary) addToCounts(summary, result);
    if (status.state === "applies" && met === "blank" && !status.optional)
      unanswered.push(status.control.id);

    if (!entry) continue;
    if (status.state !== "applies") {
      const answered = entry.answers.some((a) => a.met !== "blank");
      if (answered) {
        const cell = entry.cells?.[0]?.met;
        findings.push({
          checklist: checklist.id,
          control: status.control.id,
          field: "met",
          severity: "info",
          rule: "answer.not-asked",
          message:
            `${status.control.id} is answered although it is not asked for this scope: ${status.reason ?? ""}`.trim(),
          ...(cell ? { sheet: cell.sheet, cell: cell.cell } : {}),
        });
      }
      continue;
    }
    const context: RuleContext = {
      checklist,
      control: status.control,
      scope,
      asOf,
      date1904: options.date1904 ?? false,
      locale: options.locale ?? null,
    };
    // Only the case studies in scope are checked; extra columns in a template are ignored.
    const inScope: AnswerEntry = status.control.perCaseStudy
      ? {
          ...entry,
          answers: entry.answers.slice(0, caseStudies),
          cells: entry.cells?.slice(0, caseStudies),
        }
      : { ...entry, answers: entry.answers.slice(0, 1), cells: entry.cells?.slice(0, 1) };
    for (const rule of RULES) {
      for (const finding of runRule(rule, context, inScope)) {
        if (status.evidenceWaived && WAIVABLE_RULES.has(finding.rule)) continue;
        findings.push(finding);
      }
    }
  }

  const score = scoreMsp(checklist, results, options.pointsOverrides);
  if (score && checklist.scoring && score.max !== checklist.scoring.max) {
    // Only the workbook's own point columns can do this: an altered or outdated template changes the scale.
    findings.push({
      checklist: checklist.id,
      control: "",
      field: "id",
      severity: "warning",
      rule: "score.max-differs",
      message: `The workbook's "Add if Does Meet Capability" points add up to ${score.max}, but the checklist's maximum is ${checklist.scoring.max}: check the point columns against checklist version ${checklist.version}.`,
    });
  }
  return {
    checklist: checklist.id,
    scope,
    asOf,
    caseStudies,
    statuses,
    controls: results.map(({ status, met }) => ({
      key: status.key,
      id: status.control.id,
      part: status.part,
      section: status.section.id,
      state: status.state,
      reason: status.reason,
      met,
    })),
    sections: [...sectionCounts.values()],
    overall,
    score,
    pass: passResult(checklist, results, score),
    findings,
    ready: readiness({ unanswered, findings }).ready,
    unanswered,
  };
}
