/**
 * Step 3: the scope the assessment is made for. The workbook remembers it in its SelfAssess sheet; without one (or
 * for another checklist) the checklist's defaults apply. A remembered scope that no longer resolves is reported,
 * never silently replaced. `asOf` measures dates against another day than the planned submission date.
 */
import type { Checklist } from "../../checklists/schema";
import type { Finding, Scope, ScopeInput } from "../model";
import { defaultScope, resolveScope } from "../scope";
import type { Grid } from "../workbook/grid";
import { readPersisted, SELFASSESS_SHEET } from "../workbook/persist";

export interface WorkbookScope {
  scope: Scope;
  /** Where the scope came from: the workbook's SelfAssess sheet, or the checklist's defaults. */
  source: "workbook" | "defaults";
  findings: Finding[];
}

function withoutChecklist(scope: ScopeInput): Omit<ScopeInput, "checklist"> {
  const rest: Partial<ScopeInput> = { ...scope };
  delete rest.checklist;
  return rest;
}

export function workbookScope(
  grid: Grid,
  checklist: Checklist,
  options: { asOf?: string | null } = {}
): WorkbookScope {
  const persisted = readPersisted(grid);
  const findings: Finding[] = [];
  let scope = defaultScope(checklist.id);
  let source: WorkbookScope["source"] = "defaults";
  if (persisted && persisted.checklist === checklist.id) {
    const resolved = resolveScope(checklist.id, withoutChecklist(persisted.scope));
    if (resolved.ok) {
      scope = resolved.scope;
      source = "workbook";
    } else {
      findings.push({
        checklist: checklist.id,
        control: "",
        field: "scope",
        severity: "warning",
        rule: "workbook.scope-unreadable",
        message: `The SelfAssess sheet's scope cannot be read (${resolved.errors.join("; ")}); the defaults are used.`,
        sheet: SELFASSESS_SHEET,
        cell: "A1",
      });
    }
  }
  if (options.asOf) scope = { ...scope, plannedSubmissionDate: options.asOf };
  return { scope, source, findings };
}
