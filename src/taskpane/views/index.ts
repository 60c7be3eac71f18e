/**
 * The view registry: the shell renders one tab per entry, in this order. To add a view, write
 * `views/<Name>View.tsx` exporting a component that takes `ViewProps`, and replace its placeholder here.
 */
import { notBuiltView } from "./NotBuiltView";
import { StartView } from "./StartView";
import type { ViewDefinition } from "./types";

export type { ViewDefinition, ViewProps } from "./types";

export const VIEWS: readonly ViewDefinition[] = [
  { id: "start", label: "Start", component: StartView },
  {
    id: "scope",
    label: "Scope",
    component: notBuiltView(
      "Scope",
      "Answer the scope questions that decide which controls apply."
    ),
  },
  {
    id: "form",
    label: "Form",
    component: notBuiltView("Form", "Fill each applicable control with its evidence."),
  },
  {
    id: "findings",
    label: "Findings",
    component: notBuiltView("Findings", "See what the checks found, cell by cell."),
  },
  {
    id: "review",
    label: "Review",
    component: notBuiltView("Review", "Review scores and the points still open."),
  },
  {
    id: "submit",
    label: "Submit",
    component: notBuiltView("Submit", "Prepare the workbook and the message for submission."),
  },
];
