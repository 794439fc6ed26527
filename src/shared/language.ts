/**
 * The language FrontBack speaks to the owner, shared by the task pane and the ribbon command:
 * Office's display language, unless the page address asks for one.
 */

import type { Language } from "../core/types";

/**
 * The language for an Office display language such as "nl-NL" or "nl-BE": Dutch for any nl tag,
 * English for everything else, including a missing one (outside Office).
 */
export function languageOf(displayLanguage: unknown): Language {
  if (typeof displayLanguage !== "string") return "en";
  return /^nl(-|_|$)/i.test(displayLanguage.trim()) ? "nl" : "en";
}

/**
 * The language asked for in the page address (`?lang=nl` or `?lang=en`), which wins over Office's
 * display language: a demo page or a test can show either language outside Office.
 */
export function languageFromQuery(search: string): Language | undefined {
  const asked = new URLSearchParams(search).get("lang");
  return asked === "nl" || asked === "en" ? asked : undefined;
}
