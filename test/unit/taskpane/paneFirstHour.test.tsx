/** @jest-environment jsdom */
/**
 * Issue 12, the first hour in the task pane: multi-value fields as lists that never drop a value, a score read
 * right, only what is allowed, and the form's polish. Role-based, over the fake port.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ComponentType } from "react";
import { CATALOG } from "../../../src/checklists";
import { App } from "../../../src/taskpane/App";
import type { ViewDefinition, ViewProps } from "../../../src/taskpane/views";
import { FormView } from "../../../src/taskpane/views/FormView";
import { ReviewView } from "../../../src/taskpane/views/ReviewView";
import { SubmitView } from "../../../src/taskpane/views/SubmitView";
import { LiveState } from "../../../src/taskpane/components/LiveState";
import { allMetAnswers, createFakePort, type FakePort } from "./fakePort";

jest.setTimeout(30000);

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, configurable: true });

function renderView(
  View: ComponentType<ViewProps>,
  port: FakePort,
  extra: Partial<ViewProps> = {}
) {
  const errors: unknown[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <LiveState assessment={port} />
      <View assessment={port} reportError={(e) => errors.push(e)} {...extra} />
    </FluentProvider>
  );
  return { errors };
}

const status = () => screen.getByRole("region", { name: "Assessment status" });
const P2 = "prerequisites/P-2";
const lastWriteOf = (port: FakePort, field: string) =>
  port.writes
    .flatMap((w) => w.writes)
    .filter((w) => w.field === field)
    .at(-1);

/** P-2 as the reader gives it: the shared dates cell split over the three customer references, one each. */
const threeReferences = () =>
  createFakePort({
    answers: {
      [P2]: [
        { dates: ["2026-01-10"], links: ["https://example.com/ref/1"] },
        { dates: ["2026-02-10"], links: ["TBD"] },
        { dates: ["2026-03-10"], links: ["https://example.com/ref/3"] },
      ],
    },
  });

describe("multi-value fields are lists", () => {
  it("shows every date and link of a per-customer-reference control, not only the first", () => {
    renderView(FormView, threeReferences(), { selectedControl: P2 });
    expect(screen.getByRole("heading", { name: /P-2/ })).toBeTruthy();
    expect(
      (screen.getByRole("textbox", { name: "Evidence date 1" }) as HTMLInputElement).value
    ).toBe("2026-01-10");
    expect(
      (screen.getByRole("textbox", { name: "Evidence date 2" }) as HTMLInputElement).value
    ).toBe("2026-02-10");
    expect(
      (screen.getByRole("textbox", { name: "Evidence date 3" }) as HTMLInputElement).value
    ).toBe("2026-03-10");
    expect(
      (screen.getByRole("textbox", { name: "Evidence link 2" }) as HTMLInputElement).value
    ).toBe("TBD");
  });

  it("changing one date writes the cell with the other two kept", async () => {
    const port = threeReferences();
    renderView(FormView, port, { selectedControl: P2 });
    const date1 = screen.getByRole("textbox", { name: "Evidence date 1" });
    fireEvent.change(date1, { target: { value: "2026-01-20" } });
    fireEvent.blur(date1);
    await waitFor(() => expect(lastWriteOf(port, "dates")).toBeDefined(), { timeout: 3000 });
    expect(lastWriteOf(port, "dates")).toMatchObject({
      key: P2,
      caseStudy: 1,
      value: "2026-01-20\n2026-02-10\n2026-03-10",
    });
  });

  it("removing one link writes the others; adding a row writes nothing until it holds a value", async () => {
    const port = threeReferences();
    renderView(FormView, port, { selectedControl: P2 });
    fireEvent.click(screen.getByRole("button", { name: "Add a link" }));
    expect(screen.getByRole("textbox", { name: "Evidence link 4" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Remove evidence link 2" }));
    await waitFor(() => expect(lastWriteOf(port, "links")).toBeDefined(), { timeout: 3000 });
    expect(lastWriteOf(port, "links")?.value).toBe(
      "https://example.com/ref/1\nhttps://example.com/ref/3"
    );
    // The blank row the person added is still there to fill in.
    expect(screen.getAllByRole("textbox", { name: /^Evidence link \d$/ })).toHaveLength(3);
  });

  it("a date typed in the locale is read and written as an ISO date; an unreadable one says so and is not written", async () => {
    const port = createFakePort();
    renderView(FormView, port);
    const date = screen.getByRole("textbox", { name: "Evidence date 1" });
    // jsdom's locale is en-US: month first. Eight digits without separators are read in the same order.
    fireEvent.change(date, { target: { value: "10012026" } });
    fireEvent.blur(date);
    await waitFor(() => expect(lastWriteOf(port, "dates")?.value).toBe("2026-10-01"), {
      timeout: 3000,
    });
    expect(
      (screen.getByRole("textbox", { name: "Evidence date 1" }) as HTMLInputElement).value
    ).toBe("2026-10-01");
    const writes = port.writes.length;
    fireEvent.click(screen.getByRole("button", { name: "Add a date" }));
    const second = screen.getByRole("textbox", { name: "Evidence date 2" });
    fireEvent.change(second, { target: { value: "31/31/2026" } });
    fireEvent.blur(second);
    expect(await screen.findByText(/Cannot read "31\/31\/2026" as a date/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 900));
    expect(port.writes.length).toBe(writes);
  });

  it("a cell a person edited in the grid shows every value and a later edit keeps them", async () => {
    const port = createFakePort();
    renderView(FormView, port);
    act(() =>
      port.typeInSheet(
        `prerequisites/${CATALOG.msp.sections[0].controls[0].id}`,
        1,
        "links",
        "https://a.example.com/x\nhttps://b.example.com/y"
      )
    );
    expect(
      (screen.getByRole("textbox", { name: "Evidence link 2" }) as HTMLInputElement).value
    ).toBe("https://b.example.com/y");
    fireEvent.change(screen.getByRole("textbox", { name: "Evidence link 1" }), {
      target: { value: "https://a.example.com/z" },
    });
    await waitFor(() => expect(lastWriteOf(port, "links")).toBeDefined(), { timeout: 3000 });
    expect(lastWriteOf(port, "links")?.value).toBe(
      "https://a.example.com/z\nhttps://b.example.com/y"
    );
  });
});

describe("a score people read right", () => {
  it("a blank MSP assessment shows 0 with every control open, no Fail and no mandatory items 'not met'", () => {
    renderView(FormView, createFakePort());
    const text = status().textContent ?? "";
    expect(text).toMatch(/0 \/ 1000/);
    expect(text).not.toMatch(/-\d+ \/ 1000/);
    expect(within(status()).queryByText("Fail")).toBeNull();
    expect(within(status()).getByText("Not decided yet")).toBeTruthy();
    expect(text).toMatch(/\d+ open/);
    expect(text).toMatch(/Unanswered controls count neither way/);
    expect(text).toMatch(/best reachable 1000/);
    expect(text).not.toContain("Mandatory items not met");
    expect(text).toContain("Mandatory items still open");
  });

  it("the details list scrolls in a bounded area", () => {
    renderView(FormView, createFakePort());
    fireEvent.click(within(status()).getByRole("button", { name: /Details/ }));
    const details = within(status()).getByRole("region", { name: "Details" });
    const style = window.getComputedStyle(details);
    expect(style.overflowY).toBe("auto");
    expect(style.maxHeight).not.toBe("none");
  });
});

describe("only what is allowed", () => {
  it("Met? offers N/A only where the checklist allows it", () => {
    const controls = CATALOG.msp.sections.flatMap((s) => s.controls.map((c) => ({ s, c })));
    const allowed = controls.find(({ c }) => c.naAllowed)!;
    const forbidden = controls.find(
      ({ c, s }) => !c.naAllowed && !c.perCaseStudy && s.part === "requirements"
    )!;
    const { unmount } = render(
      <FluentProvider theme={webLightTheme}>
        <FormView
          assessment={createFakePort()}
          reportError={() => undefined}
          selectedControl={`${forbidden.s.part}/${forbidden.c.id}`}
        />
      </FluentProvider>
    );
    const met = () => screen.getByRole("radiogroup", { name: "Met?" });
    expect(within(met()).queryByRole("radio", { name: "N/A" })).toBeNull();
    unmount();
    render(
      <FluentProvider theme={webLightTheme}>
        <FormView
          assessment={createFakePort({ scope: { renewal: false } })}
          reportError={() => undefined}
          selectedControl={`${allowed.s.part}/${allowed.c.id}`}
        />
      </FluentProvider>
    );
    expect(within(met()).getByRole("radio", { name: "N/A" })).toBeTruthy();
  });

  it("approving an assessment with errors asks first and records the override", async () => {
    const port = createFakePort();
    renderView(ReviewView, port);
    await screen.findByRole("button", { name: "Approve" });
    fireEvent.change(screen.getByRole("textbox", { name: /Reviewer name/ }), {
      target: { value: "Pat PDM" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Approve" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Approve anyway?" });
    expect(dialog.textContent).toMatch(/unanswered/);
    expect(port.reviews).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(port.reviews).toHaveLength(0);
    fireEvent.click(screen.getByRole("button", { name: "Approve" }));
    // Wait for the button itself: the dialog can be in the tree (aria-hidden) while its entry transition runs.
    fireEvent.click(await screen.findByRole("button", { name: "Approve and record the override" }));
    await waitFor(() => expect(port.reviews).toHaveLength(1));
    expect(port.reviews[0].history.at(-1)?.override).toMatch(/unanswered/);
    expect(await screen.findByText(/Approved by Pat PDM on .*, overriding/)).toBeTruthy();
    expect(
      within(screen.getByRole("list", { name: "Review history" })).getByText(/overriding/)
    ).toBeTruthy();
  });

  it("a complete assessment is approved without the question", async () => {
    const port = createFakePort({ answers: allMetAnswers() });
    renderView(ReviewView, port);
    await screen.findByRole("button", { name: "Approve" });
    fireEvent.change(screen.getByRole("textbox", { name: /Reviewer name/ }), {
      target: { value: "Pat PDM" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(port.reviews).toHaveLength(1));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(port.reviews[0].history.at(-1)).not.toHaveProperty("override");
  });

  it("the mailto link is live only once the partner name is set", () => {
    renderView(SubmitView, createFakePort());
    const before = screen.getByRole("button", { name: "Open an email with this subject" });
    expect(before.getAttribute("aria-disabled")).toBe("true");
    expect(screen.queryByRole("link", { name: "Open an email with this subject" })).toBeNull();
    fireEvent.change(screen.getByRole("textbox", { name: /Partner name/ }), {
      target: { value: "Example Co" },
    });
    const link = screen.getByRole("link", { name: "Open an email with this subject" });
    expect(decodeURIComponent(link.getAttribute("href") ?? "")).toContain(
      "Example Co Completed Self-Assessment"
    );
  });
});

describe("form polish", () => {
  it("the Saved / Undo bar belongs to the control it was written for", async () => {
    const port = createFakePort();
    renderView(FormView, port);
    fireEvent.click(
      within(screen.getByRole("radiogroup", { name: "Met?" })).getByRole("radio", { name: "Yes" })
    );
    expect(await screen.findByText("Saved to the sheet.", {}, { timeout: 3000 })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.queryByText("Saved to the sheet.")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Previous" }));
    expect(screen.getByText("Saved to the sheet.")).toBeTruthy();
  });

  it("a finding shows its cell and goes to the cell", async () => {
    const port = createFakePort({
      answers: { [P2]: [{ met: "yes", links: ["TBD"] }] },
    });
    renderView(FormView, port, { selectedControl: P2 });
    const findings = screen.getByRole("list", { name: "Findings for P-2" });
    const item = within(findings).getAllByRole("listitem")[0];
    expect(item.textContent).toMatch(/in Checklist![A-Z]+\d+/);
    fireEvent.click(within(item).getByRole("button", { name: /^Go to Checklist!/ }));
    await waitFor(() => expect(port.wentTo).toHaveLength(1));
    expect(port.wentTo[0].sheet).toBe("Checklist");
    // Each field's cell can be reached too.
    expect(screen.getAllByRole("button", { name: /^Go to Checklist!/ }).length).toBeGreaterThan(1);
  });

  it("Met? and the response show their own cell with a Go to, as the lists of links and dates do", async () => {
    const port = createFakePort({ answers: { "requirements/1.1": { met: "no" } } });
    renderView(FormView, port, { selectedControl: "requirements/1.1" });
    // The fake sheet's columns: Met? in C, the response in D (links F, dates G).
    const met = screen.getByRole("button", { name: /^Go to Checklist!C\d+$/ });
    const response = screen.getByRole("button", { name: /^Go to Checklist!D\d+$/ });
    const metCell = /C\d+$/.exec(met.getAttribute("aria-label") ?? "")?.[0];
    expect(screen.getByText(`Cell Checklist!${metCell}`)).toBeTruthy();
    fireEvent.click(met);
    fireEvent.click(response);
    await waitFor(() => expect(port.wentTo).toHaveLength(2));
    expect(port.wentTo[0]).toEqual({ sheet: "Checklist", cell: metCell });
    expect(port.wentTo[1].cell).toMatch(/^D\d+$/);
  });

  it("each case study's Met? shows its own cell", () => {
    renderView(FormView, threeReferences(), { selectedControl: P2 });
    const metCells = screen
      .getAllByRole("button", { name: /^Go to Checklist!/ })
      .map((b) => b.getAttribute("aria-label"));
    // Met? of customer references 1, 2 and 3: columns C, I and K of the fake sheet.
    for (const column of ["C", "I", "K"])
      expect(
        metCells.some((name) => new RegExp(`^Go to Checklist!${column}\\d+$`).test(name ?? ""))
      ).toBe(true);
  });

  it("the Form opens on the control selected in the grid before it was opened", async () => {
    const port = createFakePort();
    const Blank = () => <p>Start</p>;
    const views: ViewDefinition[] = [
      { id: "start", label: "Start", component: Blank },
      { id: "form", label: "Form", component: FormView },
    ];
    render(
      <FluentProvider theme={webLightTheme}>
        <App assessment={port} views={views} />
      </FluentProvider>
    );
    const target = CATALOG.msp.sections.find((s) => s.part === "requirements")!.controls[4];
    act(() => port.selectRowInSheet(`requirements/${target.id}`));
    fireEvent.click(screen.getByRole("tab", { name: "Form" }));
    expect(
      await screen.findByRole("heading", { name: new RegExp(`^${target.id.replace(".", "\\.")} `) })
    ).toBeTruthy();
  });
});
