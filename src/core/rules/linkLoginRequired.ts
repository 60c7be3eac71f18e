/**
 * link.login-required: a link to a service that usually requires a sign-in (SharePoint, OneDrive, Google
 * Drive/Docs, Box, Dropbox, Confluence, Notion, Quip, Teams). A warning when the control asks for public
 * evidence (control.publicEvidence), otherwise info: private evidence may live there if it is shared with the
 * reviewer.
 */
import type { ControlRule } from "./types";
import { answersOf, finding, linksOf, quoted, RULE_IDS, evidenceRule } from "./support";

export const linkLoginRequired: ControlRule = evidenceRule(
  "linkLoginRequired",
  (context, entry) => {
    const mustBePublic = context.control.publicEvidence === true;
    return answersOf(entry).flatMap((answer, index) =>
      linksOf(answer).flatMap(({ parsed }) => {
        if (!parsed.ok || parsed.login === null) return [];
        const message = mustBePublic
          ? `Evidence link ${quoted(parsed.text)} is on ${parsed.login}, which usually requires a sign-in, but this control asks for evidence anyone can open. Link to a public page instead (your website, a blog post, a published case study).`
          : `Evidence link ${quoted(parsed.text)} is on ${parsed.login}, which usually requires a sign-in. Make sure an AWS reviewer outside your company can open it (for example shared as "anyone with the link"), or attach the document to the submission.`;
        return [
          finding(
            context,
            entry,
            index,
            "links",
            mustBePublic ? "warning" : "info",
            RULE_IDS.linkLoginRequired,
            message
          ),
        ];
      })
    );
  }
);
