/** @jest-environment jsdom */
/**
 * The live header once stayed on "Reading the workbook…" for good: `lazyAssessmentPort` told its early listeners
 * about the loaded port before `lazy()` had stored it, so getSnapshot() still answered LOADING; React's
 * useSyncExternalStore saw the same object and did not re-render, and a store that already held its first snapshot
 * (read by the custom functions first) never published again. In the harness this happened on most sample
 * openings and on every sample-chooser switch.
 */
import { act, render, screen } from "@testing-library/react";
import * as React from "react";
import { useSnapshot } from "../../../src/taskpane/hooks";
import { lazyAssessmentPort } from "../../../src/taskpane/lazyPorts";
import { createFakePort } from "./fakePort";

function State({ port }: { port: ReturnType<typeof lazyAssessmentPort> }): React.JSX.Element {
  return <p>state: {useSnapshot(port).state}</p>;
}

test("a store that was read before the pane subscribed still reaches the pane (no stuck 'loading')", async () => {
  // The loaded port already has its first snapshot and publishes nothing more (no sheet change).
  const loaded = createFakePort();
  expect(loaded.getSnapshot().state).toBe("ready");
  let resolve!: (p: typeof loaded) => void;
  const port = lazyAssessmentPort(() => new Promise((r) => (resolve = r)));
  render(<State port={port} />);
  expect(screen.getByText("state: loading")).toBeTruthy();
  await act(async () => {
    resolve(loaded);
    await new Promise((r) => setTimeout(r, 50));
  });
  expect(screen.getByText("state: ready")).toBeTruthy();
});

test("an early listener reads the loaded snapshot when it is told the port loaded", async () => {
  const loaded = createFakePort();
  const port = lazyAssessmentPort(() => Promise.resolve(loaded));
  const seen: string[] = [];
  // As useSyncExternalStore does: on notification, read getSnapshot().
  port.subscribe(() => seen.push(port.getSnapshot().state));
  await new Promise((r) => setTimeout(r, 50));
  expect(seen).toContain("ready");
});
