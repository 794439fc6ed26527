/**
 * The task pane's entry point, and the only module with side effects: it wires the page as soon
 * as the script runs, so "Try a task" works even where office.js never becomes ready, then, once
 * Office.onReady says where it runs, follows Office's display language and theme and reads the
 * active sheet. On the demo page (taskpane.html?demo inside demo.html) the workbook is the page's
 * in-browser one instead of Excel.
 */

import { createClassifier } from "../core/classifier/classifier";
import { BUILTIN_RULES } from "../core/rules/builtin";
import type { Language } from "../core/types";
import type { ExcelHost } from "../excel/excel-api";
import { officeHost } from "../excel/office-host";
import { languageFromQuery, languageOf } from "../shared/language";
import { createPane, showError } from "./pane";
import { themeOfBackground } from "./theme";
import { createWorkbookPane } from "./workbook-pane";
import type { WorkbookPane } from "./workbook-pane";

const askedLanguage = languageFromQuery(window.location.search);
let language: Language = askedLanguage ?? "en";

window.onerror = (message, _source, _line, _column, error) => {
  showError(document, language, error ?? message);
  // false lets the browser log it too, for whoever opens the developer tools.
  return false;
};
window.addEventListener("unhandledrejection", (event: PromiseRejectionEvent) => {
  showError(document, language, event.reason);
});

const pane = createPane(document, createClassifier(BUILTIN_RULES), language);

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The demo page's workbook, when this pane runs inside demo.html (same origin). */
function demoHost(): ExcelHost | undefined {
  if (!new URLSearchParams(window.location.search).has("demo") || window.parent === window) {
    return undefined;
  }
  try {
    const offered: unknown = (window.parent as unknown as { frontbackDemoHost?: unknown })
      .frontbackDemoHost;
    return typeof offered === "function" ? (offered as () => ExcelHost)() : undefined;
  } catch {
    return undefined; // a parent of another origin (Excel on the web) cannot be read
  }
}

function followOfficeTheme(): void {
  const theme = themeOfBackground(Office.context.officeTheme?.bodyBackgroundColor);
  if (theme !== undefined) document.documentElement.dataset.theme = theme;
}

function startWorkbookPane(host: ExcelHost): WorkbookPane {
  const workbook = createWorkbookPane(document, host, language, safeStorage());
  workbook.refresh().catch((error: unknown) => showError(document, language, error));
  return workbook;
}

async function start(): Promise<void> {
  const demo = demoHost();
  if (demo !== undefined) {
    startWorkbookPane(demo);
    return;
  }
  // office.js may be missing altogether, e.g. when the CDN is blocked; "Try a task" still works.
  if (typeof Office === "undefined") return;
  const info = await Office.onReady();
  if (!info.host) return;
  if (askedLanguage === undefined) {
    language = languageOf(Office.context.displayLanguage);
    pane.setLanguage(language);
  }
  try {
    followOfficeTheme();
  } catch {
    // officeTheme is missing in some hosts: the stylesheet follows the system instead
  }
  if (info.host === Office.HostType.Excel) startWorkbookPane(officeHost());
}

start().catch((error: unknown) => showError(document, language, error));
