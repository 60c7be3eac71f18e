/**
 * What the custom functions compute with, loaded as a separate chunk on the first call (functions.ts): the
 * catalog (parsed through its zod schemas when this chunk evaluates), core and the shared assessment store. In
 * the shared runtime the task pane requests the same modules at start-up, so they load and evaluate once.
 */
export { getChecklist } from "../checklists";
export { getAssessmentStore } from "../excel/assessmentStore";
export * from "./compute";
