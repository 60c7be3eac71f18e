/**
 * The AssessmentPort over Office.js: every operation is one `Excel.run` at this edge, handing the context to a
 * helper in src/excel that queues its work and syncs a fixed number of times whatever the number of rows:
 *
 *   createAssessment      2  (sheet names, then every sheet written)
 *   writeAnswers          2  (the cells it would change, then one block per sheet); 0 when nothing to write
 *   undoLastWrite         2  (the cells, then the previous values); 0 when nothing to undo
 *   saveScope             2  (SelfAssess rows, Summary labels, notes; then the writes)
 *   saveMapping           2  (SelfAssess rows; then the rows)
 *   readReview            1
 *   saveReview            2
 *   finalize              2  (every sheet's formulas and values; then the writes)
 *   unfinalize            2
 *   refreshStamps         1  (Summary stamp, review line, SelfAssess rows); 2 when a text changes
 *   selectControl/goToCell 1
 *   readCarried           1  (mapped sheets' used ranges and SelfAssess rows)
 *   markCarried           2  (the same read; then the marks and the SelfAssess rows)
 *   confirmCarried        2  (the same read; then the emptied marks); 1 when none is left to clear
 *   onControlSelected     1 to register, 1 to release
 * Operations that read sheets by name cost one sync more the first time (and after the sheets changed): the port
 * remembers the names between operations. The assessment itself (getSnapshot/subscribe/refresh) is the shared
 * store's; the port does not refresh it after a write: the store watches the workbook while subscribed, and
 * `refresh()` reads it on demand. Subscribing also keeps the Summary's stamps true from the current snapshot on, so
 * a workbook that changed while no pane listened says so as soon as the pane opens.
 */
import { CHECKLISTS, type Checklist, type ChecklistId } from "../checklists";
import { resolveScope } from "../core/scope";
import { a1 } from "../core/workbook/grid";
import { buildLayout } from "../core/workbook/layout";
import type { Mapping } from "../core/workbook/mapping";
import { locateControl, locateWrites, fieldColumn, cellKey } from "../core/workbook/answersPlan";
import type { AssessmentSnapshot, AssessmentStore, ExcelHost } from "./assessmentStore";
import {
  confirmCarriedInWorkbook,
  markCarriedInWorkbook,
  readCarriedFromWorkbook,
} from "./carryMarks";
import { createAssessmentSheets } from "./createSheets";
import { createDirectory } from "./discovery";
import { finalizeInWorkbook, unfinalizeInWorkbook } from "./finalize";
import { officeLocale } from "./locale";
import type { AssessmentPort, WriteResult } from "./port";
import { readReviewFromWorkbook, saveMappingToWorkbook, saveReviewToWorkbook } from "./review";
import { createSelectionWatcher, selectCell } from "./selection";
import { rewriteStaleStamps } from "./staleStamps";
import { saveScopeToWorkbook } from "./visibility";
import { undoCells, writeAnswerCells, type WrittenCell } from "./writeAnswers";

export interface AssessmentPortOptions {
  /** Today as YYYY-MM-DD (default: the local date). */
  today?: () => string;
  /** The checklists to choose from (default: the catalog); must match the store's. */
  catalog?: readonly Checklist[];
  /** The locale numeric text dates are read in (default: Office's display language, as the store). */
  locale?: () => string | null;
}

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function createAssessmentPort(
  excel: ExcelHost,
  store: AssessmentStore,
  options: AssessmentPortOptions = {}
): AssessmentPort {
  const today = options.today ?? localToday;
  const catalog = options.catalog ?? CHECKLISTS;
  const locale = options.locale ?? officeLocale;
  const directory = createDirectory();
  /** What the add-in last wrote in each cell (a cell still holding it is not a person's). */
  const owned = new Map<string, string>();
  let lastWrite: WrittenCell[] = [];

  function checklistOf(id: ChecklistId): Checklist {
    const checklist = catalog.find((c) => c.id === id);
    if (!checklist) throw new Error(`Unknown checklist "${id}".`);
    return checklist;
  }

  /** The store's mapping, reading the workbook first when it has not been read yet. */
  async function ready(): Promise<AssessmentSnapshot & { mapping: Mapping; checklist: Checklist }> {
    let snapshot = store.getSnapshot();
    if (snapshot.state === "loading" || snapshot.state === "failed")
      snapshot = await store.refresh();
    const { mapping, checklist } = snapshot;
    if (!mapping || !checklist)
      throw new Error(
        snapshot.reason ?? "No self-assessment checklist was recognised in this workbook."
      );
    return { ...snapshot, mapping, checklist };
  }

  const selection = createSelectionWatcher(excel, () => store.getSnapshot().mapping);

  async function refreshStamps(): Promise<{ stamp?: string; reviewLine?: string }> {
    const { finalized, approval } = store.getSnapshot();
    if (!finalized && !approval) return {};
    return excel.run((context) => rewriteStaleStamps(context, directory, { finalized, approval }));
  }

  /**
   * While the pane listens, a snapshot whose stamps' truth changed (stale or not, finalize date, approval) has the
   * Summary rewritten, one run at a time; a change during a run is handled once after it.
   */
  let stampsSeen: string | null = null;
  let stamping: Promise<unknown> | null = null;
  let stampAgain = false;
  function stampKey(snapshot: AssessmentSnapshot): string | null {
    const { finalized: f, approval: a } = snapshot;
    if (!f && !a) return null;
    return JSON.stringify([f?.at, f?.stale, a?.reviewer, a?.approvedOn, a?.stale]);
  }
  function watchStamps(snapshot: AssessmentSnapshot): void {
    const key = stampKey(snapshot);
    if (key === null || key === stampsSeen) return;
    stampsSeen = key;
    if (stamping) {
      stampAgain = true;
      return;
    }
    stamping = refreshStamps()
      .catch(() => {
        // The workbook stays as it was; the next change of the stamps' truth tries again.
        stampsSeen = null;
      })
      .finally(() => {
        stamping = null;
        if (stampAgain) {
          stampAgain = false;
          stampsSeen = null;
          watchStamps(store.getSnapshot());
        }
      });
  }

  return {
    getSnapshot: () => store.getSnapshot(),
    subscribe(listener) {
      const stop = store.subscribe((snapshot) => {
        listener(snapshot);
        watchStamps(snapshot);
      });
      // On open the snapshot may already be stale (read by the custom functions before the pane, or while the pane
      // was closed): the Summary says so now, not at the next change.
      watchStamps(store.getSnapshot());
      return stop;
    },
    refreshStamps: async () => {
      await stamping;
      return refreshStamps();
    },
    refresh: () => store.refresh(),

    async createAssessment(checklistId, scope) {
      const checklist = checklistOf(checklistId);
      const { checklist: _omit, ...input } = scope;
      void _omit;
      const resolved = resolveScope(checklist.id, input);
      if (!resolved.ok)
        throw new Error(`The scope does not fit ${checklist.id}: ${resolved.errors.join("; ")}`);
      const layout = buildLayout(checklist, resolved.scope, { today: today() });
      directory.names = await excel.run((context) => createAssessmentSheets(context, layout));
    },

    async saveScope(scope) {
      const { mapping, checklist } = await ready();
      const { checklist: _omit, ...input } = scope;
      void _omit;
      const resolved = resolveScope(checklist.id, input);
      if (!resolved.ok)
        throw new Error(`The scope does not fit ${checklist.id}: ${resolved.errors.join("; ")}`);
      await excel.run((context) =>
        saveScopeToWorkbook(context, directory, {
          checklist,
          mapping,
          scope: resolved.scope,
          today: today(),
        })
      );
    },

    async saveMapping(mapping) {
      await excel.run((context) => saveMappingToWorkbook(context, directory, mapping));
    },

    async writeAnswers(writes, writeOptions = {}): Promise<WriteResult> {
      if (writes.length === 0) return { written: 0, conflicts: [], unmapped: [] };
      const { mapping, checklist } = await ready();
      const { targets, unmapped } = locateWrites(writes, mapping, checklist);
      const result = await excel.run((context) =>
        writeAnswerCells(context, targets, owned, writeOptions.overwrite === true)
      );
      for (const cell of result.written) owned.set(cellKey(cell), cell.written);
      if (result.written.length) lastWrite = result.written;
      return { written: result.written.length, conflicts: result.conflicts, unmapped };
    },

    async undoLastWrite(): Promise<WriteResult> {
      const cells = lastWrite;
      if (cells.length === 0) return { written: 0, conflicts: [], unmapped: [] };
      const result = await excel.run((context) => undoCells(context, cells));
      for (const cell of result.restored) owned.delete(cellKey(cell));
      lastWrite = [];
      return { written: result.restored.length, conflicts: result.conflicts, unmapped: [] };
    },

    async selectControl(key, caseStudy = 1) {
      const { mapping, checklist } = await ready();
      const at = locateControl(mapping, key);
      if (!at) throw new Error(`Control ${key} is not in this workbook's mapping.`);
      const control = checklist.sections
        .flatMap((s) => s.controls.map((c) => ({ key: `${s.part}/${c.id}`, c })))
        .find((x) => x.key === key)?.c;
      const col =
        fieldColumn(at.sheet, control, "met", Math.max(1, caseStudy)) ?? at.sheet.columns.id;
      await excel.run((context) => selectCell(context, at.sheet.sheet, a1(at.row, col)));
    },

    async goToCell(sheet, cell) {
      await excel.run((context) => selectCell(context, sheet, cell));
    },

    onControlSelected: (listener) => selection.subscribe(listener),

    readReview: () => excel.run((context) => readReviewFromWorkbook(context, directory)),

    saveReview: (review) =>
      excel.run((context) => saveReviewToWorkbook(context, directory, review)),

    async finalize(finalizeOptions = {}) {
      const result = await excel.run((context) =>
        finalizeInWorkbook(context, directory, {
          catalog,
          today: today(),
          locale: locale(),
          force: finalizeOptions.force === true,
        })
      );
      return { replaced: result.replaced, valuesOnly: result.valuesOnly };
    },

    async unfinalize() {
      return excel.run((context) => unfinalizeInWorkbook(context, directory));
    },

    async markCarried(from, controls) {
      const { mapping } = await ready();
      return excel.run((context) =>
        markCarriedInWorkbook(context, directory, mapping, from, controls)
      );
    },

    async readCarried() {
      const { mapping } = await ready();
      return excel.run((context) => readCarriedFromWorkbook(context, directory, mapping));
    },

    async confirmCarried(keys) {
      const { mapping } = await ready();
      return excel.run((context) => confirmCarriedInWorkbook(context, directory, mapping, keys));
    },
  };
}
