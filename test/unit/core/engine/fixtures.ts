import { Checklist, type ControlInput } from "../../../../src/checklists/schema";
import {
  ControlAnswer,
  type AnswerEntry,
  type ControlAnswerInput,
} from "../../../../src/core/model";

const control = (id: string, extra: Partial<ControlInput> = {}): ControlInput => ({
  id,
  title: `Control ${id}`,
  requirement: `Requirement ${id}`,
  ...extra,
});

/** A small MSP-like checklist: 1000 points, two mandatory items, a reseller-waived section and renewal flags. */
export const miniMsp = Checklist.parse({
  id: "msp",
  program: "Mini MSP",
  title: "Mini MSP checklist",
  version: "1",
  published: "2017-01",
  submission: {
    method: "email",
    email: "checklist@amazon.com",
    subject: "[Partner Name] Completed Self-Assessment",
    instructions: "Email it.",
  },
  scopeQuestions: ["reseller", "renewal"],
  scoring: { max: 1000, pass: 900, mandatoryNotMet: -200 },
  sections: [
    {
      id: "P",
      title: "Prerequisites",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [control("1.1")],
    },
    {
      id: "1.0",
      title: "Health",
      kind: "technical",
      part: "requirements",
      controls: [
        control("1.1", {
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
        }),
        control("1.2", { points: { met: 300, notMet: 0 }, evidence: ["A document"] }),
        control("1.3", { points: { met: 200, notMet: -50 }, renewalReviewed: true }),
      ],
    },
    {
      id: "5.0",
      title: "Billing",
      kind: "technical",
      part: "requirements",
      controls: [
        control("5.1", { points: { met: 250, notMet: 0 }, waivedForNonReseller: true }),
        control("5.2", {
          points: { met: 0, notMet: -200 },
          mandatory: true,
          waivedForNonReseller: true,
        }),
      ],
    },
    {
      id: "6.0",
      title: "References",
      kind: "technical",
      part: "requirements",
      controls: [
        control("6.1", {
          points: { met: 150, notMet: 0 },
          perCaseStudy: { rollup: "every" },
          renewalReviewed: true,
        }),
        control("6.2", {
          points: { met: 100, notMet: 0 },
          perCaseStudy: { rollup: "at-least-one" },
          naAllowed: true,
        }),
      ],
    },
  ],
  caseStudies: { count: 3, publicCount: 1, text: "Three references" },
});

/** An ATO-like checklist with delivery categories, conditions, segments and an automated-scan control. */
export const miniAto = Checklist.parse({
  id: "ato",
  program: "Mini ATO",
  title: "Mini ATO checklist",
  version: "1",
  published: "2020-01",
  submission: { method: "partner-central", instructions: "Upload it." },
  scopeQuestions: ["deliveryCategory", "plannedSubmissionDate"],
  sections: [
    {
      id: "1.0",
      title: "Baseline",
      kind: "technical",
      part: "requirements",
      controls: [
        control("1.1", {
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        }),
        control("1.2", { appliesTo: ["multi-tenant-saas", "single-tenant-saas"] }),
        control("1.3", { conditions: [{ flag: "phi", value: true, text: "if you handle PHI" }] }),
        control("1.4", { automatedScan: true, cis: ["1.1"] }),
        control("1.5", {
          segments: { "content-management": "required", "digital-commerce": "optional" },
        }),
        control("1.6", { response: "value", responseLabel: "RTO", naAllowed: true }),
      ],
    },
  ],
});

export function answer(input: ControlAnswerInput = {}): ControlAnswer {
  return ControlAnswer.parse(input);
}

export function once(
  id: string,
  met: ControlAnswerInput["met"],
  extra: ControlAnswerInput = {}
): AnswerEntry {
  return { part: "requirements", id, answers: [answer({ met, ...extra })] };
}

export function perCase(
  id: string,
  ...mets: NonNullable<ControlAnswerInput["met"]>[]
): AnswerEntry {
  return { part: "requirements", id, answers: mets.map((met) => answer({ met })) };
}

/** Every scored control of a checklist answered Yes (per-case-study ones for `caseStudies` case studies). */
export function allYes(checklist: Checklist, caseStudies: number): AnswerEntry[] {
  return checklist.sections
    .filter((s) => s.part === "requirements")
    .flatMap((s) => s.controls)
    .map((c) => ({
      part: "requirements" as const,
      id: c.id,
      answers: Array.from({ length: c.perCaseStudy ? caseStudies : 1 }, () =>
        answer({ met: "yes" })
      ),
    }));
}
