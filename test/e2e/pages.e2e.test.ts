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
      const before = await page.evaluate(() => JSON.stringify(window.__harness?.model()));
      // Correct a column role in the Start view and save it: the pane writes through Excel.run. The roles of a
      // workbook the add-in made are folded away; the links column moves to a column no other role uses.
      await page.locator("#container").getByText("Recognised workbook").waitFor({ timeout: 60000 });
      const show = page.getByRole("button", { name: "Show column roles" });
      if (await show.isVisible()) await show.click();
      const links = page.getByRole("combobox", { name: "Evidence links column in MSP Checklist" });
      await links.waitFor({ timeout: 30000 });
      const options = await links.locator("option").allTextContents();
      const taken = await page
        .locator("#container select")
        .evaluateAll((els) =>
          els.map((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "")
        );
      const free = options.find((o) => /^[A-Z]{1,2}$/.test(o) && !taken.includes(o));
      expect(free).toBeDefined();
      await links.selectOption({ label: free ?? "" });
      await page.getByRole("button", { name: "Save column roles" }).click();
      // The write reached the in-memory workbook (read back through the harness API, not through the pane).
      const changed = await page.waitForFunction(
        (old) => {
          const now = JSON.stringify(window.__harness?.model());
          if (now !== old) return "written";
          const alert = document.querySelector("#container .fui-MessageBar");
          return alert?.textContent?.includes("went wrong") ? `error: ${alert.textContent}` : false;
        },
        before,
        { timeout: 30000 }
      );
      expect(await changed.jsonValue()).toBe("written");
      await page.evaluate(() => window.__harness?.idle());
      await screenshot(page, "harness-after-save");
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.context().close();
    }
  );
});
