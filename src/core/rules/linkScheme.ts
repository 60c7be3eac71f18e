/**
 * link.scheme: evidence links must be web addresses. A scheme other than http/https (javascript:, data:,
 * file:, ftp:, mailto:, ...) is an error; plain http is a warning ("use https").
 */
import type { ControlRule } from "./types";
import { answersOf, finding, linksOf, rejectedLink, RULE_IDS, evidenceRule } from "./support";

export const linkScheme: ControlRule = evidenceRule("linkScheme", (context, entry) =>
  answersOf(entry).flatMap((answer, index) =>
    linksOf(answer).flatMap(({ parsed }) => {
      if (!parsed.ok)
        return rejectedLink(context, entry, index, parsed, "scheme", RULE_IDS.linkScheme);
      if (parsed.insecure) {
        const secure = parsed.href.replace(/^http:/i, "https:");
        return [
          finding(
            context,
            entry,
            index,
            "links",
            "warning",
            RULE_IDS.linkScheme,
            `Evidence link "${parsed.text}" uses http, which is not secure and which some networks block. Use https (${secure}) if the site supports it.`
          ),
        ];
      }
      return [];
    })
  )
);
