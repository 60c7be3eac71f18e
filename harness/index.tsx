/**
 * Harness entry (the only script harness.html lists): installs the fake Excel/Office/CustomFunctions globals
 * synchronously, loads the workbook, exposes `window.__harness`, and renders the workbook grid into #harness-root.
 * As in Excel, the document is open before the add-in starts: the functions and task pane bundles are added only
 * (as taskpane.html lists them) once the workbook is loaded (or failed to load), and the moment they are requested is marked "harness:host-ready"
 * so the bench measures the pane from there.
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

/** The page Excel would load: its local scripts (runtime, shared chunks, functions, commands, pane), in order. */
const ADDIN_PAGE = "taskpane.html";

async function addinScripts(): Promise<string[]> {
  const res = await fetch(ADDIN_PAGE);
  if (!res.ok) throw new Error(`Could not fetch ${ADDIN_PAGE}: HTTP ${res.status}`);
  const html = await res.text();
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => src && !/^https?:/.test(src));
}

/** Adds the add-in's scripts the harness page has not loaded yet (the shared runtime and chunks it has). */
async function startAddin(): Promise<void> {
  performance.mark("harness:host-ready");
  const loaded = new Set(
    [...document.scripts].map((s) => new URL(s.src, location.href).pathname.replace(/^\//, ""))
  );
  for (const src of await addinScripts()) {
    if (loaded.has(src)) continue;
    const script = document.createElement("script");
    script.src = src;
    // Dynamically added scripts run as they arrive unless told otherwise; the pane needs them in order.
    script.async = false;
    document.body.appendChild(script);
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
else mount();
void session.api.ready.then(startAddin).catch((e: unknown) => {
  session.loadError = `The add-in could not start: ${e instanceof Error ? e.message : String(e)}`;
  session.host.engine.notify();
});
