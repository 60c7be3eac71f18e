/**
 * The catalog's data shapes. These zod schemas are the single source of truth: every type the rest of the
 * product uses for checklist data is inferred from them, and every data file is parsed through them at load.
 */
import { z } from "zod";

export const DELIVERY_CATEGORIES = [
  "multi-tenant-saas",
  "single-tenant-saas",
  "managed-service",
  "customer-deployed",
] as const;
export const DeliveryCategory = z.enum(DELIVERY_CATEGORIES);
export type DeliveryCategory = z.infer<typeof DeliveryCategory>;

export const DELIVERY_CATEGORY_LABELS: Record<DeliveryCategory, string> = {
  "multi-tenant-saas": "Multi-tenant SaaS",
  "single-tenant-saas": "Single-tenant SaaS",
  "managed-service": "Managed Service",
  "customer-deployed": "Customer-Deployed",
};

export const DCX_SEGMENTS = [
  "content-management",
  "marketing-automation",
  "digital-commerce",
  "customer-360",
] as const;
export const DcxSegment = z.enum(DCX_SEGMENTS);
export type DcxSegment = z.infer<typeof DcxSegment>;

export const CHECKLIST_IDS = ["ato", "dcx", "msp", "ftr", "ecs"] as const;
export const ChecklistId = z.enum(CHECKLIST_IDS);
export type ChecklistId = z.infer<typeof ChecklistId>;

/**
 * Boolean scope facts a control can depend on. Each is asked by a checklist's scope questions; a control whose
 * condition names a flag applies only when the scope's answer equals the condition's value.
 */
export const SCOPE_FLAGS = [
  "saas", // FTR: the solution is SaaS
  "phi", // FTR: handles protected health information of US customers
  "spot", // ECS: uses EC2 Spot capacity
  "multipleClusters", // ECS: runs more than one cluster
  "regulatedWorkloads", // ECS: regulated workloads (e.g. PCI, HIPAA)
  "ecsAnywhere", // ECS: uses ECS Anywhere
  "efs", // ECS: uses Amazon EFS volumes
  "ebs", // ECS: uses Amazon EBS volumes
] as const;
export const ScopeFlag = z.enum(SCOPE_FLAGS);
export type ScopeFlag = z.infer<typeof ScopeFlag>;

/** The questions a checklist asks before its controls can be filtered. */
export const SCOPE_QUESTIONS = [
  "deliveryCategory",
  "dcxSegment",
  "reseller",
  "renewal",
  "automatedScanShown",
  "wellArchitectedReview",
  "plannedSubmissionDate",
  "caseStudyCount",
  ...SCOPE_FLAGS,
] as const;
export const ScopeQuestion = z.enum(SCOPE_QUESTIONS);
export type ScopeQuestion = z.infer<typeof ScopeQuestion>;

export const SectionKind = z.enum([
  "prerequisite",
  "documentation",
  "technical",
  "category-feature",
  "common-customer-requirement",
]);
export type SectionKind = z.infer<typeof SectionKind>;

/**
 * A checklist has parts that number their controls independently (prerequisite 1.1 and technical 1.1 are
 * different controls), so a control's identity is checklist + part + id.
 */
export const ControlPart = z.enum(["prerequisites", "requirements"]);
export type ControlPart = z.infer<typeof ControlPart>;

/** How the checklist asks for an answer. */
export const ResponseKind = z.enum([
  "met", // Met Y/N
  "value", // a value typed into Partner Response (RPO, RTO, a date, a number of customers)
  "yes-no-explain", // Yes/No with an explanation
]);
export type ResponseKind = z.infer<typeof ResponseKind>;

/** A scope condition stated in the control's text; all conditions of a control must hold for it to apply. */
export const Condition = z.object({
  flag: ScopeFlag,
  value: z.boolean(),
  /** The wording in the checklist that states the condition, shown as the reason a row is hidden. */
  text: z.string().min(1),
});
export type Condition = z.infer<typeof Condition>;

export const SegmentRequirement = z.enum(["required", "optional"]);
export type SegmentRequirement = z.infer<typeof SegmentRequirement>;

/**
 * Date and value rules, as data. `subject` names what the date is ("Case study entered production") so a
 * finding can say it in words; `source` quotes the checklist.
 */
export const MaxAgeRule = z.object({
  kind: z.literal("max-age"),
  subject: z.string().min(1),
  months: z.number().int().positive(),
  /** Warn (not error) once the date is older than this, e.g. "within the last 12-18 months". */
  warnAfterMonths: z.number().int().positive().optional(),
  required: z.boolean(),
  source: z.string().min(1),
});
export const MinCountRule = z.object({
  kind: z.literal("min-count"),
  subject: z.string().min(1),
  count: z.number().int().positive(),
  /** Optionally, each of the dates must fall within this many months. */
  withinMonths: z.number().int().positive().optional(),
  source: z.string().min(1),
});
export const MaxDurationRule = z.object({
  kind: z.literal("max-duration"),
  /** The value asked in Partner Response, e.g. "RTO". */
  subject: z.string().min(1),
  hours: z.number().positive(),
  source: z.string().min(1),
});
export const DateRule = z.discriminatedUnion("kind", [MaxAgeRule, MinCountRule, MaxDurationRule]);
export type DateRule = z.infer<typeof DateRule>;

export const Points = z
  .object({
    met: z.number().int().min(0),
    notMet: z.number().int().max(0),
  })
  .strict();
export type Points = z.infer<typeof Points>;

/** Where the source text could not be read with certainty: which field, and why the value chosen is the default. */
export const DataNote = z.object({ field: z.string().min(1), reason: z.string().min(1) });
export type DataNote = z.infer<typeof DataNote>;

export const Control = z
  .object({
    /** Exactly as printed in the checklist: "1.1", "9.3.1", "SUP-001", "ECS-001". */
    id: z.string().min(1),
    title: z.string().min(1),
    requirement: z.string().min(1),
    evidence: z.array(z.string().min(1)).default([]),
    response: ResponseKind.default("met"),
    /** The value asked for when response is "value" (e.g. "RPO", "RTO", "Number of customers"). */
    responseLabel: z.string().optional(),
    /** Delivery categories the checklist says this control applies to; null when the document does not say. */
    appliesTo: z.array(DeliveryCategory).nullable().default(null),
    conditions: z.array(Condition).default([]),
    /** DCX category features: required or optional per segment; a segment not listed does not ask for it. */
    segments: z.partialRecord(DcxSegment, SegmentRequirement).optional(),
    naAllowed: z.boolean().default(false),
    /** Answered once, or once per case study with a roll-up rule. */
    perCaseStudy: z
      .object({ rollup: z.enum(["every", "at-least-one"]) })
      .nullable()
      .default(null),
    /** MSP only: "Add if Does Meet Capability" and "Subtract if Does Not Meet Capability". */
    points: Points.nullable().default(null),
    /** MSP only: a -200 item, a Mandatory Action Item. */
    mandatory: z.boolean().default(false),
    /** MSP only: waived (add points granted) for partners outside the Channel Reseller Program. */
    waivedForNonReseller: z.boolean().default(false),
    /** MSP only: audited in a renewal; controls not reviewed in renewals get their add points granted. */
    renewalReviewed: z.boolean().default(false),
    /** FTR only: CIS benchmark references printed with the control. */
    cis: z.array(z.string().min(1)).default([]),
    /** FTR only: covered by the automated AWS account scan, no self-assessment response needed. */
    automatedScan: z.boolean().default(false),
    /** Evidence links must be publicly reachable (public case studies, landing page, thought leadership). */
    publicEvidence: z.boolean().default(false),
    /** Evidence items must be distinct (unique customers, unique case studies). */
    distinctEvidence: z.boolean().default(false),
    rules: z.array(DateRule).default([]),
    notes: z.array(DataNote).default([]),
  })
  .strict();
export type Control = z.infer<typeof Control>;
export type ControlInput = z.input<typeof Control>;

export const Section = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    kind: SectionKind,
    part: ControlPart,
    controls: z.array(Control).min(1),
  })
  .strict();
export type Section = z.infer<typeof Section>;
export type SectionInput = z.input<typeof Section>;

export const Submission = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("email"),
    email: z.email(),
    /** The subject line exactly as the document gives it, with its placeholder, e.g. "[Partner Name] Completed Self-Assessment". */
    subject: z.string().min(1).nullable(),
    instructions: z.string().min(1),
  }),
  z.object({
    method: z.literal("partner-central"),
    instructions: z.string().min(1),
  }),
]);
export type Submission = z.infer<typeof Submission>;

export const Scoring = z
  .object({
    max: z.number().int().positive(),
    pass: z.number().int().positive(),
    /** A control whose notMet value equals this is a Mandatory Action Item. */
    mandatoryNotMet: z.number().int().negative(),
  })
  .strict();
export type Scoring = z.infer<typeof Scoring>;

/**
 * Where a checklist's controls come from: the catalog as transcribed; the workbook's own rows (a release the
 * catalog does not know); or the workbook's rows enriched by the catalog where their IDs match.
 */
export const ChecklistSource = z.enum(["catalog", "workbook", "enriched"]);
export type ChecklistSource = z.infer<typeof ChecklistSource>;

export const Checklist = z
  .object({
    id: ChecklistId,
    source: ChecklistSource.default("catalog"),
    program: z.string().min(1),
    title: z.string().min(1),
    version: z.string().min(1),
    /** ISO date (YYYY-MM or YYYY-MM-DD) the version was published. */
    published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
    validity: z.string().nullable().default(null),
    submission: Submission,
    caseStudies: z
      .object({
        count: z.number().int().nonnegative(),
        publicCount: z.number().int().nonnegative().default(0),
        text: z.string().min(1),
      })
      .nullable()
      .default(null),
    scopeQuestions: z.array(ScopeQuestion).min(1),
    scoring: Scoring.nullable().default(null),
    sections: z.array(Section).min(1),
    notes: z.array(DataNote).default([]),
  })
  .strict()
  .superRefine((checklist, ctx) => {
    const seen = new Set<string>();
    checklist.sections.forEach((section, s) =>
      section.controls.forEach((control, c) => {
        const key = `${section.part}/${control.id}`;
        if (seen.has(key)) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", s, "controls", c, "id"],
            message: `duplicate control ${control.id} in ${section.part}`,
          });
        }
        seen.add(key);
      })
    );
    if (checklist.scoring) {
      checklist.sections.forEach((section, s) =>
        section.controls.forEach((control, c) => {
          if (section.part === "requirements" && !control.points) {
            ctx.addIssue({
              code: "custom",
              path: ["sections", s, "controls", c, "points"],
              message: "scored checklist control without points",
            });
          }
        })
      );
    }
  });
export type Checklist = z.infer<typeof Checklist>;
export type ChecklistInput = z.input<typeof Checklist>;
