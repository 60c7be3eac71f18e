import type { ControlRule } from "../rules/types";
import { answerFinding } from "./finding";

export const RULE_ID = "met.na-reason-missing";

/** A reviewer accepts N/A only with a reason. */
export const naReasonMissing: ControlRule = (context, entry) =>
  context.control.naAllowed
    ? entry.answers.flatMap((answer, i) =>
        answer.met === "na" && !answer.naReason.trim() && !answer.response.trim()
          ? [
              answerFinding(
                context,
                entry,
                i,
                "naReason",
                "warning",
                RULE_ID,
                `${context.control.id} is answered N/A without a reason: say why it does not apply to your solution.`
              ),
            ]
          : []
      )
    : [];
