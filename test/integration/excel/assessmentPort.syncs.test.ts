/** Every port operation syncs a fixed number of times, the same at 50 and at 500 controls. */
import { createAssessmentPort } from "../../../src/excel/assessmentPort";
import type { AnswerWrite } from "../../../src/excel/port";
import { scopeOf, setupPort, syncsOf, syntheticMsp, TODAY } from "./portHelpers";

function allAnswers(keys: readonly string[]): AnswerWrite[] {
  return keys.flatMap((key) => [
    { key, caseStudy: 1, field: "met" as const, value: "Yes" },
    { key, caseStudy: 1, field: "response" as const, value: `Done for ${key}` },
    { key, caseStudy: 1, field: "links" as const, value: `https://example.com/${key}` },
    { key, caseStudy: 1, field: "dates" as const, value: "2025-01-15" },
  ]);
}

async function countAll(n: number): Promise<Record<string, number>> {
  const checklist = syntheticMsp(n);
  const { host, excel, store, port } = setupPort({ catalog: [checklist] });
  const counts: Record<string, number> = {};
  const count = async <T>(name: string, op: () => Promise<T>): Promise<T> => {
    const { syncs, result } = await syncsOf(host, op);
    counts[name] = syncs;
    return result;
  };
  await count("createAssessment", () =>
    port.createAssessment("msp", scopeOf("msp", { reseller: true }))
  );
  const snapshot = await store.refresh({ rediscover: true });
  const keys = Object.keys(
    snapshot.mapping?.sheets.find((s) => s.sheet === "MSP Checklist")?.controls ?? {}
  );
  expect(keys.length).toBe(n);
  await count("readReview", () => port.readReview());
  const written = await count("writeAnswers", () => port.writeAnswers(allAnswers(keys)));
  expect(written.written).toBe(4 * n);
  await count("writeAnswers (nothing changes)", () => port.writeAnswers(allAnswers(keys)));
  await count("undoLastWrite", () => port.undoLastWrite());
  await count("writeAnswers (again)", () => port.writeAnswers(allAnswers(keys)));
  await count("saveScope", () =>
    port.saveScope(scopeOf("msp", { reseller: false, plannedSubmissionDate: "2025-09-01" }))
  );
  const mapping = snapshot.mapping;
  if (!mapping) throw new Error("no mapping");
  await count("saveMapping", () => port.saveMapping(mapping));
  await count("saveReview", () =>
    port.saveReview({
      state: "ready-for-review",
      reviewer: null,
      approvedOn: null,
      answersHash: null,
      history: [{ state: "ready-for-review", by: "Pat", date: TODAY, note: "" }],
    })
  );
  await count("selectControl", () => port.selectControl(keys[keys.length - 1]));
  await count("goToCell", () => port.goToCell("Summary", "B6"));
  const stop = port.onControlSelected(() => undefined);
  await count(
    "onControlSelected (register)",
    () => new Promise((resolve) => setTimeout(resolve, 20))
  );
  await count("onControlSelected (release)", async () => {
    stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
  await count("finalize", () => port.finalize());
  await count("unfinalize", () => port.unfinalize());
  const fresh = createAssessmentPort(excel, store, { catalog: [checklist], today: () => TODAY });
  await count("readReview (first discovery)", () => fresh.readReview());
  return counts;
}

const EXPECTED: Record<string, number> = {
  createAssessment: 2,
  readReview: 1,
  writeAnswers: 2,
  "writeAnswers (nothing changes)": 1,
  undoLastWrite: 2,
  "writeAnswers (again)": 2,
  saveScope: 2,
  saveMapping: 2,
  saveReview: 2,
  selectControl: 1,
  goToCell: 1,
  "onControlSelected (register)": 1,
  "onControlSelected (release)": 1,
  finalize: 2,
  unfinalize: 2,
  "readReview (first discovery)": 2,
};

describe("sync counts", () => {
  it("are as documented at 50 and at 500 controls", async () => {
    const at50 = await countAll(50);
    const at500 = await countAll(500);
    expect(at50).toEqual(EXPECTED);
    expect(at500).toEqual(EXPECTED);
  }, 60_000);
});
