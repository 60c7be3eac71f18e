/**
 * link.placeholder: a placeholder ("TBD", "N/A", "link", "https://", example.com, lorem ipsum) where a link belongs is an error.
 */
import type { ControlRule } from "./types";
import { answersOf, finding, linksOf, RULE_IDS, evidenceRule } from "./support";

export const linkPlaceholder: ControlRule = evidenceRule("linkPlaceholder", (context, entry) =>
  answersOf(entry).flatMap((answer, index) =>
    linksOf(answer).flatMap(({ parsed }) =>
      !parsed.ok && parsed.kind === "placeholder"
        ? [
            finding(
              context,
              entry,
              index,
              "links",
              "error",
              RULE_IDS.linkPlaceholder,
              `Evidence link ${parsed.message} ${parsed.hint}`
            ),
          ]
        : []
    )
  )
);
