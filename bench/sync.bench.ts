/**
 * Bench: `context.sync()` calls of the AssessmentPort over the fake Excel host, at 50 and at 500 controls.
 *
 *   read      the store's refresh of the whole assessment (recognise + read + assess): one sync after discovery
 *   write     writeAnswers of every control's Met?, response, link and date: read the cells it would change,
 *             validate (conflicts with typed cells), write one block per sheet: two syncs
 *   others    createAssessment, saveScope, finalize, unfinalize
 * Goal: read + validate + write within writeAnswers <= 2 syncs at any size (ratio 500/50 = 1.0). Wall times are
 * the fake host's (in-memory), printed for orientation only.
 *
 * Run: `npm run bench -- sync --no-build`.
 */
/// <reference types="office-js" />
import type { AnswerWrite } from "../src/excel/port";
import { scopeOf, setupPort, syntheticMsp } from "../test/integration/excel/portHelpers";

interface Row {
  op: string;
  syncs: number;
  ms: number;
}

async function measure(n: number): Promise<Row[]> {
  const { host, store, port } = setupPort({ catalog: [syntheticMsp(n)] });
  const rows: Row[] = [];
  const time = async (op: string, f: () => Promise<unknown>): Promise<void> => {
    const before = host.syncCount;
    const t0 = performance.now();
    await f();
    rows.push({ op, syncs: host.syncCount - before, ms: performance.now() - t0 });
  };
  await time("createAssessment", () => port.createAssessment("msp", scopeOf("msp")));
  await time("read (store refresh, discovery)", () => store.refresh({ rediscover: true }));
  await time("read (store refresh)", () => store.refresh());
  const keys = Object.keys(
    store.getSnapshot().mapping?.sheets.find((s) => s.sheet === "MSP Checklist")?.controls ?? {}
  );
  const writes: AnswerWrite[] = keys.flatMap((key, i) => [
    { key, caseStudy: 1, field: "met", value: i % 9 === 0 ? "No" : "Yes" },
    { key, caseStudy: 1, field: "response", value: `Answer ${i}` },
    { key, caseStudy: 1, field: "links", value: `https://example.com/${i}` },
    { key, caseStudy: 1, field: "dates", value: "2025-03-01" },
  ]);
  await time("read + validate + write (writeAnswers)", () => port.writeAnswers(writes));
  await time("read (store refresh after write)", () => store.refresh());
  await time("saveScope", () => port.saveScope(scopeOf("msp", { reseller: false })));
  await time("finalize", () => port.finalize());
  await time("unfinalize", () => port.unfinalize());
  return rows;
}

async function main(): Promise<void> {
  const small = await measure(50);
  const large = await measure(500);
  console.log(
    "operation                                  syncs@50  syncs@500  ratio   ms@50   ms@500"
  );
  for (const [i, row] of small.entries()) {
    const big = large[i];
    const ratio = row.syncs ? big.syncs / row.syncs : 1;
    console.log(
      `${row.op.padEnd(42)} ${String(row.syncs).padStart(8)} ${String(big.syncs).padStart(10)} ${ratio.toFixed(1).padStart(6)} ${row.ms.toFixed(0).padStart(7)} ${big.ms.toFixed(0).padStart(8)}`
    );
  }
  const write = large.find((r) => r.op.startsWith("read + validate"));
  const goal = write !== undefined && write.syncs <= 2;
  console.log(
    `goal: read + validate + write <= 2 syncs at 500 controls: ${goal ? "met" : "NOT met"} (${write?.syncs ?? "?"})`
  );
  if (!goal) process.exitCode = 1;
}

void main();
