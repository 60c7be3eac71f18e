import { applicability } from "../../../../src/core/applicability";
import { assess } from "../../../../src/core/assess";
import { Scope } from "../../../../src/core/model";
import { miniAto, miniMsp, once } from "./fixtures";

const ato = (input: Partial<Scope> = {}) => Scope.parse({ checklist: "ato", ...input });
const states = (scope: Scope) =>
  Object.fromEntries(applicability(miniAto, scope).map((s) => [s.control.id, s.state]));

describe("applicability", () => {
  test("with no delivery category every categorised control is shown", () => {
    expect(states(ato())).toMatchObject({ "1.1": "applies", "1.2": "applies" });
  });

  test.each([
    ["multi-tenant-saas", "applies"],
    ["customer-deployed", "excluded"],
    ["managed-service", "excluded"],
  ] as const)("category %s: SaaS-only control %s", (category, expected) => {
    expect(states(ato({ deliveryCategory: category }))["1.2"]).toBe(expected);
  });

  test("every excluded control says why, in words", () => {
    const scope = ato({
      deliveryCategory: "customer-deployed",
      dcxSegment: "marketing-automation",
    });
    const hidden = applicability(miniAto, scope).filter((s) => s.state !== "applies");
    expect(hidden.map((s) => [s.control.id, s.reasonKind])).toEqual([
      ["1.2", "category"],
      ["1.3", "condition"],
      ["1.4", "automated-scan"],
      ["1.5", "segment"],
    ]);
    expect(hidden[0].reason).toBe(
      "Not asked for Customer-Deployed solutions: this control applies to Multi-tenant SaaS, Single-tenant SaaS only."
    );
    expect(hidden[1].reason).toContain("if you handle PHI");
    expect(hidden[2].reason).toContain("CIS 1.1");
    for (const s of hidden) expect(s.reason).toMatch(/\.$/);
  });

  test("conditions and the automated scan follow the scope", () => {
    expect(states(ato({ phi: true, automatedScanShown: true }))).toMatchObject({
      "1.3": "applies",
      "1.4": "applies",
    });
  });

  test("a DCX optional feature applies but does not block readiness", () => {
    const scope = ato({ dcxSegment: "digital-commerce", phi: true, automatedScanShown: true });
    const status = applicability(miniAto, scope).find((s) => s.control.id === "1.5")!;
    expect(status).toMatchObject({ state: "applies", optional: true });
    const result = assess(miniAto, scope, [], { today: "2025-01-01" });
    expect(result.unanswered).not.toContain("1.5");
    expect(result.unanswered).toContain("1.1");
  });

  test("MSP waiver and renewal mark controls granted with a reason", () => {
    const scope = Scope.parse({ checklist: "msp", reseller: false, renewal: true });
    const byId = Object.fromEntries(
      applicability(miniMsp, scope)
        .filter((s) => s.part === "requirements")
        .map((s) => [s.control.id, s])
    );
    expect(byId["5.1"]).toMatchObject({ state: "granted", reasonKind: "non-reseller" });
    expect(byId["1.2"]).toMatchObject({ state: "granted", reasonKind: "renewal" });
    expect(byId["1.1"]).toMatchObject({ state: "applies" });
  });

  test("an answer to a control that is not asked is reported as info, not counted", () => {
    const scope = ato({ deliveryCategory: "customer-deployed" });
    const result = assess(miniAto, scope, [once("1.2", "yes")], { today: "2025-01-01" });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ control: "1.2", rule: "answer.not-asked", severity: "info" })
    );
    expect(result.overall.met).toBe(0);
  });
});

describe("roll-ups and readiness", () => {
  test("section and overall counts", () => {
    const scope = ato({ deliveryCategory: "multi-tenant-saas" });
    const result = assess(
      miniAto,
      scope,
      [once("1.1", "yes"), once("1.2", "no"), once("1.6", "na", { naReason: "No DR" })],
      { today: "2025-01-01" }
    );
    expect(result.overall).toEqual({
      applicable: 4,
      answered: 3,
      met: 1,
      notMet: 1,
      na: 1,
      notAsked: 2,
    });
    expect(result.sections[0]).toMatchObject({ id: "1.0", applicable: 4, answered: 3 });
    expect(result.ready).toBe(false);
    expect(result.unanswered).toEqual(["1.5"]);
  });

  test("ready when everything applicable is answered and nothing is an error", () => {
    const scope = ato({ deliveryCategory: "customer-deployed" });
    const entries = [
      once("1.1", "yes"),
      once("1.5", "no"),
      once("1.6", "yes", { response: "4 hours" }),
    ];
    expect(assess(miniAto, scope, entries, { today: "2025-01-01" }).ready).toBe(true);
  });

  test("N/A without a reason is a warning; a value control answered Yes without its value is a warning", () => {
    const scope = ato({ deliveryCategory: "customer-deployed" });
    const result = assess(miniAto, scope, [once("1.6", "na")], { today: "2025-01-01" });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: "met.na-reason-missing", severity: "warning" })
    );
    const yes = assess(miniAto, scope, [once("1.6", "yes")], { today: "2025-01-01" });
    expect(yes.findings).toContainEqual(
      expect.objectContaining({ rule: "response.missing", field: "response" })
    );
  });

  test("findings carry the answer's sheet and cell", () => {
    const scope = ato({ deliveryCategory: "customer-deployed" });
    const entry = {
      ...once("1.6", "na"),
      cells: [{ naReason: { sheet: "Technical", cell: "E12" } }],
    };
    const result = assess(miniAto, scope, [entry], { today: "2025-01-01" });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ sheet: "Technical", cell: "E12", rule: "met.na-reason-missing" })
    );
  });

  test("the planned submission date, when set, is the date rules are measured against", () => {
    expect(
      assess(miniAto, ato({ plannedSubmissionDate: "2026-03-01" }), [], { today: "2025-01-01" })
        .asOf
    ).toBe("2026-03-01");
    expect(assess(miniAto, ato(), [], { today: "2025-01-01" }).asOf).toBe("2025-01-01");
  });
});
