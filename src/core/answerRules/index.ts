import type { ControlRule } from "../rules/types";
import { evidenceMissing } from "./evidenceMissing";
import { naNotAllowed } from "./naNotAllowed";
import { naReasonMissing } from "./naReasonMissing";
import { responseMissing } from "./responseMissing";

/** Rules about the answer itself (as opposed to its evidence links and dates). */
export const ANSWER_RULES: readonly ControlRule[] = [
  naNotAllowed,
  naReasonMissing,
  responseMissing,
  evidenceMissing,
];
