/**
 * An error as the owner reads it, in the task pane's message bar and in the ribbon command's
 * dialog alike: plain words, and the technical part for the folded details.
 */

import type { Language } from "../core/types";
import { FrontBackError } from "../excel/errors";

/** What the owner reads when the error is not one FrontBack knows. */
const UNKNOWN_ERROR: Readonly<Record<Language, string>> = {
  en: "Something went wrong. Close and reopen FrontBack; if it happens again, pass on this message:",
  nl: "Er ging iets mis. Sluit FrontBack en open het opnieuw; gebeurt het weer, geef dan deze melding door:",
};

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
  return { message: UNKNOWN_ERROR[lang], technical };
}
