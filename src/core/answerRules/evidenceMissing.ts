import type { ControlRule } from "../rules/types";
import { answerFinding } from "./finding";

export const RULE_ID = "evidence.missing";

/** A Yes without any evidence link or response is what a reviewer sends back first. */
export const evidenceMissing: ControlRule = (context, entry) =>
  context.control.evidence.length === 0
    ? []
    : entry.answers.flatMap((answer, i) =>
        answer.met === "yes" && answer.links.length === 0 && !answer.response.trim()
          ? [
              answerFinding(
                context,
                entry,
                i,
                "links",
                "info",
                RULE_ID,
                `${context.control.id} is answered Yes with no evidence link or response; the reviewer expects: ${context.control.evidence[0].replace(/[.\s]+$/, "")}.`
              ),
            ]
          : []
      );
