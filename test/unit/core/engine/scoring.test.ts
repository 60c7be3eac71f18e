import fc from "fast-check";
import { assess } from "../../../../src/core/assess";
import { Scope } from "../../../../src/core/model";
import { allYes, miniMsp, once, perCase } from "./fixtures";

const TODAY = "2025-11-01";
const scope = (input: Partial<Scope> = {}) => Scope.parse({ checklist: "msp", ...input });
const score = (entries: Parameters<typeof assess>[2], s = scope()) =>
  assess(miniMsp, s, entries, { today: TODAY }).score!;

describe("MSP scoring", () => {
  test("all met scores the maximum and passes", () => {
    const result = score(allYes(miniMsp, 3));
    expect(result.total).toBe(1000);
    expect(result.max).toBe(1000);
    expect(result.pass).toBe(true);
    expect(result.mandatoryFailed).toEqual([]);
    expect(result.fixes).toEqual([]);
  });

  test("nothing answered scores every subtract value (blank is not met)", () => {
    const result = score([]);
    expect(result.total).toBe(-450);
    expect(result.min).toBe(-450);
    expect(result.mandatoryFailed).toEqual(["1.1", "5.2"]);
    expect(result.pass).toBe(false);
  });

  test.each(["1.1", "5.2"])(
    "mandatory %s failing alone costs 200 and fails the assessment",
    (id) => {
      const entries = allYes(miniMsp, 3).map((e) => (e.id === id ? once(id, "no") : e));
      const result = score(entries);
      expect(result.total).toBe(800);
      expect(result.pass).toBe(false);
      expect(result.mandatoryFailed).toEqual([id]);
      expect(result.fixes[0]).toMatchObject({
        id,
        mandatory: true,
        recovered: 200,
        scoreAfter: 1000,
      });
      expect(result.fixesToPass).toBe(1);
    }
  );

  test("section totals and maxima", () => {
    const entries = allYes(miniMsp, 3).map((e) => (e.id === "1.3" ? once("1.3", "no") : e));
    const result = score(entries);
    expect(result.sections).toEqual([
      { id: "1.0", title: "Health", total: 250, max: 500, min: -250 },
      { id: "5.0", title: "Billing", total: 250, max: 250, min: -200 },
      { id: "6.0", title: "References", total: 250, max: 250, min: 0 },
    ]);
    expect(result.total).toBe(750);
  });

  test("non-reseller waiver grants section 5's add points without asking", () => {
    const entries = allYes(miniMsp, 3).filter((e) => !e.id.startsWith("5."));
    const result = score(entries, scope({ reseller: false }));
    expect(result.total).toBe(1000);
    expect(result.mandatoryFailed).toEqual([]);
  });

  test("renewal grants the add points of controls outside the renewal list", () => {
    const entries = [once("1.1", "yes"), perCase("6.1", "yes", "yes", "yes"), once("1.3", "yes")];
    const result = score(entries, scope({ renewal: true }));
    expect(result.total).toBe(1000);
  });

  test("per-case-study roll-up: every vs at least one", () => {
    const base = allYes(miniMsp, 3).filter((e) => e.id !== "6.1" && e.id !== "6.2");
    expect(
      score([...base, perCase("6.1", "yes", "no", "yes"), perCase("6.2", "no", "no", "yes")]).total
    ).toBe(850);
    expect(
      score([...base, perCase("6.1", "yes", "yes", "yes"), perCase("6.2", "no", "no", "no")]).total
    ).toBe(900);
  });

  test("N/A scores as met only where the checklist allows it", () => {
    const base = allYes(miniMsp, 3).filter((e) => e.id !== "1.2" && e.id !== "6.2");
    const result = assess(
      miniMsp,
      scope(),
      [...base, once("1.2", "na"), perCase("6.2", "na", "na", "na")],
      { today: TODAY }
    );
    expect(result.score!.total).toBe(700);
    expect(result.findings.map((f) => [f.control, f.rule])).toContainEqual([
      "1.2",
      "met.na-not-allowed",
    ]);
  });

  test("fixes are ranked mandatory first, then by points recovered, and say when the score passes", () => {
    const result = score([once("1.2", "yes")]);
    // 1.3 and 5.1 both recover 250: ties keep checklist order.
    expect(result.fixes.map((f) => f.id)).toEqual(["1.1", "5.2", "1.3", "5.1", "6.1", "6.2"]);
    expect(result.fixes.at(-1)!.scoreAfter).toBe(1000);
    expect(result.fixesToPass).toBe(5);
  });

  test("the workbook's point column overrides the catalog", () => {
    const overrides = new Map([["requirements/1.2", { met: 100, notMet: 0 }]]);
    const result = assess(miniMsp, scope(), allYes(miniMsp, 3), {
      today: TODAY,
      pointsOverrides: overrides,
    }).score!;
    expect(result.total).toBe(800);
    expect(result.max).toBe(800);
  });

  test("a workbook whose point columns change the maximum is warned about", () => {
    const overrides = new Map([["requirements/1.2", { met: 100, notMet: 0 }]]);
    const warned = assess(miniMsp, scope(), allYes(miniMsp, 3), {
      today: TODAY,
      pointsOverrides: overrides,
    });
    expect(warned.findings).toContainEqual(
      expect.objectContaining({ rule: "score.max-differs", severity: "warning" })
    );
    const same = assess(miniMsp, scope(), allYes(miniMsp, 3), { today: TODAY });
    expect(same.findings.some((f) => f.rule === "score.max-differs")).toBe(false);
  });

  const metArb = fc.constantFrom("yes" as const, "no" as const, "na" as const, "blank" as const);
  const scoredIds = miniMsp.sections
    .filter((s) => s.part === "requirements")
    .flatMap((s) => s.controls);

  test("property: the total lies between the sum of subtract values and the maximum", () => {
    fc.assert(
      fc.property(
        fc.array(metArb, { minLength: scoredIds.length * 3, maxLength: scoredIds.length * 3 }),
        fc.boolean(),
        fc.boolean(),
        (mets, reseller, renewal) => {
          const entries = scoredIds.map((c, i) =>
            perCase(c.id, mets[i * 3], mets[i * 3 + 1], mets[i * 3 + 2])
          );
          const r = score(entries, scope({ reseller, renewal }));
          return r.total >= r.min && r.total <= 1000 && r.min === -450;
        }
      )
    );
  });

  test("property: meeting one more control never lowers the score", () => {
    fc.assert(
      fc.property(
        fc.array(metArb, { minLength: scoredIds.length, maxLength: scoredIds.length }),
        fc.nat(scoredIds.length - 1),
        (mets, flip) => {
          const entries = scoredIds.map((c, i) => perCase(c.id, mets[i], mets[i], mets[i]));
          const before = score(entries).total;
          const improved = entries.map((e, i) =>
            i === flip ? perCase(e.id, "yes", "yes", "yes") : e
          );
          return score(improved).total >= before;
        }
      )
    );
  });
});
