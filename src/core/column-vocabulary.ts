/**
 * The words owners use in the header of each column FrontBack reads, in every language: the
 * vocabulary column detection (columns.ts) compares headers with. The words themselves are in the
 * message catalogue (language/en.ts, nl.ts: `words.columnHeaders`).
 */
import type { ColumnMap } from "./columns";
import { LANGUAGES, messagesOf } from "./language/languages";

/** A column FrontBack reads: task, employee, role, hours or override. */
export type ColumnField = keyof ColumnMap;

/**
 * The words of each field. `strong` names are specific enough to count when a header only
 * contains them ("Task description (short)"); `generic` names ("Name", "Description", "Time")
 * count only as the whole header, since "Product name" or "Start time" are not ours.
 */
export interface Vocabulary {
  readonly strong: readonly string[];
  readonly generic: readonly string[];
  /** Dutch compound heads that keep the field whatever comes before: "hoofdtaak", "teammedewerker". */
  readonly tails: readonly string[];
}

/** The vocabulary of one field in every language, combined. */
function vocabularyOf(field: ColumnField): Vocabulary {
  const each = LANGUAGES.map((lang) => messagesOf(lang).words.columnHeaders[field]);
  return {
    strong: each.flatMap((words) => words.strong),
    generic: each.flatMap((words) => words.generic),
    tails: each.flatMap((words) => words.tails),
  };
}

/** The vocabulary of every field, from the message catalogue of every language. */
export const COLUMN_VOCABULARY: Readonly<Record<ColumnField, Vocabulary>> = {
  task: vocabularyOf("task"),
  employee: vocabularyOf("employee"),
  role: vocabularyOf("role"),
  hours: vocabularyOf("hours"),
  override: vocabularyOf("override"),
};
