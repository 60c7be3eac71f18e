/**
 * link.private-host: a link to a host an AWS reviewer cannot reach (localhost, loopback, private and link-local addresses, .local/.internal/.corp names, single-word intranet names) is an error.
 */
import type { ControlRule } from "./types";
import { answersOf, finding, linksOf, RULE_IDS, evidenceRule } from "./support";

export const linkPrivateHost: ControlRule = evidenceRule("linkPrivateHost", (context, entry) =>
  answersOf(entry).flatMap((answer, index) =>
    linksOf(answer).flatMap(({ parsed }) =>
      !parsed.ok && parsed.kind === "private-host"
        ? [
            finding(
              context,
              entry,
              index,
              "links",
              "error",
              RULE_IDS.linkPrivateHost,
              `Evidence link ${parsed.message} ${parsed.hint}`
            ),
          ]
        : []
    )
  )
);
