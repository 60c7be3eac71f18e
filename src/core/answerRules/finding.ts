import type { AnswerEntry, Finding, FindingField, Severity } from "../model";
import type { RuleContext } from "../rules/types";

/** A finding about one answer of a control, with the cell it came from when the answer was read from a sheet. */
export function answerFinding(
  context: RuleContext,
  entry: AnswerEntry,
  index: number,
  field: FindingField,
  severity: Severity,
  rule: string,
  message: string
): Finding {
  const cell = entry.cells?.[index]?.[field];
  return {
    checklist: context.checklist.id,
    control: context.control.id,
    ...(context.control.perCaseStudy ? { caseStudy: index + 1 } : {}),
    field,
    severity,
    rule,
    message,
    ...(cell ? { sheet: cell.sheet, cell: cell.cell } : {}),
  };
}
