import {
  createAnswerQueue,
  shownValue,
  WRITE_DEBOUNCE_MS,
} from "../../../src/taskpane/answerQueue";
import type { AnswerWrite, WriteConflict, WriteResult } from "../../../src/excel/port";

interface Call {
  writes: AnswerWrite[];
  overwrite: boolean;
}

/** A port whose writes are recorded; `conflicts` are reported (and not written) unless overwriting. */
function fakePort(
  options: { conflicts?: WriteConflict[]; unmapped?: AnswerWrite[]; fail?: Error } = {}
) {
  const calls: Call[] = [];
  let undos = 0;
  const port = {
    writeAnswers(
      writes: readonly AnswerWrite[],
      opts?: { overwrite?: boolean }
    ): Promise<WriteResult> {
      calls.push({ writes: [...writes], overwrite: opts?.overwrite === true });
      if (options.fail) return Promise.reject(options.fail);
      const conflicts = opts?.overwrite ? [] : (options.conflicts ?? []);
      return Promise.resolve({
        written: writes.length - conflicts.length,
        conflicts,
        unmapped: options.unmapped ?? [],
      });
    },
    undoLastWrite(): Promise<WriteResult> {
      undos++;
      return Promise.resolve({ written: 0, conflicts: [], unmapped: [] });
    },
  };
  return { port, calls, undos: () => undos };
}

function queueOver(port: ReturnType<typeof fakePort>["port"], revision = { now: 1 }) {
  const errors: unknown[] = [];
  const queue = createAnswerQueue({
    port,
    reportError: (e) => errors.push(e),
    revision: () => revision.now,
  });
  return { queue, errors, revision };
}

const KEY = "requirements/1.1";

describe("answer write queue", () => {
  afterEach(() => jest.useRealTimers());

  it("merges edits per cell during the pause and sends them in one write", async () => {
    jest.useFakeTimers();
    const { port, calls } = fakePort();
    const { queue } = queueOver(port);
    queue.set(KEY, 1, "response", "draft 1");
    queue.set(KEY, 1, "response", "draft 2");
    queue.set(KEY, 1, "links", "https://a.example");
    await jest.advanceTimersByTimeAsync(WRITE_DEBOUNCE_MS - 1);
    expect(calls).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    await queue.flush();
    expect(calls).toEqual([
      {
        writes: [
          { key: KEY, caseStudy: 1, field: "response", value: "draft 2" },
          { key: KEY, caseStudy: 1, field: "links", value: "https://a.example" },
        ],
        overwrite: false,
      },
    ]);
    expect(queue.getState().inFlight).toBe(0);
    expect(queue.getState().lastWrite).toHaveLength(2);
  });

  it("writes at once with `immediate`, one write after another", async () => {
    const { port, calls } = fakePort();
    const { queue } = queueOver(port);
    queue.set(KEY, 1, "met", "Yes", true);
    queue.set(KEY, 2, "met", "No", true);
    await queue.flush();
    expect(calls.map((c) => c.writes.map((w) => w.value))).toEqual([["Yes"], ["No"]]);
  });

  it("shows the draft until a later snapshot holds the written value", async () => {
    const { port } = fakePort();
    const { queue, revision } = queueOver(port, { now: 5 });
    queue.set(KEY, 1, "response", "typed", true);
    const draft = () => queue.getState().drafts.get(`${KEY}|1|response`);
    expect(shownValue(draft(), 5, "old")).toBe("typed");
    await queue.flush();
    expect(draft()).toEqual({ value: "typed", pending: false, writtenAt: 5 });
    // Same revision: the sheet's "old" is from before the write.
    expect(shownValue(draft(), 5, "old")).toBe("typed");
    revision.now = 6;
    expect(shownValue(draft(), 6, "changed in the sheet")).toBe("changed in the sheet");
    expect(shownValue(draft(), 6, null)).toBe("typed");
    expect(shownValue(undefined, 6, null)).toBe("");
  });

  it("reports conflicts; overwrite sends them again with overwrite", async () => {
    const conflict = { sheet: "MSP", cell: "C9", current: "typed", proposed: "Yes" };
    const { port, calls } = fakePort({ conflicts: [conflict] });
    const { queue } = queueOver(port);
    queue.set(KEY, 1, "met", "Yes", true);
    await queue.flush();
    expect(queue.getState().conflict?.conflicts).toEqual([conflict]);
    queue.overwrite();
    expect(queue.getState().conflict).toBeNull();
    await queue.flush();
    expect(calls.map((c) => c.overwrite)).toEqual([false, true]);
    expect(calls[1].writes).toEqual(calls[0].writes);
  });

  it("keep leaves the conflicting cells alone and shows the sheet's values again", async () => {
    const conflict = { sheet: "MSP", cell: "C9", current: "typed", proposed: "Yes" };
    const { port, calls } = fakePort({ conflicts: [conflict] });
    const { queue } = queueOver(port);
    queue.set(KEY, 1, "met", "Yes", true);
    await queue.flush();
    queue.keep();
    expect(queue.getState().conflict).toBeNull();
    expect(queue.getState().drafts.size).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it("undo waits for the writes under way before putting the cells back", async () => {
    const { port, calls, undos } = fakePort();
    const order: string[] = [];
    const write = port.writeAnswers.bind(port);
    port.writeAnswers = async (writes, opts) => {
      await Promise.resolve();
      order.push("write done");
      return write(writes, opts);
    };
    const undo = port.undoLastWrite.bind(port);
    port.undoLastWrite = () => {
      order.push("undo");
      return undo();
    };
    const { queue } = queueOver(port);
    queue.set(KEY, 1, "response", "x", true);
    await queue.undo();
    expect(order).toEqual(["write done", "undo"]);
    expect([calls.length, undos()]).toEqual([1, 1]);
  });

  it("undo puts the last write back and drops its drafts", async () => {
    const { port, undos } = fakePort();
    const { queue } = queueOver(port);
    queue.set(KEY, 1, "response", "x", true);
    await queue.flush();
    expect(queue.getState().lastWrite).not.toBeNull();
    await queue.undo();
    expect(undos()).toBe(1);
    expect(queue.getState().lastWrite).toBeNull();
    expect(queue.getState().drafts.size).toBe(0);
  });

  it("keeps notices about unmapped fields until dismissed", async () => {
    const unmapped = [{ key: KEY, caseStudy: 1, field: "dates" as const, value: "2025-01-01" }];
    const { port } = fakePort({ unmapped });
    const { queue } = queueOver(port);
    queue.set(KEY, 1, "dates", "2025-01-01", true);
    await queue.flush();
    expect(queue.getState().unmapped).toEqual(unmapped);
    queue.dismissUnmapped();
    expect(queue.getState().unmapped).toEqual([]);
  });

  it("reports a failed write, keeps the draft and ends the saving state", async () => {
    const { port } = fakePort({ fail: new Error("The workbook is busy") });
    const { queue, errors } = queueOver(port);
    const seen: number[] = [];
    queue.subscribe(() => seen.push(queue.getState().inFlight));
    queue.set(KEY, 1, "met", "No", true);
    await queue.flush();
    expect(errors).toEqual([new Error("The workbook is busy")]);
    expect(seen).toContain(1);
    expect(queue.getState().inFlight).toBe(0);
    expect(queue.getState().drafts.get(`${KEY}|1|met`)?.value).toBe("No");
  });
});
