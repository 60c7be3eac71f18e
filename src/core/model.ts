/**
 * The engine's data shapes: scope, answers and findings. Zod schemas are the source of truth; the engine parses
 * untrusted input (answers files, workbook cells) through them and reports what does not fit as findings.
 */
import { z } from "zod";
import { ChecklistId, DcxSegment, DeliveryCategory, type ControlPart } from "../checklists/schema";

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const Scope = z.object({
  checklist: ChecklistId,
  deliveryCategory: DeliveryCategory.nullable().default(null),
  dcxSegment: DcxSegment.nullable().default(null),
  /** MSP: participates in the AWS Channel Reseller Program (false waives 4.5 and section 5). */
  reseller: z.boolean().default(true),
  /** MSP: a renewal audit rather than a full audit. */
  renewal: z.boolean().default(false),
  /** FTR: show the controls covered by the automated account scan. */
  automatedScanShown: z.boolean().default(false),
  /** ECS: a Well-Architected review with zero high-risk issues in Security, Operational Excellence and Reliability. */
  wellArchitectedReview: z.boolean().default(false),
  saas: z.boolean().default(true),
  phi: z.boolean().default(false),
  spot: z.boolean().default(false),
  multipleClusters: z.boolean().default(false),
  regulatedWorkloads: z.boolean().default(false),
  ecsAnywhere: z.boolean().default(false),
  efs: z.boolean().default(false),
  ebs: z.boolean().default(false),
  /** Planned submission date, YYYY-MM-DD; null means today (resolved by the caller, core has no clock). */
  plannedSubmissionDate: IsoDate.nullable().default(null),
  /** Number of case studies / customer references answered per control; null means the checklist's count. */
  caseStudyCount: z.number().int().min(1).max(20).nullable().default(null),
  /**
   * Prerequisites answered as questions, by the prerequisite's printed ID (true = met): official workbooks carry no
   * prerequisite rows (core/prerequisites.ts). Absent or missing an ID: not answered.
   */
  prerequisites: z.record(z.string().min(1), z.boolean()).optional(),
});
export type Scope = z.infer<typeof Scope>;
export type ScopeInput = z.input<typeof Scope>;

export const MET_VALUES = ["yes", "no", "na", "blank"] as const;
export const Met = z.enum(MET_VALUES);
export type Met = z.infer<typeof Met>;

/**
 * A raw cell or JSON value as it arrives from a workbook or an answers file: dates may be Excel serials,
 * ISO strings, Date objects or locale text; the rules parse them and report what they cannot read.
 */
export type CellValue = string | number | boolean | Date | null | undefined;

export const ControlAnswer = z.object({
  met: Met.default("blank"),
  /** Why the control does not apply, when met is "na". */
  naReason: z.string().default(""),
  response: z.string().default(""),
  links: z.array(z.string()).default([]),
  dates: z.array(z.custom<CellValue>()).default([]),
  reviewerComment: z.string().default(""),
});
export type ControlAnswer = z.infer<typeof ControlAnswer>;
export type ControlAnswerInput = z.input<typeof ControlAnswer>;

/** Where an answer lives in a workbook, so findings can name sheet and cell. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** One control's answers: once, or one per case study (index 0 = case study #1). */
export interface AnswerEntry {
  part: ControlPart;
  id: string;
  /** Length 1 for controls answered once. */
  answers: ControlAnswer[];
  /** Optional cell addresses per field, parallel to answers. */
  cells?: Partial<Record<FindingField, CellRef>>[];
  /**
   * A per-reference control the workbook asks once (a single Met column): its one answer stands for every
   * customer reference.
   */
  answeredOnce?: boolean;
}

export const FINDING_FIELDS = [
  "met",
  "naReason",
  "response",
  "links",
  "dates",
  "reviewerComment",
  "scope",
  "id",
] as const;
export type FindingField = (typeof FINDING_FIELDS)[number];

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

export const Finding = z.object({
  checklist: ChecklistId,
  control: z.string(),
  caseStudy: z.number().int().min(1).optional(),
  field: z.enum(FINDING_FIELDS),
  severity: Severity,
  /** Stable rule id, e.g. "link.scheme", "date.max-age". */
  rule: z.string().min(1),
  message: z.string().min(1),
  sheet: z.string().optional(),
  cell: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;
