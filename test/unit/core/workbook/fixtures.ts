/** Small hand-built checklists and grid builders for the workbook tests. */
import { Checklist } from "../../../../src/checklists/schema";
import type { CellValue } from "../../../../src/core/model";
import type { GridSheet } from "../../../../src/core/workbook/grid";

const submission = {
  method: "partner-central" as const,
  instructions: "Submit in Partner Central.",
};

/** An MSP-like scored checklist: prerequisite P-1, requirements 1.1, 1.2 (mandatory), 2.1 (per case study). */
export const mini = Checklist.parse({
  id: "msp",
  program: "AWS Managed Service Provider (MSP) Partner Program",
  title: "Mini MSP Validation Checklist",
  version: "9.9",
  published: "2024-01",
  submission,
  caseStudies: { count: 2, text: "Two customer references." },
  scopeQuestions: ["reseller", "renewal", "plannedSubmissionDate"],
  scoring: { max: 60, pass: 50, mandatoryNotMet: -200 },
  sections: [
    {
      id: "P",
      title: "Prerequisites",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [{ id: "P-1", title: "Partner tier", requirement: "Be a validated partner." }],
    },
    {
      id: "1.0",
      title: "Business Health",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "1.1",
          title: "Financial Health",
          requirement: "Assess health.",
          points: { met: 10, notMet: 0 },
        },
        { id: "1.2", title: "Planning", requirement: "Plan.", points: { met: 20, notMet: -200 } },
      ],
    },
    {
      id: "2.0",
      title: "Customers",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "2.1",
          title: "References",
          requirement: "Customer references.",
          points: { met: 30, notMet: -10 },
          perCaseStudy: { rollup: "every" },
          waivedForNonReseller: true,
        },
      ],
    },
  ],
});

/** An FTR-like checklist with SUP-001 style IDs and a prerequisite 1.1. */
export const miniFtr = Checklist.parse({
  id: "ftr",
  program: "AWS Foundational Technical Review",
  title: "Mini FTR",
  version: "2021_q4_v1",
  published: "2021-10",
  submission,
  scopeQuestions: ["saas"],
  sections: [
    {
      id: "1.0",
      title: "FTR Requirements",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [{ id: "1.1", title: "Membership", requirement: "Be enrolled." }],
    },
    {
      id: "SUP",
      title: "Support Level",
      kind: "technical",
      part: "requirements",
      controls: [
        { id: "SUP-001", title: "Support", requirement: "Business support." },
        { id: "SUP-002", title: "Plan", requirement: "Action plan." },
        { id: "SUP-003", title: "Contacts", requirement: "Contacts." },
      ],
    },
  ],
});

export const CATALOG_MINI = [mini, miniFtr];

export function sheet(name: string, rows: CellValue[][], merges?: string[]): GridSheet {
  return { name, rows, ...(merges ? { merges } : {}) };
}
