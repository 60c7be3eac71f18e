/**
 * Scope as command-line flags, shared by every command that takes a scope (score, new).
 */
import { DCX_SEGMENTS, DELIVERY_CATEGORIES, type ChecklistId } from "../checklists/schema";
import { resolveScope } from "../core/scope";
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
] as const;
export const SCOPE_VALUE_FLAGS = ["category", "segment", "as-of", "case-studies"] as const;

export const SCOPE_FLAGS_USAGE =
  "[--category C] [--segment S] [--non-reseller] [--renewal] [--not-saas] [--phi] [--show-automated-scan] [--spot] [--multiple-clusters] [--regulated] [--ecs-anywhere] [--efs] [--ebs] [--well-architected-review] [--as-of YYYY-MM-DD] [--case-studies N]";

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

/** Today's date in UTC, YYYY-MM-DD: the clock is read here, at the edge, never in core. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
