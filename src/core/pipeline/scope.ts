/**
 * Step 3: the scope the assessment is made for. The workbook remembers it in its SelfAssess sheet; without one (or
 * for another checklist) the checklist's defaults apply. A remembered scope that no longer resolves is reported,
 * never silently replaced: neither a whole scope that no longer resolves nor one value `readPersisted` had to drop
 * (a hand-edited "maybe" where TRUE or FALSE belongs). `asOf` measures dates against another day than the planned
 * submission date.
 */
import type { Checklist } from "../../checklists/schema";
import { Scope, type Finding, type ScopeInput } from "../model";
import { defaultScope, resolveScope } from "../scope";
import { a1, cellText, type Grid } from "../workbook/grid";
import { readPersisted, SELFASSESS_SHEET, type Persisted } from "../workbook/persist";

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

function unreadable(checklist: Checklist, message: string, cell: string): Finding {
  return {
    checklist: checklist.id,
    control: "",
    field: "scope",
    severity: "warning",
    rule: "workbook.scope-unreadable",
    message,
    sheet: SELFASSESS_SHEET,
    cell,
  };
}

/** The SelfAssess sheet's scope rows holding a value `readPersisted` could not take: it uses the default instead. */
function droppedValues(grid: Grid, checklist: Checklist, persisted: Persisted): Finding[] {
  const sheet = grid.sheets.find((s) => s.name === SELFASSESS_SHEET);
  const known = Scope.shape as Record<string, unknown>;
  const kept = persisted.scope as Record<string, unknown>;
  const findings: Finding[] = [];
  sheet?.rows.forEach((row, r) => {
    const key = cellText(row[0]);
    if (!key.startsWith("scope.")) return;
    const field = key.slice("scope.".length);
    const shown = cellText(row[1]);
    if (!(field in known) || field in kept || shown === "") return;
    findings.push(
      unreadable(
        checklist,
        `The SelfAssess sheet's ${key} holds "${shown}", which cannot be read; the default is used.`,
        a1(r, 1)
      )
    );
  });
  return findings;
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
      findings.push(...droppedValues(grid, checklist, persisted));
    } else {
      findings.push(
        unreadable(
          checklist,
          `The SelfAssess sheet's scope cannot be read (${resolved.errors.join("; ")}); the defaults are used.`,
          "A1"
        )
      );
    }
  }
  if (options.asOf) scope = { ...scope, plannedSubmissionDate: options.asOf };
  return { scope, source, findings };
}
