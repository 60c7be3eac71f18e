import fc from "fast-check";
import { CATALOG } from "../../../../src/checklists";
import { indexEntries } from "../../../../src/core/answers";
import { assess } from "../../../../src/core/assess";
import { Scope } from "../../../../src/core/model";
import { compileScorePlan, evaluateScorePlan } from "../../../../src/core/scorePlan";
import { perCase } from "./fixtures";

const msp = CATALOG.msp;
const controls = msp.sections.filter((s) => s.part === "requirements").flatMap((s) => s.controls);
const metArb = fc.constantFrom("yes" as const, "no" as const, "na" as const, "blank" as const);

describe("score plan (the hot path) agrees with the full scoring", () => {
  test("property: same total, section totals, mandatory failures and pass for any answers and scope", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(metArb, metArb, metArb), {
          minLength: controls.length,
          maxLength: controls.length,
        }),
        fc.boolean(),
        fc.boolean(),
        (mets, reseller, renewal) => {
          const scope = Scope.parse({ checklist: "msp", reseller, renewal });
          const entries = controls.map((c, i) => perCase(c.id, ...mets[i]));
          const full = assess(msp, scope, entries, { today: "2025-11-01" }).score!;
          const plan = compileScorePlan(msp, scope)!;
          const fast = evaluateScorePlan(plan, indexEntries(entries));
          expect(fast.total).toBe(full.total);
          expect(fast.sectionTotals).toEqual(full.sections.map((s) => s.total));
          expect(fast.mandatoryFailed.map((i) => plan.controls[i].id)).toEqual(
            full.mandatoryFailed
          );
          expect(fast.pass).toBe(full.pass);
          expect(plan.max).toBe(1000);
        }
      ),
      { numRuns: 200 }
    );
  });

  test("no plan for a checklist without scoring", () => {
    expect(compileScorePlan(CATALOG.ato, Scope.parse({ checklist: "ato" }))).toBeNull();
  });
});
