/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/App";
import type { AssessmentPort } from "../../../src/excel/port";
import { VIEWS } from "../../../src/taskpane/views";
import { preloadStartDetails } from "../../../src/taskpane/views/StartView";
import { createFakePort } from "./fakePort";

function renderApp(assessment: AssessmentPort): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <App assessment={assessment} />
    </FluentProvider>
  );
}

// Rendering Fluent in jsdom is slow on a busy machine (as in views.test.tsx).
jest.setTimeout(20000);

describe("task pane shell", () => {
  // Every view but Start's shell is a lazy chunk: wait for those loads, so a tab renders its view at once.
  beforeAll(() => Promise.all([preloadStartDetails(), ...VIEWS.map((view) => view.preload?.())]));

  it("shows one tab per registered view and the Start view first", async () => {
    renderApp(createFakePort());
    const names = [
      "Start",
      "Scope",
      "Form",
      "Findings",
      "Review",
      "Submit",
      "Compare",
      "Last cycle",
    ];
    const tabs = screen.getAllByRole("tab");
    // Fluent renders each label twice (a hidden bold copy reserves width), so compare by accessible name.
    expect(tabs).toEqual(names.map((name) => screen.getByRole("tab", { name })));
    expect(tabs[0]?.getAttribute("aria-selected")).toBe("true");
    expect((await screen.findByRole("region", { name: "Start" })).textContent).toContain(
      "Recognised workbook"
    );
  });

  it("keeps the live state header on every view", async () => {
    renderApp(createFakePort());
    for (const name of ["Scope", "Form", "Findings", "Submit"]) {
      fireEvent.click(screen.getByRole("tab", { name }));
      expect(await screen.findByRole("region", { name })).toBeTruthy();
      expect(screen.getByRole("region", { name: "Assessment status" }).textContent).toContain(
        "/ 1000"
      );
    }
  });

  it("shows a port rejection in the MessageBar instead of swallowing it", async () => {
    const port = createFakePort();
    port.readReview = () => Promise.reject(new Error("The workbook is busy"));
    renderApp(port);
    fireEvent.click(screen.getByRole("tab", { name: "Review" }));
    expect(await screen.findByText("The workbook is busy")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    });
    expect(screen.queryByText("The workbook is busy")).toBeNull();
  });
});
