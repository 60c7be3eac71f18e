/**
 * The contract every rule follows: a pure function from one control's answers (in context) to findings.
 * Rules never throw on bad input; what they cannot read becomes a finding.
 */
import type { Checklist, Control } from "../../checklists/schema";
import type { AnswerEntry, Finding, Scope } from "../model";

export interface RuleContext {
  checklist: Checklist;
  control: Control;
  scope: Scope;
  /** The planned submission date (YYYY-MM-DD) that date rules are measured against. */
  asOf: string;
  /** The workbook uses Excel's 1904 date system (Mac workbooks of old). */
  date1904: boolean;
  /** Locale used to read text dates such as 03/04/2025 ("en-US" month first, "en-GB" day first); null = unknown. */
  locale: string | null;
}

export type ControlRule = (context: RuleContext, entry: AnswerEntry) => Finding[];
