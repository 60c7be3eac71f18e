/**
 * The built pages in Chromium: the bare Fluent baseline, the real-Excel task pane page (which must load Office.js
 * from Microsoft's CDN and nothing else from outside), and the browser harness with the task pane beside the grid.
 */
import * as fs from "fs";
import * as path from "path";
import type {} from "../../harness/harness-api";
import {
  baseUrl,
  launchChromium,
  screenshot,
  watchedPage,
  type LaunchedBrowser,
} from "./support/browser";

const DIST = path.join(__dirname, "..", "..", "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let chromium: LaunchedBrowser;

beforeAll(async () => {
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
});

describe("bare React + Fluent page (bench baseline)", () => {
  it("renders its button with no console error and no request off localhost", async () => {
    const { page, errors, foreignRequests } = await watchedPage(chromium.browser);
    await page.goto(`${baseUrl()}/bare.html`);
    await page.getByRole("button", { name: "Ready" }).waitFor();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});

describe("taskpane.html (the page Excel loads)", () => {
  it("asks for Office.js from Microsoft's CDN and for nothing else outside localhost", async () => {
    const { page, foreignRequests } = await watchedPage(chromium.browser);
    await page.goto(`${baseUrl()}/taskpane.html`, { waitUntil: "load" });
    expect(foreignRequests).toEqual([OFFICE_JS]);
    // Without Office.js (blocked here) nothing renders: the pane waits for Office.onReady.
    expect(await page.locator("#container").innerHTML()).toBe("");
    await page.context().close();
  });

  it("is served with the functions metadata and the manifest", async () => {
    const { page } = await watchedPage(chromium.browser);
    const metadata = await page.request.get(`${baseUrl()}/functions.json`);
    expect(metadata.ok()).toBe(true);
    const ids = ((await metadata.json()) as { functions: { id: string }[] }).functions.map(
      (f) => f.id
    );
    expect(ids).toContain("VERSION");
    const manifest = await page.request.get(`${baseUrl()}/manifest.xml`);
    expect(await manifest.text()).toContain(
      '<bt:String id="Functions.Namespace" DefaultValue="MSP"/>'
    );
    await page.context().close();
  });
});

const harnessBuilt = fs.existsSync(path.join(DIST, "harness.html"));

describe("browser harness with the sample workbook", () => {
  it("is built (harness/index.tsx and harness/harness.html exist)", () => {
    expect(harnessBuilt).toBe(true);
  });

  (harnessBuilt ? it : it.skip)(
    "shows the task pane beside the grid, without console errors or requests off localhost",
    async () => {
      const { page, errors, foreignRequests } = await watchedPage(chromium.browser, {
        width: 1400,
        height: 900,
      });
      await page.goto(`${baseUrl()}/harness.html?workbook=msp-sample.xlsx`);
      const steps = page.getByRole("tablist", { name: "Self-assessment steps" });
      await steps.waitFor();
      for (const name of ["Start", "Scope", "Form", "Findings", "Review", "Submit"]) {
        await expect(steps.getByRole("tab", { name }).count()).resolves.toBe(1);
      }
      await page.getByRole("region", { name: "Start" }).waitFor();
      // No script on the harness page may come from Office's CDN: the harness installs fakes instead.
      expect(await page.locator('script[src*="appsforoffice"]').count()).toBe(0);
      await screenshot(page, "harness-taskpane");
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.context().close();
    }
  );

  (harnessBuilt ? it : it.skip)(
    "round-trips a task pane action through the fake host into the workbook",
    async () => {
      const { page, errors, foreignRequests } = await watchedPage(chromium.browser, {
        width: 1400,
        height: 900,
      });
      await page.goto(`${baseUrl()}/harness.html?workbook=msp-sample.xlsx`);
      await page.waitForFunction(() => window.__harness !== undefined);
      await page.evaluate(() => window.__harness?.ready);
      const before = await page.evaluate(() => window.__harness?.sheetNames() ?? []);
      // The sample already has an "MSP Checklist" sheet the add-in did not create: create an FTR assessment.
      await page.getByRole("combobox", { name: "Program checklist" }).selectOption("ftr");
      await page.getByRole("button", { name: "Create assessment" }).click();
      // The task pane wrote through Excel.run into the in-memory workbook: new sheets appear in the model
      // (read back through the harness API, not through the pane) and in the grid's sheet tabs.
      const outcome = await page.waitForFunction(
        (count) => {
          if ((window.__harness?.sheetNames().length ?? 0) > count) return "written";
          const alert = document.querySelector(
            "#container [role=group][class*=MessageBar], #container .fui-MessageBar"
          );
          return alert?.textContent?.includes("went wrong") ? `error: ${alert.textContent}` : false;
        },
        before.length,
        { timeout: 30000 }
      );
      expect(await outcome.jsonValue()).toBe("written");
      const after = await page.evaluate(() => window.__harness?.sheetNames() ?? []);
      expect(after.length).toBeGreaterThan(before.length);
      const added = after.filter((name) => !before.includes(name));
      await page
        .getByText(added[0] as string, { exact: true })
        .first()
        .waitFor();
      await page.evaluate(() => window.__harness?.idle());
      await screenshot(page, "harness-after-create");
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.context().close();
    }
  );
});
