/**
 * Which columns a run reads and which it writes, decided from the header row before anything is
 * written: the owner's task, employee, role, hours and override columns (core column detection,
 * with the owner's choices), FrontBack's own columns found by their names, the ones still to be
 * added, and the reasons to stop (an owner's column with one of FrontBack's headers, no room).
 * Pure: the adapter loads the header, this decides.
 */

import { columnLetter } from "../core/column-letter";
import { detectChosenColumns } from "../core/column-choices";
import type { ColumnChoices } from "../core/column-choices";
import type { ColumnMap } from "../core/columns";
import type { HoursUnit } from "../core/hours-unit";
import { LANGUAGES } from "../core/language/languages";
import { normalize } from "../core/normalize";
import { columnSpec, headerOf } from "../core/pipeline/result-columns";
import type { ResultKey } from "../core/pipeline/result-columns";
import type { Language } from "../core/types";
import { stop } from "./errors";
import type { FrontBackError } from "./errors";
import { OWNED_COLUMNS, RESULT_KEYS } from "./owned-names";
import type { OwnedColumn } from "./owned-names";

/** Excel's last column is XFD, the 16,384th. */
const SHEET_COLUMNS = 16_384;

/** The header row of the task data, as loaded. */
export interface HeaderRow {
  /** 0-based sheet row of the header. */
  readonly row: number;
  /** 0-based sheet column of `texts[0]`. */
  readonly left: number;
  /** The header cells across the data (FrontBack's own columns included), as text. */
  readonly texts: readonly string[];
  /** 0-based sheet column where the first new column goes. */
  readonly appendAt: number;
}

/** One column FrontBack writes: where it is, and whether this run adds it. */
export interface PlannedColumn {
  readonly col: number;
  readonly created: boolean;
}

/** The columns of a run, in sheet columns (0-based). */
export interface ColumnPlan {
  /** The columns read: task, employee, role, hours, override. */
  readonly input: ColumnMap;
  readonly hoursUnit?: HoursUnit;
  readonly results: Readonly<Record<ResultKey, PlannedColumn>>;
  /** FrontBack's own Override column, when the sheet has no override column of the owner's. */
  readonly override?: PlannedColumn;
  /** Headers of FrontBack's columns to write: new columns, and old ones still in another language. */
  readonly headers: readonly { readonly col: number; readonly text: string }[];
  /** Columns added by this run, left to right, with their headers. */
  readonly added: readonly {
    readonly column: OwnedColumn;
    readonly col: number;
    readonly header: string;
  }[];
}

/** The header FrontBack gives each of its columns, in each language. */
function columnHeader(column: OwnedColumn, lang: Language): string {
  return headerOf(columnSpec(column), lang);
}

function labelsOf(column: OwnedColumn): Set<string> {
  return new Set(LANGUAGES.map((lang) => normalize(columnHeader(column, lang))));
}

/**
 * Plans the columns of a run. `owned` holds the sheet column of each of FrontBack's columns whose
 * name still points at this header row. Returns the plan, or the stop to report before writing.
 */
export function planColumns(
  header: HeaderRow,
  owned: Readonly<Partial<Record<OwnedColumn, number>>>,
  choices: ColumnChoices,
  lang: Language
): { readonly plan: ColumnPlan } | { readonly error: FrontBackError } {
  const ownedCols = new Set(Object.values(owned));
  const at = (index: number): number => header.left + index;
  // FrontBack's own columns are never read as the owner's input.
  const visible = header.texts.map((text, index) => (ownedCols.has(at(index)) ? "" : text));
  const detection = detectChosenColumns(visible, choices, lang);
  if (detection.status !== "ok") {
    // The same detection says it in each language, so the pane can show either.
    const messageIn = (l: Language): string => {
      const again = detectChosenColumns(visible, choices, l);
      return again.status === "ok" ? detection.message : again.message;
    };
    return { error: stop("no-task-column", (_messages, l) => messageIn(l)) };
  }
  const relative = detection.columns;
  const input: { -readonly [F in keyof ColumnMap]: ColumnMap[F] } = { task: at(relative.task) };
  for (const field of ["employee", "role", "hours", "override"] as const) {
    const index = relative[field];
    if (index !== undefined) input[field] = at(index);
  }
  const needsOverride = input.override === undefined;
  if (needsOverride && owned.override !== undefined) input.override = owned.override;

  const wanted: OwnedColumn[] = [...RESULT_KEYS];
  if (needsOverride) wanted.push("override");
  const missing = wanted.filter((column) => owned[column] === undefined);

  // An owner's column with one of the headers FrontBack is about to use, or uses, is the owner's:
  // FrontBack never writes over it, nor adds a second column of that name.
  const taken = new Set(wanted.flatMap((column) => [...labelsOf(column)]));
  for (let index = 0; index < header.texts.length; index++) {
    const col = at(index);
    if (ownedCols.has(col) || col === input.override) continue;
    const text = header.texts[index].trim();
    if (text !== "" && taken.has(normalize(text))) {
      return { error: stop("header-taken", (m) => m.stops.headerTaken(columnLetter(col), text)) };
    }
  }
  if (header.appendAt + missing.length > SHEET_COLUMNS) {
    return { error: stop("no-room", (m) => m.stops.noRoom) };
  }

  const place = new Map<OwnedColumn, PlannedColumn>();
  const headers: { col: number; text: string }[] = [];
  missing.forEach((column, k) => {
    const col = header.appendAt + k;
    place.set(column, { col, created: true });
    headers.push({ col, text: columnHeader(column, lang) });
  });
  for (const column of wanted) {
    const col = owned[column];
    if (col === undefined) continue;
    place.set(column, { col, created: false });
    // A header still in the other language follows the run's language; one the owner renamed stays.
    const index = col - header.left;
    const current = index >= 0 && index < header.texts.length ? header.texts[index].trim() : "";
    const label = columnHeader(column, lang);
    if (current !== label && (current === "" || labelsOf(column).has(normalize(current)))) {
      headers.push({ col, text: label });
    }
  }
  const results = Object.fromEntries(
    RESULT_KEYS.map((column) => [column, place.get(column) as PlannedColumn])
  ) as Record<ResultKey, PlannedColumn>;
  const override = place.get("override");
  return {
    plan: {
      input,
      ...(detection.hoursUnit !== undefined && { hoursUnit: detection.hoursUnit }),
      results,
      ...(override !== undefined && { override }),
      headers: headers.sort((a, b) => a.col - b.col),
      added: OWNED_COLUMNS.filter((column) => missing.includes(column)).map((column) => ({
        column,
        col: (place.get(column) as PlannedColumn).col,
        header: columnHeader(column, lang),
      })),
    },
  };
}
