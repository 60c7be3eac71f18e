/** Words people read for the catalog's enumerations. */
import {
  DELIVERY_CATEGORY_LABELS,
  type DcxSegment,
  type DeliveryCategory,
  type ScopeFlag,
  type ScopeQuestion,
} from "../checklists/schema";

export { DELIVERY_CATEGORY_LABELS };
// The names of programmes and sections have no dependencies, so the pane's initial scripts can use them.
export {
  checklistLabel,
  programList,
  programName,
  publishedText,
  sectionLabel,
  type ChecklistNames,
} from "./programNames";

export const DCX_SEGMENT_LABELS: Record<DcxSegment, string> = {
  "content-management": "Content Management",
  "marketing-automation": "Marketing Automation",
  "digital-commerce": "Digital Commerce",
  "customer-360": "Customer 360",
};

export const SCOPE_FLAG_LABELS: Record<ScopeFlag, string> = {
  saas: "the solution is SaaS",
  phi: "the solution handles protected health information (PHI) of US customers",
  spot: "the workload uses EC2 Spot capacity",
  multipleClusters: "the workload runs multiple ECS clusters",
  regulatedWorkloads: "the workload is regulated",
  ecsAnywhere: "the workload uses ECS Anywhere",
  efs: "the workload uses Amazon EFS",
  ebs: "the workload uses Amazon EBS volumes",
};

/** What a scope answer means, in words, for the questions a checklist asks (the flags as SCOPE_FLAG_LABELS). */
function scopeWords(question: ScopeQuestion, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  switch (question) {
    case "deliveryCategory":
      return `Delivered as ${DELIVERY_CATEGORY_LABELS[value as DeliveryCategory] ?? String(value)}`;
    case "dcxSegment":
      return `Segment: ${DCX_SEGMENT_LABELS[value as DcxSegment] ?? String(value)}`;
    case "reseller":
      return value ? "AWS Channel Reseller" : "Not an AWS Channel Reseller";
    case "renewal":
      return value ? "Renewal audit" : "Full audit";
    case "automatedScanShown":
      return value ? "Automated scan controls shown" : null;
    case "wellArchitectedReview":
      return value ? "Well-Architected review with no high-risk issues" : null;
    case "plannedSubmissionDate":
      return `Planned submission ${String(value)}`;
    case "caseStudyCount":
      return `${String(value)} case studies`;
    default: {
      const flag = SCOPE_FLAG_LABELS[question as ScopeFlag];
      if (!flag) return null;
      return value ? capitalise(flag) : capitalise(`not: ${flag.replace(/^the /, "")}`);
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A scope as people read it ("Delivered as Customer-Deployed; The solution is SaaS"), for the pane, the Summary
 * sheet and finalize stamps, never "deliveryCategory: customer-deployed" or "saas: yes; phi: no". Only the
 * questions the checklist asks; a flag that is off is left out unless `allFlags`.
 */
export function scopeSummary(
  checklist: { scopeQuestions: readonly ScopeQuestion[] },
  scope: Partial<Record<ScopeQuestion, unknown>>,
  options: { allFlags?: boolean } = {}
): string {
  const parts: string[] = [];
  for (const q of checklist.scopeQuestions) {
    const value = scope[q];
    const isFlag = q in SCOPE_FLAG_LABELS;
    if (isFlag && value === false && !options.allFlags) continue;
    const words = scopeWords(q, value);
    if (words) parts.push(words);
  }
  return parts.join("; ") || "Default scope";
}
