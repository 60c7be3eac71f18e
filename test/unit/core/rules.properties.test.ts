import fc from "fast-check";
import type { DateRule } from "../../../src/checklists/schema";
import { Finding, type AnswerEntry, type CellValue } from "../../../src/core/model";
import { EVIDENCE_RULES, RULE_IDS } from "../../../src/core/rules";
import type { RuleContext } from "../../../src/core/rules/types";
import { context } from "./rulesFixtures";

const dateRule: fc.Arbitrary<DateRule> = fc
  .oneof(
    fc.record({
      kind: fc.constant("max-age" as const),
      subject: fc.constantFrom("Case study entered production", "Most recent review"),
      months: fc.integer({ min: 1, max: 36 }),
      warnAfterMonths: fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
      required: fc.boolean(),
      source: fc.constant("source text"),
    }),
    fc.record({
      kind: fc.constant("min-count" as const),
      subject: fc.constant("DR test completed"),
      count: fc.integer({ min: 1, max: 5 }),
      withinMonths: fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
      source: fc.constantFrom("the last 2 tests", "at least one"),
    }),
    fc.record({
      kind: fc.constant("max-duration" as const),
      subject: fc.constantFrom("RTO", "RPO"),
      hours: fc.double({ min: 0.01, max: 1000, noNaN: true }),
      source: fc.constantFrom("less than 24 hours", "at most 4 hours"),
    })
  )
  .map((r) => JSON.parse(JSON.stringify(r)) as DateRule); // drop undefined optionals

const arbContext: fc.Arbitrary<RuleContext> = fc
  .record({
    rules: fc.array(dateRule, { maxLength: 3 }),
    perCaseStudy: fc.constantFrom(
      null,
      { rollup: "every" as const },
      { rollup: "at-least-one" as const }
    ),
    publicEvidence: fc.boolean(),
    distinctEvidence: fc.boolean(),
    asOf: fc.constantFrom("2025-11-01", "2024-02-29", "not a date", ""),
    date1904: fc.boolean(),
    locale: fc.constantFrom(null, "en-US", "en-GB", "ja-JP", "??"),
  })
  .map(({ asOf, date1904, locale, ...control }) => context(control, { asOf, date1904, locale }));

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.constantFrom("2025-03-04", "03/04/2025", "TBD", "https://a.com", "ongoing", "4 hours"),
  fc.double(),
  fc.integer({ min: 30000, max: 50000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false })
);

const link = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "https://a.com/x",
    "http://a.com/x",
    "https://a.com/x\nhttps://a.com/x",
    "TBD",
    "www.b.com",
    "javascript:alert(1)",
    "http://10.0.0.1",
    "https://x.sharepoint.com/y",
    "https://example.com"
  )
);

/** Shaped like an AnswerEntry, with wrong types sprinkled in (answers files are untrusted). */
const answerish = fc.oneof(
  fc.record(
    {
      met: fc.oneof(fc.constantFrom("yes", "no", "na", "blank"), fc.anything()),
      naReason: fc.string(),
      response: fc.oneof(fc.string(), fc.constantFrom("4 hours", "PT4H", "2 days"), fc.anything()),
      links: fc.oneof(fc.array(link, { maxLength: 4 }), fc.anything()),
      dates: fc.oneof(fc.array(cell, { maxLength: 4 }), fc.anything()),
      reviewerComment: fc.string(),
    },
    { requiredKeys: [] }
  ),
  fc.anything()
);

const cellRef = fc.oneof(fc.record({ sheet: fc.string(), cell: fc.string() }), fc.anything());
const entryish = fc.oneof(
  fc.record({
    part: fc.constantFrom("prerequisites", "requirements"),
    id: fc.string(),
    answers: fc.oneof(fc.array(answerish, { maxLength: 4 }), fc.anything()),
    cells: fc.option(
      fc.oneof(
        fc.array(fc.dictionary(fc.constantFrom("links", "dates", "response"), cellRef), {
          maxLength: 4,
        }),
        fc.anything()
      ),
      { nil: undefined }
    ),
  }),
  fc.anything()
) as fc.Arbitrary<AnswerEntry>;

describe("evidence rules: properties", () => {
  it("never throw on arbitrary AnswerEntry-shaped input, and return valid findings", () => {
    const ids = new Set<string>(Object.values(RULE_IDS));
    fc.assert(
      fc.property(arbContext, entryish, (ctx, e) => {
        for (const rule of EVIDENCE_RULES) {
          const findings = rule(ctx, e);
          expect(Array.isArray(findings)).toBe(true);
          for (const f of findings) {
            expect(Finding.safeParse(f).success).toBe(true);
            expect(ids.has(f.rule)).toBe(true);
            expect(f.message.trim().length).toBeGreaterThan(10);
            if (ctx.control.perCaseStudy === null) expect(f.caseStudy).toBeUndefined();
          }
        }
      }),
      { numRuns: 400 }
    );
  });

  it("never throw on a hostile context", () => {
    const hostile = [
      {} as RuleContext,
      null as unknown as RuleContext,
      { ...context(), control: { ...context().control, rules: null } } as unknown as RuleContext,
      { ...context(), checklist: undefined } as unknown as RuleContext,
    ];
    for (const ctx of hostile) {
      for (const rule of EVIDENCE_RULES) {
        expect(() => rule(ctx, { part: "requirements", id: "1.1", answers: [] })).not.toThrow();
      }
    }
  });
});

describe("EVIDENCE_RULES", () => {
  it("holds the twelve evidence rules", () => {
    expect(EVIDENCE_RULES).toHaveLength(12);
    expect(new Set(EVIDENCE_RULES).size).toBe(12);
    expect(Object.isFrozen(EVIDENCE_RULES)).toBe(true);
  });

  it("a clean, recent answer produces no findings", () => {
    const rules: DateRule[] = [
      {
        kind: "max-age",
        subject: "Case study entered production",
        months: 18,
        required: true,
        source: "s",
      },
    ];
    const ctx = context({
      rules,
      publicEvidence: true,
      distinctEvidence: true,
      perCaseStudy: { rollup: "every" },
    });
    const e: AnswerEntry = {
      part: "requirements",
      id: "1.1",
      answers: [
        {
          met: "yes",
          naReason: "",
          response: "",
          links: ["https://partner.com/cs-1"],
          dates: ["2025-06-01"],
          reviewerComment: "",
        },
        {
          met: "yes",
          naReason: "",
          response: "",
          links: ["https://partner.com/cs-2"],
          dates: [45658],
          reviewerComment: "",
        },
      ],
    };
    expect(EVIDENCE_RULES.flatMap((r) => r(ctx, e))).toEqual([]);
  });

  it("a messy answer is reported by the right rules", () => {
    const rules: DateRule[] = [
      {
        kind: "max-age",
        subject: "Case study entered production",
        months: 18,
        required: true,
        source: "s",
      },
    ];
    const ctx = context({
      rules,
      publicEvidence: true,
      distinctEvidence: true,
      perCaseStudy: { rollup: "every" },
    });
    const e: AnswerEntry = {
      part: "requirements",
      id: "1.1",
      answers: [
        {
          met: "yes",
          naReason: "",
          response: "",
          links: [
            "http://partner.com/cs\nTBD\nwww.partner.com\nhttp://192.168.1.1/x\nhttps://x.sharepoint.com/a",
          ],
          dates: ["2023-01-01", "Q3 2024", "2027-01-01"],
          reviewerComment: "",
        },
        {
          met: "yes",
          naReason: "",
          response: "",
          links: ["https://partner.com/cs"],
          dates: [],
          reviewerComment: "",
        },
      ],
    };
    const found = EVIDENCE_RULES.flatMap((r) => r(ctx, e)).map(
      (f) => `${f.caseStudy}:${f.rule}:${f.severity}`
    );
    expect(found.sort()).toEqual(
      [
        "1:link.scheme:warning",
        "1:link.placeholder:error",
        "1:link.malformed:error",
        "1:link.private-host:error",
        "1:link.login-required:warning",
        "2:link.duplicate:warning",
        "1:date.not-a-date:error",
        "1:date.future:error",
        "2:date.missing:error",
      ].sort()
    );
  });
});
