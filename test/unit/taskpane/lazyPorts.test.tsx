/** @jest-environment jsdom */
/**
 * The pane's header subscribes before the runtime chunk has loaded (lazyPorts.ts). When the loaded store already
 * holds its snapshot and publishes nothing more, the header must still leave "Reading the workbook…": the e2e
 * walk-through through the harness's sample chooser hung on exactly this after a reload.
 */
import { render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LiveState } from "../../../src/taskpane/components/LiveState";
import { lazyAssessmentPort } from "../../../src/taskpane/lazyPorts";
import type { AssessmentSnapshot } from "../../../src/excel/assessmentStore";
import { createFakePort } from "./fakePort";

jest.setTimeout(20000);

describe("the lazily loaded assessment port", () => {
  it("an early listener reads the loaded port's snapshot when told of the load", async () => {
    const loaded = createFakePort();
    const port = lazyAssessmentPort(() => Promise.resolve(loaded));
    const heard: AssessmentSnapshot["state"][] = [];
    let told!: () => void;
    const toldOnce = new Promise<void>((resolve) => (told = resolve));
    port.subscribe(() => {
      // What useSyncExternalStore does on a notification: read getSnapshot(), not the argument.
      heard.push(port.getSnapshot().state);
      told();
    });
    expect(port.getSnapshot().state).toBe("loading");
    await toldOnce;
    expect(heard[0]).toBe("ready");
    expect(port.getSnapshot()).toBe(loaded.getSnapshot());
  });

  it("the header leaves 'Reading the workbook…' when the store published before the port settled", async () => {
    const loaded = createFakePort();
    render(
      <FluentProvider theme={webLightTheme}>
        <LiveState assessment={lazyAssessmentPort(() => Promise.resolve(loaded))} />
      </FluentProvider>
    );
    const status = () => screen.getByRole("region", { name: "Assessment status" }).textContent;
    expect(status()).toContain("Reading the workbook…");
    await waitFor(() => expect(status()).not.toContain("Reading the workbook…"));
    expect(status()).toMatch(/1000/);
  });
});
