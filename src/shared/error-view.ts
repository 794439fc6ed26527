/**
 * An error as the owner reads it, in the task pane's message bar and in the ribbon command's
 * dialog alike: plain words, and the technical part for the folded details.
 */

import { messagesOf } from "../core/language/languages";
import type { Language } from "../core/types";
import { FrontBackError } from "../excel/errors";

/** An error as plain words, with the technical part kept apart. */
export function errorView(error: unknown, lang: Language): { message: string; technical: string } {
  if (error instanceof FrontBackError) {
    return { message: error.messageIn(lang), technical: error.technical || error.code };
  }
  const technical =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === "string"
        ? error
        : String(error);
  // An error FrontBack does not know: the pane's own words, then the technical part.
  return { message: messagesOf(lang).pane.errorIntro, technical };
}
