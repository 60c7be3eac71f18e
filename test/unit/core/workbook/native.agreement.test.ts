/**
 * Thousands of MSP workbooks with odd Met? spellings and broken point cells: wherever finalize would go ahead (no
 * formula.cannot-agree finding), the native formulas, evaluated by the harness's formula engine over the same
 * cells, give the engine's score, maximum, pass and progress, overall and per section.
 */
import fc from "fast-check";
import {
  ErrorValue,
  evaluateFormula,
  parseFormula,
  type EvalEnv,
  type Scalar,
} from "../../../../harness/fake-excel/formula";
import { CHECKLISTS } from "../../../../src/checklists";
import type { Checklist } from "../../../../src/checklists/schema";
import { assess } from "../../../../src/core/assess";
import { Scope, type CellValue } from "../../../../src/core/model";
import { checkGrid, type WorkbookCheck } from "../../../../src/core/workbook/checkGrid";
import type { Grid } from "../../../../src/core/workbook/grid";
import { buildLayout } from "../../../../src/core/workbook/layout";
import { readAnswers } from "../../../../src/core/workbook/readAnswers";
import {
  CANNOT_AGREE_RULE,
  nativeDisagreements,
  nativeFormula,
  type NativeFunction,
} from "../../../../src/core/workbook/native";

const TODAY = "2025-06-01";
const msp = CHECKLISTS.find((c) => c.id === "msp") as Checklist;

/** A new workbook as the grid a reader gives (formulas read as blank, dates as Date values). */
function layoutGrid(scope: Scope): Grid {
  const layout = buildLayout(msp, scope, { today: TODAY });
  return {
    sheets: layout.sheets.map((s) => {
      const rows: CellValue[][] = [];
      for (const row of s.rows) {
        const line: CellValue[] = [];
        for (const c of row.cells)
          line[c.col] = c.date
            ? new Date(`${c.date}T00:00:00Z`)
            : c.formula !== undefined
              ? null
              : (c.value ?? null);
        rows[row.row] = line;
      }
      for (let r = 0; r < rows.length; r++) rows[r] ??= [];
      return { name: s.name, rows, visibility: s.visibility };
    }),
  };
}

/** Met? contents a person may leave: read alike by engine and formula... */
const ALIKE = [
  "Yes",
  "No",
  "N/A",
  " yes ",
  "YES\u00a0",
  "Yes\n",
  "Yes\r\n",
  "\tNo",
  "y",
  "N",
  "n.a.",
  "Not applicable",
  "not  met",
  "Met",
  "✓",
  "✘",
  true,
  false,
  null,
  "",
  "Maybe",
  "#N/A",
  45000,
  7,
];
/** ...and read differently (finalize refuses these). */
const UNALIKE = ["Yes\u2003", "Not\nmet", 1, 0, "1", "Y*", "?"];
const POINTS = [null, "", "abc", 20.4, "#N/A", -5, "15", 0, 1e6, true, "  30 "];

interface Case {
  scope: number;
  met: [number, CellValue][];
  points: [number, CellValue][];
}

const SCOPES = [
  Scope.parse({ checklist: "msp", plannedSubmissionDate: TODAY }),
  Scope.parse({
    checklist: "msp",
    reseller: false,
    renewal: true,
    caseStudyCount: 2,
    plannedSubmissionDate: TODAY,
  }),
];

const bases = SCOPES.map((scope) => {
  const grid = layoutGrid(scope);
  const result = checkGrid(grid, [msp], { today: TODAY });
  if (!result.ok) throw new Error(result.reason);
  const { mapping } = result.check;
  const metCells: { sheet: string; row: number; col: number }[] = [];
  const pointCells: { sheet: string; row: number; col: number }[] = [];
  for (const m of mapping.sheets)
    for (const row of Object.values(m.controls)) {
      const cols = [m.columns.met, ...m.columns.caseStudies.map((g) => g.met)];
      for (const col of new Set(cols))
        if (col !== null) metCells.push({ sheet: m.sheet, row, col });
      for (const col of [m.columns.pointsMet, m.columns.pointsNotMet])
        if (col !== null) pointCells.push({ sheet: m.sheet, row, col });
    }
  return { grid, metCells, pointCells, scope, mapping };
});

interface Checked {
  checklist: Checklist;
  scope: Scope;
  mapping: WorkbookCheck["mapping"];
  pointOverrides: WorkbookCheck["pointOverrides"];
  assessment: WorkbookCheck["assessment"];
}

/**
 * The check of a generated workbook: its answers read with the base workbook's mapping (generation changes Met?
 * and point cells only, never headers) and assessed, as checkGrid does after recognition.
 */
function checkCase(c: Case, grid: Grid): Checked {
  const { scope, mapping } = bases[c.scope];
  const read = readAnswers(grid, mapping, msp);
  const assessment = assess(msp, scope, read.entries, {
    today: TODAY,
    pointsOverrides: read.pointOverrides,
  });
  return { checklist: msp, scope, mapping, pointOverrides: read.pointOverrides, assessment };
}

function withCase(c: Case): Grid {
  const base = bases[c.scope];
  const grid: Grid = {
    sheets: base.grid.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) })),
  };
  const put = (at: { sheet: string; row: number; col: number }, value: CellValue) => {
    const sheet = grid.sheets.find((s) => s.name === at.sheet);
    if (sheet) sheet.rows[at.row][at.col] = value;
  };
  for (const [i, v] of c.met) put(base.metCells[i % base.metCells.length], v);
  for (const [i, v] of c.points) put(base.pointCells[i % base.pointCells.length], v);
  return grid;
}

const ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/;

/** The harness evaluator's view of a grid: error texts are error values, dates serial numbers. */
function env(grid: Grid): EvalEnv {
  const byName = new Map(grid.sheets.map((s) => [s.name, s]));
  return {
    sheetId: (name) =>
      name === undefined ? grid.sheets[0].name : byName.has(name) ? name : undefined,
    cell(sheetId, row, col): Scalar {
      const v = byName.get(sheetId)?.rows[row]?.[col];
      if (v === undefined || v === null) return null;
      if (v instanceof Date) return v.getTime() / 86400000 + 25569;
      if (typeof v === "string" && ERROR_TEXT.test(v)) return new ErrorValue(v);
      return v;
    },
    extent: (sheetId) => {
      const rows = byName.get(sheetId)?.rows ?? [];
      return { rows: rows.length, cols: Math.max(0, ...rows.map((r) => r.length)) };
    },
    name: () => undefined,
    custom: () => new ErrorValue("#NAME?"),
    isCustom: () => false,
  };
}

/** Parsed native formulas, by scope, point overrides and call (generated workbooks share most of them). */
const parsed = new Map<string, ReturnType<typeof parseFormula>>();

function evaluate(grid: Grid, check: Checked, fn: NativeFunction, section: string | null) {
  const key = JSON.stringify([check.scope, [...check.pointOverrides], fn, section]);
  let node = parsed.get(key);
  if (!node) {
    const formula = nativeFormula(
      {
        checklist: check.checklist,
        scope: check.scope,
        mapping: check.mapping,
        pointOverrides: check.pointOverrides,
      },
      fn,
      section
    );
    if (formula === null) throw new Error(`no native ${fn}(${section ?? ""})`);
    node = parseFormula(formula);
    parsed.set(key, node);
  }
  return evaluateFormula(node, env(grid));
}

const progress = (c: { applicable: number; answered: number }) =>
  c.applicable === 0 ? 1 : c.answered / c.applicable;

const arbCase: fc.Arbitrary<Case> = fc.record({
  scope: fc.integer({ min: 0, max: SCOPES.length - 1 }),
  met: fc.array(
    fc.tuple(
      fc.nat(),
      fc.oneof(
        { weight: 30, arbitrary: fc.constantFrom<CellValue>(...ALIKE) },
        { weight: 1, arbitrary: fc.constantFrom<CellValue>(...UNALIKE) }
      )
    ),
    { maxLength: 120 }
  ),
  points: fc.array(fc.tuple(fc.nat(), fc.constantFrom<CellValue>(...POINTS)), { maxLength: 6 }),
});

test("wherever finalize goes ahead, the harness evaluator agrees with the engine", () => {
  let agreed = 0;
  let refused = 0;
  fc.assert(
    fc.property(arbCase, fc.nat(), (c, pick) => {
      const grid = withCase(c);
      const check = checkCase(c, grid);
      const disagreements = nativeDisagreements(grid, check);
      for (const f of disagreements) {
        expect(f).toMatchObject({ rule: CANNOT_AGREE_RULE, severity: "error" });
        expect(f.sheet).toBeTruthy();
        expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      }
      if (disagreements.length) {
        refused++;
        return;
      }
      agreed++;
      const { assessment } = check;
      const score = assessment.score;
      if (!score) throw new Error("MSP without a score");
      expect(evaluate(grid, check, "SCORE", null)).toBe(score.total);
      expect(evaluate(grid, check, "MAX", null)).toBe(score.max);
      expect(evaluate(grid, check, "PASS", null)).toBe(score.pass);
      expect(evaluate(grid, check, "PROGRESS", null)).toBeCloseTo(progress(assessment.overall), 12);
      // One section per workbook (the overall formulas above cover every row).
      const section = assessment.sections[pick % assessment.sections.length];
      const sectionScore = score.sections.find((s) => s.id === section.id);
      if (sectionScore) {
        expect([section.id, evaluate(grid, check, "SCORE", section.id)]).toEqual([
          section.id,
          sectionScore.total,
        ]);
        expect([section.id, evaluate(grid, check, "MAX", section.id)]).toEqual([
          section.id,
          sectionScore.max,
        ]);
      }
      expect([section.id, evaluate(grid, check, "PROGRESS", section.id)]).toEqual([
        section.id,
        expect.closeTo(progress(section), 12),
      ]);
    }),
    { numRuns: Number(process.env.AGREEMENT_RUNS ?? 2000), seed: 20261202 }
  );
  // Both branches are exercised: most workbooks finalize, and the odd spellings are caught.
  expect(agreed).toBeGreaterThan(refused / 4);
  expect(refused).toBeGreaterThan(0);
});

test("each reproduced disagreement is either agreed on or reported with sheet and cell", () => {
  const base = bases[0];
  const check = (grid: Grid) => checkCase({ scope: 0, met: [], points: [] }, grid);
  // An em space after Yes: the engine reads Yes, a formula cannot.
  const grid = withCase({ scope: 0, met: [[0, "Yes\u2003"]], points: [] });
  const at = base.metCells[0];
  expect(nativeDisagreements(grid, check(grid))).toEqual([
    expect.objectContaining({
      rule: CANNOT_AGREE_RULE,
      sheet: at.sheet,
      cell: `${String.fromCharCode(65 + at.col)}${at.row + 1}`,
      message: expect.stringContaining("\\u2003"),
    }),
  ]);
  // NBSP, a trailing newline and boolean TRUE are agreed on: counted as met by both.
  for (const value of ["Yes\u00a0", "Yes\n", true] as CellValue[]) {
    const g = withCase({ scope: 0, met: [[0, value]], points: [] });
    const c = check(g);
    expect(nativeDisagreements(g, c)).toEqual([]);
    expect(evaluate(g, c, "SCORE", null)).toBe(c.assessment.score?.total);
  }
  // An emptied, #N/A, "abc" or 20.4 point cell: the formula scores what the engine scores.
  for (const value of [null, "#N/A", "abc", 20.4] as CellValue[]) {
    const g = withCase({ scope: 0, met: [], points: [[0, value]] });
    const c = check(g);
    expect(evaluate(g, c, "SCORE", null)).toBe(c.assessment.score?.total);
    expect(evaluate(g, c, "MAX", null)).toBe(c.assessment.score?.max);
    expect(evaluate(g, c, "PASS", null)).toBe(c.assessment.score?.pass);
  }
});
