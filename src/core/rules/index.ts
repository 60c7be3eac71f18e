/**
 * The evidence rules (links, dates, durations), run by the engine over every applicable control.
 */
import type { ControlRule } from "./types";
import { linkScheme } from "./linkScheme";
import { linkMalformed } from "./linkMalformed";
import { linkPlaceholder } from "./linkPlaceholder";
import { linkPrivateHost } from "./linkPrivateHost";
import { linkLoginRequired } from "./linkLoginRequired";
import { linkDistinct } from "./linkDistinct";
import { dateUnreadable } from "./dateUnreadable";
import { dateFuture } from "./dateFuture";
import { dateMaxAge } from "./dateMaxAge";
import { dateMissing } from "./dateMissing";
import { dateMinCount } from "./dateMinCount";
import { valueMaxDuration } from "./valueMaxDuration";

export {
  linkScheme,
  linkMalformed,
  linkPlaceholder,
  linkPrivateHost,
  linkLoginRequired,
  linkDistinct,
  dateUnreadable,
  dateFuture,
  dateMaxAge,
  dateMissing,
  dateMinCount,
  valueMaxDuration,
};
export { RULE_IDS, type EvidenceRuleId } from "./support";
export type { ControlRule, RuleContext } from "./types";

export const EVIDENCE_RULES: readonly ControlRule[] = Object.freeze([
  linkScheme,
  linkMalformed,
  linkPlaceholder,
  linkPrivateHost,
  linkLoginRequired,
  linkDistinct,
  dateUnreadable,
  dateFuture,
  dateMaxAge,
  dateMissing,
  dateMinCount,
  valueMaxDuration,
]);
