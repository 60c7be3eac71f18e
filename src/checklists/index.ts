/**
 * The catalog: every checklist, parsed through its schema once at load so a data error fails fast with the
 * path of the offending field instead of surfacing later as a wrong score.
 */
import { Checklist, ChecklistId, CHECKLIST_IDS, type ChecklistInput } from "./schema";
import { ato } from "./ato";
import { dcx } from "./dcx";
import { msp } from "./msp";
import { ftr } from "./ftr";
import { ecs } from "./ecs";

export * from "./schema";

const SOURCES: Record<ChecklistId, ChecklistInput> = { ato, dcx, msp, ftr, ecs };

export function parseChecklist(input: ChecklistInput): Checklist {
  const result = Checklist.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Checklist ${String(input.id)} does not match its schema:\n${issues}`);
  }
  return result.data;
}

export const CATALOG: Readonly<Record<ChecklistId, Checklist>> = Object.freeze(
  Object.fromEntries(CHECKLIST_IDS.map((id) => [id, parseChecklist(SOURCES[id])])) as Record<
    ChecklistId,
    Checklist
  >
);

export const CHECKLISTS: readonly Checklist[] = CHECKLIST_IDS.map((id) => CATALOG[id]);

export function getChecklist(id: string): Checklist | undefined {
  return ChecklistId.safeParse(id).success ? CATALOG[id as ChecklistId] : undefined;
}
