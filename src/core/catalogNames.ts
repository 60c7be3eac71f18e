/**
 * Names for a checklist known only by its catalog id (a diff side, a carry-forward plan): the programme name people
 * know. Kept apart from programNames.ts, which must not pull the catalog into the task pane's initial scripts.
 */
import { getChecklist } from "../checklists";
import { programName } from "./programNames";

/** The programme name of a catalog checklist; the id in capitals for one the catalog does not hold. */
export function programNameOf(checklistId: string): string {
  const checklist = getChecklist(checklistId);
  return checklist ? programName(checklist) : checklistId.toUpperCase();
}

/** "a.xlsx (AWS Managed Service Provider (MSP) Partner Program 3.1)": a file with its checklist and version. */
export function fileWithChecklist(side: {
  file: string;
  checklist: string;
  version: string;
}): string {
  return `${side.file} (${programNameOf(side.checklist)} ${side.version})`;
}
