/**
 * The scope as a person reads it on the Summary, in finalize stamps and in the workbook's properties: the
 * checklist's own words ("Delivery category: Customer-Deployed; not a SaaS solution"), never the scope's keys
 * ("deliveryCategory: customer-deployed"). The planned date and case-study count have their own Summary lines.
 */
import {
  DELIVERY_CATEGORY_LABELS,
  type Checklist,
  type ScopeQuestion,
} from "../../checklists/schema";
import { DCX_SEGMENT_LABELS } from "../labels";
import type { Scope } from "../model";

type Phrase = (scope: Scope) => string | null;

/** One phrase per question; null when the question has no answer worth printing. */
const PHRASES: Record<
  Exclude<ScopeQuestion, "plannedSubmissionDate" | "caseStudyCount">,
  Phrase
> = {
  deliveryCategory: (s) =>
    s.deliveryCategory
      ? `Delivery category: ${DELIVERY_CATEGORY_LABELS[s.deliveryCategory]}`
      : null,
  dcxSegment: (s) => (s.dcxSegment ? `Segment: ${DCX_SEGMENT_LABELS[s.dcxSegment]}` : null),
  reseller: (s) =>
    s.reseller
      ? "Participates in the AWS Channel Reseller Program"
      : "Does not participate in the AWS Channel Reseller Program",
  renewal: (s) => (s.renewal ? "Renewal audit" : "Full audit"),
  automatedScanShown: (s) =>
    s.automatedScanShown
      ? "Controls covered by the automated account scan shown"
      : "Controls covered by the automated account scan not shown",
  wellArchitectedReview: (s) =>
    s.wellArchitectedReview
      ? "Well-Architected review with no high-risk issues in Security, Operational Excellence and Reliability"
      : "No qualifying Well-Architected review",
  saas: (s) => (s.saas ? "The solution is SaaS" : "The solution is not SaaS"),
  phi: (s) =>
    s.phi
      ? "Handles protected health information (PHI) of US customers"
      : "No protected health information (PHI)",
  spot: (s) => (s.spot ? "Uses EC2 Spot capacity" : null),
  multipleClusters: (s) => (s.multipleClusters ? "Runs multiple ECS clusters" : null),
  regulatedWorkloads: (s) => (s.regulatedWorkloads ? "Regulated workloads" : null),
  ecsAnywhere: (s) => (s.ecsAnywhere ? "Uses ECS Anywhere" : null),
  efs: (s) => (s.efs ? "Uses Amazon EFS" : null),
  ebs: (s) => (s.ebs ? "Uses Amazon EBS volumes" : null),
};

/** The scope's answers to the checklist's questions, as phrases ("Renewal audit"). */
export function scopePhrases(checklist: Checklist, scope: Scope): string[] {
  const phrases: string[] = [];
  for (const q of checklist.scopeQuestions) {
    if (q === "plannedSubmissionDate" || q === "caseStudyCount") continue;
    const phrase = PHRASES[q](scope);
    if (phrase) phrases.push(phrase);
  }
  return phrases;
}

/** The scope on one line ("Full audit; Participates in …"), or "All controls as published" when no question applies. */
export function scopeWords(checklist: Checklist, scope: Scope): string {
  return scopePhrases(checklist, scope).join("; ") || "All controls as published";
}
