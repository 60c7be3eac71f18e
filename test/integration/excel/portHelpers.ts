/** Shared set-up for the AssessmentPort tests and bench: a fake host, a store and a port over it. */
import { CATALOG, type Checklist, type ChecklistId } from "../../../src/checklists";
import type { Control, Section } from "../../../src/checklists/schema";
import type { CellValue, Scope } from "../../../src/core/model";
import type { Grid } from "../../../src/core/workbook/grid";
import { defaultScope } from "../../../src/core/scope";
import { createAssessmentPort } from "../../../src/excel/assessmentPort";
import {
  createAssessmentStore,
  type AssessmentStore,
  type ExcelHost,
} from "../../../src/excel/assessmentStore";
import type { AssessmentPort } from "../../../src/excel/port";
import {
  createFakeHost,
  createWorkbookModel,
  eachCell,
  type FakeHost,
  type FakeHostBundle,
  type SheetModel,
  type WorkbookModel,
} from "../../../harness/fake-excel";

export const TODAY = "2025-06-01";

export interface PortSetup {
  host: FakeHost;
  excel: ExcelHost;
  store: AssessmentStore;
  port: AssessmentPort;
  catalog: readonly Checklist[];
}

export function setupPort(
  options: { model?: WorkbookModel; catalog?: readonly Checklist[] } = {}
): PortSetup {
  const bundle = createFakeHost(options.model);
  const catalog = options.catalog ?? Object.values(CATALOG);
  const store = createAssessmentStore({
    excel: bundle.Excel,
    catalog,
    today: () => TODAY,
    debounceMs: 5,
  });
  const port = createAssessmentPort(bundle.Excel, store, { catalog, today: () => TODAY });
  return { host: bundle.host, excel: bundle.Excel, store, port, catalog };
}

/** Syncs made by `op` (all contexts). */
export async function syncsOf<T>(
  host: FakeHost,
  op: () => Promise<T>
): Promise<{ syncs: number; result: T }> {
  const before = host.syncCount;
  const result = await op();
  return { syncs: host.syncCount - before, result };
}

/**
 * An MSP-shaped checklist with `n` scored requirements (no conditions), in sections of 10, plus MSP's own
 * prerequisites: for sync counts at 50 and 500 controls.
 */
export function syntheticMsp(n: number): Checklist {
  const msp = CATALOG.msp;
  const base = msp.sections
    .find((s) => s.part === "requirements")
    ?.controls.find(
      (c) =>
        c.points &&
        !c.mandatory &&
        c.conditions.length === 0 &&
        !c.perCaseStudy &&
        !c.waivedForNonReseller
    );
  if (!base) throw new Error("no plain MSP requirement to copy");
  const sections: Section[] = msp.sections.filter((s) => s.part === "prerequisites");
  for (let s = 0; s * 10 < n; s++) {
    const controls: Control[] = [];
    for (let c = 0; c < 10 && s * 10 + c < n; c++)
      controls.push({
        ...base,
        id: `${s + 1}.${c + 1}`,
        title: `Synthetic control ${s + 1}.${c + 1}`,
        requirement: `Requirement text ${s + 1}.${c + 1}`,
        rules: [],
        mandatory: false,
      });
    sections.push({
      id: `${s + 1}.0`,
      title: `Section ${s + 1}`,
      kind: "technical",
      part: "requirements",
      controls,
    });
  }
  return { ...msp, sections, scoring: msp.scoring ? { ...msp.scoring } : null };
}

export function scopeOf(id: ChecklistId, extra: Partial<Scope> = {}): Scope {
  return { ...defaultScope(id), ...extra };
}

/** The fake workbook as a Grid of values (formula cells give their computed value), for recognise and readPersisted. */
export function gridOf(host: FakeHost): Grid {
  host.engine.recalculateIfDirty();
  return {
    sheets: host.model.sheets.map((sheet) => {
      const rows: CellValue[][] = [];
      for (const { row, col, cell } of eachCell(sheet)) {
        while (rows.length <= row) rows.push([]);
        const line = rows[row];
        while (line.length < col) line.push(null);
        line[col] = cell.value === "" ? null : cell.value;
      }
      return {
        name: sheet.name,
        rows,
        merges: [...sheet.merges],
        visibility:
          sheet.visibility === "Visible"
            ? "visible"
            : sheet.visibility === "Hidden"
              ? "hidden"
              : "veryHidden",
      };
    }),
  };
}

export function sheetOf(host: FakeHost, name: string): SheetModel {
  const sheet = host.model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/**
 * A small FTR workbook (the mini catalog's) with every control answered Yes, and a second sheet of FTR IDs without
 * a header: its answers cannot be read, a workbook error that must keep the assessment from being ready.
 */
export async function answeredFtrWithUnreadableSheet(): Promise<FakeHostBundle> {
  const fake = createFakeHost(createWorkbookModel(["FTR", "Scratch"]));
  await fake.host.userEdit("FTR", "A1:D6", [
    ["Mini FTR", "", "", ""],
    ["ID", "Requirement Description", "Met?", "Partner Response"],
    ["1.1", "Be enrolled.", "Yes", "Enrolled."],
    ["SUP-001", "Business support.", "Yes", "Business."],
    ["SUP-002", "Action plan.", "Yes", "Plan."],
    ["SUP-003", "Contacts.", "Yes", "Contacts."],
  ]);
  await fake.host.userEdit("Scratch", "A1:A3", [["SUP-001"], ["SUP-002"], ["SUP-003"]]);
  return fake;
}
