/**
 * The bench's baseline: a bare React + Fluent page (same FluentProvider, one Button) so the task pane's time to
 * interactive can be compared with the least a Fluent UI page costs. Not shipped to users.
 */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const container = document.getElementById("container");
if (!container) throw new Error("bare.html has no #container element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">Ready</Button>
  </FluentProvider>
);
