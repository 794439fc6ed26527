/* global document -- the function passed to waitForFunction runs in the page */
// Shared set-up of the browser tests: build output served from dist/ on 127.0.0.1 by
// scripts/serve-dist.mjs in its own process group, and Debian's Chromium through playwright-core.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Starts the static server on a free port; resolves with its base URL and a stop function. */
export function serveDist() {
  const child = spawn(process.execPath, [join(root, "scripts/serve-dist.mjs"), "0"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        resolve();
      }
    });
  return new Promise((resolve, reject) => {
    let seen = "";
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`serve-dist exited early (${code})`)));
    child.stdout.on("data", (chunk) => {
      seen += String(chunk);
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match) {
        child.removeAllListeners("exit");
        resolve({ url: match[1], stop });
      }
    });
  });
}

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A page of its own context (axe needs one) that never reaches the network: office.js from
 * Microsoft's CDN is refused, as it would be offline; the pane does not need it on the demo page.
 */
export async function openPage(browser, base, { colorScheme = "light", viewport } = {}) {
  const context = await browser.newContext({
    colorScheme,
    viewport: viewport ?? { width: 1280, height: 900 },
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  return { context, page, errors, base };
}

/** Opens the demo page and waits for the pane in its frame to have read the active sheet. */
export async function openDemo(page, base, query) {
  await page.goto(`${base}/demo.html?${query}`);
  const pane = page.frameLocator("#pane");
  await pane.locator("#workbook:not([hidden])").waitFor();
  await page.waitForFunction(() => {
    const frame = document.querySelector("#pane");
    const doc = frame?.contentDocument;
    return doc?.body.getAttribute("aria-busy") === "false";
  });
  return pane;
}
