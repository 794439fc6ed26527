/* global window, document, MutationObserver -- the functions passed to evaluate run in the page */
// The task pane in real headless Chromium, on the demo page: the built pane against the
// in-browser workbook. `npm run test:e2e` builds first; screenshots go to test-results/.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { launch, openDemo, openPage, serveDist } from "./browser.mjs";

const SHOTS = "test-results";
let server;
let browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDist();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The texts of the header row of the sheet the demo shows. */
async function gridHeader(page) {
  return page.locator("#sheet table.grid tbody tr").first().locator("td").allTextContents();
}

async function classify(pane) {
  await pane.locator("#classify-sheet").click();
  await pane.locator("#run-result:not([hidden]), #error:not([hidden])").first().waitFor();
}

describe("the task pane on the demo page", () => {
  it("classifies the sample with the keyboard, writes the columns and the summary", async () => {
    const { context, page, errors } = await openPage(browser, server.url);
    const pane = await openDemo(page, server.url, "scenario=sample");
    assert.match(await pane.locator("#source-where").textContent(), /Sample tasks.*12 rows/);
    assert.equal(await pane.locator("#field-task").inputValue(), "Task");
    assert.equal(await pane.locator("#field-hours").inputValue(), "Hours per week");

    // Keyboard only: Tab to the Classify button, then Enter.
    await pane.locator("body").click({ position: { x: 1, y: 1 } });
    let focused = "";
    for (let i = 0; i < 30 && focused !== "classify-sheet"; i++) {
      await page.keyboard.press("Tab");
      focused = await pane
        .locator(":focus")
        .getAttribute("id")
        .catch(() => "");
    }
    assert.equal(focused, "classify-sheet");
    await page.keyboard.press("Enter");
    await pane.locator("#run-result:not([hidden])").waitFor();

    assert.match(await pane.locator("#result-headline").textContent(), /12 tasks classified/);
    const rows = await pane.locator("#result-rows tr").allTextContents();
    assert.equal(rows.length, 4);
    assert.match(rows[3], /Total\s*12\s*61/);
    assert.ok((await pane.locator("#result-gaps li").count()) > 0);

    const header = await gridHeader(page);
    for (const column of ["Office type", "Confidence", "Why", "Skills needed", "Skill gap"]) {
      assert.ok(header.includes(column), `${column} in ${header.join(", ")}`);
    }
    const cells = await page.locator("#sheet table.grid tbody").textContent();
    assert.match(cells, /Front office/);
    assert.match(cells, /Back office/);

    await pane.locator("#open-summary").click();
    await page.locator('#sheet[data-active="FrontBack summary"]').waitFor();
    assert.ok((await page.locator("#sheet figure.chart svg").count()) >= 2);
    assert.match(await page.locator("#sheet").textContent(), /FrontBack summary/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("on a blank workbook, offers the sample, which then classifies with the options on", async () => {
    const { context, page, errors } = await openPage(browser, server.url);
    const pane = await openDemo(page, server.url, "scenario=blank");
    assert.equal(await pane.locator("#intro").isVisible(), true);
    assert.match(await pane.locator("#error-message").textContent(), /is empty/);
    await pane.locator("#try-sample").click();
    await pane.locator("#status:has-text('Sample sheets added')").waitFor();
    assert.equal(await pane.locator("#error").isVisible(), false);
    assert.match(await pane.locator("#source-where").textContent(), /Sample tasks/);
    assert.equal(await page.locator("#sheet").getAttribute("data-active"), "Sample tasks");
    await pane.locator("#option-rules").check();
    await pane.locator("#option-summary").uncheck();
    await classify(pane);
    assert.equal(await pane.locator("#run-result").isVisible(), true);
    const tabs = await page.locator("#tabs .tab").allTextContents();
    assert.ok(tabs.includes("Rules"), tabs.join(", "));
    assert.ok(!tabs.includes("FrontBack summary"), tabs.join(", "));
    assert.equal(await pane.locator("#open-summary").isVisible(), false);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("tries one task and marks the words it learned in Why", async () => {
    const { context, page, errors } = await openPage(browser, server.url);
    const pane = await openDemo(page, server.url, "scenario=sample");
    await pane.locator("details.try summary").click();
    await pane.locator("#task-text").fill("Keep the attendance registers");
    await pane.locator("#classify").click();
    await pane.locator("#result:not([hidden])").waitFor();
    assert.match(await pane.locator("#result-type").textContent(), /Back office/);
    assert.equal(
      (await pane.locator("#result-why").textContent()).trim(),
      'Back: "attendance", "registers" (learned)'
    );
    await pane.locator("details.try").screenshot({ path: `${SHOTS}/pane-try-learned.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("speaks Dutch and writes Dutch results", async () => {
    const { context, page, errors } = await openPage(browser, server.url);
    const pane = await openDemo(page, server.url, "scenario=sample&lang=nl");
    await page.setViewportSize({ width: 1280, height: 1500 });
    assert.equal((await pane.locator("#classify-sheet").textContent()).trim(), "Taken indelen");
    assert.equal(await pane.locator("html").getAttribute("lang"), "nl");
    assert.match(await pane.locator("#source-where").textContent(), /Blad "Voorbeeldtaken"/);
    await classify(pane);
    assert.match(await pane.locator("#result-headline").textContent(), /12 taken ingedeeld/);
    const header = await gridHeader(page);
    assert.ok(header.includes("Officetype"), header.join(", "));
    assert.ok(header.includes("Waarom"), header.join(", "));
    await page.locator("#pane").screenshot({ path: `${SHOTS}/pane-320-light-nl.png` });
    await pane.locator("#open-summary").click();
    await page.locator('#sheet[data-active="FrontBack overzicht"]').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("says in plain words when there is no task column, details folded away", async () => {
    const { context, page, errors } = await openPage(browser, server.url);
    const pane = await openDemo(page, server.url, "scenario=no-task-column");
    await page.setViewportSize({ width: 1280, height: 1200 });
    // Said before the owner tries, in the one message bar; and again when they do.
    assert.equal(await pane.locator("#error").isVisible(), true);
    assert.equal(await pane.locator(".message-bar").count(), 1);
    await pane.locator("#error-dismiss").click();
    assert.equal(await pane.locator("#error").isVisible(), false);
    await classify(pane);
    const bar = pane.locator("#error");
    assert.equal(await bar.isVisible(), true);
    assert.equal(await bar.getAttribute("role"), "alert");
    assert.match(await pane.locator("#error-message").textContent(), /Task|Taak/);
    assert.equal(await pane.locator("#error-details").evaluate((d) => d.open), false);
    assert.equal(await pane.locator("#error-technical").isVisible(), false);
    assert.equal(await pane.locator("#run-result").isVisible(), false);
    assert.equal(await page.locator("#sheet").getAttribute("data-active"), "Rota");
    await page.locator("#pane").screenshot({ path: `${SHOTS}/pane-320-light-error.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("shows an uncaught error and an unhandled rejection in the message bar", async () => {
    const { context, page } = await openPage(browser, server.url);
    const pane = await openDemo(page, server.url, "scenario=sample");
    const frame = page.frame({ url: /taskpane\.html/ });
    await frame.evaluate(() => {
      setTimeout(() => {
        throw new Error("thrown outside any handler");
      });
    });
    await pane.locator("#error:not([hidden])").waitFor();
    assert.match(await pane.locator("#error-message").textContent(), /Something went wrong/);
    await pane.locator("#error-details > summary").click();
    assert.match(await pane.locator("#error-technical").textContent(), /thrown outside/);
    await pane.locator("#error-dismiss").click();
    await frame.evaluate(() => {
      void Promise.reject(new Error("rejected with no catch"));
    });
    await pane.locator("#error:not([hidden])").waitFor();
    assert.match(await pane.locator("#error-technical").textContent(), /rejected with no catch/);
    await context.close();
  });

  it("shows progress on 20,000 rows and finishes them all", async () => {
    const { context, page, errors } = await openPage(browser, server.url);
    const pane = await openDemo(page, server.url, "scenario=large");
    assert.match(await pane.locator("#source-where").textContent(), /20,000 rows/);
    const frame = page.frame({ url: /taskpane\.html/ });
    // Record every progress text the owner would see while the run goes on.
    await frame.evaluate(() => {
      const seen = [];
      window.progressSeen = seen;
      const text = document.getElementById("progress-text");
      new MutationObserver(() => {
        if (!document.getElementById("progress-area").hidden) seen.push(text.textContent);
      }).observe(text, { childList: true, characterData: true, subtree: true });
    });
    const started = Date.now();
    await pane.locator("#classify-sheet").click();
    await pane.locator("#progress-area:not([hidden])").waitFor();
    await pane.locator("#run-result:not([hidden])").waitFor({ timeout: 120_000 });
    const seconds = (Date.now() - started) / 1000;
    const seen = await frame.evaluate(() => window.progressSeen);
    assert.ok(
      seen.some((t) => /of 20,000 rows/.test(t) && !/20,000 of/.test(t)),
      seen.join(" | ")
    );
    assert.match(await pane.locator("#result-headline").textContent(), /20,000 tasks classified/);
    assert.ok(seconds < 60, `took ${seconds} s`);
    console.log(`20,000 rows in ${seconds.toFixed(1)} s; progress: ${seen.join(" | ")}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const colorScheme of ["light", "dark"]) {
    it(`has no axe-core violations (${colorScheme}), before and after a run`, async () => {
      const { context, page } = await openPage(browser, server.url, { colorScheme });
      const pane = await openDemo(page, server.url, "scenario=sample");
      const scan = async () => {
        const result = await new AxeBuilder({ page }).include("#pane").analyze();
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
      };
      assert.deepEqual(await scan(), []);
      await classify(pane);
      // "Try a single task" open, with a back-office answer shown.
      await pane.locator("details.try > summary").click();
      await pane.locator("#task-text").fill("Prepare the monthly payroll");
      await pane.locator("#classify").click();
      await pane.locator("#result:not([hidden])").waitFor();
      assert.equal(await pane.locator("#result-type").getAttribute("data-office-type"), "back");
      assert.deepEqual(await scan(), []);
      await context.close();
    });
  }

  for (const colorScheme of ["light", "dark"]) {
    for (const width of [320, 450]) {
      it(`looks right at ${width} px, ${colorScheme}`, async () => {
        const { context, page, errors } = await openPage(browser, server.url, {
          colorScheme,
          viewport: { width: width + 900, height: 1500 },
        });
        const pane = await openDemo(page, server.url, `scenario=sample&width=${width}`);
        const frame = page.locator("#pane");
        await frame.screenshot({ path: `${SHOTS}/pane-${width}-${colorScheme}-start.png` });
        await classify(pane);
        // Nothing may stick out sideways at this width.
        const overflow = await pane
          .locator("html")
          .evaluate((html) => html.scrollWidth - html.clientWidth);
        assert.ok(overflow <= 0, `the pane scrolls sideways by ${overflow} px`);
        await frame.screenshot({ path: `${SHOTS}/pane-${width}-${colorScheme}-result.png` });
        if (width === 450) {
          await page.screenshot({ path: `${SHOTS}/demo-${colorScheme}.png`, fullPage: true });
          await pane.locator("#open-summary").click();
          await page.locator('#sheet[data-active="FrontBack summary"]').waitFor();
          await page.screenshot({
            path: `${SHOTS}/demo-summary-${colorScheme}.png`,
            fullPage: true,
          });
        }
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
});
