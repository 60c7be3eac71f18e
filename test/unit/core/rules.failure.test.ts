/**
 * A bug in a rule is not silence: the exception leaves the rule (so the "never throws" property tests fail on it),
 * and the engine turns it into an engine.rule-failed finding naming the rule and the control.
 */
import { assess } from "../../../src/core/assess";
import { evidenceRule } from "../../../src/core/rules/support";
import { miniMsp, once } from "./engine/fixtures";
import { context } from "./rulesFixtures";

jest.mock("../../../src/core/links/parseLink", () => {
  const actual = jest.requireActual("../../../src/core/links/parseLink");
  return {
    ...actual,
    parseLink: (input: unknown) => {
      if (input === "https://boom.test/x") throw new Error("parser bug");
      return actual.parseLink(input);
    },
  };
});

test("an exception in an evidence rule propagates out of the rule", () => {
  const rule = evidenceRule("explodes", () => {
    throw new Error("rule bug");
  });
  expect(rule.name).toBe("explodes");
  expect(() => rule(context(), { part: "requirements", id: "1.1", answers: [] })).toThrow(
    "rule bug"
  );
});

test("a rule that throws becomes an engine.rule-failed finding naming the rule and the control", () => {
  const id = miniMsp.sections.find((s) => s.part === "requirements")!.controls[0].id;
  const result = assess(
    miniMsp,
    { checklist: "msp" } as never,
    [once(id, "yes", { links: ["https://boom.test/x"], response: "Done." })],
    { today: "2025-01-01" }
  );
  const failed = result.findings.filter((f) => f.rule === "engine.rule-failed");
  expect(failed.length).toBeGreaterThan(0);
  for (const f of failed) {
    expect(f.control).toBe(id);
    expect(f.severity).toBe("error");
    expect(f.message).toContain(id);
    expect(f.message).toContain("parser bug");
  }
  // Every rule that parses links through parseLink fails, and each one names itself.
  expect(failed.map((f) => /rule (\w+)/.exec(f.message)?.[1])).toEqual([
    "linkScheme",
    "linkMalformed",
    "linkPlaceholder",
    "linkPrivateHost",
    "linkLoginRequired",
  ]);
  expect(result.ready).toBe(false);
});
