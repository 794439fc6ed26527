/**
 * The task table as the CLI writes it: the owner's columns unchanged and in order, with the five
 * result columns after them (or in place of the ones a previous run wrote).
 */

import { LANGUAGES } from "../core/language/languages";
import { cellAsText, headerOf, RESULT_COLUMNS } from "../core/pipeline/result-columns";
import type { ResultCells } from "../core/pipeline/result-columns";
import type { Language } from "../core/types";

/** Where the result columns go and in which language, for a given header row. */
export interface TableLayout {
  readonly lang: Language;
  /** The owner's header, as wide as the widest row (previous result columns included). */
  readonly header: readonly string[];
  /** 0-based column of the first result column. */
  readonly resultColumn: number;
}

/** One data row: the owner's cells, where it sits in the source, and its result if it has a task. */
export interface TaskRow {
  readonly cells: readonly string[];
  /** 1-based row number in the source file or sheet. */
  readonly rowNumber: number;
  /** Undefined for a row whose task cell is blank: there is nothing to classify. */
  readonly result?: ResultCells;
}

/** Everything needed to write the classified table as a workbook. */
export interface TaskTable extends TableLayout {
  readonly rows: readonly TaskRow[];
}

/** How many result columns FrontBack writes. */
export const RESULT_COLUMN_COUNT = RESULT_COLUMNS.length;

/** The result headers in column order. */
export function resultHeaderCells(lang: Language): string[] {
  return RESULT_COLUMNS.map((column) => headerOf(column, lang));
}

function fold(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Where an earlier FrontBack run put its result columns: the five result headers side by side,
 * in either language. Running again on its own output then replaces them instead of adding five
 * more. -1 when there are none.
 */
export function findPreviousResults(header: readonly string[]): number {
  for (const lang of LANGUAGES) {
    const wanted = resultHeaderCells(lang).map(fold);
    for (let start = 0; start + wanted.length <= header.length; start++) {
      if (wanted.every((text, k) => fold(header[start + k]) === text)) return start;
    }
  }
  return -1;
}

/** The output width: the owner's columns, then the result columns unless they sit among them. */
export function outputWidth(layout: TableLayout): number {
  return Math.max(layout.header.length, layout.resultColumn + RESULT_COLUMN_COUNT);
}

/**
 * A function that lays out one output row as text: the owner's cells, the result cells at the
 * result column. It refills one array for every row, so a 200,000-row table costs no array per
 * row; copy the row to keep it.
 */
export function textRowWriter(
  layout: TableLayout
): (cells: readonly string[], result: ResultCells | undefined) => readonly string[] {
  const width = outputWidth(layout);
  const at = layout.resultColumn;
  const row = new Array<string>(width);
  return (cells, result) => {
    for (let c = 0; c < width; c++) row[c] = c < cells.length ? cells[c] : "";
    for (let k = 0; k < RESULT_COLUMNS.length; k++) {
      row[at + k] = result === undefined ? "" : cellAsText(RESULT_COLUMNS[k], result);
    }
    return row;
  };
}

/** The header row of the output as text: the owner's headers and the result headers. */
export function headerTextRow(layout: TableLayout): string[] {
  const row = [...textRowWriter(layout)(layout.header, undefined)];
  resultHeaderCells(layout.lang).forEach((text, k) => (row[layout.resultColumn + k] = text));
  return row;
}

/** The whole table as text, header first. */
export function tableAsText(table: TaskTable): string[][] {
  const write = textRowWriter(table);
  return [headerTextRow(table), ...table.rows.map((row) => [...write(row.cells, row.result)])];
}
