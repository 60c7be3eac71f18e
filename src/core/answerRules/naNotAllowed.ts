import type { ControlRule } from "../rules/types";
import { answerFinding } from "./finding";

export const RULE_ID = "met.na-not-allowed";

/** N/A is an answer only where the checklist offers it; elsewhere the control must be met or not met. */
export const naNotAllowed: ControlRule = (context, entry) =>
  context.control.naAllowed
    ? []
    : entry.answers.flatMap((answer, i) =>
        answer.met === "na"
          ? [
              answerFinding(
                context,
                entry,
                i,
                "met",
                "error",
                RULE_ID,
                `${context.control.id} cannot be answered N/A: the checklist asks for Yes or No. If it truly does not apply, explain why in Partner Response and discuss it with your PDM.`
              ),
            ]
          : []
      );
