/**
 * Scope as command-line flags, shared by every command that takes a scope (score, new).
 */
import {
  DCX_SEGMENTS,
  DELIVERY_CATEGORIES,
  type Checklist,
  type ChecklistId,
} from "../checklists/schema";
import { CATALOG } from "../checklists";
import {
  prerequisiteAnswers,
  prerequisiteQuestions,
  type PrerequisiteFlags,
} from "../core/prerequisites";
import { resolveScope } from "../core/scope";
import { programName } from "../core/programNames";
import type { Scope, ScopeInput } from "../core/model";
import { flagString, UsageError, type ParsedArgs } from "./command";
import { dateFlag } from "./dateFlag";

export const SCOPE_BOOLEAN_FLAGS = [
  "non-reseller",
  "renewal",
  "not-saas",
  "phi",
  "show-automated-scan",
  "spot",
  "multiple-clusters",
  "regulated",
  "ecs-anywhere",
  "efs",
  "ebs",
  "well-architected-review",
  "prerequisites-met",
] as const;
export const SCOPE_VALUE_FLAGS = [
  "category",
  "segment",
  "as-of",
  "case-studies",
  "prerequisite",
] as const;

/** The prerequisite flags alone, for commands that take no other scope flag (check). */
export const PREREQUISITE_BOOLEAN_FLAGS = ["prerequisites-met"] as const;
export const PREREQUISITE_VALUE_FLAGS = ["prerequisite"] as const;
export const PREREQUISITE_FLAGS_USAGE =
  "[--prerequisites-met] [--prerequisite ID=yes|no[,ID=yes|no...]]";

export const SCOPE_FLAGS_USAGE = `[--category C] [--segment S] [--non-reseller] [--renewal] [--not-saas] [--phi] [--show-automated-scan] [--spot] [--multiple-clusters] [--regulated] [--ecs-anywhere] [--efs] [--ebs] [--well-architected-review] [--as-of YYYY-MM-DD] [--case-studies N] ${PREREQUISITE_FLAGS_USAGE}`;

export function checkCategory(value: string | undefined): void {
  if (value !== undefined && !(DELIVERY_CATEGORIES as readonly string[]).includes(value)) {
    throw new UsageError(
      `unknown category "${value}". Valid categories: ${DELIVERY_CATEGORIES.join(", ")}`
    );
  }
}

export function scopeFromFlags(checklist: ChecklistId, parsed: ParsedArgs): Scope {
  const category = flagString(parsed, "category");
  checkCategory(category);
  const segment = flagString(parsed, "segment");
  if (segment !== undefined && !(DCX_SEGMENTS as readonly string[]).includes(segment)) {
    throw new UsageError(
      `unknown segment "${segment}". Valid segments: ${DCX_SEGMENTS.join(", ")}`
    );
  }
  const asOf = dateFlag(parsed, "as-of");
  const caseStudies = flagString(parsed, "case-studies");
  const has = (flag: string) => parsed.flags.has(flag);
  const input: Omit<ScopeInput, "checklist"> = {
    deliveryCategory: (category as Scope["deliveryCategory"]) ?? null,
    dcxSegment: (segment as Scope["dcxSegment"]) ?? null,
    reseller: !has("non-reseller"),
    renewal: has("renewal"),
    saas: !has("not-saas"),
    phi: has("phi"),
    automatedScanShown: has("show-automated-scan"),
    spot: has("spot"),
    multipleClusters: has("multiple-clusters"),
    regulatedWorkloads: has("regulated"),
    ecsAnywhere: has("ecs-anywhere"),
    efs: has("efs"),
    ebs: has("ebs"),
    wellArchitectedReview: has("well-architected-review"),
    plannedSubmissionDate: asOf ?? null,
    caseStudyCount: caseStudies === undefined ? null : Number(caseStudies),
  };
  const prerequisites = prerequisitesFromFlags(parsed, CATALOG[checklist]);
  if (prerequisites) input.prerequisites = prerequisites;
  const result = resolveScope(checklist, input);
  if (!result.ok) {
    const message = result.errors
      .map((e) =>
        e.replace(/^plannedSubmissionDate/, "--as-of").replace(/^caseStudyCount/, "--case-studies")
      )
      .join("; ");
    throw new UsageError(message);
  }
  return result.scope;
}

/**
 * Prerequisites answered on the command line: `--prerequisites-met` (every prerequisite met) and
 * `--prerequisite P-1=yes,P-2=no` (each named one; wins over --prerequisites-met). Read here for their syntax only;
 * `prerequisiteAnswers` (core) applies them to a checklist. Undefined when neither flag is given.
 */
export function prerequisiteFlags(parsed: ParsedArgs): PrerequisiteFlags | undefined {
  const allMet = parsed.flags.has("prerequisites-met");
  const listed = flagString(parsed, "prerequisite");
  if (!allMet && listed === undefined) return undefined;
  const answers: Record<string, boolean> = {};
  for (const item of (listed ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*=\s*(yes|no|y|n|true|false)$/i.exec(item);
    if (!m)
      throw new UsageError(`--prerequisite takes ID=yes or ID=no (comma-separated), not "${item}"`);
    answers[m[1].trim()] = /^(yes|y|true)$/i.test(m[2]);
  }
  return { allMet, answers };
}

/** The flags' answers for a known checklist; an ID it has no prerequisite for is a usage error. */
export function prerequisitesFromFlags(
  parsed: ParsedArgs,
  checklist: Checklist
): Record<string, boolean> | undefined {
  const flags = prerequisiteFlags(parsed);
  if (!flags) return undefined;
  const known = prerequisiteQuestions(checklist).map((q) => q.id);
  const unknown = Object.keys(flags.answers).filter((id) => !known.includes(id));
  if (unknown.length)
    throw new UsageError(
      `unknown prerequisite ${unknown.map((id) => `"${id}"`).join(", ")}. Prerequisites of the ${programName(checklist)}: ${known.join(", ") || "none"}`
    );
  return prerequisiteAnswers(checklist, flags);
}

/** Today's date in UTC, YYYY-MM-DD: the clock is read here, at the edge, never in core. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
