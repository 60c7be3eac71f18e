/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ComponentType } from "react";
import type { ViewProps } from "../../../src/taskpane/views";
import { CarryForwardView } from "../../../src/taskpane/views/CarryForwardView";
import { CompareView } from "../../../src/taskpane/views/CompareView";
import { createFakePort, type FakePort } from "./fakePort";

// Reading a workbook with ExcelJS and rendering Fluent in jsdom are slow on a busy machine.
jest.setTimeout(30000);

/** Last cycle's workbook: the MSP sample, where 1.1 is Met "Yes" with a response, 1.2 "Yes", 1.4 "No". */
// Last cycle's workbook: the bundled sample as it was before the official-layout change (Met? in column C), so the
// pane also proves it reads an older layout.
const SAMPLE = readFileSync(join(__dirname, "../../fixtures/cycle/msp-last-cycle.xlsx"));

function renderView(View: ComponentType<ViewProps>, port: FakePort): { errors: unknown[] } {
  const errors: unknown[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <View assessment={port} reportError={(e) => errors.push(e)} />
    </FluentProvider>
  );
  return { errors };
}

function pick(label: string): void {
  const input = screen.getByLabelText(label, { selector: "input" });
  const file = new File([new Uint8Array(SAMPLE)], "msp-last-cycle.xlsx");
  fireEvent.change(input, { target: { files: [file] } });
}

describe("Compare with…", () => {
  it("shows a changed answer with the cell in both files and goes to this workbook's cell", async () => {
    const port = createFakePort({
      answers: { "requirements/1.1": { met: "no", response: "Review moved to the CFO." } },
    });
    const { errors } = renderView(CompareView, port);
    pick("Compare with…");
    const answers = await screen.findByRole(
      "list",
      { name: "Answers changed" },
      { timeout: 20000 }
    );
    const met = within(answers)
      .getAllByRole("listitem")
      .find((li) => /1\.1 .*Met\?.*“Yes” → “No”/.test(li.textContent ?? ""));
    expect(met).toBeDefined();
    expect(met?.textContent).toContain("'MSP Checklist'!C5");
    expect(met?.textContent).toContain("Checklist!C11");
    fireEvent.click(
      within(met as HTMLElement).getByRole("button", { name: "Go to Checklist!C11" })
    );
    await waitFor(() => expect(port.wentTo).toEqual([{ sheet: "Checklist", cell: "C11" }]));
    expect(screen.getByRole("heading", { name: /Score and pass/ })).toBeTruthy();
    expect(errors).toEqual([]);
  });

  it("says why a file of another checklist cannot be compared", async () => {
    const port = createFakePort({ checklist: "ftr" });
    renderView(CompareView, port);
    pick("Compare with…");
    expect((await screen.findByRole("alert", {}, { timeout: 20000 })).textContent).toMatch(
      /only workbooks of one checklist can be compared/
    );
  });
});

describe("Start from last cycle's workbook…", () => {
  it("writes the empty cells, keeps a typed cell until confirmed, and marks what was carried", async () => {
    const port = createFakePort({
      answers: {
        "requirements/1.1": { met: "yes", response: "Our own words this year." },
        "requirements/1.2": {},
      },
      typed: { "requirements/1.1|1|response": "Our own words this year." },
    });
    const { errors } = renderView(CarryForwardView, port);
    pick("Start from last cycle's workbook…");

    const kept = await screen.findByRole(
      "list",
      { name: "Kept: this workbook's cell is not empty" },
      { timeout: 20000 }
    );
    const conflict = within(kept).getByRole("checkbox", { name: /1\.1 Partner Response/ });
    expect(conflict.closest("li")?.textContent).toContain("Our own words this year.");
    const toCarry = screen.getByRole("list", { name: "To carry" });
    expect(within(toCarry).getByText(/1\.2 .*Met\? “Yes”/)).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Carry forward" }));
    });
    await waitFor(() => expect(port.writes).toHaveLength(1));
    const first = port.writes[0];
    expect(first?.overwrite).toBe(false);
    expect(first?.writes).toContainEqual({
      key: "requirements/1.2",
      caseStudy: 1,
      field: "met",
      value: "Yes",
    });
    expect(first?.writes.some((w) => w.key === "requirements/1.1" && w.field === "response")).toBe(
      false
    );
    expect(port.getSnapshot().entries.find((e) => e.id === "1.1")?.answers[0]?.response).toBe(
      "Our own words this year."
    );
    const marks = await screen.findByRole("list", { name: "Carried, to re-confirm" });
    expect(
      within(marks).getByText(/^1\.2 .*Carried from \d{4}-\d{2}-\d{2}: re-confirm$/)
    ).toBeTruthy();
    expect(within(marks).queryByText(/^1\.1 /)).toBeNull();
    // The marks are the workbook's: written through the port for the controls carried, not kept in the pane.
    const marked = port.carryMarks[0];
    expect(marked && "marked" in marked && marked.from.file).toBe("msp-last-cycle.xlsx");
    expect(marked && "marked" in marked && marked.marked.map((m) => m.key)).toContain(
      "requirements/1.2"
    );
    expect(marked && "marked" in marked && marked.marked.map((m) => m.key)).not.toContain(
      "requirements/1.1"
    );

    // The typed cell is replaced only once ticked and confirmed in the Dialog.
    fireEvent.click(conflict);
    fireEvent.click(screen.getByRole("button", { name: "Overwrite 1 cell…" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Overwrite these 1 cells?" });
    // Tabster marks the surface aria-hidden in jsdom after an earlier write re-rendered the pane; the role query
    // still names the button.
    const overwrite = within(dialog).getByRole("button", { name: "Overwrite", hidden: true });
    await act(async () => {
      fireEvent.click(overwrite);
    });
    await waitFor(() => expect(port.writes).toHaveLength(2));
    expect(port.writes[1]?.overwrite).toBe(true);
    expect(port.writes[1]?.writes).toEqual([
      {
        key: "requirements/1.1",
        caseStudy: 1,
        field: "response",
        value: "D&B report FY2024 attached; quarterly review by CFO.",
      },
    ]);
    expect(within(marks).getByText(/^1\.1 .*re-confirm$/)).toBeTruthy();
    expect(errors).toEqual([]);
  });

  it("lists the marks the workbook holds (after a reload) and Re-confirmed clears one in the workbook", async () => {
    const port = createFakePort({
      carried: {
        from: { file: "acme-2025.xlsx", date: "2025-05-21", version: "3.1" },
        controls: [
          { key: "requirements/1.2", renamed: null, reworded: false },
          { key: "requirements/1.4", renamed: "1.4.1", reworded: false },
        ],
      },
    });
    const { errors } = renderView(CarryForwardView, port);
    const marks = await screen.findByRole("list", { name: "Carried, to re-confirm" });
    expect(within(marks).getByText(/^1\.2 .*: Carried from 2025-05-21: re-confirm$/)).toBeTruthy();
    expect(
      within(marks).getByText(/^1\.4 .*: Carried from 2025-05-21 \(was 1\.4\.1\): re-confirm$/)
    ).toBeTruthy();
    expect(within(marks).getAllByText(/acme-2025\.xlsx · Checklist!M\d+/)).toHaveLength(2);
    await act(async () => {
      fireEvent.click(within(marks).getByRole("button", { name: "Re-confirmed 1.2" }));
    });
    await waitFor(() => expect(within(marks).queryByText(/^1\.2 /)).toBeNull());
    expect(port.carryMarks).toEqual([{ confirmed: ["requirements/1.2"] }]);
    expect((await port.readCarried()).marks.map((m) => m.key)).toEqual(["requirements/1.4"]);
    expect(errors).toEqual([]);
  });

  it("keeps the typed cell when the Dialog is dismissed", async () => {
    const port = createFakePort({
      answers: { "requirements/1.1": { response: "Ours." } },
      typed: { "requirements/1.1|1|response": "Ours." },
    });
    renderView(CarryForwardView, port);
    pick("Start from last cycle's workbook…");
    const kept = await screen.findByRole(
      "list",
      { name: "Kept: this workbook's cell is not empty" },
      { timeout: 20000 }
    );
    fireEvent.click(within(kept).getByRole("checkbox", { name: /1\.1 Partner Response/ }));
    fireEvent.click(screen.getByRole("button", { name: "Overwrite 1 cell…" }));
    fireEvent.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Keep them" })
    );
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(port.writes).toEqual([]);
  });
});
