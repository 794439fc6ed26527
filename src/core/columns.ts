/**
 * Column detection: which column of an owner's task sheet holds the tasks, the employee, the role,
 * the hours and the override, found by header in English or Dutch.
 *
 * Owners name their columns freely ("Taak:", "Omschrijving taak", "Uren p/w", "Assigned to"), so
 * headers are compared after folding case, accents, punctuation and spacing, against a vocabulary
 * per field (column-vocabulary.ts, scored by header-score.ts). Matches are ranked, and every
 * column serves one field at most.
 */
import { cellText } from "./cell-text";
import type { ColumnField } from "./column-vocabulary";
import { meaningfulWords, SCORE, scoreField, type Score } from "./header-score";
import { hoursUnitOf, type HoursUnit } from "./hours-unit";
import { headersOf, RESULT_COLUMNS } from "./pipeline/result-columns";
import { normalize, tokenize } from "./normalize";
import { messagesOf } from "./language/languages";
import type { Language } from "./types";

/** 0-based indexes of the columns FrontBack reads; only the task column is required. */
export interface ColumnMap {
  readonly task: number;
  readonly employee?: number;
  readonly role?: number;
  readonly hours?: number;
  readonly override?: number;
}

/**
 * The outcome of {@link detectColumns}: the columns found, or a message the owner can act on.
 * `headers` and `seen` hold every header as text (trimmed), in sheet order, so a host can offer
 * them as choices.
 */
export type ColumnDetection =
  | {
      readonly status: "ok";
      readonly columns: ColumnMap;
      readonly hoursUnit?: HoursUnit;
      readonly headers: readonly string[];
    }
  | { readonly status: "not-found"; readonly message: string; readonly seen: readonly string[] };

/** Options of {@link detectColumns}. */
export interface DetectColumnsOptions {
  /** The header of the task column, as the owner chose it; compared with case, accents and punctuation folded. */
  readonly task?: string;
  /** Language of the messages; English when absent. */
  readonly lang?: Language;
}

/**
 * When one column names two fields equally well, the field such a header is usually about wins:
 * "Task hours" counts hours, "Employee role" is a role. Task and employee come last because they
 * are the words owners put in front of others.
 */
const FIELD_PRIORITY: readonly ColumnField[] = ["hours", "override", "role", "employee", "task"];

/**
 * The headers FrontBack writes itself, in every language. Reading one of them back as input
 * would classify FrontBack's own output.
 */
const RESULT_HEADERS_COMPACT: ReadonlySet<string> = new Set(
  RESULT_COLUMNS.flatMap((column) => headersOf(column).map((header) => tokenize(header).join("")))
);

function isResultHeader(header: string): boolean {
  return RESULT_HEADERS_COMPACT.has(tokenize(header).join(""));
}

interface Candidate {
  readonly field: ColumnField;
  readonly column: number;
  readonly score: Score;
}

/** The best columns for the fields still open, each column used once; ties go to the first column. */
function assignFields(
  headers: readonly string[],
  fixed: Partial<Record<ColumnField, number>>
): Partial<Record<ColumnField, number>> {
  const taken = new Set(Object.values(fixed));
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    if (taken.has(column) || isResultHeader(header)) return;
    const words = meaningfulWords(header);
    for (const field of FIELD_PRIORITY) {
      if (fixed[field] !== undefined) continue;
      const score = scoreField(field, words);
      if (score !== SCORE.none) candidates.push({ field, column, score });
    }
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.column - b.column ||
      FIELD_PRIORITY.indexOf(a.field) - FIELD_PRIORITY.indexOf(b.field)
  );
  const assigned: Partial<Record<ColumnField, number>> = { ...fixed };
  for (const candidate of candidates) {
    if (assigned[candidate.field] !== undefined || taken.has(candidate.column)) continue;
    assigned[candidate.field] = candidate.column;
    taken.add(candidate.column);
  }
  return assigned;
}

/** How many headers a message lists before it says "and N more". */
const MAX_LISTED_HEADERS = 12;

function listHeaders(headers: readonly string[], lang: Language): string {
  const named = headers
    .filter((header) => header !== "")
    .map((header) => header.replace(/\s+/g, " "));
  const listed = named
    .slice(0, MAX_LISTED_HEADERS)
    .map((header) => `"${header}"`)
    .join(", ");
  const more = named.length - MAX_LISTED_HEADERS;
  if (more <= 0) return listed;
  return messagesOf(lang).columnDetection.andMore(listed, more);
}

/**
 * Finds the task, employee, role, hours and override columns of a header row.
 *
 * Headers are compared in English and Dutch with case, accents, punctuation and extra spaces
 * ignored. A header that is exactly a field's name beats one that only contains it, the first
 * column wins a tie, and a column serves one field at most. FrontBack's own result headers are
 * never read as input. `options.task` names the task column explicitly.
 *
 * @param headers - the header row's cells, in sheet order; non-text cells count as empty.
 * @returns `ok` with 0-based column indexes (and the hours unit when the hours header names one),
 *   or `not-found` with a message for the owner. Never throws.
 */
export function detectColumns(
  headers: readonly unknown[],
  options: DetectColumnsOptions = {}
): ColumnDetection {
  const texts = Array.isArray(headers) ? Array.from(headers, cellText) : [];
  const lang: Language = options.lang ?? "en";
  const messages = messagesOf(lang).columnDetection;
  if (texts.every((text) => text === "")) {
    return { status: "not-found", message: messages.noHeaderRow, seen: texts };
  }

  const fixed: Partial<Record<ColumnField, number>> = {};
  const chosen = typeof options.task === "string" ? options.task.trim() : "";
  if (chosen !== "") {
    if (isResultHeader(chosen)) {
      return { status: "not-found", message: messages.chosenIsResult(chosen), seen: texts };
    }
    const wanted = normalize(chosen);
    const index = texts.findIndex((text) => normalize(text) === wanted);
    if (index === -1) {
      const message = messages.chosenMissing(chosen, listHeaders(texts, lang));
      return { status: "not-found", message, seen: texts };
    }
    fixed.task = index;
  }

  const found = assignFields(texts, fixed);
  if (found.task === undefined) {
    return {
      status: "not-found",
      message: messages.noTaskColumn(listHeaders(texts, lang)),
      seen: texts,
    };
  }
  const columns: ColumnMap = {
    task: found.task,
    ...(found.employee !== undefined && { employee: found.employee }),
    ...(found.role !== undefined && { role: found.role }),
    ...(found.hours !== undefined && { hours: found.hours }),
    ...(found.override !== undefined && { override: found.override }),
  };
  const hoursUnit = columns.hours === undefined ? undefined : hoursUnitOf(texts[columns.hours]);
  return {
    status: "ok",
    columns,
    ...(hoursUnit !== undefined && { hoursUnit }),
    headers: texts,
  };
}
