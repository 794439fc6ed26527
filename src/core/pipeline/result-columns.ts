/**
 * The columns FrontBack writes beside the owner's: one descriptor each, used by every writer (the
 * add-in, the CLI's CSV and XLSX). A new column is one entry here; the compiler then asks every
 * producer of result cells for its value and every writer knows how to write it from its kind.
 */

import type { Language } from "../types";

/**
 * What a cell of a column holds: `text` is written as text (never as a formula); `percent` is a
 * fraction from 0 to 1, shown as a whole percent (a percent format in a workbook, 0-100 in CSV).
 */
export type CellKind = "text" | "percent";

/** One column FrontBack writes. */
export interface ColumnSpec<Key extends string = string> {
  readonly key: Key;
  /** The header in each language; a re-run finds the column by either. */
  readonly header: Readonly<Record<Language, string>>;
  readonly kind: CellKind;
  /** Width in points (what Excel's API takes), for columns FrontBack adds. */
  readonly width: number;
}

/** The result columns, left to right as FrontBack adds them. */
export const RESULT_COLUMNS = [
  {
    key: "officeType",
    header: { en: "Office type", nl: "Officetype" },
    kind: "text",
    width: 90,
  },
  { key: "confidence", header: { en: "Confidence", nl: "Zekerheid" }, kind: "percent", width: 70 },
  { key: "why", header: { en: "Why", nl: "Waarom" }, kind: "text", width: 300 },
  {
    key: "skills",
    header: { en: "Skills needed", nl: "Benodigde vaardigheden" },
    kind: "text",
    width: 260,
  },
  { key: "gap", header: { en: "Skill gap", nl: "Vaardigheidstekort" }, kind: "text", width: 260 },
] as const satisfies readonly ColumnSpec[];

/** One of the result columns. */
export type ResultColumn = (typeof RESULT_COLUMNS)[number];

/** The key of a result column. */
export type ResultKey = ResultColumn["key"];

/** Each result column by its key. */
export const RESULT_COLUMN_BY_KEY: Readonly<Record<ResultKey, ResultColumn>> =
  // Built from the list above, so every key is there: the list is the one place columns are named.
  Object.fromEntries(RESULT_COLUMNS.map((column) => [column.key, column])) as Record<
    ResultKey,
    ResultColumn
  >;

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
export const OVERRIDE_COLUMN: ColumnSpec<"override"> = {
  key: "override",
  header: { en: "Override", nl: "Handmatig" },
  kind: "text",
  width: 90,
};

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
