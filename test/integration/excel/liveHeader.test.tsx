/** @jest-environment jsdom */
/**
 * The live header reads the pipeline's readiness: a workbook whose every control is answered but one of whose sheets
 * cannot be read is "Not ready", as MSP.STATUS() and the pipeline say; with that sheet gone it is "Ready to submit".
 */
import { deserialize, serialize } from "node:v8";
import { render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { evaluateWorkbook } from "../../../src/core/pipeline/evaluate";
import { createAssessmentPort } from "../../../src/excel/assessmentPort";
import { createAssessmentStore } from "../../../src/excel/assessmentStore";
import { statusOf } from "../../../src/functions/compute";
import { LiveState } from "../../../src/taskpane/components/LiveState";
import { CATALOG_MINI } from "../../unit/core/workbook/fixtures";
import { answeredFtrWithUnreadableSheet, gridOf, TODAY } from "./portHelpers";

jest.setTimeout(20000);

// jsdom's window has no structuredClone (the fake host uses it); node's v8 serializer is the same algorithm.
if (typeof globalThis.structuredClone !== "function")
  Object.defineProperty(globalThis, "structuredClone", {
    value: <T,>(value: T): T => deserialize(serialize(value)) as T,
    configurable: true,
  });

it("shows Not ready while a workbook-reading error stands, and Ready to submit once it is gone", async () => {
  const fake = await answeredFtrWithUnreadableSheet();
  const store = createAssessmentStore({
    excel: fake.Excel,
    catalog: CATALOG_MINI,
    today: () => TODAY,
    locale: () => null,
    debounceMs: 5,
  });
  const port = createAssessmentPort(fake.Excel, store, {
    catalog: CATALOG_MINI,
    today: () => TODAY,
    locale: () => null,
  });
  try {
    const snapshot = await store.refresh();
    expect(snapshot.assessment?.unanswered).toEqual([]);
    const pipeline = evaluateWorkbook(gridOf(fake.host), CATALOG_MINI, { today: TODAY });
    expect(pipeline.ok && pipeline.check.readiness.ready).toBe(false);
    // FTR 2021_q4_v1 was published more than a year before the assessment day: the one warning says so.
    expect(snapshot.workbookFindings).toContainEqual(
      expect.objectContaining({ rule: "version.lapsed", severity: "warning" })
    );
    expect(statusOf(snapshot)).toEqual({ ok: true, value: "1 error, 1 warning" });

    render(
      <FluentProvider theme={webLightTheme}>
        <LiveState assessment={port} />
      </FluentProvider>
    );
    const header = await screen.findByRole("region", { name: "Assessment status" });
    expect(within(header).getByText("Not ready")).toBeTruthy();
    expect(header.textContent).toContain("1 error");

    // Emptying the headerless sheet removes the error: all three agree it is ready now.
    await fake.host.userEdit("Scratch", "A1:A3", [[""], [""], [""]]);
    const after = await store.refresh({ rediscover: true });
    expect(after.readiness?.ready).toBe(true);
    expect(statusOf(after)).toEqual({ ok: true, value: "Ready, 1 warning" });
    await waitFor(() => expect(within(header).getByText("Ready to submit")).toBeTruthy());
  } finally {
    await store.dispose();
  }
});
