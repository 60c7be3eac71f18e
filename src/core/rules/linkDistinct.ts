/**
 * link.duplicate: where the control's evidence must be distinct (control.distinctEvidence: unique customers,
 * unique case studies), the same link given twice is a warning, within one answer or across the case studies
 * of a per-case-study control. Links are compared normalised: lower-case host, no trailing slash, no fragment,
 * http and https alike. The first occurrence is kept; each later one is reported where it appears.
 * A warning, not an error: two case studies may legitimately share material such as a deployment guide.
 */
import type { Finding } from "../model";
import type { ControlRule } from "./types";
import { answersOf, finding, linksOf, quoted, RULE_IDS, evidenceRule } from "./support";

export const linkDistinct: ControlRule = evidenceRule("linkDistinct", (context, entry) => {
  if (context.control.distinctEvidence !== true) return [];
  const perCaseStudy = context.control.perCaseStudy != null;
  const first = new Map<string, number>();
  const findings: Finding[] = [];
  answersOf(entry).forEach((answer, index) => {
    for (const { parsed } of linksOf(answer)) {
      if (!parsed.ok) continue;
      const seen = first.get(parsed.normalized);
      if (seen === undefined) {
        first.set(parsed.normalized, index);
        continue;
      }
      const where =
        seen === index
          ? "is given twice"
          : perCaseStudy
            ? `is also given for case study #${seen + 1}`
            : `is also given in answer #${seen + 1}`;
      const fix =
        perCaseStudy && seen !== index
          ? "Each case study must be a different customer with its own evidence; if this link is shared material (such as a deployment guide), also link the evidence specific to this case study."
          : "Each piece of evidence must be distinct; remove the repeat or replace it with a different item.";
      findings.push(
        finding(
          context,
          entry,
          index,
          "links",
          "warning",
          RULE_IDS.linkDuplicate,
          `Evidence link ${quoted(parsed.text)} ${where}. ${fix}`
        )
      );
    }
  });
  return findings;
});
