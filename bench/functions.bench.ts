/**
 * Bench: after one answer changes, what does the new =MSP.SCORE() value cost?
 *
 *   live    the user edits a Met? cell in the fake Excel host -> worksheet onChanged -> the store's refresh (one
 *           load, one context.sync()) -> recognise + read + assess -> the streaming SCORE invocation's setResult ->
 *           the cell shows the new value. Office calls (syncs) per update and wall time to the new value.
 *   pure    assess() over the same answers already in memory (what the live path computes in the end), and the
 *           pure pipeline from cells (recognise + readAnswers + assess over the grid the store reads).
 *
 * Run: `npm run bench -- functions --no-build` (tsc -p tsconfig.bench.json into dist-bench, then node); the count of
 * edits is BENCH_ITERATIONS (default 40).
 * The store's debounce is set to 0 here so the figures are the work itself; the add-in waits 300 ms of quiet first.
 */
/// <reference types="office-js" />
/// <reference types="custom-functions-runtime" />
import { createFakeHost, type CellScalar } from "../harness/fake-excel";
import { CATALOG, CHECKLISTS } from "../src/checklists";
import { assess } from "../src/core/assess";
import type { CellValue } from "../src/core/model";
import { resolveScope } from "../src/core/scope";
import type { Grid } from "../src/core/workbook/grid";
import { readPersisted } from "../src/core/workbook/persist";
import { readAnswers } from "../src/core/workbook/readAnswers";
import { recognise } from "../src/core/workbook/recognise";
import { createAssessmentStore, setAssessmentStore } from "../src/excel/assessmentStore";
import { score } from "../src/functions/functions";
import { CHECKLIST_SHEET, SUMMARY_SHEET, mspWorkbook } from "../test/unit/functions/mspWorkbook";

const TODAY = "2025-06-01";

interface Figures {
  median: number;
  p95: number;
}

function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

function ms(n: number): string {
  return n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(2)} ms`;
}

interface LiveResult {
  time: Figures;
  syncsPerUpdate: number;
  refreshesPerUpdate: number;
  operationsPerUpdate: number;
}

async function live(fillerRows: number, iterations: number): Promise<LiveResult> {
  const built = mspWorkbook({ fillerRows, formulas: { B2: "=MSP.SCORE()" } });
  const fake = createFakeHost(built.model);
  const undo = fake.host.install();
  const store = createAssessmentStore({ excel: fake.Excel, debounceMs: 0, today: () => TODAY });
  setAssessmentStore(store);
  fake.host.setFunctionMetadata([
    {
      id: "SCORE",
      parameters: [
        { name: "section_or_met_range", dimensionality: "matrix", optional: true },
        { name: "id_range", dimensionality: "matrix", optional: true },
      ],
      options: { stream: true },
    },
  ]);
  fake.CustomFunctions.associate("SCORE", score as (...args: unknown[]) => unknown);
  const settle = async (): Promise<CellScalar> => {
    for (let i = 0; i < 3; i++) {
      await fake.host.idle();
      await store.whenIdle();
    }
    return fake.host.getValue(SUMMARY_SHEET, "B2");
  };
  const first = await settle();
  if (first !== 780) throw new Error(`unexpected starting score ${String(first)}`);

  const samples: number[] = [];
  let syncs = 0;
  let operations = 0;
  const refreshesBefore = store.stats.refreshes;
  for (let i = 0; i < iterations; i++) {
    const answer = i % 2 === 0 ? "No" : "Yes";
    const expected = answer === "No" ? 760 : 780;
    fake.host.resetCounters();
    const start = performance.now();
    await fake.host.userEdit(CHECKLIST_SHEET, built.metCell["1.4"], answer);
    let value = await settle();
    while (value !== expected) value = await settle();
    samples.push(performance.now() - start);
    syncs += fake.host.syncCount;
    operations += fake.host.operationCount;
  }
  const refreshes = store.stats.refreshes - refreshesBefore;
  await store.dispose();
  setAssessmentStore(undefined);
  undo();
  return {
    time: figures(samples),
    syncsPerUpdate: syncs / iterations,
    refreshesPerUpdate: refreshes / iterations,
    operationsPerUpdate: operations / iterations,
  };
}

/** The grid the store reads for a planned refresh (mapped sheet + SelfAssess), from the built model. */
function gridOf(fillerRows: number): Grid {
  const built = mspWorkbook({ fillerRows });
  return {
    sheets: built.model.sheets
      .filter((s) => s.name !== SUMMARY_SHEET)
      .map((s) => {
        const rows: CellValue[][] = [];
        for (const [address, cell] of Object.entries(s.cells)) {
          const m = /^([A-Z]+)(\d+)$/.exec(address);
          if (!m) continue;
          const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          const row = Number(m[2]) - 1;
          while (rows.length <= row) rows.push([]);
          rows[row][col] = cell.value;
        }
        return { name: s.name, rows };
      }),
  };
}

function timeIt(iterations: number, f: () => unknown): Figures {
  for (let i = 0; i < 5; i++) f();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    f();
    samples.push(performance.now() - start);
  }
  return figures(samples);
}

function pure(fillerRows: number, iterations: number): { assess: Figures; pipeline: Figures } {
  const grid = gridOf(fillerRows);
  const msp = CATALOG.msp;
  const recognised = recognise(grid, CHECKLISTS);
  if (!recognised.ok) throw new Error(recognised.reason);
  const persisted = readPersisted(grid);
  const scopeInput = { ...(persisted?.scope ?? {}) } as Record<string, unknown>;
  delete scopeInput.checklist;
  const scope = resolveScope("msp", scopeInput);
  if (!scope.ok) throw new Error(scope.errors.join("; "));
  const read = readAnswers(grid, recognised.mapping, msp);
  const check = assess(msp, scope.scope, read.entries, {
    today: TODAY,
    pointsOverrides: read.pointOverrides,
  });
  if (check.score?.total !== 780)
    throw new Error(`unexpected pure score ${String(check.score?.total)}`);
  return {
    assess: timeIt(iterations, () => assess(msp, scope.scope, read.entries, { today: TODAY })),
    pipeline: timeIt(iterations, () => {
      const r = recognise(grid, CHECKLISTS);
      if (!r.ok) throw new Error(r.reason);
      const answers = readAnswers(grid, r.mapping, msp);
      return assess(msp, scope.scope, answers.entries, {
        today: TODAY,
        pointsOverrides: answers.pointOverrides,
      });
    }),
  };
}

async function main(): Promise<void> {
  const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);
  console.log(`MSP.SCORE() after one answer changes (${iterations} edits each; debounce 0 ms)`);
  for (const fillerRows of [0, 5000]) {
    const l = await live(fillerRows, iterations);
    const p = pure(fillerRows, iterations);
    console.log(`\nworkbook: MSP checklist sheet with ${fillerRows} extra rows`);
    console.log(
      `  live (fake host)   median ${ms(l.time.median)}  p95 ${ms(l.time.p95)}  ` +
        `syncs/update ${l.syncsPerUpdate.toFixed(2)}  refreshes/update ${l.refreshesPerUpdate.toFixed(2)}  ` +
        `Office operations/update ${l.operationsPerUpdate.toFixed(1)}`
    );
    console.log(
      `  pure assess()      median ${ms(p.assess.median)}  p95 ${ms(p.assess.p95)}  syncs 0`
    );
    console.log(
      `  pure cells->score  median ${ms(p.pipeline.median)}  p95 ${ms(p.pipeline.p95)}  syncs 0`
    );
    console.log(
      `  ratio live / pure assess() ${(l.time.median / p.assess.median).toFixed(1)}x, ` +
        `live / pure cells->score ${(l.time.median / p.pipeline.median).toFixed(1)}x`
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
