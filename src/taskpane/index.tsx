/**
 * Task pane entry: renders React only after Office.onReady, inside a FluentProvider whose theme follows the
 * Office theme (and follows its changes where the host reports them).
 *
 * The initial scripts hold the shell (header, tabs, the Start view's loading state); the assessment runtime
 * (catalog, zod, core, Office.js adapters) and the Start view's content are async chunks requested here, at
 * start-up, so they download and evaluate while Office initialises instead of after the first paint.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { lazy } from "../core/lazy";
import { App } from "./App";
import { lazyAssessmentPort } from "./lazyPorts";
import { themeFor } from "./theme";
import { preloadStartDetails } from "./views/StartView";

const runtime = lazy(() => import("./assessmentRuntime"));
void runtime.get().catch(() => undefined); // a failure is reported by the first use (a "failed" snapshot)
void preloadStartDetails();
/** The ports, created once on first use (after Office.onReady: the first subscriber renders after it). */
const ports = lazy(async () => (await runtime.get()).createPorts(), { attempts: 1 });

function currentOfficeTheme(): Office.OfficeTheme | undefined {
  // officeTheme is undefined in hosts that do not expose it (e.g. some Excel on the web builds).
  return Office.context?.officeTheme ?? undefined;
}

function useOfficeTheme(): ReturnType<typeof themeFor> {
  const [theme, setTheme] = React.useState(() => themeFor(currentOfficeTheme()));
  React.useEffect(() => {
    const document = Office.context?.document;
    const eventType = Office.EventType?.OfficeThemeChanged;
    if (!document?.addHandlerAsync || !eventType) return undefined;
    const handler = (): void => setTheme(themeFor(currentOfficeTheme()));
    // Theme events are optional: a host that refuses the handler keeps the theme read at start.
    document.addHandlerAsync(eventType, handler);
    return () => {
      document.removeHandlerAsync(eventType, { handler });
    };
  }, []);
  return theme;
}

function Root(): React.JSX.Element {
  const theme = useOfficeTheme();
  const assessment = React.useMemo(
    () => lazyAssessmentPort(async () => (await ports.get()).assessment),
    []
  );
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100%" }}>
      <App assessment={assessment} />
    </FluentProvider>
  );
}

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(<Root />);
});
