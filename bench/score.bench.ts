/**
 * MSP score evaluation vs a bare loop summing the same points over the same answers, measured side by side in one
 * run (goal: ratio <= 3). Alternating batches, median per batch; prints figures and the ratio, asserts nothing.
 */
import { CATALOG } from "../src/checklists";
import { indexEntries } from "../src/core/answers";
import { assess } from "../src/core/assess";
import { ControlAnswer, Scope, type AnswerEntry, type Met } from "../src/core/model";
import { compileScorePlan, evaluateScorePlan } from "../src/core/scorePlan";

const msp = CATALOG.msp;
const scope = Scope.parse({ checklist: "msp" });
const controls = msp.sections.filter((s) => s.part === "requirements").flatMap((s) => s.controls);

// Deterministic answers: a mix of Yes, No and blanks, three case studies for per-case-study controls.
const METS: Met[] = ["yes", "yes", "no", "blank", "yes"];
const entries: AnswerEntry[] = controls.map((c, i) => ({
  part: "requirements",
  id: c.id,
  answers: Array.from({ length: c.perCaseStudy ? 3 : 1 }, (_, k) =>
    ControlAnswer.parse({ met: METS[(i + k) % METS.length] })
  ),
}));
const answers = indexEntries(entries);
const plan = compileScorePlan(msp, scope)!;

// The bare loop: the same answers looked up by the same keys, points summed, nothing else.
const bareKeys = controls.map((c) => `requirements/${c.id}`);
const barePoints = controls.map((c) => c.points!);
function bareLoop(): number {
  let total = 0;
  for (let i = 0; i < bareKeys.length; i++) {
    const met = answers.get(bareKeys[i])?.answers[0]?.met;
    total += met === "yes" ? barePoints[i].met : barePoints[i].notMet;
  }
  return total;
}
function engine(): number {
  return evaluateScorePlan(plan, answers).total;
}

function timeBatch(fn: () => number, iterations: number): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink += fn();
  const ns = Number(process.hrtime.bigint() - start);
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink); // keep the result alive
  return ns / iterations;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ITERATIONS = 20_000;
const ROUNDS = 15;
for (let i = 0; i < 3; i++) {
  timeBatch(bareLoop, ITERATIONS);
  timeBatch(engine, ITERATIONS);
}
const bare: number[] = [];
const eng: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  bare.push(timeBatch(bareLoop, ITERATIONS));
  eng.push(timeBatch(engine, ITERATIONS));
}
const b = median(bare);
const e = median(eng);
console.log(
  `score: MSP score evaluation (${controls.length} controls) ${(e / 1000).toFixed(2)} µs vs bare loop ${(b / 1000).toFixed(2)} µs; ratio ${(e / b).toFixed(2)}x (goal <= 3x) ${e / b <= 3 ? "OK" : "OVER GOAL"}`
);

// For information: the full assessment (applicability, roll-ups, every answer and evidence rule, fixes).
const full = median(
  Array.from({ length: 5 }, () =>
    timeBatch(() => assess(msp, scope, entries, { today: "2025-11-01" }).score!.total, 200)
  )
);
console.log(
  `score: full assessment incl. evidence rules ${(full / 1000).toFixed(1)} µs (${(full / b).toFixed(0)}x the bare loop; runs once per change, not per formula)`
);
