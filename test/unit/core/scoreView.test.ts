import { assess } from "../../../src/core/assess";
import { Scope } from "../../../src/core/model";
import { scoreView } from "../../../src/core/scoreView";
import { allYes, miniAto, miniMsp, once } from "./engine/fixtures";

const TODAY = "2025-11-01";
const view = (entries: Parameters<typeof assess>[2]) =>
  scoreView(assess(miniMsp, Scope.parse({ checklist: "msp" }), entries, { today: TODAY }));
const allYesBut = (changes: Record<string, "no" | "blank">) =>
  allYes(miniMsp, 3).flatMap((e) => {
    const change = changes[e.id];
    if (change === undefined) return [e];
    return change === "blank" ? [] : [once(e.id, change)];
  });

describe("scoreView: the MSP score as people read it", () => {
  test("a blank assessment is open, not -450 and failed: every control open, 1000 reachable", () => {
    const v = view([])!;
    expect(v.current).toBe(0);
    expect(v.bestReachable).toBe(1000);
    expect(v.verdict).toBe("open");
    expect(v.open).toEqual(["1.1", "1.2", "1.3", "5.1", "5.2", "6.1", "6.2"]);
    expect(v.mandatoryOpen).toEqual(["1.1", "5.2"]);
    expect(v.mandatoryFailed).toEqual([]);
  });

  test("everything met passes", () => {
    const v = view(allYes(miniMsp, 3))!;
    expect(v).toMatchObject({ current: 1000, bestReachable: 1000, verdict: "pass", open: [] });
  });

  test("a mandatory item answered No decides a fail while others are still open", () => {
    const v = view([once("1.1", "no")])!;
    expect(v.verdict).toBe("fail");
    expect(v.mandatoryFailed).toEqual(["1.1"]);
    expect(v.mandatoryOpen).toEqual(["5.2"]);
    expect(v.current).toBe(-200);
    expect(v.reason).toContain("1.1");
  });

  test("one open control worth 300 leaves it open: 700 now, 1000 reachable", () => {
    const v = view(allYesBut({ "1.2": "blank" }))!;
    expect(v.current).toBe(700);
    expect(v.bestReachable).toBe(1000);
    expect(v.open).toEqual(["1.2"]);
    expect(v.verdict).toBe("open");
  });

  test("an open control whose answer cannot change the outcome: passed already", () => {
    const v = view(allYesBut({ "6.2": "blank" }))!;
    expect(v.current).toBe(900);
    expect(v.verdict).toBe("pass");
  });

  test("a mandatory item still open keeps the verdict open even above the pass mark", () => {
    const v = view(allYesBut({ "5.2": "blank" }))!;
    expect(v.current).toBe(1000);
    expect(v.mandatoryOpen).toEqual(["5.2"]);
    expect(v.verdict).toBe("open");
  });

  test("when the open controls cannot reach the pass mark any more, it is a fail", () => {
    const v = view([once("1.2", "no"), once("5.1", "no")])!;
    expect(v.bestReachable).toBe(450);
    expect(v.verdict).toBe("fail");
  });

  test("checklists without a score have no score view", () => {
    expect(
      scoreView(assess(miniAto, Scope.parse({ checklist: "ato" }), [], { today: TODAY }))
    ).toBeNull();
  });
});
