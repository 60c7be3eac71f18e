/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/App";
import type { Stamp, WorkbookInfo, WorkbookPort } from "../../../src/excel";
import type { ChecklistId } from "../../../src/checklists/schema";

/** An in-memory port: behaves like the workbook (the saved sheet appears in the next read). */
function fakePort(overrides: Partial<WorkbookPort> = {}): WorkbookPort & { saved: ChecklistId[] } {
  const sheets = ["Cover", "Controls"];
  const saved: ChecklistId[] = [];
  return {
    saved,
    readWorkbookInfo: async (): Promise<WorkbookInfo> => ({
      sheets: [...sheets],
      activeSheet: "Controls",
      selection: "Controls!B4",
    }),
    saveChecklist: async (checklist: ChecklistId, known: WorkbookInfo): Promise<Stamp> => {
      if (!known.sheets.includes("SelfAssess")) sheets.push("SelfAssess");
      saved.push(checklist);
      return { checklist, savedAt: "2026-01-01T00:00:00.000Z", address: "SelfAssess!A1:B2" };
    },
    ...overrides,
  };
}

function renderApp(port: WorkbookPort): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={port} />
    </FluentProvider>
  );
}

describe("task pane shell", () => {
  it("shows one tab per registered view and the Start view first", async () => {
    renderApp(fakePort());
    const names = ["Start", "Scope", "Form", "Findings", "Review", "Submit"];
    const tabs = screen.getAllByRole("tab");
    // Fluent renders each label twice (a hidden bold copy reserves width), so compare by accessible name.
    expect(tabs).toEqual(names.map((name) => screen.getByRole("tab", { name })));
    expect(tabs[0]?.getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByText("Controls!B4")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Sheets" }).textContent).toBe("CoverControls");
  });

  it("switches views through the tab list", async () => {
    renderApp(fakePort());
    await screen.findByText("Controls!B4");
    fireEvent.click(screen.getByRole("tab", { name: "Findings" }));
    expect(screen.getByRole("region", { name: "Findings" }).textContent).toContain("Not built yet");
  });

  it("saves the chosen checklist and shows what the workbook now holds", async () => {
    const port = fakePort();
    renderApp(port);
    await screen.findByText("Controls!B4");
    fireEvent.change(screen.getByRole("combobox", { name: "Program checklist" }), {
      target: { value: "ftr" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    expect((await screen.findByRole("status")).textContent).toContain(
      "Saved FTR to SelfAssess!A1:B2"
    );
    expect(port.saved).toEqual(["ftr"]);
    await waitFor(() =>
      expect(screen.getByRole("list", { name: "Sheets" }).textContent).toContain("SelfAssess")
    );
  });

  it("shows an adapter rejection in the MessageBar instead of swallowing it", async () => {
    renderApp(
      fakePort({ readWorkbookInfo: () => Promise.reject(new Error("The workbook is busy")) })
    );
    expect(await screen.findByText("The workbook is busy")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    });
    expect(screen.queryByText("The workbook is busy")).toBeNull();
  });
});
