/** @jest-environment jsdom */
/**
 * Issue 11 in the task pane: the version and validity warnings (Start view, live header), the prerequisites asked
 * as questions, and the question when a column's role is ambiguous.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { CATALOG } from "../../../src/checklists";
import type { Checklist } from "../../../src/checklists/schema";
import type { Finding, Scope } from "../../../src/core/model";
import { defaultScope } from "../../../src/core/scope";
import type { Mapping } from "../../../src/core/workbook/mapping";
import { AmbiguousColumns, settleColumn } from "../../../src/taskpane/components/AmbiguousColumns";
import { PrerequisiteQuestions } from "../../../src/taskpane/components/PrerequisiteQuestions";
import {
  VersionBadge,
  VersionNotice,
  versionFindings,
} from "../../../src/taskpane/components/VersionNotice";

jest.setTimeout(20000);

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, configurable: true });

function show(node: ReactNode) {
  return render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

const LAPSED: Finding = {
  checklist: "ecs",
  control: "",
  field: "id",
  severity: "warning",
  rule: "version.lapsed",
  message:
    "'Introduction'!A3: this Amazon ECS Service Delivery Validation Checklist version was valid February 2025-August 2025, which ends before the planned submission (2026-01-15): download the current self-assessment workbook from AWS Partner Central before you submit.",
  sheet: "Introduction",
  cell: "A3",
};
const DIFFERENCE: Finding = {
  ...LAPSED,
  rule: "workbook.version-difference",
  message:
    "'Self-Assessment'!A2: this workbook: +2 controls, -0 against the February 2025 catalog; 2 controls not in the catalog (ECS-024, ECS-025) are checked with the generic rules.",
  sheet: "Self-Assessment",
  cell: "A2",
};
const OTHER: Finding = { ...LAPSED, rule: "link.scheme", message: "not a version finding" };

describe("version and validity", () => {
  test("the Start view shows each version finding in words, with its sheet and cell", () => {
    show(<VersionNotice findings={[OTHER, DIFFERENCE, LAPSED]} />);
    const notice = screen.getByLabelText("Checklist version");
    expect(within(notice).getByText("This version of the checklist has lapsed")).toBeTruthy();
    expect(within(notice).getByText("Controls differ from the known version")).toBeTruthy();
    expect(notice.textContent).toContain("valid February 2025-August 2025");
    expect(notice.textContent).toContain("(Introduction, cell A3)");
    // The message's own "'Sheet'!A1:" prefix is not repeated; unrelated findings are not shown.
    expect(notice.textContent).not.toContain("'Introduction'!A3:");
    expect(notice.textContent).not.toContain("not a version finding");
    expect(versionFindings([OTHER, DIFFERENCE, LAPSED]).map((f) => f.rule)).toEqual([
      "version.lapsed",
      "workbook.version-difference",
    ]);
  });

  test("a current, known version shows nothing", () => {
    const { container } = show(<VersionNotice findings={[OTHER]} />);
    expect(container.textContent).toBe("");
  });

  test("the live header shows the most pressing one as a badge", () => {
    show(<VersionBadge findings={[DIFFERENCE, LAPSED]} />);
    expect(screen.getByText("Version lapsed")).toBeTruthy();
  });

  test("a lapsed version still in AWS's grace period is information", () => {
    show(<VersionBadge findings={[{ ...LAPSED, severity: "info" }]} />);
    expect(screen.getByText("Version in grace period")).toBeTruthy();
  });
});

function withoutPrerequisites(checklist: Checklist): Checklist {
  return { ...checklist, sections: checklist.sections.filter((s) => s.part !== "prerequisites") };
}

describe("prerequisites as questions", () => {
  test("asked when the workbook has no prerequisite rows; each answer goes into the scope", () => {
    const changes: Scope[] = [];
    show(
      <PrerequisiteQuestions
        checklist={withoutPrerequisites(CATALOG.msp)}
        scope={defaultScope("msp")}
        onChange={(s) => changes.push(s)}
      />
    );
    const section = screen.getByRole("region", { name: "Prerequisites" });
    expect(within(section).getAllByRole("radiogroup")).toHaveLength(3);
    const p1 = within(section).getByRole("radiogroup", { name: "P-1 APN Membership" });
    fireEvent.click(within(p1).getByLabelText("Not met"));
    expect(changes.at(-1)?.prerequisites).toEqual({ "P-1": false });
  });

  test("an answer shows as chosen, and 'Not answered' removes it", () => {
    const changes: Scope[] = [];
    show(
      <PrerequisiteQuestions
        checklist={withoutPrerequisites(CATALOG.ecs)}
        scope={{ ...defaultScope("ecs"), prerequisites: { "1.1": true } }}
        onChange={(s) => changes.push(s)}
      />
    );
    const q = screen.getByRole("radiogroup", { name: "1.1 Program Guidelines" });
    expect((within(q).getByLabelText("Met") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(q).getByLabelText("Not answered"));
    expect(changes.at(-1)?.prerequisites).toEqual({});
  });

  test("not asked when the workbook carries the prerequisite rows", () => {
    show(
      <PrerequisiteQuestions
        checklist={CATALOG.msp}
        scope={defaultScope("msp")}
        onChange={() => undefined}
      />
    );
    expect(screen.queryByRole("region", { name: "Prerequisites" })).toBeNull();
  });
});

const AMBIGUOUS: Mapping = {
  version: 1,
  checklist: "msp",
  checklistVersion: null,
  recognisedBy: "ids-and-title",
  confidence: 1,
  sheets: [
    {
      sheet: "MSP Checklist",
      headerRow: 1,
      headerRows: 1,
      columns: {
        id: 0,
        requirement: 1,
        met: null,
        response: 2,
        evidenceLinks: null,
        evidenceDates: null,
        reviewerComment: null,
        pointsNotMet: 4,
        pointsMet: 5,
        caseStudies: [],
      },
      controls: { "requirements/1.1": 3 },
      sections: [],
      ambiguous: [
        {
          column: 2,
          label: "Self-Assessment",
          roles: ["met", "response"],
          question:
            'Is "Self-Assessment" where you answer Met (Yes/No/N/A), or a free-text response?',
          chosen: "response",
        },
      ],
    },
  ],
};

describe("ambiguous column roles", () => {
  test("the Start view asks; the answer is saved as a correction and the question goes", () => {
    const saved: Mapping[] = [];
    show(<AmbiguousColumns mapping={AMBIGUOUS} busy={false} onSave={(m) => saved.push(m)} />);
    const question = screen.getByRole("radiogroup");
    expect(screen.getByText(/Is "Self-Assessment" where you answer Met/)).toBeTruthy();
    fireEvent.click(within(question).getByLabelText("The Met answers (Yes, No or N/A)"));
    fireEvent.click(screen.getByRole("button", { name: "Save answer" }));
    expect(saved).toHaveLength(1);
    expect(saved[0].sheets[0].columns.met).toBe(2);
    expect(saved[0].sheets[0].columns.response).toBeNull();
    expect(saved[0].sheets[0].ambiguous).toBeUndefined();
  });

  test("settling as a response keeps the column where it was and drops the question", () => {
    const next = settleColumn(AMBIGUOUS, 0, 2, "response");
    expect(next.sheets[0].columns).toEqual(AMBIGUOUS.sheets[0].columns);
    expect(next.sheets[0].ambiguous).toBeUndefined();
  });

  test("nothing is asked when no column is ambiguous", () => {
    const clear = settleColumn(AMBIGUOUS, 0, 2, "met");
    const { container } = show(
      <AmbiguousColumns mapping={clear} busy={false} onSave={() => undefined} />
    );
    expect(container.textContent).toBe("");
  });
});
