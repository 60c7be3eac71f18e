import { CHECKLIST_IDS, type Checklist } from "../checklists/schema";
import { getChecklist } from "../checklists";
import { UsageError } from "./command";

export function checklistOrUsage(id: string | undefined): Checklist {
  if (id === undefined)
    throw new UsageError(`--checklist is required. Valid checklists: ${CHECKLIST_IDS.join(", ")}`);
  const checklist = getChecklist(id);
  if (!checklist)
    throw new UsageError(
      `unknown checklist "${id}". Valid checklists: ${CHECKLIST_IDS.join(", ")}`
    );
  return checklist;
}
