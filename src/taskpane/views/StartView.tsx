/**
 * Start, the first view: in the initial scripts only as this shell. Its content (StartDetails.tsx: the
 * recognised workbook, the column roles, or "Create an assessment") needs the catalog and core, so it is a
 * separate chunk, requested at start-up (index.tsx calls preloadStartDetails) while the store reads the workbook;
 * until it is there the view shows the same loading state as before the first read.
 */
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import type { ViewProps } from "./types";

type Details = typeof import("./StartDetails");
let loading: Promise<Details> | undefined;
function load(): Promise<Details> {
  loading ??= import("./StartDetails").catch((error: unknown) => {
    loading = undefined; // the next render tries again
    throw error;
  });
  return loading;
}

/** Starts loading the Start view's content without rendering it. */
export function preloadStartDetails(): void {
  load().catch(() => undefined);
}

const StartDetails = React.lazy(async () => ({ default: (await load()).StartDetails }));

/** First view: the recognised workbook, or a way to create an assessment in it. */
export function StartView(props: ViewProps): React.JSX.Element {
  return (
    <React.Suspense fallback={<Spinner size="small" label="Reading the workbook…" />}>
      <StartDetails {...props} />
    </React.Suspense>
  );
}
