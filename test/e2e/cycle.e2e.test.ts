/**
 * "Compare with…" in the browser harness: the pane reads a picked .xlsx with ExcelJS in its own chunk (nothing is
 * uploaded) and lists the changed answer with the cell in both files.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type {} from "../../harness/harness-api";
import { baseUrl, launchChromium, watchedPage, type LaunchedBrowser } from "./support/browser";

const DIST = path.join(__dirname, "..", "..", "dist");
const SAMPLE = path.join(__dirname, "..", "..", "samples", "msp-sample.xlsx");
const harnessBuilt = fs.existsSync(path.join(DIST, "harness.html"));

jest.setTimeout(240000);

let chromium: LaunchedBrowser;

beforeAll(async () => {
  if (harnessBuilt) chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
});

const describeIf = harnessBuilt ? describe : describe.skip;

describeIf("cycle views in the harness", () => {
  it("Compare with…: a changed answer shows with the cell in both files", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    // 1.1's Met? cell, found by its ID and the "Met?" header wherever the layout puts them; the copy flips it.
    const ws = wb.getWorksheet("MSP Checklist")!;
    let metCell = "";
    let metCol = 0;
    ws.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (String(cell.value ?? "").trim() === "Met?") metCol = col;
      });
      const id = String(row.getCell(1).value ?? "").trim();
      if (!metCell && metCol && /^1\.1\b/.test(id)) metCell = row.getCell(metCol).address;
    });
    const was = String(ws.getCell(metCell).value ?? "").trim();
    const now = was === "Yes" ? "No" : "Yes";
    ws.getCell(metCell).value = now;
    const edited = Buffer.from(await wb.xlsx.writeBuffer());

    const { page, errors, foreignRequests } = await watchedPage(chromium.browser, {
      width: 1400,
      height: 900,
    });
    await page.route("**/samples/cycle-e2e.xlsx", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body: fs.readFileSync(SAMPLE),
      })
    );
    await page.goto(`${baseUrl()}/harness.html?workbook=cycle-e2e.xlsx`);
    await page.evaluate(() => window.__harness?.ready);
    const pane = page.locator("#container");
    await pane.getByText("Recognised workbook").waitFor({ timeout: 60000 });
    await pane.getByRole("tab", { name: "Compare" }).click();
    const view = pane.getByRole("region", { name: "Compare with another workbook" });
    await view.waitFor();
    await view.locator('input[type="file"]').setInputFiles({
      name: "last-cycle.xlsx",
      mimeType: "application/octet-stream",
      buffer: edited,
    });
    const answers = view.getByRole("list", { name: "Answers changed" });
    await answers.waitFor({ timeout: 60000 });
    const text = await answers.innerText();
    expect(text).toContain(`Met? “${now}” → “${was}”`);
    expect(text).toContain(`last-cycle.xlsx: 'MSP Checklist'!${metCell}`);
    expect(text).toContain(`This workbook: 'MSP Checklist'!${metCell}`);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
