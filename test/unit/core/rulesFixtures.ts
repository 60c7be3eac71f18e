/** Small hand-made controls, contexts and answer entries for the evidence-rule tests. */
import { Checklist, Control, type ControlInput } from "../../../src/checklists/schema";
import {
  ControlAnswer,
  Scope,
  type AnswerEntry,
  type ControlAnswerInput,
  type Finding,
} from "../../../src/core/model";
import type { ControlRule, RuleContext } from "../../../src/core/rules/types";

export function control(input: Partial<ControlInput> = {}): Control {
  return Control.parse({ id: "1.1", title: "A control", requirement: "Do the thing.", ...input });
}

export function context(
  controlInput: Partial<ControlInput> = {},
  overrides: Partial<Omit<RuleContext, "control" | "checklist">> = {}
): RuleContext {
  const c = control(controlInput);
  const checklist = Checklist.parse({
    id: "ato",
    program: "ATO on AWS",
    title: "Test checklist",
    version: "1.0",
    published: "2025-01",
    submission: { method: "partner-central", instructions: "Submit in Partner Central." },
    scopeQuestions: ["plannedSubmissionDate"],
    sections: [
      { id: "s1", title: "Section", kind: "technical", part: "requirements", controls: [c] },
    ],
  });
  return {
    checklist,
    control: c,
    scope: Scope.parse({ checklist: "ato" }),
    asOf: "2025-11-01",
    date1904: false,
    locale: null,
    ...overrides,
  };
}

export function entry(answers: ControlAnswerInput[], cells?: AnswerEntry["cells"]): AnswerEntry {
  return {
    part: "requirements",
    id: "1.1",
    answers: answers.map((a) => ControlAnswer.parse(a)),
    ...(cells ? { cells } : {}),
  };
}

/** Run a rule and keep only what a table row asserts on. */
export function run(
  rule: ControlRule,
  ctx: RuleContext,
  e: AnswerEntry
): Pick<Finding, "rule" | "severity" | "caseStudy" | "field" | "message">[] {
  return rule(ctx, e).map(({ rule: id, severity, caseStudy, field, message }) => ({
    rule: id,
    severity,
    caseStudy,
    field,
    message,
  }));
}
