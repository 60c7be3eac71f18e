/**
 * The workbook operations the task pane may call, each bound to one `Excel.run`. Components receive this port as
 * a prop and never see `Excel` or `Office`; tests pass a fake port.
 */
import type { ChecklistId } from "../checklists/schema";
import { run } from "./run";
import { OWN_SHEET, type Stamp, writeChecklistStamp } from "./stamp";
import { readWorkbookInfo, type WorkbookInfo } from "./workbookInfo";

export type { Stamp } from "./stamp";
export type { WorkbookInfo } from "./workbookInfo";
export { OWN_SHEET } from "./stamp";
export { createAssessmentPort, type AssessmentPortOptions } from "./assessmentPort";
export type { AssessmentPort } from "./port";

export interface WorkbookPort {
  readWorkbookInfo(): Promise<WorkbookInfo>;
  /** `known` is the last `readWorkbookInfo` result, used to decide whether the add-in's sheet must be added. */
  saveChecklist(checklist: ChecklistId, known: WorkbookInfo): Promise<Stamp>;
}

export function createWorkbookPort(): WorkbookPort {
  return {
    readWorkbookInfo: () => run(readWorkbookInfo),
    saveChecklist: (checklist, known) =>
      run((context) => writeChecklistStamp(context, checklist, known.sheets.includes(OWN_SHEET))),
  };
}
