/**
 * Task pane entry: renders React only after Office.onReady, inside a FluentProvider whose theme follows the
 * Office theme (and follows its changes where the host reports them).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { createAssessmentPort, createWorkbookPort } from "../excel";
import { getAssessmentStore } from "../excel/assessmentStore";
import { App } from "./App";
import { themeFor } from "./theme";

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
  const workbook = React.useMemo(() => createWorkbookPort(), []);
  const assessment = React.useMemo(() => createAssessmentPort(Excel, getAssessmentStore()), []);
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100%" }}>
      <App workbook={workbook} assessment={assessment} />
    </FluentProvider>
  );
}

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(<Root />);
});
