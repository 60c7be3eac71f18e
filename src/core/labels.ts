/** Words people read for the catalog's enumerations. */
import {
  DELIVERY_CATEGORY_LABELS,
  type DcxSegment,
  type DeliveryCategory,
  type ScopeFlag,
  type ScopeQuestion,
} from "../checklists/schema";

export { DELIVERY_CATEGORY_LABELS };

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

/** What labels need of a checklist: its catalog fields. */
export interface ChecklistNames {
  id: string;
  program: string;
  title: string;
  version: string;
  published: string;
}

/**
 * The checklist's own programme name as people know it. Most catalog `program` fields are that name; the ECS
 * checklist belongs to the umbrella "AWS Service Delivery Program", so its name comes from its title
 * ("Amazon ECS Service Delivery Validation Checklist" -> "Amazon ECS Service Delivery").
 */
export function programName(checklist: ChecklistNames): string {
  if (/service delivery program/i.test(checklist.program)) {
    const fromTitle = checklist.title
      .replace(/\s*(?:Partner\s+)?Validation Checklist\s*$/i, "")
      .trim();
    if (fromTitle) return fromTitle;
  }
  return checklist.program;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "published October 2021" from "2021-10" or "2021-10-14"; the text as is when it is not such a date. */
export function publishedText(published: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(published);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : published;
}

/**
 * A checklist as a chooser lists it: programme name and when the checklist was published, never an internal
 * version code ("AWS Foundational Technical Review (October 2021)", not "(2021_q4_v1)").
 */
export function checklistLabel(checklist: ChecklistNames): string {
  return `${programName(checklist)} (${publishedText(checklist.published)})`;
}

/** The programme names of several checklists, for messages ("MSP, ATO…" becomes the names people know). */
export function programList(checklists: readonly ChecklistNames[]): string {
  const names = checklists.map(programName);
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/**
 * A section as the checklist prints it: "1.0 Application Migration" where the checklist numbers its sections, the
 * title alone where the catalog's id is only a key ("prereq-1.0", "req-documentation", "P").
 */
export function sectionLabel(section: { id: string; title: string }): string {
  return /^\d+(?:\.\d+)*$/.test(section.id) ? `${section.id} ${section.title}` : section.title;
}

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
