/** The contract between the task pane shell and its views. */
import type { ComponentType } from "react";
import type { AssessmentPort } from "../../excel/port";

export interface ViewProps {
  /** The live assessment of the open workbook and the operations on it. */
  assessment: AssessmentPort;
  /** Shows an error in the shell's MessageBar. Call it with every rejection a view does not handle itself. */
  reportError: (error: unknown) => void;
  /** The control of the row last selected in the sheet, remembered by the shell while another view was open. */
  selectedControl?: string | null;
}

export interface ViewDefinition {
  /** Stable id, used as the tab value and in tests. */
  id: string;
  /** Tab label people read. */
  label: string;
  component: ComponentType<ViewProps>;
  /** Loads a lazy view's code ahead of its first use (absent for views in the initial scripts). */
  preload?: () => Promise<unknown>;
}
