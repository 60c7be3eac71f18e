import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AssessmentPort } from "../excel/port";
import { LiveState } from "./components/LiveState";
import { VIEWS, type ViewDefinition } from "./views";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
  },
  // The live state stays in view while a long form scrolls.
  live: { position: "sticky", top: 0, zIndex: 1 },
  // Six tabs do not fit in a 320 px pane: they wrap instead of being cut off.
  tabs: { flexWrap: "wrap" },
  panel: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

/** Text for any rejection: Office.js errors are `Error`s with a message; anything else is stringified. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

export interface AppProps {
  assessment: AssessmentPort;
  views?: readonly ViewDefinition[];
}

/**
 * Loads the lazy views' chunks once the workbook's first read has landed and the browser is idle, so opening a
 * tab later does not wait for the network; before that the pane's own start-up has the CPU.
 */
function usePreloadViews(views: readonly ViewDefinition[], assessment: AssessmentPort): void {
  React.useEffect(() => {
    let cancelled = false;
    let stop: (() => void) | undefined;
    const preload = (): void => {
      stop?.();
      stop = undefined;
      const start = (): void => {
        if (cancelled) return;
        for (const view of views) void view.preload?.().catch(() => undefined);
      };
      if (typeof window.requestIdleCallback === "function")
        window.requestIdleCallback(start, { timeout: 2000 });
      else setTimeout(start, 200);
    };
    if (assessment.getSnapshot().state !== "loading") preload();
    else
      stop = assessment.subscribe((snapshot) => {
        if (snapshot.state !== "loading") preload();
      });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [views, assessment]);
}

/**
 * The control of the row last selected in the sheet, whichever view is open, so the Form opens on it (a view that
 * mounts later would have missed the selection event).
 */
function useSelectedControl(assessment: AssessmentPort): string | null {
  const [key, setKey] = React.useState<string | null>(null);
  React.useEffect(
    () =>
      assessment.onControlSelected((selected) => {
        if (selected) setKey(selected);
      }),
    [assessment]
  );
  return key;
}

/** The task pane shell: navigation over the view registry and one MessageBar for every error. */
export function App({ assessment, views = VIEWS }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [selected, setSelected] = React.useState<string>(views[0]?.id ?? "");
  const [error, setError] = React.useState<string | undefined>(undefined);

  const reportError = React.useCallback((e: unknown) => setError(errorMessage(e)), []);
  usePreloadViews(views, assessment);
  const selectedControl = useSelectedControl(assessment);

  React.useEffect(() => {
    // A promise a view forgot to handle still reaches the user instead of the console only.
    const onRejection = (event: PromiseRejectionEvent): void => reportError(event.reason);
    window.addEventListener("unhandledrejection", onRejection);
    return () => window.removeEventListener("unhandledrejection", onRejection);
  }, [reportError]);

  const active = views.find((view) => view.id === selected) ?? views[0];
  const ActiveView = active?.component;

  return (
    <main className={styles.root}>
      {error !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Something went wrong</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setError(undefined)}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <LiveState assessment={assessment} className={styles.live} />
      <TabList
        size="small"
        selectedValue={selected}
        onTabSelect={(_ev, data) => setSelected(String(data.value))}
        aria-label="Self-assessment steps"
        className={styles.tabs}
      >
        {views.map((view) => (
          <Tab key={view.id} value={view.id} id={`tab-${view.id}`}>
            {view.label}
          </Tab>
        ))}
      </TabList>
      {ActiveView && active && (
        <div role="tabpanel" aria-labelledby={`tab-${active.id}`} className={styles.panel}>
          <React.Suspense fallback={<Spinner size="small" label={`Loading ${active.label}…`} />}>
            <ActiveView
              assessment={assessment}
              reportError={reportError}
              selectedControl={selectedControl}
            />
          </React.Suspense>
        </div>
      )}
    </main>
  );
}
