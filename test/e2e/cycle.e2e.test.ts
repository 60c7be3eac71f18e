/**
 * The cycle views in the browser harness: the pane reads a picked .xlsx with ExcelJS in an async chunk (nothing is
 * uploaded, and the reader is not among the pane's start-up scripts). "Compare with…" lists the changed answer with
 * the cell in both files; "Start from last cycle's workbook…" carries last cycle's answers into empty cells, marks
 * them in the sheet as `selfassess carry-forward` does, still shows them after the workbook is saved and reopened,
 * and a re-confirm empties the mark.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type {} from "../../harness/harness-api";
import {
  baseUrl,
  launchChromium,
  poll,
  watchedPage,
  type LaunchedBrowser,
} from "./support/browser";

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

/** The local scripts taskpane.html loads before the pane runs. */
function paneStartupScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

describeIf("the picked-file reader is an async chunk", () => {
  it("ExcelJS and the package normaliser are not in the pane's start-up scripts", () => {
    const scripts = paneStartupScripts();
    expect(scripts).toContain("taskpane.js");
    // Both ExcelJS and src/xlsx/normalisePackage.ts name the shared strings part; nothing else the pane runs does.
    const marker = "sharedStrings";
    for (const script of scripts)
      expect([script, fs.readFileSync(path.join(DIST, script), "utf8").includes(marker)]).toEqual([
        script,
        false,
      ]);
    const chunks = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && !scripts.includes(f));
    expect(chunks.some((f) => fs.readFileSync(path.join(DIST, f), "utf8").includes(marker))).toBe(
      true
    );
  });
});

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

  it("Start from last cycle's workbook…: carried answers marked in the sheet, kept over a reload, re-confirmed", async () => {
    // This cycle's workbook: the sample with 1.1 and 1.5 emptied (Met? to Evidence dates); last cycle's: the sample.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.getWorksheet("MSP Checklist")!;
    let header = 0;
    const cols: Record<string, number> = {};
    const rows: Record<string, number> = {};
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const text = String(cell.value ?? "").trim();
        if (text === "Met?" || text === "Partner Response" || text === "Evidence dates") {
          cols[text] = c;
          header = r;
        }
      });
      const id = String(row.getCell(1).value ?? "").trim();
      if (/^\d+\.\d+$/.test(id)) rows[id] ??= r;
    });
    for (const id of ["1.1", "1.5"])
      for (let c = cols["Met?"]!; c <= cols["Evidence dates"]!; c++)
        ws.getRow(rows[id]!).getCell(c).value = null;
    const thisCycle = Buffer.from(await wb.xlsx.writeBuffer());
    const row11 = rows["1.1"]!;

    const { page, errors, foreignRequests } = await watchedPage(chromium.browser, {
      width: 1400,
      height: 900,
    });
    await page.route("**/samples/this-cycle.xlsx", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body: thisCycle,
      })
    );
    await page.goto(`${baseUrl()}/harness.html?workbook=this-cycle.xlsx`);
    await page.evaluate(() => window.__harness?.ready);
    const pane = page.locator("#container");
    await pane.getByText("Recognised workbook").waitFor({ timeout: 60000 });
    await pane.getByRole("tab", { name: "Last cycle" }).click();
    const view = pane.getByRole("region", { name: "Start from last cycle's workbook" });
    await view.waitFor();
    await view.locator('input[type="file"]').setInputFiles({
      name: "last-cycle.xlsx",
      mimeType: "application/octet-stream",
      buffer: fs.readFileSync(SAMPLE),
    });
    const toCarry = view.getByRole("list", { name: "To carry" });
    await toCarry.waitFor({ timeout: 60000 });
    expect(await toCarry.innerText()).toMatch(/1\.1 .*Met\? “Yes”/);
    await view.getByRole("button", { name: "Carry forward" }).click();
    await view
      .getByRole("status")
      .filter({ hasText: /cells? written/ })
      .waitFor({ timeout: 30000 });

    // The sheet: the answer carried into its empty cell, the mark in a "Carried forward" column after the table.
    const sheetCells = () =>
      page.evaluate(
        ({ header, row, met }) => {
          const h = window.__harness!;
          const head = h.getValues("MSP Checklist", `A${header}:Z${header}`)[0] ?? [];
          const col = head.findIndex((v) => v === "Carried forward");
          const letter = col < 0 ? "" : String.fromCharCode(65 + col);
          return {
            col,
            headerWidth: head.filter((v) => v !== "" && v !== null).length,
            met: h.getValue("MSP Checklist", `${met}${row}`),
            mark: col < 0 ? null : h.getValue("MSP Checklist", `${letter}${row}`),
          };
        },
        { header, row: row11, met: String.fromCharCode(64 + cols["Met?"]!) }
      );
    const carried = await poll(sheetCells, (c) => c.col >= 0);
    expect(carried.col).toBe(carried.headerWidth - 1); // the new last column of the header
    expect(carried.met).toBe("Yes");
    expect(carried.mark).toMatch(/^Carried from \d{4}-\d{2}-\d{2}: re-confirm$/);
    const marks = view.getByRole("list", { name: "Carried, to re-confirm" });
    expect(await marks.innerText()).toMatch(/1\.1 .*: Carried from \d{4}-\d{2}-\d{2}: re-confirm/);

    // Saved and opened again, as after closing Excel: the pane has nothing in memory, the marks come from the sheet.
    const saved = await page.evaluate(async () =>
      Array.from(new Uint8Array(await window.__harness!.saveBytes()))
    );
    await Promise.all([
      page.waitForURL(/file=/, { timeout: 60000 }),
      page.evaluate((bytes) => {
        void window.__harness!.openBytes(new Uint8Array(bytes).buffer, "this-cycle-saved.xlsx");
      }, saved),
    ]);
    await page.evaluate(() => window.__harness?.ready);
    await pane.getByText("Recognised workbook").waitFor({ timeout: 60000 });
    await pane.getByRole("tab", { name: "Last cycle" }).click();
    const again = pane
      .getByRole("region", { name: "Start from last cycle's workbook" })
      .getByRole("list", { name: "Carried, to re-confirm" });
    await again.waitFor({ timeout: 60000 });
    expect(await again.innerText()).toMatch(/1\.1 .*: Carried from \d{4}-\d{2}-\d{2}: re-confirm/);

    await again.getByRole("button", { name: "Re-confirmed 1.1" }).click();
    await again.getByText(/^1\.1 /).waitFor({ state: "detached", timeout: 30000 });
    const after = await poll(sheetCells, (c) => c.mark === "");
    expect(after.mark).toBe("");
    expect(after.met).toBe("Yes");
    expect(await again.innerText()).toMatch(/Carried from/); // the other carried controls still wait
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
