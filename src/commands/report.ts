/**
 * What the one-click ribbon command tells the owner after a run, in the owner's language: a
 * short line on success, the error's plain words on failure. Pure, so it is tested without
 * Office.
 */

import { messagesOf } from "../core/language/languages";
import type { Language } from "../core/types";
import type { ClassifyResult } from "../excel/classify-sheet";
import { errorView } from "../shared/error-view";

export interface CommandReport {
  readonly ok: boolean;
  readonly text: string;
  /** The technical part of an error, for the folded details. */
  readonly technical?: string;
}

export function commandReport(result: ClassifyResult, lang: Language): CommandReport {
  if (result.status === "error") {
    const view = errorView(result.error, lang);
    return { ok: false, text: view.message, technical: view.technical };
  }
  const labels = messagesOf(lang).officeTypes;
  const { front, back, unclear } = result.counts;
  const counts = `${labels.front} ${front}, ${labels.back} ${back}, ${labels.unclear} ${unclear}`;
  const text = messagesOf(lang).runView.commandDone(result.sheetName, counts);
  return { ok: true, text };
}

/** An unexpected failure of the command itself (not a run's result), as a report. */
export function failureReport(error: unknown, lang: Language): CommandReport {
  const view = errorView(error, lang);
  return { ok: false, text: view.message, technical: view.technical };
}
