/**
 * Harness entry (webpack entry "harness", loaded BEFORE the functions and taskpane bundles): installs the fake
 * Excel/Office/CustomFunctions globals synchronously, starts loading the sample workbook (Office.onReady waits for
 * it), exposes `window.__harness`, and renders the workbook grid into #harness-root.
 */
import { createRoot } from "react-dom/client";
import { HarnessApp } from "./components/HarnessApp";
import { createSession } from "./session";

const session = createSession(window);

function mount(): void {
  const rootElement = document.getElementById("harness-root");
  if (!rootElement) return;
  createRoot(rootElement).render(<HarnessApp session={session} />);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
else mount();
