/**
 * The ribbon's one-click command (ExecuteFunction "classifyTasks"): classifies the active sheet
 * without opening the pane. The entry file of commands.html, and so allowed side effects. On
 * success it shows the summary sheet; on failure it opens a small dialog with the plain-words
 * message (Excel has no notification bar for add-ins), and `event.completed()` always runs.
 * The same page, opened as that dialog (commands.html?notice=...), shows the message.
 */

import type { Language } from "../core/types";
import { classifyActiveSheet } from "../excel/classify-sheet";
import { officeHost } from "../excel/office-host";
import { activateSheet } from "../excel/sample-sheet";
import { languageFromQuery, languageOf } from "../shared/language";
import { commandReport, failureReport } from "./report";
import type { CommandReport } from "./report";

function showNotice(doc: Document, params: URLSearchParams): void {
  const message = doc.getElementById("notice");
  const technical = doc.getElementById("notice-technical");
  const details = doc.getElementById("notice-details");
  if (message !== null) message.textContent = params.get("notice") ?? "";
  if (technical !== null) technical.textContent = params.get("technical") ?? "";
  if (details !== null) details.hidden = (params.get("technical") ?? "") === "";
  doc.documentElement.lang = languageFromQuery(params.toString()) ?? "en";
}

function report(result: CommandReport, lang: Language): Promise<void> {
  const url = new URL("commands.html", window.location.href);
  url.searchParams.set("notice", result.text);
  url.searchParams.set("lang", lang);
  if (result.technical !== undefined) url.searchParams.set("technical", result.technical);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.href, { height: 30, width: 30 }, () => resolve());
  });
}

async function classifyTasks(event: Office.AddinCommands.Event): Promise<void> {
  const lang = languageOf(Office.context.displayLanguage);
  const host = officeHost();
  try {
    const result = await classifyActiveSheet({ lang }, host);
    if (result.status === "ok" && result.summarySheetName !== "") {
      const shown = await activateSheet(result.summarySheetName, host);
      if (shown.status === "error") await report(commandReport(shown, lang), lang);
    } else {
      await report(commandReport(result, lang), lang);
    }
  } catch (error) {
    await report(failureReport(error, lang), lang).catch(() => undefined);
  } finally {
    event.completed();
  }
}

const params = new URLSearchParams(window.location.search);
if (params.has("notice")) {
  showNotice(document, params);
} else if (typeof Office !== "undefined") {
  Office.onReady()
    .then(() =>
      Office.actions.associate("classifyTasks", (event: Office.AddinCommands.Event) => {
        void classifyTasks(event);
      })
    )
    .catch(() => undefined);
}
