/**
 * The demo page (demo.html): the real task pane (taskpane.html, in a frame as Office shows it)
 * against an in-browser workbook, the strict fake Excel of the adapter's tests, drawn beside it
 * as sheets and charts. Each round trip waits a little, as Excel on the web does, so progress
 * shows on large sheets. The page's address holds its state: ?lang=nl&scenario=large&width=450.
 */

import { messagesOf } from "../core/language/languages";
import type { Language } from "../core/types";
import type { ExcelContext, ExcelHost } from "../excel/excel-api";
import type { FakeExcel } from "../fake-excel/fake-excel";
import { languageFromQuery } from "../shared/language";
import { renderSheet } from "./grid";
import { buildWorkbook, scenarioOf, SCENARIOS } from "./scenarios";

const ROUND_TRIP_MS = 15;

const params = new URLSearchParams(window.location.search);
const lang: Language = languageFromQuery(window.location.search) ?? "en";
const scenario = scenarioOf(params.get("scenario"));
const width = params.get("width") === "450" ? 450 : 320;

const WORDS = messagesOf(lang).demo;

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`demo.html has no <${type.name}> with id "${id}"`);
  return found;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function draw(fake: FakeExcel): void {
  const tabs = byId("tabs", HTMLElement);
  const view = byId("sheet", HTMLElement);
  const model = fake.model;
  tabs.setAttribute("aria-label", WORDS.sheets);
  tabs.replaceChildren(
    ...model.sheets.map((sheet) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.textContent = sheet.name;
      tab.className = "tab";
      tab.setAttribute("aria-pressed", String(sheet.id === model.activeSheetId));
      tab.addEventListener("click", () => {
        model.activeSheetId = sheet.id;
        draw(fake);
      });
      return tab;
    })
  );
  const active = model.sheets.find((sheet) => sheet.id === model.activeSheetId);
  view.replaceChildren(
    ...(active === undefined ? [] : [renderSheet(document, active, WORDS.more)])
  );
  view.dataset.active = active?.name ?? "";
}

/** The fake's host, with a round trip's wait and a redraw after every run. */
function demoHost(fake: FakeExcel): ExcelHost {
  const inner = fake.host();
  return {
    isSetSupported: (name, version) => inner.isSetSupported(name, version),
    run: async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
      try {
        return await inner.run((context) =>
          batch({
            workbook: context.workbook,
            sync: async () => {
              await delay(ROUND_TRIP_MS);
              return context.sync();
            },
          })
        );
      } finally {
        draw(fake);
      }
    },
  };
}

function wireControls(): void {
  const set = (key: string, value: string): void => {
    params.set(key, value);
    window.location.search = params.toString();
  };
  const language = byId("demo-lang", HTMLSelectElement);
  language.value = lang;
  language.addEventListener("change", () => set("lang", language.value));
  const workbook = byId("demo-scenario", HTMLSelectElement);
  for (const option of Array.from(workbook.options)) {
    option.disabled = !SCENARIOS.some((s) => s === option.value);
  }
  workbook.value = scenario;
  workbook.addEventListener("change", () => set("scenario", workbook.value));
  const paneWidth = byId("demo-width", HTMLSelectElement);
  paneWidth.value = String(width);
  paneWidth.addEventListener("change", () => set("width", paneWidth.value));
}

async function start(): Promise<void> {
  document.documentElement.lang = lang;
  wireControls();
  const fake = await buildWorkbook(scenario, lang);
  const host = demoHost(fake);
  (window as unknown as { frontbackDemoHost: () => ExcelHost }).frontbackDemoHost = () => host;
  draw(fake);
  const frame = document.createElement("iframe");
  frame.id = "pane";
  frame.title = WORDS.paneTitle;
  frame.width = String(width);
  frame.style.width = `${width}px`;
  frame.src = `taskpane.html?demo&lang=${lang}`;
  byId("pane-slot", HTMLElement).append(frame);
}

start().catch((error: unknown) => {
  const status = document.getElementById("demo-status");
  if (status !== null) status.textContent = `The demo could not start: ${String(error)}`;
});
