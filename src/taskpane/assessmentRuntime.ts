/**
 * The task pane's assessment runtime, loaded as a separate chunk (see lazyPorts.ts): the catalog (parsed through
 * its zod schemas when this chunk evaluates), core, and the Office.js adapters with the shared store. The shell
 * paints before this chunk arrives and shows "Reading the workbook…" until the store's first snapshot.
 */
import { createHostAssessmentPort } from "../excel";
import type { AssessmentPort } from "../excel/port";

export function createPorts(): { assessment: AssessmentPort } {
  return { assessment: createHostAssessmentPort() };
}
