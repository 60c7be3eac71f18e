/**
 * The view registry: the shell renders one tab per entry, in this order. To add a view, write
 * `views/<Name>View.tsx` exporting a component that takes `ViewProps`, and register it here.
 */
import { FindingsView } from "./FindingsView";
import { FormView } from "./FormView";
import { ReviewView } from "./ReviewView";
import { ScopeView } from "./ScopeView";
import { StartView } from "./StartView";
import { SubmitView } from "./SubmitView";
import type { ViewDefinition } from "./types";

export type { ViewDefinition, ViewProps } from "./types";

export const VIEWS: readonly ViewDefinition[] = [
  { id: "start", label: "Start", component: StartView },
  { id: "scope", label: "Scope", component: ScopeView },
  { id: "form", label: "Form", component: FormView },
  { id: "findings", label: "Findings", component: FindingsView },
  { id: "review", label: "Review", component: ReviewView },
  { id: "submit", label: "Submit", component: SubmitView },
];
