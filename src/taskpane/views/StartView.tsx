/**
 * Start, the first view: in the initial scripts only as this shell. Its content (StartDetails.tsx: the
 * recognised workbook, the column roles, or "Create an assessment") needs the catalog and core, so it is a
 * separate chunk, requested at start-up (index.tsx calls preloadStartDetails) while the store reads the workbook;
 * until it is there the view shows the same loading state as before the first read.
 */
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import { lazyComponent } from "../lazyComponent";
import type { ViewProps } from "./types";

const details = lazyComponent((): Promise<React.ComponentType<ViewProps>> =>
  import("./StartDetails").then((m) => m.StartDetails)
);
const StartDetails = details.component;

/** Starts loading the Start view's content without rendering it; resolves once it has loaded or failed. */
export function preloadStartDetails(): Promise<void> {
  return details.preload().then(
    () => undefined,
    () => undefined // rendering the view tries again and shows the error
  );
}

/** First view: the recognised workbook, or a way to create an assessment in it. */
export function StartView(props: ViewProps): React.JSX.Element {
  return (
    <React.Suspense fallback={<Spinner size="small" label="Reading the workbook…" />}>
      <StartDetails {...props} />
    </React.Suspense>
  );
}
