/**
 * The view registry: the shell renders one tab per entry, in this order. To add a view, write
 * `views/<Name>View.tsx` exporting a component that takes `ViewProps`, and register it here.
 *
 * Only the first view (Start) is in the task pane's initial scripts; every other view is a separate chunk loaded
 * when its tab is first opened (or preloaded once the pane is idle), so the pane's first paint does not wait for
 * code it does not show. The shell renders a Spinner while a view's chunk loads; a chunk that fails to load is
 * requested again (lazyComponent).
 */
import { lazyComponent } from "../lazyComponent";
import { StartView } from "./StartView";
import type { ViewDefinition } from "./types";

export type { ViewDefinition, ViewProps } from "./types";

export const VIEWS: readonly ViewDefinition[] = [
  { id: "start", label: "Start", component: StartView },
  {
    id: "scope",
    label: "Scope",
    ...lazyComponent(() => import("./ScopeView").then((m) => m.ScopeView)),
  },
  {
    id: "form",
    label: "Form",
    ...lazyComponent(() => import("./FormView").then((m) => m.FormView)),
  },
  {
    id: "findings",
    label: "Findings",
    ...lazyComponent(() => import("./FindingsView").then((m) => m.FindingsView)),
  },
  {
    id: "review",
    label: "Review",
    ...lazyComponent(() => import("./ReviewView").then((m) => m.ReviewView)),
  },
  {
    id: "submit",
    label: "Submit",
    ...lazyComponent(() => import("./SubmitView").then((m) => m.SubmitView)),
  },
  {
    id: "compare",
    label: "Compare",
    ...lazyComponent(() => import("./CompareView").then((m) => m.CompareView)),
  },
  {
    id: "carry-forward",
    label: "Last cycle",
    ...lazyComponent(() => import("./CarryForwardView").then((m) => m.CarryForwardView)),
  },
];
