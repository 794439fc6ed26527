/**
 * The language FrontBack speaks to the owner, shared by the task pane and the ribbon command:
 * Office's display language, unless the page address asks for one.
 */

import { LANGUAGES } from "../core/language/languages";
import type { Language } from "../core/types";

/**
 * The language for an Office display language such as "nl-NL" or "nl-BE": the language of its
 * primary tag when FrontBack speaks it, English for everything else, including a missing one
 * (outside Office).
 */
export function languageOf(displayLanguage: unknown): Language {
  if (typeof displayLanguage !== "string") return "en";
  const tag = displayLanguage.trim().toLowerCase();
  const primary = tag.split(/[-_]/)[0];
  return LANGUAGES.find((lang) => lang === primary) ?? "en";
}

/**
 * The language asked for in the page address (`?lang=nl` or `?lang=en`), which wins over Office's
 * display language: a demo page or a test can show either language outside Office.
 */
export function languageFromQuery(search: string): Language | undefined {
  const asked = new URLSearchParams(search).get("lang");
  return LANGUAGES.find((lang) => lang === asked);
}
