/**
 * What the task pane uses of the workbook: the assessment port, each operation one `Excel.run` and one
 * `context.sync()` after discovery. Components receive the port as a prop and never see `Excel` or `Office`; tests
 * pass a fake port.
 */
export { createAssessmentPort, type AssessmentPortOptions } from "./assessmentPort";
export type { AssessmentPort } from "./port";

import { createAssessmentPort } from "./assessmentPort";
import { getAssessmentStore } from "./assessmentStore";
import type { AssessmentPort } from "./port";

/** The port over the Office runtime's global `Excel` and the shared store: Office.js stays inside src/excel. */
export function createHostAssessmentPort(): AssessmentPort {
  return createAssessmentPort(Excel, getAssessmentStore());
}
