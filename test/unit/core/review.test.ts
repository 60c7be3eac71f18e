import {
  approvalConcerns,
  approvalOverride,
  answersHashOf,
  canMove,
  emptyReview,
  isStale,
  moveReview,
  REVIEW_STATES,
  type Review,
  type ReviewState,
} from "../../../src/core/review";
import { reviewHash } from "../../../src/core/reviewHash";
import { readReviewRows, reviewLine, reviewRows } from "../../../src/core/workbook/reviewPlan";

const HASH = "fnv1a64:00000000000000aa";
const CHANGED = "fnv1a64:00000000000000bb";

const step = (to: ReviewState, extra: Partial<Parameters<typeof moveReview>[1]> = {}) => ({
  to,
  by: "Ana",
  date: "2025-03-01",
  note: "",
  answersHash: HASH,
  ...extra,
});

const approved = (): Review => moveReview(emptyReview(), step("approved"));

describe("review state machine", () => {
  it("starts as a draft with no approval and no history", () => {
    expect(emptyReview()).toEqual({
      state: "draft",
      reviewer: null,
      approvedOn: null,
      answersHash: null,
      history: [],
    });
  });

  it("offers every state but the current one (approval again only when stale)", () => {
    for (const from of REVIEW_STATES) {
      const review: Review = { ...emptyReview(), state: from, answersHash: HASH };
      for (const to of REVIEW_STATES)
        expect([from, to, canMove(review, to, HASH)]).toEqual([from, to, from !== to]);
    }
    expect(canMove(approved(), "approved", CHANGED)).toBe(true);
  });

  it("draft → ready for review → changes requested → ready for review records each step in the history", () => {
    let r = moveReview(emptyReview(), step("ready-for-review", { note: "  first pass  " }));
    r = moveReview(r, step("changes-requested", { by: "Bo", date: "2025-03-02", note: "4.5" }));
    r = moveReview(r, step("ready-for-review", { date: "2025-03-03" }));
    expect(r.state).toBe("ready-for-review");
    expect(r.reviewer).toBeNull();
    expect(r.approvedOn).toBeNull();
    expect(r.answersHash).toBeNull();
    expect(r.history).toEqual([
      { state: "ready-for-review", by: "Ana", date: "2025-03-01", note: "first pass" },
      { state: "changes-requested", by: "Bo", date: "2025-03-02", note: "4.5" },
      { state: "ready-for-review", by: "Ana", date: "2025-03-03", note: "" },
    ]);
  });

  it("approving records the reviewer, the date and the answers' hash", () => {
    const r = moveReview(
      moveReview(emptyReview(), step("ready-for-review")),
      step("approved", { by: "  Cy ", date: "2025-04-01" })
    );
    expect(r).toMatchObject({
      state: "approved",
      reviewer: "Cy",
      approvedOn: "2025-04-01",
      answersHash: HASH,
    });
    expect(r.history.at(-1)).toEqual({ state: "approved", by: "Cy", date: "2025-04-01", note: "" });
  });

  it("a step from approved to ready for review or changes requested clears the approval", () => {
    for (const to of ["ready-for-review", "changes-requested"] as const) {
      const r = moveReview(approved(), step(to, { date: "2025-03-05" }));
      expect([to, r.state, r.reviewer, r.approvedOn, r.answersHash]).toEqual([
        to,
        to,
        null,
        null,
        null,
      ]);
      expect(r.history).toHaveLength(2);
    }
  });

  it("back to draft from approved clears the approval's date and hash but keeps the reviewer", () => {
    const r = moveReview(approved(), step("draft", { by: "Bo" }));
    expect(r).toMatchObject({
      state: "draft",
      reviewer: "Ana",
      approvedOn: null,
      answersHash: null,
    });
  });

  it("approving a stale approval again records the new hash", () => {
    const r = moveReview(
      approved(),
      step("approved", { answersHash: CHANGED, date: "2025-05-01" })
    );
    expect(r).toMatchObject({ state: "approved", answersHash: CHANGED, approvedOn: "2025-05-01" });
    expect(isStale(r, CHANGED)).toBe(false);
    expect(r.history.map((e) => e.state)).toEqual(["approved", "approved"]);
  });

  it("refuses a step without a name, to the current state, or re-approving a fresh approval", () => {
    expect(() => moveReview(emptyReview(), step("approved", { by: "  " }))).toThrow(
      "Enter your name"
    );
    expect(() => moveReview(emptyReview(), step("draft"))).toThrow("already Draft");
    expect(() => moveReview(approved(), step("approved"))).toThrow("already Approved");
  });

  it("does not change the review it is given", () => {
    const before = approved();
    const copy = JSON.parse(JSON.stringify(before)) as Review;
    moveReview(before, step("changes-requested"));
    expect(before).toEqual(copy);
  });
});

describe("staleness", () => {
  it("an approval is stale exactly when the answers hash differently now", () => {
    expect(isStale(approved(), HASH)).toBe(false);
    expect(isStale(approved(), CHANGED)).toBe(true);
    expect(isStale(approved(), null)).toBe(true);
  });

  it("only an approval with a recorded hash can be stale", () => {
    expect(isStale({ ...approved(), answersHash: null }, CHANGED)).toBe(false);
    for (const state of ["draft", "ready-for-review", "changes-requested"] as const)
      expect(isStale({ ...approved(), state }, CHANGED)).toBe(false);
  });

  it("hashes the assessment's Met values and answers as reviewHash does, so a changed answer makes it stale", () => {
    const controls = [{ key: "requirements/1.1", met: "yes" as const }];
    const hash = answersHashOf({ controls }, []);
    expect(hash).toBe(reviewHash(controls, []));
    const r = moveReview(emptyReview(), step("approved", { answersHash: hash }));
    expect(isStale(r, answersHashOf({ controls }, []))).toBe(false);
    expect(isStale(r, answersHashOf({ controls: [{ ...controls[0], met: "no" }] }, []))).toBe(true);
  });
});

describe("approval over errors (issue 12)", () => {
  it("names what an approval would override: errors, a failing score, unanswered controls", () => {
    expect(approvalConcerns({ errors: [], passes: true, unanswered: [] })).toBeNull();
    expect(approvalConcerns({ errors: [], passes: null, unanswered: [] })).toBeNull();
    expect(
      approvalConcerns({ errors: [1, 2, 3, 4, 5, 6], passes: false, unanswered: ["1.1"] })
    ).toBe("6 blocking errors; the score does not pass; 1 control unanswered");
  });

  it("an overridden approval records the override in its history event; a clean one has none", () => {
    const requested = moveReview(emptyReview(), step("changes-requested"));
    const approved = moveReview(requested, step("approved", { override: "6 blocking errors" }));
    expect(approved.history.at(-1)).toMatchObject({
      state: "approved",
      override: "6 blocking errors",
    });
    expect(approvalOverride(approved)).toBe("6 blocking errors");
    expect(approvalOverride(moveReview(requested, step("approved")))).toBeNull();
    // Leaving the approval leaves no override standing.
    expect(approvalOverride(moveReview(approved, step("changes-requested")))).toBeNull();
  });

  it("an override only goes with an approval", () => {
    const r = moveReview(emptyReview(), step("ready-for-review", { override: "x" }));
    expect(r.history.at(-1)).not.toHaveProperty("override");
  });

  it("the workbook's review rows keep the override, and the Summary line says it without the hash", () => {
    const approved = moveReview(emptyReview(), step("approved", { override: "2 blocking errors" }));
    const rows = reviewRows([], approved);
    expect(readReviewRows(rows)).toEqual(approved);
    const line = reviewLine(approved);
    expect(line).toMatch(/^approved by Ana on 2025-03-01 \(overriding 2 blocking errors\)/);
    expect(line).not.toContain(HASH);
  });
});
