/**
 * Step 3b: the prerequisites a workbook does not carry as rows are questions (core/prerequisites.ts). Answers given
 * outside the workbook (check --prerequisite) join the remembered scope; the findings are placed on the first
 * checklist sheet's ID header, since there is no row to point at, and never block readiness.
 */
import type { Checklist } from "../../checklists/schema";
import type { Finding, Scope } from "../model";
import {
  prerequisiteAnswers,
  prerequisiteFindings,
  withPrerequisiteAnswers,
  type PrerequisiteFlags,
} from "../prerequisites";
import { a1 } from "../workbook/grid";
import type { Mapping } from "../workbook/mapping";

export function prerequisiteStep(
  catalog: readonly Checklist[],
  checklist: Checklist,
  mapping: Mapping,
  scope: Scope,
  options: { prerequisites?: PrerequisiteFlags | null }
): { scope: Scope; findings: Finding[] } {
  const programme = catalog.find((c) => c.id === checklist.id);
  if (!programme) return { scope, findings: [] };
  const answered = options.prerequisites
    ? withPrerequisiteAnswers(scope, prerequisiteAnswers(programme, options.prerequisites))
    : scope;
  const head = mapping.sheets[0];
  const place = head
    ? { sheet: head.sheet, cell: a1(head.headerRow, head.columns.id) }
    : { sheet: "", cell: "A1" };
  return { scope: answered, findings: prerequisiteFindings(programme, checklist, answered, place) };
}
