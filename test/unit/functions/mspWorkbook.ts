/**
 * An MSP self-assessment workbook as the fake Excel host's model: a checklist sheet (ID / Requirement / Met? /
 * Partner Response, header on row 4, sections and controls from row 5), a Summary sheet for formulas and the hidden
 * SelfAssess sheet with the scope. Shared by the functions tests, the store's integration tests and the bench.
 */
import { CATALOG } from "../../../src/checklists";
import type { CellValue, ScopeInput } from "../../../src/core/model";
import { resolveScope } from "../../../src/core/scope";
import { persistedRows } from "../../../src/core/workbook/persist";
import { cellAddress } from "../../../harness/fake-excel/address";
import {
  createSheet,
  type CellScalar,
  type SheetModel,
  type WorkbookModel,
} from "../../../harness/fake-excel/model";

export const CHECKLIST_SHEET = "MSP Checklist";
export const SUMMARY_SHEET = "Summary";
export const HEADER_ROW = 4; // 1-based
export const ID_COL = 0;
export const MET_COL = 2;

export interface MspWorkbookOptions {
  /** Met? text by control ID; controls not listed get `fallback`. */
  answers?: Record<string, string>;
  /** Met? of every control not in `answers` (default "Yes"). */
  fallback?: string;
  scope?: Omit<ScopeInput, "checklist">;
  /** Formulas for the Summary sheet by address, e.g. { B2: "=MSP.SCORE()" }. */
  formulas?: Record<string, string>;
  /** Extra filler rows below the controls (to grow the sheet without changing the answers). */
  fillerRows?: number;
  /** Leave the SelfAssess sheet out. */
  withoutSelfAssess?: boolean;
}

/** The default scenario: everything Yes except 1.1 (mandatory, No) and 4.2.4 (+20, blank); 4.5 and 5.x waived. */
export const DEFAULT_ANSWERS: Record<string, string> = { "1.1": "No", "4.2.4": "" };
export const DEFAULT_SCOPE: Omit<ScopeInput, "checklist"> = { reseller: false, caseStudyCount: 1 };

function put(sheet: SheetModel, row: number, col: number, value: CellScalar): void {
  if (value === "") return;
  if (typeof value === "string" && value.startsWith("="))
    sheet.cells[cellAddress(row, col)] = { value: "", formula: value };
  else sheet.cells[cellAddress(row, col)] = { value };
}

export interface BuiltWorkbook {
  model: WorkbookModel;
  /** Control ID -> the A1 address of its Met? cell on the checklist sheet. */
  metCell: Record<string, string>;
  /** Last row (1-based) holding a control. */
  lastRow: number;
}

export function mspWorkbook(options: MspWorkbookOptions = {}): BuiltWorkbook {
  const answers = options.answers ?? DEFAULT_ANSWERS;
  const fallback = options.fallback ?? "Yes";
  const scopeInput = options.scope ?? DEFAULT_SCOPE;
  const checklist = CATALOG.msp;
  const waived = (id: string) =>
    scopeInput.reseller === false &&
    checklist.sections.some((s) => s.controls.some((c) => c.id === id && c.waivedForNonReseller));

  const sheet = createSheet(CHECKLIST_SHEET);
  put(
    sheet,
    0,
    0,
    `AWS Managed Service Provider (MSP) Partner Program Validation Checklist v${checklist.version}`
  );
  const header = HEADER_ROW - 1;
  ["ID", "Requirement", "Met?", "Partner Response"].forEach((label, c) =>
    put(sheet, header, c, label)
  );
  let row = header + 1;
  const metCell: Record<string, string> = {};
  for (const section of checklist.sections) {
    put(sheet, row, 0, section.id);
    put(sheet, row, 1, section.title);
    row++;
    for (const control of section.controls) {
      put(sheet, row, 0, control.id);
      put(sheet, row, 1, control.title);
      const given = Object.prototype.hasOwnProperty.call(answers, control.id)
        ? answers[control.id]
        : undefined;
      put(sheet, row, MET_COL, given ?? (waived(control.id) ? "" : fallback));
      metCell[control.id] = cellAddress(row, MET_COL);
      row++;
    }
  }
  const lastRow = row;
  for (let i = 0; i < (options.fillerRows ?? 0); i++) {
    put(sheet, row, 1, `Notes line ${i + 1}`);
    put(sheet, row, 3, i);
    row++;
  }

  const summary = createSheet(SUMMARY_SHEET);
  put(summary, 0, 0, "Score");
  for (const [address, formula] of Object.entries(options.formulas ?? {})) {
    summary.cells[address] = { value: "", formula };
  }

  const sheets = [sheet, summary];
  if (!options.withoutSelfAssess) {
    const scope = resolveScope("msp", scopeInput);
    if (!scope.ok) throw new Error(scope.errors.join("\n"));
    const own = createSheet("SelfAssess");
    own.visibility = "Hidden";
    const rows: CellValue[][] = persistedRows({
      checklist: "msp",
      checklistVersion: checklist.version,
      scope: scope.scope,
      created: "2025-05-01",
    });
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
          put(own, r, c, v);
      })
    );
    sheets.push(own);
  }
  return {
    model: {
      sheets,
      activeSheetId: sheet.id,
      selection: { sheetId: sheet.id, address: "A1" },
      names: [],
    },
    metCell,
    lastRow,
  };
}
