/**
 * Where a checklist lives in a workbook: which sheet, which header row, which column plays which role, and which
 * row holds each control. Produced by `recognise`, consumed by `readAnswers`, `finalize` and the Office.js side.
 * All row and column numbers are 0-based grid indexes (row 0 = sheet row 1, column 0 = column A).
 */
import { z } from "zod";
import { ChecklistId } from "../../checklists/schema";

const Index = z.number().int().min(0);

/** One case study / customer reference column group ("Customer Reference #2": Met? and Partner Response). */
export const CaseStudyColumns = z.object({
  /** 1-based case study number as printed in the group title. */
  index: z.number().int().min(1),
  met: Index,
  response: Index.nullable(),
});
export type CaseStudyColumns = z.infer<typeof CaseStudyColumns>;

export const COLUMN_ROLES = [
  "id",
  "requirement",
  "met",
  "response",
  "evidenceLinks",
  "evidenceDates",
  "reviewerComment",
  "pointsNotMet",
  "pointsMet",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const ColumnRoles = z.object({
  id: Index,
  requirement: Index.nullable(),
  met: Index.nullable(),
  response: Index.nullable(),
  evidenceLinks: Index.nullable(),
  evidenceDates: Index.nullable(),
  /** A reviewer comment column, or the older "Auditor Validation" column. */
  reviewerComment: Index.nullable(),
  /** MSP "Subtract if Does Not Meet Capability". */
  pointsNotMet: Index.nullable(),
  /** MSP "Add if Does Meet Capability". */
  pointsMet: Index.nullable(),
  /** Customer-example sheets: one group per case study, in column order. */
  caseStudies: z.array(CaseStudyColumns),
  /**
   * What the Met column holds: Met words (the default), or each row's own point values (older MSP sheets whose
   * "Partner Self-Assessment" column is filled with the add or the subtract value).
   */
  metFrom: z.enum(["words", "points"]).optional(),
});
export type ColumnRoles = z.infer<typeof ColumnRoles>;

/** A column whose role neither its label nor its content settles: the Start view asks, a saved correction wins. */
export const AmbiguousColumn = z.object({
  column: Index,
  label: z.string(),
  roles: z.array(z.string()).min(2),
  /** The question to ask, in the checklist's words. */
  question: z.string().min(1),
  /** The role used until someone answers. */
  chosen: z.string(),
});
export type AmbiguousColumn = z.infer<typeof AmbiguousColumn>;

export const SheetMapping = z.object({
  sheet: z.string(),
  /** The header row (the upper row of a two-row header). */
  headerRow: Index,
  /** 1, or 2 when case study groups carry Met?/Partner Response on the row below. */
  headerRows: z.union([z.literal(1), z.literal(2)]),
  columns: ColumnRoles,
  /** Control key ("requirements/1.1") -> row. */
  controls: z.record(z.string(), Index),
  /** Section rows found (text in the ID column, no requirement): row -> text. */
  sections: z.array(z.object({ row: Index, text: z.string() })),
  ambiguous: z.array(AmbiguousColumn).optional(),
});
export type SheetMapping = z.infer<typeof SheetMapping>;

export const Mapping = z.object({
  version: z.literal(1),
  checklist: ChecklistId,
  /** The checklist version the workbook was made for, when it says (our hidden SelfAssess sheet), else null. */
  checklistVersion: z.string().nullable(),
  /**
   * How the checklist was chosen: the SelfAssess sheet, the ID overlap / title score, or (a release the catalog
   * does not know) derived from the workbook's own control rows.
   */
  recognisedBy: z.enum(["selfassess-sheet", "ids-and-title", "workbook-rows"]),
  /** Recognition score of the chosen checklist, 0..1 (share of its controls found, plus title bonus, capped). */
  confidence: z.number().min(0).max(1),
  sheets: z.array(SheetMapping),
});
export type Mapping = z.infer<typeof Mapping>;
