/**
 * The sheets a run reads besides the tasks, by the names owners give them: FrontBack's own name
 * in every language, and the usual longer forms of a skills matrix. Every host looks for these.
 */

import { LANGUAGES, messagesOf } from "../language/languages";

/** Names of a Rules sheet, in every language. */
export const RULES_SHEET_NAMES: readonly string[] = LANGUAGES.map(
  (lang) => messagesOf(lang).sheets.rules
);

/** Names of a skills matrix, in every language, FrontBack's own name first in each. */
export const SKILLS_SHEET_NAMES: readonly string[] = LANGUAGES.flatMap((lang) => {
  const sheets = messagesOf(lang).sheets;
  return [sheets.skills, ...sheets.skillsAliases];
});
