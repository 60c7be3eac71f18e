import type { DateRule } from "../../../src/checklists/schema";
import type { Met } from "../../../src/core/model";
import { isStrictLimit, valueMaxDuration } from "../../../src/core/rules/valueMaxDuration";
import { context, entry, run } from "./rulesFixtures";

const RTO_AT_MOST_4: DateRule = {
  kind: "max-duration",
  subject: "RTO",
  hours: 4,
  source: "RTO of 4 hours or less",
};
const RTO_UNDER_24: DateRule = {
  kind: "max-duration",
  subject: "RTO",
  hours: 24,
  source: "The baseline requirement is for the RTO to be less than 24 hours for core services.",
};
const RPO_AT_MOST_1: DateRule = {
  kind: "max-duration",
  subject: "RPO",
  hours: 1,
  source: "RPO of at most 1 hour",
};

describe("value.max-duration", () => {
  it.each([
    // [rule, response, met, expected severities]
    [RTO_AT_MOST_4, "4 hours", "yes", []],
    [RTO_AT_MOST_4, "30 min", "yes", []],
    [RTO_AT_MOST_4, "PT4H", "yes", []],
    [RTO_AT_MOST_4, "5 hours", "yes", ["error"]],
    [RTO_AT_MOST_4, "1 day", "yes", ["error"]],
    [RTO_AT_MOST_4, "2-6 hours", "yes", ["error"]],
    [RTO_AT_MOST_4, "4 hours 1 minute", "yes", ["error"]],
    [RTO_AT_MOST_4, "4", "yes", ["warning"]],
    [RTO_AT_MOST_4, "as fast as possible", "yes", ["warning"]],
    [RTO_AT_MOST_4, "", "yes", []],
    [RTO_AT_MOST_4, "1 day", "blank", ["error"]],
    [RTO_AT_MOST_4, "1 day", "no", []],
    [RTO_AT_MOST_4, "1 day", "na", []],
    [RTO_UNDER_24, "23 hours", "yes", []],
    [RTO_UNDER_24, "24h", "yes", ["error"]], // "less than 24 hours": exactly 24 is not met
    [RTO_UNDER_24, "1 day", "yes", ["error"]],
    [RTO_UNDER_24, "12 hours", "blank", []],
  ])("%#: %j %j met=%s -> %j", (rule, response, met, expected) => {
    const c = context({ response: "value", responseLabel: rule.subject, rules: [rule] });
    const findings = run(valueMaxDuration, c, entry([{ met: met as Met, response }]));
    expect(findings.map((f) => f.severity)).toEqual(expected);
    findings.forEach((f) =>
      expect(f).toMatchObject({ rule: "value.max-duration", field: "response" })
    );
  });

  it("checks RPO and RTO in one response against their own limits", () => {
    const c = context({ response: "value", rules: [RPO_AT_MOST_1, RTO_AT_MOST_4] });
    expect(run(valueMaxDuration, c, entry([{ response: "RPO 30 minutes, RTO 4 hours" }]))).toEqual(
      []
    );
    const findings = run(valueMaxDuration, c, entry([{ response: "RPO 2 hours, RTO 4 hours" }]));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^RPO /);
  });

  it("messages quote the response and state the limit", () => {
    const c = context({ response: "value", rules: [RTO_UNDER_24] });
    const [over] = run(valueMaxDuration, c, entry([{ response: "2 days" }]));
    expect(over.message).toBe(
      'RTO "2 days" is 2 days; the checklist says it must be less than 24 hours. Lower the RTO or explain how the requirement is met.'
    );
    const [unreadable] = run(valueMaxDuration, c, entry([{ response: "quick" }]));
    expect(unreadable.message).toContain('"quick" could not be read as a duration');
    expect(unreadable.message).toContain("24 hours");
  });

  it("ignores controls without a max-duration rule", () => {
    expect(run(valueMaxDuration, context(), entry([{ response: "1 year" }]))).toEqual([]);
  });

  it.each([
    ["RTO less than 24 hours", true],
    ["under 4 hours", true],
    ["RTO < 4h", true],
    ["4 hours or less", false],
    ["at most 1 hour", false],
  ])("isStrictLimit(%j) = %s", (source, strict) => {
    expect(isStrictLimit({ kind: "max-duration", subject: "RTO", hours: 4, source })).toBe(strict);
  });
});
