/**
 * What the task pane uses of the workbook: the assessment port, each operation one `Excel.run` and one
 * `context.sync()` after discovery. Components receive the port as a prop and never see `Excel` or `Office`; tests
 * pass a fake port.
 */
export { createAssessmentPort, type AssessmentPortOptions } from "./assessmentPort";
export type { AssessmentPort } from "./port";
