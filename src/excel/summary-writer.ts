/**
 * Writes the summary sheet: the core's layout as plain values, headings in bold, and the native
 * charts of the chart plan beside the tables. Queue-only: the caller's final sync sends it.
 */

import { messagesOf } from "../core/language/languages";
import type { SummarySheet } from "../core/summary-layout";
import type { Language } from "../core/types";
import type { ChartSpec } from "./chart-plan";
import { tablesWidth } from "./chart-plan";
import type { ChartApi, ExcelContext, WorksheetApi } from "./excel-api";
import { NAME_COMMENT, SUMMARY_NAME } from "./owned-names";
import { cellValue } from "./text-values";

/** Where the summary goes, as the run decided before writing anything. */
export interface SummaryTarget {
  readonly name: string;
  /** A new sheet, or FrontBack's own sheet from an earlier run. */
  readonly create: boolean;
  /** Charts on FrontBack's own sheet, to replace. */
  readonly oldCharts: readonly ChartApi[];
  /** The task sheet's summary name must be added (for a new sheet). */
  readonly addName: boolean;
  /** An old summary name, broken or pointing elsewhere, must go first. */
  readonly replaceName: boolean;
}

/** Points per column of the summary: names and skills, numbers, and the gaps text. */
const LABEL_WIDTH = 190;
const NUMBER_WIDTH = 110;
const TEXT_WIDTH = 320;

/** Queues the summary sheet of a run, on the task sheet's behalf. */
export function queueSummary(
  context: ExcelContext,
  taskSheet: WorksheetApi,
  target: SummaryTarget,
  layout: SummarySheet,
  charts: readonly ChartSpec[],
  lang: Language
): void {
  const worksheets = context.workbook.worksheets;
  const sheet = target.create ? worksheets.add(target.name) : worksheets.getItem(target.name);
  if (!target.create) {
    for (const chart of target.oldCharts) chart.delete();
    sheet.getRange().clear("All");
  }
  const width = tablesWidth(layout);
  const rows = layout.rows.map((row, index) => {
    const cells: (string | number)[] = row.map(cellValue);
    if (index === 1 && cells.length === 0) cells.push(messagesOf(lang).summary.rewrittenNote);
    while (cells.length < width) cells.push("");
    return cells;
  });
  sheet.getRangeByIndexes(0, 0, rows.length, width).values = rows;

  for (const index of layout.headingRows) {
    const length = Math.max(1, layout.rows[index].length);
    sheet.getRangeByIndexes(index, 0, 1, length).format.font.bold = true;
  }
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.size = 14;
  const note = sheet.getRangeByIndexes(1, 0, 1, 1).format.font;
  note.italic = true;
  note.color = "#595959";
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = LABEL_WIDTH;
  if (width > 1) sheet.getRangeByIndexes(0, 1, 1, width - 1).format.columnWidth = NUMBER_WIDTH;
  const gaps = layout.employees?.columns.largestGaps;
  if (gaps !== undefined) sheet.getRangeByIndexes(0, gaps, 1, 1).format.columnWidth = TEXT_WIDTH;

  for (const spec of charts) {
    const source = sheet.getRangeByIndexes(
      spec.source.row,
      spec.source.col,
      spec.source.rows,
      spec.source.cols
    );
    const chart = sheet.charts.add(spec.kind, source, "Columns");
    chart.title.text = spec.title;
    const categories = sheet.getRangeByIndexes(
      spec.categories.row,
      spec.categories.col,
      spec.categories.rows,
      spec.categories.cols
    );
    for (let series = 0; series < spec.series; series++) {
      chart.series.getItemAt(series).setXAxisValues(categories);
    }
    chart.legend.visible = spec.legend;
    if (spec.legend) chart.legend.position = "Bottom";
    chart.setPosition(spec.from, spec.to);
  }

  if (target.addName) {
    if (target.replaceName) taskSheet.names.getItem(SUMMARY_NAME).delete();
    taskSheet.names.add(SUMMARY_NAME, sheet.getRangeByIndexes(0, 0, 1, 1), NAME_COMMENT);
  }
}
