/**
 * Writes a run's results into the task sheet, column by column as the result columns' descriptors
 * say (src/core/pipeline/result-columns.ts): the new columns and their names, each block's cells
 * in requests that fit Excel on the web, then the formats that make the columns readable.
 */

import type { Language, OfficeType } from "../core/types";
import { messagesOf } from "../core/language/languages";
import { columnSpec, RESULT_COLUMNS } from "../core/pipeline/result-columns";
import type { ResultCells, ResultColumn } from "../core/pipeline/result-columns";
import type { ColumnPlan } from "./column-plan";
import type { RangeApi, WorksheetApi } from "./excel-api";
import { COLUMN_NAMES, NAME_COMMENT, namedCell } from "./owned-names";
import type { NameItem, OwnedColumn } from "./owned-names";
import { planBlocks } from "./plan-blocks";
import type { HeaderStyle, Region } from "./task-sheet";
import { textValue, valueBytes } from "./text-values";

/** What a row has for the result columns: a task's cells, a skipped task's reason, or nothing. */
export type RowResult = ResultCells | { readonly skipped: string } | undefined;

/**
 * What one row writes into the result columns, in the order of RESULT_COLUMNS: text made safe,
 * fractions as they are, and empty cells where a row has nothing.
 */
export type RowValues = readonly (string | number)[];

/**
 * The values a row writes. A skipped task says why in the Why column, so the owner sees it
 * beside the cell; a row without a task clears every result cell.
 */
export function rowValues(row: RowResult): RowValues {
  return RESULT_COLUMNS.map((column): string | number => {
    if (row === undefined) return "";
    if ("skipped" in row) return column.key === "why" ? textValue(row.skipped) : "";
    const value = row[column.key];
    return typeof value === "string" ? textValue(value) : value;
  });
}

/** One block's results, ready to write. */
export interface BlockResults {
  /** The first row of the block, counted from the first data row. */
  readonly start: number;
  readonly rows: readonly RowValues[];
}

/** A percent column's format; `["0%"],` is what each row adds to a request. */
const PERCENT = "0%";
const PERCENT_BYTES = 7;
const PERCENT_COLUMNS: readonly ResultColumn[] = RESULT_COLUMNS.filter(
  (column) => column.kind === "percent"
);

const SIDE_COLOURS: Readonly<Record<OfficeType, { fill: string; font: string }>> = {
  front: { fill: "#DDEBF7", font: "#1F4E79" },
  back: { fill: "#FCE4D6", font: "#833C0B" },
  unclear: { fill: "#EDEDED", font: "#3A3A3A" },
};
const GAP_COLOURS = { fill: "#FFF2CC", font: "#7F6000" };
/** Text every gap item has ("Patience: needs 3, has 1"), so the cell is highlighted. */
function gapMark(lang: Language): string {
  return `: ${messagesOf(lang).gap.needs} `;
}

/** The width of one of FrontBack's columns, in points; set on new columns only. */
function widthOf(column: OwnedColumn): number {
  return columnSpec(column).width;
}

/**
 * Result columns side by side in the sheet, written as one range each: the sheet column of the
 * first, and the positions in RowValues of the columns of the run.
 */
function resultRuns(plan: ColumnPlan): { col: number; indexes: number[] }[] {
  const placed = RESULT_COLUMNS.map((column, index) => ({
    col: plan.results[column.key].col,
    index,
  })).sort((a, b) => a.col - b.col);
  const runs: { col: number; indexes: number[] }[] = [];
  for (const { col, index } of placed) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.col + last.indexes.length === col) last.indexes.push(index);
    else runs.push({ col, indexes: [index] });
  }
  return runs;
}

/** Bytes one row's values add to a request, with the percent formats that go with them. */
function rowBytes(row: RowValues): number {
  return row.reduce<number>(
    (sum, value) => sum + valueBytes(value),
    PERCENT_BYTES * PERCENT_COLUMNS.length
  );
}

/**
 * Queues the results of one block, in as many requests as its size needs: every chunk but the
 * last is sent at once through `sync`, each in a request of its own; the last waits for the
 * caller's sync.
 */
export async function queueResults(
  sheet: WorksheetApi,
  region: Region,
  plan: ColumnPlan,
  results: BlockResults,
  sync: () => Promise<void>
): Promise<void> {
  const runs = resultRuns(plan);
  const chunks = planBlocks(results.rows.length, (i) => rowBytes(results.rows[i]));
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index];
    const first = region.firstDataRow + results.start + chunk.start;
    const rows = results.rows.slice(chunk.start, chunk.start + chunk.count);
    for (const run of runs) {
      sheet.getRangeByIndexes(first, run.col, chunk.count, run.indexes.length).values = rows.map(
        (row) => run.indexes.map((index) => row[index])
      );
    }
    // A percent column's format goes with its values, after them, so that no request carries
    // the format of every row of a large sheet.
    for (const column of PERCENT_COLUMNS) {
      sheet.getRangeByIndexes(first, plan.results[column.key].col, chunk.count, 1).numberFormat =
        Array.from({ length: chunk.count }, () => [PERCENT]);
    }
    if (index < chunks.length - 1) await sync();
  }
}

/** New columns (table columns or header cells), their names, and headers to relabel. */
export function queueStructure(
  sheet: WorksheetApi,
  region: Region,
  plan: ColumnPlan,
  sheetScopeNames: readonly NameItem[]
): void {
  if (region.kind === "table" && region.tableName !== undefined) {
    const table = sheet.tables.getItem(region.tableName);
    for (const { header } of plan.added) table.columns.add(undefined, undefined, header);
  }
  for (const { col, text } of plan.headers) {
    const isNew = plan.added.some((added) => added.col === col);
    if (region.kind === "table" && isNew) continue;
    sheet.getRangeByIndexes(region.header.row, col, 1, 1).values = [[textValue(text)]];
  }
  for (const { column, col } of plan.added) {
    const name = COLUMN_NAMES[column];
    const named = namedCell(sheetScopeNames, name);
    if (named.broken || named.ref !== undefined) sheet.names.getItem(name).delete();
    sheet.names.add(name, sheet.getRangeByIndexes(region.header.row, col, 1, 1), NAME_COMMENT);
  }
}

/**
 * Formats after values: new columns' width and header look, the side colours, the gap
 * highlight, and the Override drop-down where this Excel has data validation (ExcelApi 1.8).
 * Returns false when the Override column FrontBack added has no drop-down.
 */
export function queueFormats(
  sheet: WorksheetApi,
  region: Region,
  plan: ColumnPlan,
  lang: Language,
  dropDowns: boolean
): boolean {
  const data = (col: number): RangeApi =>
    sheet.getRangeByIndexes(region.firstDataRow, col, region.dataRows, 1);
  for (const { column, col } of plan.added) {
    const headerCell = sheet.getRangeByIndexes(region.header.row, col, 1, 1);
    headerCell.format.columnWidth = widthOf(column);
    if (region.kind === "range" && region.style !== undefined) copyStyle(headerCell, region.style);
  }

  const labels = messagesOf(lang).officeTypes;
  const officeType = data(plan.results.officeType.col);
  officeType.conditionalFormats.clearAll();
  for (const side of ["front", "back", "unclear"] as const) {
    const format = officeType.conditionalFormats.add("ContainsText").textComparison;
    format.rule = { operator: "Contains", text: labels[side] };
    format.format.fill.color = SIDE_COLOURS[side].fill;
    format.format.font.color = SIDE_COLOURS[side].font;
  }
  const gap = data(plan.results.gap.col);
  gap.conditionalFormats.clearAll();
  const highlight = gap.conditionalFormats.add("ContainsText").textComparison;
  highlight.rule = { operator: "Contains", text: gapMark(lang) };
  highlight.format.fill.color = GAP_COLOURS.fill;
  highlight.format.font.color = GAP_COLOURS.font;

  if (plan.override === undefined) return true;
  if (!dropDowns) return !plan.override.created;
  const validation = data(plan.override.col).dataValidation;
  validation.clear();
  validation.rule = { list: { inCellDropDown: true, source: `${labels.front},${labels.back}` } };
  return true;
}

/** Gives a new header cell the look of the owner's header. */
function copyStyle(cell: RangeApi, style: HeaderStyle): void {
  const font = cell.format.font;
  font.bold = style.bold;
  font.italic = style.italic;
  font.color = style.color;
  font.name = style.fontName;
  font.size = style.fontSize;
  // Excel reports a cell without fill as white; painting it white would hide the gridlines.
  if (style.fill.toUpperCase() !== "#FFFFFF") cell.format.fill.color = style.fill;
  cell.format.horizontalAlignment = style.horizontalAlignment;
}
