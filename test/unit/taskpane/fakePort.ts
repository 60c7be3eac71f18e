/**
 * An in-memory AssessmentPort over the pipeline's last steps (`assessEntries`) on a catalog checklist: writes change the answers and publish
 * a new snapshot (as the store does when the sheet changes), cells "typed by a person" come back as conflicts, the
 * last write can be undone, and every call is recorded for the tests to assert on.
 */
import {
  FinalizeRefusedError,
  type FinalizeRefusal,
} from "../../../src/core/workbook/finalizeRefusal";
import { CATALOG } from "../../../src/checklists";
import type { ChecklistId } from "../../../src/checklists/schema";
import { controlKey, parseMet } from "../../../src/core/answers";
import { assessEntries } from "../../../src/core/pipeline/evaluate";
import {
  ControlAnswer,
  type AnswerEntry,
  type Finding,
  type ScopeInput,
  type Scope,
} from "../../../src/core/model";
import {
  clearCarryMarks,
  markRows,
  patchGrid,
  placeCarryMarks,
  readCarryMarks,
  type CarriedFrom,
  type MarkRequest,
} from "../../../src/core/exchange/carryMarks";
import { caseStudyCount, resolveScope } from "../../../src/core/scope";
import { columnLetters, type Grid } from "../../../src/core/workbook/grid";
import type { Mapping } from "../../../src/core/workbook/mapping";
import type { AssessmentSnapshot, SnapshotListener } from "../../../src/excel/assessmentStore";
import type {
  AnswerField,
  AnswerWrite,
  AssessmentPort,
  Review,
  WriteConflict,
  WriteResult,
} from "../../../src/excel/port";

export const SHEET = "Checklist";
export const TODAY = "2026-11-24";
const FIRST_ROW = 5; // 0-based grid row of the first control
const COLUMNS: Record<Exclude<AnswerField, "met" | "response">, number> & {
  id: number;
  requirement: number;
} = { id: 0, requirement: 1, naReason: 4, links: 5, dates: 6, reviewerComment: 7 };
/** Met? and Partner Response of case study n: columns 2/3, then 8/9, 10/11, ... */
const metCol = (cs: number): number => (cs === 1 ? 2 : 6 + cs * 2 - 2);
const responseCol = (cs: number): number => metCol(cs) + 1;

export interface FakePortOptions {
  checklist?: ChecklistId;
  scope?: Omit<ScopeInput, "checklist">;
  /** Initial answers by control key, for case study 1 (or `[cs1, cs2, ...]`). */
  answers?: Record<string, Partial<ControlAnswer> | Partial<ControlAnswer>[]>;
  /** Start with an unrecognised workbook. */
  unmapped?: boolean;
  /** Cells a person typed, by `key|caseStudy|field`, with the text they hold: writes there conflict. */
  typed?: Record<string, string>;
  /** Fields the workbook has no column for: writes to them come back as unmapped. */
  unmappedFields?: AnswerField[];
  /** Finalize refuses with this (as the add-in's gate does) unless forced. */
  refuseFinalize?: FinalizeRefusal;
  /** Controls the workbook already marks "Carried from <date>: re-confirm" (an earlier session's carry). */
  carried?: { from: CarriedFrom; controls: MarkRequest[] };
}

export interface FakePort extends AssessmentPort {
  writes: { writes: AnswerWrite[]; overwrite: boolean }[];
  scopes: Scope[];
  created: { checklist: ChecklistId; scope: Scope }[];
  mappings: Mapping[];
  selected: { key: string; caseStudy: number | undefined }[];
  wentTo: { sheet: string; cell: string }[];
  reviews: Review[];
  finalized: number;
  /** The options of every finalize call, refused or not. */
  finalizeCalls: { force?: boolean }[];
  unfinalized: number;
  undone: number;
  /** Calls to markCarried and confirmCarried, in order. */
  carryMarks: ({ marked: MarkRequest[]; from: CarriedFrom } | { confirmed: string[] })[];
  /** A person selects the row of `key` in the sheet. */
  selectRowInSheet(key: string | null, caseStudy?: number): void;
  /** A person types (or pastes) into the sheet: the store re-validates and publishes. */
  typeInSheet(key: string, caseStudy: number, field: AnswerField, value: string): void;
}

function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function createFakePort(options: FakePortOptions = {}): FakePort {
  let checklistId: ChecklistId = options.checklist ?? "msp";
  let state: "ready" | "unmapped" = options.unmapped ? "unmapped" : "ready";
  const scopeOf = (id: ChecklistId, input: Omit<ScopeInput, "checklist"> = {}): Scope => {
    const r = resolveScope(id, input);
    if (!r.ok) throw new Error(r.errors.join("; "));
    return r.scope;
  };
  let scope = scopeOf(checklistId, options.scope);
  let entries = new Map<string, AnswerEntry>();
  const typed = new Map(Object.entries(options.typed ?? {}));
  const listeners = new Set<SnapshotListener>();
  const selectionListeners = new Set<(key: string | null, caseStudy: number) => void>();
  let undoStack: Map<string, AnswerEntry> | null = null;
  let review: Review = {
    state: "draft",
    reviewer: null,
    approvedOn: null,
    answersHash: null,
    history: [],
  };

  const rows = (): Map<string, number> => {
    const m = new Map<string, number>();
    let row = FIRST_ROW;
    for (const section of CATALOG[checklistId].sections) {
      row++;
      for (const c of section.controls) m.set(controlKey(section.part, c.id), row++);
    }
    return m;
  };

  const width = (): number => Math.max(3, caseStudyCount(CATALOG[checklistId], scope));

  function entryFor(key: string): AnswerEntry {
    const existing = entries.get(key);
    if (existing) return existing;
    const [part, ...rest] = key.split("/");
    const row = rows().get(key) ?? 0;
    const n = width();
    return {
      part: part === "prerequisites" ? "prerequisites" : "requirements",
      id: rest.join("/"),
      answers: Array.from({ length: n }, () => ControlAnswer.parse({})),
      cells: Array.from({ length: n }, (_, i) => ({
        met: { sheet: SHEET, cell: cellAddress(row, metCol(i + 1)) },
        response: { sheet: SHEET, cell: cellAddress(row, responseCol(i + 1)) },
        naReason: { sheet: SHEET, cell: cellAddress(row, COLUMNS.naReason) },
        links: { sheet: SHEET, cell: cellAddress(row, COLUMNS.links) },
        dates: { sheet: SHEET, cell: cellAddress(row, COLUMNS.dates) },
        reviewerComment: { sheet: SHEET, cell: cellAddress(row, COLUMNS.reviewerComment) },
      })),
    };
  }

  function apply(key: string, cs: number, field: AnswerField, value: string): void {
    const entry = entryFor(key);
    const answers = entry.answers.map((a, i) => {
      if (i !== cs - 1) return a;
      switch (field) {
        case "met":
          return { ...a, met: parseMet(value) ?? a.met };
        case "links":
          return {
            ...a,
            links: value
              .split("\n")
              .map((s) => s.trim())
              .filter(Boolean),
          };
        case "dates":
          return {
            ...a,
            dates: value
              .split("\n")
              .map((s) => s.trim())
              .filter(Boolean),
          };
        default:
          return { ...a, [field]: value };
      }
    });
    entries.set(key, { ...entry, answers });
  }

  for (const [key, given] of Object.entries(options.answers ?? {})) {
    const list = Array.isArray(given) ? given : [given];
    const entry = entryFor(key);
    entries.set(key, {
      ...entry,
      answers: entry.answers.map((a, i) =>
        list[i] ? ControlAnswer.parse({ ...a, ...list[i] }) : a
      ),
    });
  }

  function mapping(): Mapping {
    const controls: Record<string, number> = {};
    for (const [k, r] of rows()) controls[k] = r;
    return {
      version: 1,
      checklist: checklistId,
      checklistVersion: CATALOG[checklistId].version,
      recognisedBy: "selfassess-sheet",
      confidence: 0.97,
      sheets: [
        {
          sheet: SHEET,
          headerRow: FIRST_ROW - 1,
          headerRows: 1,
          columns: {
            id: COLUMNS.id,
            requirement: COLUMNS.requirement,
            met: 2,
            response: 3,
            evidenceLinks: COLUMNS.links,
            evidenceDates: COLUMNS.dates,
            reviewerComment: COLUMNS.reviewerComment,
            pointsNotMet: null,
            pointsMet: null,
            caseStudies: [],
          },
          controls,
          sections: [],
        },
      ],
    };
  }

  let revision = 0;
  function build(): AssessmentSnapshot {
    revision++;
    if (state === "unmapped") {
      return {
        state: "unmapped",
        assessment: null,
        checklist: null,
        mapping: null,
        reason: "no sheet has a control ID column",
        workbookFindings: [],
        findings: [],
        readiness: null,
        entries: [],
        revision,
      };
    }
    const checklist = CATALOG[checklistId];
    const list = [...entries.values()];
    const workbookFindings: Finding[] = [
      {
        checklist: checklist.id,
        control: "9.9.9",
        field: "id",
        severity: "warning",
        rule: "workbook.unknown-id",
        message: "Row 90 has ID 9.9.9, which is not in the checklist.",
        sheet: SHEET,
        cell: "A90",
      },
    ];
    // The pipeline's last steps, as the store runs them: readiness over the workbook's and the engine's findings.
    const assessed = assessEntries(
      { checklist, scope, entries: list, workbookFindings },
      { today: TODAY }
    );
    const snapshot: AssessmentSnapshot = {
      state: "ready",
      assessment: { ...assessed.assessment, findings: assessed.engineFindings },
      checklist,
      mapping: mapping(),
      reason: null,
      workbookFindings: assessed.workbookFindings,
      findings: assessed.findings,
      readiness: assessed.readiness,
      entries: list,
      revision,
    };
    return snapshot;
  }

  // The sheet as far as the carry marks go: a header filling columns A..L, so the marks go in column M (core's
  // placement, reading and clearing, as the real port does).
  let markGrid: Grid = {
    sheets: [
      {
        name: SHEET,
        rows: [...Array.from({ length: FIRST_ROW - 1 }, () => []), Array(12).fill("Header")],
      },
    ],
  };
  let carriedFrom: CarriedFrom | null = null;
  const mark = (from: CarriedFrom, controls: readonly MarkRequest[]) => {
    const placed = placeCarryMarks(markGrid, mapping(), from.date, markRows(mapping(), controls));
    markGrid = patchGrid(markGrid, placed.marks);
    carriedFrom = from;
    return placed.kept;
  };
  if (options.carried) mark(options.carried.from, options.carried.controls);

  let snapshot = build();
  const publish = (): void => {
    snapshot = build();
    for (const l of [...listeners]) l(snapshot);
  };

  const port: FakePort = {
    writes: [],
    scopes: [],
    created: [],
    mappings: [],
    selected: [],
    wentTo: [],
    reviews: [],
    finalized: 0,
    finalizeCalls: [],
    unfinalized: 0,
    undone: 0,
    carryMarks: [],
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: async () => snapshot,
    async createAssessment(checklist, s) {
      port.created.push({ checklist, scope: s });
      checklistId = checklist;
      scope = s;
      state = "ready";
      entries = new Map();
      publish();
    },
    async saveScope(s) {
      port.scopes.push(s);
      scope = s;
      publish();
    },
    async saveMapping(m) {
      port.mappings.push(m);
    },
    async writeAnswers(writes, opts): Promise<WriteResult> {
      port.writes.push({ writes: [...writes], overwrite: opts?.overwrite === true });
      const conflicts: WriteConflict[] = [];
      const before = new Map(entries);
      let written = 0;
      const unmapped: AnswerWrite[] = [];
      for (const w of writes) {
        if (options.unmappedFields?.includes(w.field)) {
          unmapped.push(w);
          continue;
        }
        const id = `${w.key}|${w.caseStudy}|${w.field}`;
        const current = typed.get(id);
        if (current !== undefined && current !== w.value && !opts?.overwrite) {
          const cell = entryFor(w.key).cells?.[w.caseStudy - 1]?.[w.field];
          conflicts.push({
            sheet: cell?.sheet ?? SHEET,
            cell: cell?.cell ?? "A1",
            current,
            proposed: w.value,
          });
          continue;
        }
        typed.delete(id);
        apply(w.key, w.caseStudy, w.field, w.value);
        written++;
      }
      if (written > 0) {
        undoStack = before;
        publish();
      }
      return { written, conflicts, unmapped };
    },
    async undoLastWrite() {
      port.undone++;
      if (undoStack) entries = undoStack;
      undoStack = null;
      publish();
      return { written: 1, conflicts: [], unmapped: [] };
    },
    async selectControl(key, caseStudy) {
      port.selected.push({ key, caseStudy });
    },
    async goToCell(sheet, cell) {
      port.wentTo.push({ sheet, cell });
    },
    onControlSelected(listener) {
      selectionListeners.add(listener);
      return () => selectionListeners.delete(listener);
    },
    async readReview() {
      return review;
    },
    async saveReview(r) {
      port.reviews.push(r);
      review = r;
    },
    async finalize(finalizeOptions = {}) {
      port.finalizeCalls.push(finalizeOptions);
      if (options.refuseFinalize && !finalizeOptions.force)
        throw new FinalizeRefusedError(options.refuseFinalize, 'choose "Finalize anyway"');
      port.finalized++;
      return { replaced: 8, valuesOnly: 1 };
    },
    async unfinalize() {
      port.unfinalized++;
      return { restored: 8 };
    },
    async markCarried(from, controls) {
      port.carryMarks.push({ marked: [...controls], from });
      const kept = mark(from, controls);
      return { marks: readCarryMarks(markGrid, mapping()), from: carriedFrom, kept };
    },
    async readCarried() {
      return { marks: readCarryMarks(markGrid, mapping()), from: carriedFrom, kept: [] };
    },
    async confirmCarried(keys) {
      port.carryMarks.push({ confirmed: [...keys] });
      markGrid = patchGrid(markGrid, clearCarryMarks(markGrid, mapping(), keys));
      return { marks: readCarryMarks(markGrid, mapping()), from: carriedFrom, kept: [] };
    },
    selectRowInSheet(key, caseStudy = 1) {
      for (const l of [...selectionListeners]) l(key, caseStudy);
    },
    typeInSheet(key, caseStudy, field, value) {
      apply(key, caseStudy, field, value);
      publish();
    },
  };
  return port;
}

/** Every applicable MSP control answered Yes with a response, a link and a recent date: a passing assessment. */
export function allMetAnswers(
  checklistId: ChecklistId = "msp"
): Record<string, Partial<ControlAnswer>[]> {
  const out: Record<string, Partial<ControlAnswer>[]> = {};
  for (const section of CATALOG[checklistId].sections)
    for (const c of section.controls)
      out[controlKey(section.part, c.id)] = Array.from({ length: 20 }, (_, i) => ({
        met: "yes" as const,
        response: "We do this: 4 hours.",
        links: [`https://example-partner.co.uk/evidence/${c.id}/${i + 1}`],
        dates: ["2026-10-01", "2026-09-01", "2026-08-01"],
      }));
  return out;
}
