/**
 * Harness entry (the only script harness.html lists): installs the fake Excel/Office/CustomFunctions globals
 * synchronously, loads the workbook, exposes `window.__harness`, and renders the workbook grid into #harness-root.
 * As in Excel, the document is open before the add-in starts: the functions and task pane bundles are added only
 * once the workbook is loaded (or failed to load), and the moment they are requested is marked "harness:host-ready"
 * so the bench measures the pane from there.
 */
import { createRoot } from "react-dom/client";
import { HarnessApp } from "./components/HarnessApp";
import { createSession } from "./session";

/** The add-in's bundles, in the order the task pane page loads them (functions, then the pane). */
export const ADDIN_SCRIPTS = ["functions.js", "taskpane.js"] as const;

const session = createSession(window);

function mount(): void {
  const rootElement = document.getElementById("harness-root");
  if (!rootElement) return;
  createRoot(rootElement).render(<HarnessApp session={session} />);
}

function startAddin(): void {
  performance.mark("harness:host-ready");
  for (const src of ADDIN_SCRIPTS) {
    const script = document.createElement("script");
    script.src = src;
    // Dynamically added scripts run as they arrive unless told otherwise; the pane needs functions first.
    script.async = false;
    document.body.appendChild(script);
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
else mount();
void session.api.ready.finally(startAddin);
