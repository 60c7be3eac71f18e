/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ComponentType } from "react";
import { CATALOG } from "../../../src/checklists";
import type { ViewProps } from "../../../src/taskpane/views";
import { FindingsView } from "../../../src/taskpane/views/FindingsView";
import { FormView } from "../../../src/taskpane/views/FormView";
import { ReviewView } from "../../../src/taskpane/views/ReviewView";
import { ScopeView } from "../../../src/taskpane/views/ScopeView";
import { preloadStartDetails, StartView } from "../../../src/taskpane/views/StartView";
import { SubmitView, subjectFor } from "../../../src/taskpane/views/SubmitView";
import { LiveState } from "../../../src/taskpane/components/LiveState";
import { allMetAnswers, createFakePort, SHEET, type FakePort } from "./fakePort";

function renderView(View: ComponentType<ViewProps>, port: FakePort): { errors: unknown[] } {
  const errors: unknown[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <LiveState assessment={port} />
      <View assessment={port} reportError={(e) => errors.push(e)} />
    </FluentProvider>
  );
  return { errors };
}

// Rendering Fluent in jsdom is slow on a busy machine; the debounced writes add 600 ms.
jest.setTimeout(20000);

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, configurable: true });

const status = () => screen.getByRole("region", { name: "Assessment status" });

describe("Start view", () => {
  // The view's content is a lazy chunk: wait for that load itself, so the view renders it at once.
  beforeAll(() => preloadStartDetails());

  it("shows the recognised checklist, its confidence, sheets and column roles; saves a corrected role", async () => {
    const port = createFakePort();
    renderView(StartView, port);
    const region = screen.getByRole("region", { name: "Start" });
    expect(region.textContent).toContain(CATALOG.msp.title);
    expect(region.textContent).toContain("Confidence 97%");
    expect(
      within(screen.getByRole("list", { name: "Sheets" })).getByText(/Checklist: \d+ controls/)
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show column roles" }));
    const dates = screen.getByRole("combobox", { name: `Evidence dates column in ${SHEET}` });
    expect((dates as HTMLSelectElement).value).toBe("6");
    fireEvent.change(dates, { target: { value: "9" } });
    fireEvent.click(screen.getByRole("button", { name: "Save column roles" }));
    await waitFor(() => expect(port.mappings).toHaveLength(1));
    expect(port.mappings[0].sheets[0].columns.evidenceDates).toBe(9);
  });

  it("offers to create an assessment when nothing is recognised, with the checklist's scope questions", async () => {
    const port = createFakePort({ unmapped: true });
    renderView(StartView, port);
    expect(screen.getByRole("region", { name: "Create an assessment" })).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Program checklist" }), {
      target: { value: "ato" },
    });
    // ATO asks the delivery category, not MSP's reseller question.
    expect(screen.queryByRole("switch", { name: /Channel Reseller/ })).toBeNull();
    fireEvent.change(screen.getByRole("combobox", { name: "How is the solution delivered?" }), {
      target: { value: "customer-deployed" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Create assessment" }));
    await waitFor(() => expect(port.created).toHaveLength(1));
    expect(port.created[0].checklist).toBe("ato");
    expect(port.created[0].scope.deliveryCategory).toBe("customer-deployed");
    expect(await screen.findByText("Recognised workbook")).toBeTruthy();
  });
});

describe("Scope view", () => {
  it("asks only the checklist's questions, saves the scope and updates the hidden count", async () => {
    const port = createFakePort({ checklist: "msp" });
    renderView(ScopeView, port);
    expect(screen.queryByRole("combobox", { name: "How is the solution delivered?" })).toBeNull();
    const count = () => screen.getByText(/controls apply;/).textContent ?? "";
    const hiddenBefore = Number(/(\d+) hidden/.exec(count())?.[1]);
    const reseller = screen.getByRole("switch", { name: /Channel Reseller Program/ });
    expect((reseller as HTMLInputElement).checked).toBe(true);
    fireEvent.click(reseller);
    const hiddenAfter = Number(/(\d+) hidden/.exec(count())?.[1]);
    expect(hiddenAfter).toBeGreaterThan(hiddenBefore);
    expect(count()).toContain("not saved yet");
    const hidden = screen.getByRole("list", { name: "Hidden controls" });
    expect(hidden.textContent).toContain("Channel Reseller Program");
    fireEvent.click(screen.getByRole("button", { name: "Save scope" }));
    await waitFor(() => expect(port.scopes).toHaveLength(1));
    expect(port.scopes[0].reseller).toBe(false);
    await waitFor(() => expect(count()).not.toContain("not saved yet"));
    expect(Number(/(\d+) hidden/.exec(count())?.[1])).toBe(hiddenAfter);
  });
});

describe("Form view", () => {
  it("answering Met? calls writeAnswers with the control key, field and value, and the header follows", async () => {
    const port = createFakePort();
    renderView(FormView, port);
    const first = CATALOG.msp.sections[0];
    const key = `${first.part}/${first.controls[0].id}`;
    expect(screen.getByRole("heading", { level: 3 }).textContent).toContain(
      first.controls[0].title
    );
    const before = status().textContent;
    fireEvent.click(screen.getByRole("radio", { name: "Yes" }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0]).toEqual({
      writes: [{ key, caseStudy: 1, field: "met", value: "Yes" }],
      overwrite: false,
    });
    await waitFor(() => expect(status().textContent).not.toBe(before));
  });

  it("debounces typing into one write of the partner response", async () => {
    const port = createFakePort();
    renderView(FormView, port);
    const box = screen.getByRole("textbox", { name: "Partner response" });
    fireEvent.change(box, { target: { value: "We" } });
    fireEvent.change(box, { target: { value: "We monitor" } });
    expect(port.writes).toHaveLength(0);
    await waitFor(() => expect(port.writes).toHaveLength(1), { timeout: 2000 });
    expect(port.writes[0].writes).toEqual([
      expect.objectContaining({ field: "response", value: "We monitor" }),
    ]);
  });

  it("shows the sheet's value again after the sheet changes it", async () => {
    const first = CATALOG.msp.sections[0];
    const key = `${first.part}/${first.controls[0].id}`;
    const port = createFakePort();
    renderView(FormView, port);
    fireEvent.change(screen.getByRole("textbox", { name: "Partner response" }), {
      target: { value: "Mine" },
    });
    await waitFor(() => expect(port.writes).toHaveLength(1), { timeout: 2000 });
    act(() => port.typeInSheet(key, 1, "response", "Pasted in the sheet"));
    expect(
      (screen.getByRole("textbox", { name: "Partner response" }) as HTMLTextAreaElement).value
    ).toBe("Pasted in the sheet");
  });

  it("validates evidence links as typed without fetching them", () => {
    const port = createFakePort();
    const fetchSpy = jest.fn();
    Object.defineProperty(window, "fetch", { value: fetchSpy, configurable: true });
    renderView(FormView, port);
    const link = screen.getByRole("textbox", { name: "Evidence link 1" });
    fireEvent.change(link, { target: { value: "http://localhost/doc" } });
    expect(link.getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(link, { target: { value: "https://docs.example-partner.co.uk/runbook" } });
    expect(link.getAttribute("aria-invalid")).not.toBe("true");
    expect(screen.getByText(/Reads as a link to docs.example-partner.co.uk/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Add a link" }));
    expect(screen.getByRole("textbox", { name: "Evidence link 2" })).toBeTruthy();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("shows today and the planned submission date next to the evidence dates, and flags a future date", () => {
    const port = createFakePort({ scope: { plannedSubmissionDate: "2026-12-15" } });
    renderView(FormView, port);
    expect(screen.getByText(/Planned submission: 2026-12-15/)).toBeTruthy();
    const date = screen.getByLabelText("Evidence date 1");
    fireEvent.change(date, { target: { value: "2027-01-10" } });
    expect(date.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/is after 2026-12-15/)).toBeTruthy();
  });

  it("shows a conflict in a dialog and overwrites only when asked; undo is offered", async () => {
    const first = CATALOG.msp.sections[0];
    const key = `${first.part}/${first.controls[0].id}`;
    const port = createFakePort({ typed: { [`${key}|1|met`]: "Partly" } });
    renderView(FormView, port);
    fireEvent.click(screen.getByRole("radio", { name: "No" }));
    const dialog = await screen.findByRole("alertdialog", {
      name: "Overwrite what is in the sheet?",
    });
    expect(within(dialog).getByRole("table", { name: "Conflicting cells" }).textContent).toContain(
      "Partly"
    );
    fireEvent.click(within(dialog).getByRole("button", { name: "Overwrite" }));
    await waitFor(() => expect(port.writes).toHaveLength(2));
    expect(port.writes[1].overwrite).toBe(true);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    fireEvent.click(await screen.findByRole("button", { name: "Undo last write" }));
    await waitFor(() => expect(port.undone).toBe(1));
  });

  it("keeps the sheet's value when asked", async () => {
    const first = CATALOG.msp.sections[0];
    const key = `${first.part}/${first.controls[0].id}`;
    const port = createFakePort({ typed: { [`${key}|1|met`]: "Partly" } });
    renderView(FormView, port);
    fireEvent.click(screen.getByRole("radio", { name: "No" }));
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep the sheet's values" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(port.writes).toHaveLength(1);
  });

  it("opens the control of the row selected in the sheet, and selects the row of the control opened", async () => {
    const port = createFakePort();
    renderView(FormView, port);
    const target = CATALOG.msp.sections[2].controls[0];
    const key = `${CATALOG.msp.sections[2].part}/${target.id}`;
    act(() => port.selectRowInSheet(key));
    expect(screen.getByRole("heading", { level: 3 }).textContent).toContain(target.title);
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(() => expect(port.selected).toHaveLength(1));
    expect(port.selected[0].key).not.toBe(key);
  });

  it("answers per case study where the checklist asks per case study, with N/A only where allowed", () => {
    const msp = CATALOG.msp;
    const status = msp.sections
      .flatMap((s) => s.controls.map((c) => ({ s, c })))
      .find(({ c }) => c.perCaseStudy);
    expect(status).toBeDefined();
    const port = createFakePort({ scope: { caseStudyCount: 2 } });
    renderView(FormView, port);
    fireEvent.change(screen.getByRole("combobox", { name: "Control" }), {
      target: { value: `${status?.s.part}/${status?.c.id}` },
    });
    expect(screen.getByRole("radiogroup", { name: "Met? (case study 1)" })).toBeTruthy();
    expect(screen.getByRole("radiogroup", { name: "Met? (case study 2)" })).toBeTruthy();
    expect(screen.queryAllByRole("radio", { name: "N/A" }).length > 0).toBe(
      status?.c.naAllowed === true
    );
  });

  it("shows the open section's progress and jumps to a section from the section list", async () => {
    const port = createFakePort();
    renderView(FormView, port);
    const first = CATALOG.msp.sections[0];
    expect(screen.getByRole("progressbar", { name: `${first.title} progress` })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^All sections/ }));
    const target = CATALOG.msp.sections[3];
    fireEvent.click(
      within(screen.getByRole("list", { name: "Sections" })).getByRole("button", {
        name: new RegExp(`^${target.title.replace(/[()]/g, ".")}`),
      })
    );
    expect(screen.getByRole("heading", { level: 3 }).textContent).toContain(target.controls[0].id);
    await waitFor(() =>
      expect(port.selected.at(-1)?.key).toBe(`${target.part}/${target.controls[0].id}`)
    );
  });

  it("says so when the workbook has no column for a field", async () => {
    const port = createFakePort({ unmappedFields: ["dates"] });
    renderView(FormView, port);
    fireEvent.change(screen.getByLabelText("Evidence date 1"), { target: { value: "2026-01-05" } });
    expect(
      await screen.findByText(/no column for evidence dates/, {}, { timeout: 3000 })
    ).toBeTruthy();
  });

  it("ATO Customer-Deployed: offers only the applicable controls", () => {
    const port = createFakePort({
      checklist: "ato",
      scope: { deliveryCategory: "customer-deployed" },
    });
    renderView(FormView, port);
    const options = within(screen.getByRole("combobox", { name: "Control" })).getAllByRole(
      "option"
    );
    const applicable =
      port.getSnapshot().assessment?.statuses.filter((s) => s.state === "applies") ?? [];
    const all = CATALOG.ato.sections.reduce((n, s) => n + s.controls.length, 0);
    expect(options).toHaveLength(applicable.length);
    expect(applicable.length).toBeLessThan(all);
  });
});

describe("Live state", () => {
  it("shows the MSP score, pass or fail, mandatory failures and what to fix; re-renders on a sheet change", () => {
    const answers = allMetAnswers();
    const port = createFakePort({ answers });
    renderView(FindingsView, port);
    expect(status().textContent).toMatch(/1000 \/ 1000/);
    expect(within(status()).getByText("Pass")).toBeTruthy();
    const mandatory = CATALOG.msp.sections
      .filter((s) => s.part === "requirements")
      .flatMap((s) => s.controls)
      .find((c) => c.mandatory);
    act(() => port.typeInSheet(`requirements/${mandatory?.id}`, 1, "met", "No"));
    expect(within(status()).getByText("Fail")).toBeTruthy();
    expect(status().textContent).toContain(`Mandatory items not met: ${mandatory?.id}`);
    fireEvent.click(within(status()).getByRole("button", { name: /what to fix/ }));
    expect(
      within(status()).getByRole("list", { name: "What to fix to pass" }).textContent
    ).toContain(String(mandatory?.id));
    expect(within(status()).getByRole("table", { name: "Section totals" })).toBeTruthy();
  });

  it("shows progress and readiness for checklists without a score", () => {
    renderView(FindingsView, createFakePort({ checklist: "ftr" }));
    expect(within(status()).getByText("Not ready")).toBeTruthy();
    expect(status().textContent).toMatch(/0 of \d+ answered/);
  });
});

describe("Findings view", () => {
  it("lists assessment and workbook findings by severity; clicking one goes to its cell", async () => {
    const first = CATALOG.msp.sections[0];
    const key = `${first.part}/${first.controls[0].id}`;
    const port = createFakePort({
      answers: { [key]: { met: "yes", links: ["http://localhost/x"] } },
    });
    renderView(FindingsView, port);
    const errors = screen.getByRole("list", { name: "Errors" });
    const item = within(errors)
      .getAllByRole("listitem")
      .find((li) => li.textContent?.includes("localhost"));
    expect(item).toBeDefined();
    expect(screen.getByRole("list", { name: "Warnings" }).textContent).toContain("9.9.9");
    const go = within(item as HTMLElement).getByRole("button", { name: /^Go to Checklist!F\d+/ });
    fireEvent.click(go);
    await waitFor(() => expect(port.wentTo).toHaveLength(1));
    expect(port.wentTo[0].sheet).toBe(SHEET);
    expect(port.wentTo[0].cell).toMatch(/^F\d+$/);
  });

  it("filters by severity and text", () => {
    renderView(FindingsView, createFakePort());
    fireEvent.change(screen.getByRole("combobox", { name: "Severity" }), {
      target: { value: "warning" },
    });
    expect(screen.queryByRole("list", { name: "Errors" })).toBeNull();
    fireEvent.change(screen.getByRole("searchbox", { name: "Filter" }), {
      target: { value: "A90" },
    });
    expect(screen.getByRole("list", { name: "Warnings" }).textContent).toContain("9.9.9");
    fireEvent.change(screen.getByRole("searchbox", { name: "Filter" }), {
      target: { value: "nothing-like-this" },
    });
    expect(screen.getByText(/^0 of \d+ findings shown/)).toBeTruthy();
  });
});

describe("Review view", () => {
  it("approval records reviewer, date and hash; a later change shows the approval as stale", async () => {
    const port = createFakePort({ answers: allMetAnswers() });
    renderView(ReviewView, port);
    await screen.findByRole("button", { name: "Approve" });
    fireEvent.change(screen.getByRole("textbox", { name: /Reviewer name/ }), {
      target: { value: "Pat PDM" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(port.reviews).toHaveLength(1));
    const saved = port.reviews[0];
    expect(saved).toMatchObject({ state: "approved", reviewer: "Pat PDM" });
    expect(saved.approvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(saved.answersHash).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(saved.history.at(-1)).toMatchObject({ state: "approved", by: "Pat PDM" });
    expect(await screen.findByText(/Approved by Pat PDM/)).toBeTruthy();
    expect(screen.queryByText("Approval is stale")).toBeNull();
    act(() =>
      port.typeInSheet(
        `requirements/${CATALOG.msp.sections[1].controls[0].id}`,
        1,
        "response",
        "Changed later"
      )
    );
    expect(await screen.findByText("Approval is stale")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Approve again" })).toBeTruthy();
  });

  it("a reviewer comment goes to the reviewer comment field of the control", async () => {
    const port = createFakePort();
    renderView(ReviewView, port);
    await screen.findByRole("button", { name: "Approve" });
    const first = CATALOG.msp.sections[0];
    const box = screen.getByRole("textbox", { name: /Reviewer comment for/ });
    fireEvent.change(box, { target: { value: "Link the runbook" } });
    await waitFor(() => expect(port.writes).toHaveLength(1), { timeout: 2000 });
    expect(port.writes[0].writes[0]).toEqual({
      key: `${first.part}/${first.controls[0].id}`,
      caseStudy: 1,
      field: "reviewerComment",
      value: "Link the runbook",
    });
  });

  it("changes state with the reviewer's name in the history", async () => {
    const port = createFakePort();
    renderView(ReviewView, port);
    const ready = await screen.findByRole("button", { name: "Ready for review" });
    expect((ready as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: /Reviewer name/ }), {
      target: { value: "Sam" },
    });
    fireEvent.click(ready);
    await waitFor(() => expect(port.reviews).toHaveLength(1));
    expect(port.reviews[0]).toMatchObject({ state: "ready-for-review", reviewer: null });
    expect(await screen.findByRole("list", { name: "Review history" })).toBeTruthy();
  });
});

describe("Submit view", () => {
  it("gates on readiness: lists unanswered controls and keeps Finalize disabled", () => {
    renderView(SubmitView, createFakePort());
    expect(screen.getByText("Not ready yet")).toBeTruthy();
    expect(screen.getByLabelText("Unanswered controls").textContent).toContain("1.1");
    expect((screen.getByRole("button", { name: "Finalize" }) as HTMLButtonElement).disabled).toBe(
      true
    );
  });

  it("finalizes a ready MSP assessment, offers unfinalize, and builds the mailto with the exact subject", async () => {
    const port = createFakePort({ answers: allMetAnswers() });
    renderView(SubmitView, port);
    fireEvent.click(screen.getByRole("button", { name: "Finalize" }));
    await waitFor(() => expect(port.finalized).toBe(1));
    expect((await screen.findByText(/^Finalized:/)).textContent).toContain(
      "8 formulas made native"
    );
    fireEvent.click(screen.getByRole("button", { name: "Unfinalize" }));
    await waitFor(() => expect(port.unfinalized).toBe(1));

    fireEvent.change(screen.getByRole("textbox", { name: /Partner name/ }), {
      target: { value: "Example Cloud Ltd" },
    });
    const mail = screen.getByRole("link", { name: "Open an email with this subject" });
    expect(mail.getAttribute("href")).toBe(
      "mailto:checklist@amazon.com?subject=" +
        encodeURIComponent("Example Cloud Ltd Completed Self-Assessment")
    );
    expect((screen.getByRole("textbox", { name: "Subject line" }) as HTMLInputElement).value).toBe(
      "Example Cloud Ltd Completed Self-Assessment"
    );
    expect(
      screen.getByText(/Example Cloud Ltd - .* Self-Assessment - \d{4}-\d{2}-\d{2}\.xlsx/)
    ).toBeTruthy();
  });

  it("lets a not-ready assessment be finalized only when the override is ticked", async () => {
    const port = createFakePort();
    renderView(SubmitView, port);
    const finalize = screen.getByRole("button", { name: "Finalize" }) as HTMLButtonElement;
    expect(finalize.disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: /Finalize even though it is not ready/ }));
    expect(finalize.disabled).toBe(false);
    fireEvent.click(finalize);
    await waitFor(() => expect(port.finalized).toBe(1));
  });

  it("copies the subject to the clipboard", async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderView(SubmitView, createFakePort({ checklist: "ato" }));
    fireEvent.change(screen.getByRole("textbox", { name: /Partner name/ }), {
      target: { value: "Acme" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Copy subject" }));
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(
        "Acme, ATO on AWS Program Technology Partner Completed Self-Assessment"
      )
    );
  });

  it("gives the Partner Central instructions for programs that use it", () => {
    renderView(SubmitView, createFakePort({ checklist: "ftr" }));
    expect(screen.getByText(/This program takes applications in AWS Partner Central/)).toBeTruthy();
    expect(screen.queryByRole("link", { name: /Open an email/ })).toBeNull();
  });

  it("replaces either placeholder and keeps it when no name is given", () => {
    expect(subjectFor("[APN Partner Name], DCX", "A")).toBe("A, DCX");
    expect(subjectFor("[Partner Name] Completed", " ")).toBe("[Partner Name] Completed");
  });
});
