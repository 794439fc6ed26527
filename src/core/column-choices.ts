/**
 * The owner's own choice of columns, on top of what column detection found: the task pane lets
 * the owner point at the employee, role, hours or override column, or say there is none.
 */

import { detectColumns } from "./columns";
import type { ColumnDetection, ColumnMap } from "./columns";
import { hoursUnitOf } from "./hours-unit";
import { messagesOf } from "./language/languages";
import { normalize } from "./normalize";
import type { Language } from "./types";

/** A field the owner can choose besides the task column. */
export type OptionalField = "employee" | "role" | "hours" | "override";

/**
 * Columns chosen by their header text (compared with case, accents and punctuation folded).
 * An empty string means "this sheet has no such column", so detection does not guess one.
 */
export interface ColumnChoices {
  readonly task?: string;
  readonly employee?: string;
  readonly role?: string;
  readonly hours?: string;
  readonly override?: string;
}

const OPTIONAL_FIELDS: readonly OptionalField[] = ["employee", "role", "hours", "override"];

/**
 * Detects the columns of a header row (see `detectColumns`) and then applies the owner's choices:
 * a chosen column replaces the detected one for its field (and is taken from any other optional
 * field detection gave it to), and an empty choice removes the field. Never throws.
 */
export function detectChosenColumns(
  headers: readonly unknown[],
  choices: ColumnChoices,
  lang: Language = "en"
): ColumnDetection {
  const detection = detectColumns(headers, {
    lang,
    ...(choices.task !== undefined && { task: choices.task }),
  });
  if (detection.status !== "ok") return detection;
  const texts = detection.headers;
  const assigned: { -readonly [F in keyof ColumnMap]: ColumnMap[F] } = { ...detection.columns };
  for (const field of OPTIONAL_FIELDS) {
    const choice = choices[field];
    if (choice === undefined) continue;
    const chosen = choice.trim();
    if (chosen === "") {
      delete assigned[field];
      continue;
    }
    const wanted = normalize(chosen);
    const index = texts.findIndex((text) => text !== "" && normalize(text) === wanted);
    if (index === -1) {
      return {
        status: "not-found",
        message: messagesOf(lang).columnDetection.optionalMissing(field, chosen),
        seen: texts,
      };
    }
    if (index === assigned.task) {
      return {
        status: "not-found",
        message: messagesOf(lang).columnDetection.taskTaken(field, chosen),
        seen: texts,
      };
    }
    for (const other of OPTIONAL_FIELDS) {
      if (other !== field && assigned[other] === index) delete assigned[other];
    }
    assigned[field] = index;
  }
  const hoursUnit = assigned.hours === undefined ? undefined : hoursUnitOf(texts[assigned.hours]);
  return {
    status: "ok",
    columns: assigned,
    ...(hoursUnit !== undefined && { hoursUnit }),
    headers: texts,
  };
}
