/**
 * The columns FrontBack writes beside the owner's: one descriptor each, used by every writer (the
 * add-in, the CLI's CSV and XLSX). A new column is one entry here; the compiler then asks every
 * producer of result cells for its value and every writer knows how to write it from its kind.
 */

import { LANGUAGES, messagesOf } from "../language/languages";
import type { Language } from "../types";

/**
 * What a cell of a column holds: `text` is written as text (never as a formula); `percent` is a
 * fraction from 0 to 1, shown as a whole percent (a percent format in a workbook, 0-100 in CSV).
 */
export type CellKind = "text" | "percent";

/**
 * One column FrontBack writes. Its header in each language is the message catalogue's
 * `columns[key]` (see headerOf), which every language must fill for every key.
 */
export interface ColumnSpec<Key extends string = string> {
  readonly key: Key;
  readonly kind: CellKind;
  /** Width in points (what Excel's API takes), for columns FrontBack adds. */
  readonly width: number;
}

/** The result columns, left to right as FrontBack adds them. */
export const RESULT_COLUMNS = [
  { key: "officeType", kind: "text", width: 90 },
  { key: "confidence", kind: "percent", width: 70 },
  { key: "why", kind: "text", width: 300 },
  { key: "skills", kind: "text", width: 260 },
  { key: "gap", kind: "text", width: 260 },
] as const satisfies readonly ColumnSpec[];

/** One of the result columns. */
export type ResultColumn = (typeof RESULT_COLUMNS)[number];

/** The key of a result column. */
export type ResultKey = ResultColumn["key"];

/** The value a cell of each kind holds. */
interface KindValues {
  readonly text: string;
  readonly percent: number;
}

/** One task's result cells, by column: every column of RESULT_COLUMNS, typed by its kind. */
export type ResultCells = {
  readonly [Spec in ResultColumn as Spec["key"]]: KindValues[Spec["kind"]];
};

/**
 * The Override column FrontBack adds when the sheet has none of the owner's: the owner's input,
 * written by the owner, so it is not a result column.
 */
export const OVERRIDE_COLUMN: ColumnSpec<"override"> = { key: "override", kind: "text", width: 90 };

/** The keys of every column FrontBack writes; the message catalogue heads each. */
export type ColumnKey = ResultKey | "override";

/** The descriptor of one of FrontBack's columns: a result column, or its Override column. */
export function columnSpec(key: ColumnKey): ColumnSpec<ColumnKey> {
  return RESULT_COLUMNS.find((column) => column.key === key) ?? OVERRIDE_COLUMN;
}

/** The header of one of FrontBack's columns in a language. */
export function headerOf(column: ColumnSpec<ColumnKey>, lang: Language): string {
  return messagesOf(lang).columns[column.key];
}

/** The header of one of FrontBack's columns in every language: a re-run finds it by any. */
export function headersOf(column: ColumnSpec<ColumnKey>): string[] {
  return LANGUAGES.map((lang) => headerOf(column, lang));
}

/** A percent cell's fraction as the whole percent it shows (0.57 is 57). */
export function wholePercent(fraction: number): number {
  return Math.round(fraction * 100);
}

/** A result cell as CSV text: a percent as a whole number from 0 to 100. */
export function cellAsText(column: ResultColumn, cells: ResultCells): string {
  const value = cells[column.key];
  return typeof value === "string" ? value : String(wholePercent(value));
}

/**
 * A column width in points as a file's column width in characters of the default font
 * (ECMA-376 Part 1, 18.3.1.13: width = (pixels - 5 padding) / 7, the maximum digit width of
 * Calibri 11 at 96 dpi, where a point is 4/3 of a pixel), to two decimals.
 */
export function widthInCharacters(points: number): number {
  return Math.round(((points * 4) / 3 - 5) * (100 / 7)) / 100;
}
