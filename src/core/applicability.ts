/**
 * Which controls a partner must answer for their scope, and for every control that is not asked, why: a person
 * must always be able to see the reason a row is hidden or its points granted.
 */
import type { Checklist, Control, ControlPart, Section } from "../checklists/schema";
import { controlKey } from "./answers";
import { DCX_SEGMENT_LABELS, DELIVERY_CATEGORY_LABELS, SCOPE_FLAG_LABELS } from "./labels";
import type { Scope } from "./model";

/**
 * applies: asked. excluded: not asked and not scored. granted: not asked, and (MSP) its add points are granted.
 */
export type ControlState = "applies" | "excluded" | "granted";

export type ExclusionKind =
  "category" | "condition" | "segment" | "automated-scan" | "non-reseller" | "renewal";

export interface ControlStatus {
  key: string;
  part: ControlPart;
  section: Section;
  control: Control;
  state: ControlState;
  /** Why the control is excluded or granted; null when it applies. */
  reason: string | null;
  reasonKind: ExclusionKind | null;
  /** DCX: the segment lists this feature as optional, so leaving it unanswered does not block readiness. */
  optional: boolean;
  /** ECS: a Well-Architected review with zero high-risk issues waives the evidence of this control. */
  evidenceWaived: boolean;
}

function listCategories(categories: readonly string[]): string {
  return categories
    .map((c) => DELIVERY_CATEGORY_LABELS[c as keyof typeof DELIVERY_CATEGORY_LABELS] ?? c)
    .join(", ");
}

function exclusion(
  section: Section,
  control: Control,
  scope: Scope
): Pick<ControlStatus, "state" | "reason" | "reasonKind"> | null {
  if (
    control.appliesTo &&
    scope.deliveryCategory &&
    !control.appliesTo.includes(scope.deliveryCategory)
  ) {
    const to = control.appliesTo.length
      ? `applies to ${listCategories(control.appliesTo)} only`
      : "applies to no delivery category";
    return {
      state: "excluded",
      reasonKind: "category",
      reason: `Not asked for ${DELIVERY_CATEGORY_LABELS[scope.deliveryCategory]} solutions: this control ${to}.`,
    };
  }
  for (const condition of control.conditions) {
    if (scope[condition.flag] !== condition.value) {
      const wanted = condition.value
        ? SCOPE_FLAG_LABELS[condition.flag]
        : `not: ${SCOPE_FLAG_LABELS[condition.flag]}`;
      return {
        state: "excluded",
        reasonKind: "condition",
        reason: `Applies only when ${wanted} ("${condition.text}").`,
      };
    }
  }
  if (control.segments && scope.dcxSegment && !control.segments[scope.dcxSegment]) {
    return {
      state: "excluded",
      reasonKind: "segment",
      reason: `Not a ${DCX_SEGMENT_LABELS[scope.dcxSegment]} feature requirement.`,
    };
  }
  if (control.automatedScan && !scope.automatedScanShown) {
    const cis = control.cis.length ? ` (CIS ${control.cis.join(", ")})` : "";
    return {
      state: "excluded",
      reasonKind: "automated-scan",
      reason: `Covered by the automated AWS account scan${cis}: no self-assessment response is needed.`,
    };
  }
  if (control.waivedForNonReseller && !scope.reseller) {
    return {
      state: "granted",
      reasonKind: "non-reseller",
      reason:
        "Waived for partners outside the AWS Channel Reseller Program; its add points are granted.",
    };
  }
  if (scope.renewal && section.part === "requirements" && !control.renewalReviewed) {
    return {
      state: "granted",
      reasonKind: "renewal",
      reason: "Not reviewed in a renewal audit; its add points are granted.",
    };
  }
  return null;
}

export function applicability(checklist: Checklist, scope: Scope): ControlStatus[] {
  const statuses: ControlStatus[] = [];
  for (const section of checklist.sections) {
    for (const control of section.controls) {
      const excluded = exclusion(section, control, scope);
      const optional = !!(
        control.segments &&
        scope.dcxSegment &&
        control.segments[scope.dcxSegment] === "optional"
      );
      statuses.push({
        key: controlKey(section.part, control.id),
        part: section.part,
        section,
        control,
        state: excluded?.state ?? "applies",
        reason: excluded?.reason ?? null,
        reasonKind: excluded?.reasonKind ?? null,
        optional,
        evidenceWaived:
          scope.wellArchitectedReview && section.kind === "common-customer-requirement",
      });
    }
  }
  return statuses;
}
