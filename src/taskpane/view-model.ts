/**
 * The workbook part of the pane as data: what it says about the sheet it will read, the column
 * choices, progress and the result of a run. Pure, so the words and numbers are tested
 * without a browser; workbook-pane.ts puts them on the page.
 */

import type { ColumnChoices } from "../core/column-choices";
import { messagesOf } from "../core/language/languages";
import type { Language, OfficeType } from "../core/types";
import type { ClassifySuccess, Progress } from "../excel/classify-sheet";
import type { TaskSheetInfo } from "../excel/read-task-sheet";

/** The columns the owner can choose in the pane. */
export const FIELDS = ["task", "employee", "role", "hours"] as const;
export type Field = (typeof FIELDS)[number];

/** What the pane shows about the sheet a run would read. */
export interface SourceView {
  /** E.g. `Sheet "Tasks", table "Team", 12 rows`. */
  readonly where: string;
  readonly headers: readonly string[];
  /** The header chosen per field; "" for none. */
  readonly selected: Readonly<Record<Field, string>>;
  /** Why a run would stop (no task column), in the pane's language. */
  readonly problem?: string;
}

function numberFormat(lang: Language, digits = 0): Intl.NumberFormat {
  return new Intl.NumberFormat(messagesOf(lang).locale, {
    maximumFractionDigits: digits,
  });
}

/** The sheet a run would read, as the pane words it. */
export function sourceView(
  info: Extract<TaskSheetInfo, { status: "ok" }>,
  lang: Language
): SourceView {
  const words = messagesOf(lang).runView;
  const parts = [
    words.sheet(info.sheetName),
    ...(info.tableName !== undefined ? [words.table(info.tableName)] : []),
    words.rows(info.rows, numberFormat(lang).format(info.rows)),
  ];
  const columns = info.columns;
  return {
    where: parts.join(", "),
    headers: info.headers,
    selected: {
      task: columns?.task ?? "",
      employee: columns?.employee ?? "",
      role: columns?.role ?? "",
      hours: columns?.hours ?? "",
    },
    ...(info.problem !== undefined && { problem: info.problem[lang] }),
  };
}

/**
 * The owner's column choices for the adapter: only fields the owner changed from what detection
 * found, so detection still decides the rest (and the override column) on the next read. An
 * empty choice means "none".
 */
export function choicesFrom(
  detected: Readonly<Record<Field, string>>,
  chosen: Readonly<Record<Field, string>>
): ColumnChoices {
  const choices: { -readonly [F in Field]?: string } = {};
  for (const field of FIELDS) {
    if (chosen[field] !== detected[field]) {
      if (field === "task" && chosen.task === "") continue;
      choices[field] = chosen[field];
    }
  }
  return choices;
}

/** Progress as a fraction and words, e.g. "Writing results: 5,000 of 20,000 rows". */
export function progressView(progress: Progress, lang: Language): { value: number; text: string } {
  const format = numberFormat(lang);
  const done = format.format(progress.rowsDone);
  const all = format.format(progress.rows);
  const value = progress.rows === 0 ? 1 : Math.min(1, progress.rowsDone / progress.rows);
  const words = messagesOf(lang).runView;
  return { value, text: `${words.progress[progress.phase]}: ${words.progressOf(done, all)}` };
}

/** One line of the result table. */
export interface SideLine {
  readonly side: OfficeType | "total";
  readonly label: string;
  readonly tasks: string;
  readonly hours?: string;
}

export interface ResultView {
  readonly headline: string;
  readonly lines: readonly SideLine[];
  readonly hasHours: boolean;
  /** E.g. "Conflict handling: 2 people short"; empty with `gapsNote` saying why. */
  readonly gaps: readonly string[];
  readonly gapsNote?: string;
  readonly notices: readonly string[];
  /** The summary sheet to link to; absent when none was written. */
  readonly summarySheet?: string;
}

/** A finished run, as the pane shows it. */
export function resultView(result: ClassifySuccess, lang: Language): ResultView {
  const messages = messagesOf(lang);
  const strings = messages.pane;
  const labels = messages.officeTypes;
  const whole = numberFormat(lang);
  const hoursFormat = numberFormat(lang, 1);
  const sides: OfficeType[] = ["front", "back", "unclear"];
  const total = sides.reduce((sum, side) => sum + result.counts[side], 0);
  const lines: SideLine[] = [
    ...sides.map((side) => ({
      side,
      label: labels[side],
      tasks: whole.format(result.counts[side]),
      ...(result.hours !== undefined && { hours: hoursFormat.format(result.hours[side]) }),
    })),
    {
      side: "total" as const,
      label: strings.total,
      tasks: whole.format(total),
      ...(result.hours !== undefined && { hours: hoursFormat.format(result.hours.total) }),
    },
  ];
  const gaps = result.topGaps.map((gap) =>
    messages.runView.peopleShort(gap.label, gap.peopleShort)
  );
  const gapsNote = gaps.length > 0 ? undefined : strings.noGaps;
  const headline = messages.runView.classified(total, whole.format(total), result.sheetName);
  return {
    headline,
    lines,
    hasHours: result.hours !== undefined,
    gaps,
    ...(gapsNote !== undefined && { gapsNote }),
    notices: result.notices.map((notice) => notice.texts[lang]),
    ...(result.summarySheetName !== "" && { summarySheet: result.summarySheetName }),
  };
}
