/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser) with a throwaway profile and
 * the flags that keep it off the network, and opens pages that record console errors and every request that
 * leaves localhost. Shared by the e2e tests and the bench.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install it with \`apt-get update && apt-get install -y chromium\``
    );
  }
  // playwright-core refuses a --user-data-dir argument on launch(); it gives every launch a fresh temporary
  // profile (--user-data-dir=<tmp>/playwright_chromiumdev_profile-*) of its own and deletes it on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30000,
  });
  return { browser, close: () => browser.close() };
}

export interface WatchedPage {
  page: Page;
  /** console.error messages and uncaught page errors, in order. */
  errors: string[];
  /** URLs of requests to any origin other than localhost / 127.0.0.1. */
  foreignRequests: string[];
}

function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
  } catch {
    return false;
  }
}

/** A new page (own context) that records errors and blocks, but records, any request leaving localhost. */
export async function watchedPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 }
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  return { page, errors, foreignRequests };
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error("E2E_BASE_URL is not set: run through jest.e2e.config.js (globalSetup)");
  return url;
}

export const SCREENSHOTS = path.join(__dirname, "..", "..", "..", "test-results", "screenshots");

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Polls `read` every 100 ms until `accept` holds or `timeout` ms pass, and returns the last value read. */
export async function poll<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeout = 20000
): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!accept(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
