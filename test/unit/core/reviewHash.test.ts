import fc from "fast-check";
import { ControlAnswer, type AnswerEntry } from "../../../src/core/model";
import { canonicalJson, fnv1a64, reviewHash } from "../../../src/core/reviewHash";

const entry = (id: string, answer: Partial<ControlAnswer>): AnswerEntry => ({
  part: "requirements",
  id,
  answers: [ControlAnswer.parse(answer)],
});

describe("reviewHash", () => {
  it("matches the published FNV-1a 64 test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("hashes the UTF-8 bytes, as TextEncoder gives them", () => {
    for (const text of ["é", "✓ 対応", "😀", "a\u0000b"]) {
      const bytes = [...new TextEncoder().encode(text)];
      let h = 0xcbf29ce484222325n;
      for (const b of bytes) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
      expect(fnv1a64(text)).toBe(h.toString(16).padStart(16, "0"));
    }
  });

  it("gives the digits of the BigInt definition on any text, lone surrogates included", () => {
    const reference = (text: string): string => {
      let h = 0xcbf29ce484222325n;
      for (const b of new TextEncoder().encode(text))
        h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
      return h.toString(16).padStart(16, "0");
    };
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string()),
        (text) => fnv1a64(text) === reference(text)
      ),
      { numRuns: 500, seed: 14 }
    );
    // Recorded by the BigInt implementation before it was replaced: stamps already in workbooks still compare.
    expect(fnv1a64("lone \ud800 x \udc00 y 😀")).toBe("fd3b93647a45edef");
    expect(fnv1a64("\u0000\u007f\u0080\u07ff\u0800\uffff")).toBe("06004c79dd61a783");
  });

  it("writes canonical JSON with sorted keys", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "x"] })).toBe('{"a":[true,null,"x"],"b":1}');
  });

  const controls = [
    { key: "requirements/1.2", met: "yes" as const },
    { key: "requirements/1.1", met: "no" as const },
  ];

  it("is stable: the order of controls and entries does not matter", () => {
    const entries = [entry("1.1", { response: "x" }), entry("1.2", { links: ["https://a.com"] })];
    expect(reviewHash(controls, entries)).toBe(
      reviewHash([...controls].reverse(), [...entries].reverse())
    );
    expect(reviewHash(controls, entries)).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  it("changes when a Met value, a response, a link or a date changes", () => {
    const base = reviewHash(controls, [entry("1.1", { response: "x", dates: ["2025-01-01"] })]);
    expect(
      reviewHash(
        [{ ...controls[0], met: "no" }, controls[1]],
        [entry("1.1", { response: "x", dates: ["2025-01-01"] })]
      )
    ).not.toBe(base);
    expect(reviewHash(controls, [entry("1.1", { response: "y", dates: ["2025-01-01"] })])).not.toBe(
      base
    );
    expect(reviewHash(controls, [entry("1.1", { response: "x", dates: ["2025-01-02"] })])).not.toBe(
      base
    );
    expect(
      reviewHash(controls, [
        entry("1.1", { response: "x", dates: ["2025-01-01"], links: ["https://b.com"] }),
      ])
    ).not.toBe(base);
  });

  it("ignores reviewer comments and surrounding whitespace", () => {
    const a = reviewHash(controls, [entry("1.1", { response: "x" })]);
    expect(reviewHash(controls, [entry("1.1", { response: " x ", reviewerComment: "ok" })])).toBe(
      a
    );
  });

  it("hashes Date cells by their instant", () => {
    const d = (v: Date) => reviewHash(controls, [entry("1.1", { dates: [v] })]);
    expect(d(new Date("2025-01-01T00:00:00Z"))).toBe(d(new Date(Date.UTC(2025, 0, 1))));
    expect(d(new Date("2025-01-01T00:00:00Z"))).not.toBe(d(new Date("2025-01-02T00:00:00Z")));
  });
});
