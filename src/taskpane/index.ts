/**
 * The task pane's entry point, and the only module with side effects: it wires the page to the
 * core as soon as the script runs, so "Try a task" works even where office.js never becomes
 * ready, then switches to Office's display language once Office.onReady says where it runs.
 */

import { createClassifier } from "../core/classifier";
import { BUILTIN_RULES } from "../core/rules/builtin";
import type { Language } from "../core/types";
import { createPane, showError } from "./pane";
import { languageFromQuery, languageOf } from "./strings";

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

/** Outside Office (a plain browser) onReady resolves with no host, and the pane stays English. */
async function followOfficeLanguage(): Promise<void> {
  // office.js may be missing altogether, e.g. when the CDN is blocked; the pane still works.
  if (typeof Office === "undefined") return;
  const info = await Office.onReady();
  if (!info.host || askedLanguage !== undefined) return;
  language = languageOf(Office.context.displayLanguage);
  pane.setLanguage(language);
}

followOfficeLanguage().catch((error: unknown) => showError(document, language, error));
