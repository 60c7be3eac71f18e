/**
 * link.malformed: evidence links must be complete web addresses: no scheme ("www.foo.com"), spaces, or text a URL parser rejects are errors.
 */
import type { ControlRule } from "./types";
import { answersOf, finding, linksOf, RULE_IDS, evidenceRule } from "./support";

export const linkMalformed: ControlRule = evidenceRule("linkMalformed", (context, entry) =>
  answersOf(entry).flatMap((answer, index) =>
    linksOf(answer).flatMap(({ parsed }) =>
      !parsed.ok && parsed.kind === "malformed"
        ? [
            finding(
              context,
              entry,
              index,
              "links",
              "error",
              RULE_IDS.linkMalformed,
              `Evidence link ${parsed.message} ${parsed.hint}`
            ),
          ]
        : []
    )
  )
);
