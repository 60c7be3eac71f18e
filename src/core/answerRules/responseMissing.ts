import type { ControlRule } from "../rules/types";
import { answerFinding } from "./finding";

export const RULE_ID = "response.missing";

/** Controls that ask for a value (RPO, RTO, a number of customers) need it in Partner Response once answered. */
export const responseMissing: ControlRule = (context, entry) => {
  const { control } = context;
  if (control.response !== "value") return [];
  const label = control.responseLabel ?? "the value asked for";
  return entry.answers.flatMap((answer, i) =>
    answer.met === "yes" && !answer.response.trim()
      ? [
          answerFinding(
            context,
            entry,
            i,
            "response",
            "warning",
            RULE_ID,
            `${control.id} is answered Yes but Partner Response does not give ${label}.`
          ),
        ]
      : []
  );
};
