/**
 * Page set-up the harness walk-throughs share: one Chromium per test file, the harness opened on a workbook the
 * test serves, the pane's tabs, when the pane has read its workbook, and axe-core on the pane.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import type {} from "../../../harness/harness-api";
import { baseUrl, launchChromium, watchedPage, type LaunchedBrowser } from "./browser";

export const ROOT = path.join(__dirname, "..", "..", "..");
/** The e2e walk-throughs need the built harness (`npm run build`); without it they are skipped. */
export const HARNESS_BUILT = fs.existsSync(path.join(ROOT, "dist", "harness.html"));
const AXE = require.resolve("axe-core/axe.min.js");
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One browser for the test file: launched before its tests (when the harness is built), closed after. */
export function useChromium(): () => LaunchedBrowser {
  let chromium: LaunchedBrowser | undefined;
  beforeAll(async () => {
    if (HARNESS_BUILT) chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });
  return () => {
    if (!chromium) throw new Error("Chromium is not running: is the harness built?");
    return chromium;
  };
}

/** An .xlsx with one empty sheet, as a person starts from. */
export async function emptyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface OpenedPane {
  page: Page;
  pane: Locator;
  errors: string[];
  foreign: string[];
}

/**
 * The harness opened on `bytes`, served under samples/`name` by the test (nothing is fetched that is not there),
 * once the pane offers to create an assessment: the empty workbook's first view.
 */
export async function openEmpty(
  chromium: LaunchedBrowser,
  bytes: Buffer,
  { name = "empty-e2e.xlsx", width = 1400 }: { name?: string; width?: number } = {}
): Promise<OpenedPane> {
  const { page, errors, foreignRequests } = await watchedPage(chromium.browser, {
    width,
    height: 900,
  });
  await page.route(`**/samples/${name}`, (route) =>
    route.fulfill({ status: 200, contentType: XLSX_TYPE, body: bytes })
  );
  await page.goto(`${baseUrl()}/harness.html?workbook=${name}`);
  await page.evaluate(() => window.__harness?.ready);
  const pane = page.locator("#container");
  await pane.getByRole("region", { name: "Create an assessment" }).waitFor({ timeout: 30000 });
  return { page, pane, errors, foreign: foreignRequests };
}

/** Opens a view by its tab and waits for its region. */
export async function tab(pane: Locator, name: string): Promise<void> {
  await pane.getByRole("tab", { name }).click();
  await pane.getByRole("region", { name, exact: true }).waitFor();
}

/**
 * The pane has read the workbook: its active view shows an enabled button and the header no longer says
 * "Reading the workbook…" (a view can render from the store before the header does; both must have).
 */
export async function paneReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const pane = document.querySelector("#container");
      return (
        !!pane?.querySelector("section button:not([disabled])") &&
        !pane.textContent?.includes("Reading the workbook…")
      );
    },
    undefined,
    { timeout: 60000 }
  );
}

/** Every landmark rule of axe-core (the page-level ones need the whole document to run). */
const LANDMARK_RULES = [
  "landmark-banner-is-top-level",
  "landmark-complementary-is-top-level",
  "landmark-contentinfo-is-top-level",
  "landmark-main-is-top-level",
  "landmark-no-duplicate-banner",
  "landmark-no-duplicate-contentinfo",
  "landmark-no-duplicate-main",
  "landmark-one-main",
  "landmark-unique",
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/**
 * axe-core with every rule on the task pane (the harness grid is not the product), plus the landmark rules on the
 * whole page: the pane's <main> is the page's only <main> and is nested in no other landmark, as in Excel. Each
 * violation in words, with the elements it names.
 */
export async function paneViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (landmarkRules) => {
    // Fluent animates colours (button hover/enable, message bars): audit the settled page, not a frame mid-way
    // through a transition, where contrast is measured on intermediate colours. A spinner's animation never
    // finishes, so only the animations that end are waited for.
    await Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined))
    );
    const w = window as unknown as {
      axe: {
        run(
          context: Document | { include: string[][]; exclude: string[][] },
          options?: { runOnly: { type: "rule"; values: string[] } }
        ): Promise<{ violations: Violation[] }>;
      };
    };
    // Tabster's focus sentinels (aria-hidden, tabindex 0, they pass focus on at once) are Fluent's own.
    const pane = await w.axe.run({
      include: [["#container"]],
      exclude: [["[data-tabster-dummy]"]],
    });
    const landmarks = await w.axe.run(document, {
      runOnly: { type: "rule", values: landmarkRules },
    });
    return [...pane.violations, ...landmarks.violations];
  }, LANDMARK_RULES);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`
  );
}
