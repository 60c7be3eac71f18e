/** @jest-environment jsdom */
/**
 * The Submit view when finalize refuses (core/workbook/finalizeGate.ts): the refusal in the checklist's words with
 * every Met? cell and a "Go to", nothing shown as finalized, and an explicit "Finalize anyway" that forces it.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SubmitView } from "../../../src/taskpane/views/SubmitView";
import { allMetAnswers, createFakePort, SHEET } from "./fakePort";

jest.setTimeout(20000);

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, configurable: true });

test("a refused finalize lists the Met? cells with Go to, and Finalize anyway forces it", async () => {
  const port = createFakePort({
    answers: allMetAnswers(),
    refuseFinalize: {
      summary:
        "The native formulas would disagree with this check on 1 Met? cell, so the finalized workbook would show another score than the one checked.",
      disagreements: [
        {
          checklist: "msp",
          control: "1.2",
          field: "met",
          severity: "error",
          rule: "formula.cannot-agree",
          message: `'${SHEET}'!E12: "Yes\\u2003" counts as Yes here, but Excel and LibreOffice formulas cannot read it the same way. Type Yes instead.`,
          sheet: SHEET,
          cell: "E12",
        },
      ],
    },
  });
  const errors: unknown[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <SubmitView assessment={port} reportError={(e) => errors.push(e)} />
    </FluentProvider>
  );
  fireEvent.click(screen.getByRole("button", { name: "Finalize" }));
  await screen.findByText("Not finalized");
  expect(port.finalized).toBe(0);
  expect(screen.queryByText(/^Finalized:/)).toBeNull();
  expect(errors).toEqual([]);
  const cells = screen.getByRole("list", { name: "Met? cells the formulas would read otherwise" });
  expect(within(cells).getByText(/counts as Yes here/).textContent).toContain(`'${SHEET}'!E12`);
  fireEvent.click(within(cells).getByRole("button", { name: `Go to ${SHEET}!E12 (1.2)` }));
  await waitFor(() => expect(port.wentTo).toEqual([{ sheet: SHEET, cell: "E12" }]));

  fireEvent.click(screen.getByRole("button", { name: "Finalize anyway" }));
  await waitFor(() => expect(port.finalized).toBe(1));
  expect(port.finalizeCalls).toEqual([{}, { force: true }]);
  expect((await screen.findByText(/^Finalized:/)).textContent).toContain("formulas made native");
  expect(screen.queryByText("Not finalized")).toBeNull();
});
