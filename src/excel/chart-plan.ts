/**
 * The native charts of the summary sheet, planned from its layout: the front/back share, hours
 * per employee stacked front and back, and people short per skill (or tasks needing each skill
 * without a skills matrix). Each chart's data is a value column with its header (one series per
 * column, `seriesBy` Columns) and the labels beside them as categories (ChartSeries.
 * setXAxisValues, ExcelApi 1.7), and it sits right of the tables, so it never covers them. Pure.
 */

import { columnLetter } from "../core/column-letter";
import type { SummarySheet, SummaryTable } from "../core/summary-layout";
import type { Language } from "../core/types";
import type { ChartKind } from "./excel-api";
import { messagesOf } from "../core/language/languages";

/** Cells of the summary sheet, 0-based. */
export interface CellArea {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ChartSpec {
  readonly kind: ChartKind;
  readonly title: string;
  /** The values with their header row: one series per column. */
  readonly source: CellArea;
  /** The category labels, one per data row. */
  readonly categories: CellArea;
  readonly series: number;
  /** Where the chart sits: top-left and bottom-right cells (A1). */
  readonly from: string;
  readonly to: string;
  /** A legend only where it tells series or slices apart. */
  readonly legend: boolean;
}

/** More employees than this make bars too thin to read; the busiest are charted. */
export const MAX_CHART_EMPLOYEES = 20;
const CHART_COLUMNS = 8;
const CHART_ROWS = 16;
const GAP_ROWS = 2;

/** The cells every table of the summary takes, so charts can keep clear of them. */
export function tablesWidth(sheet: SummarySheet): number {
  return Math.max(1, ...sheet.rows.map((row) => row.length));
}

function valuesOf<C extends string>(
  table: SummaryTable<C>,
  first: C,
  last: C,
  rows: number
): CellArea | undefined {
  const from = table.columns[first];
  const to = table.columns[last];
  if (from === undefined || to === undefined) return undefined;
  return { row: table.headerRow, col: from, rows: rows + 1, cols: to - from + 1 };
}

function labelsOf<C extends string>(table: SummaryTable<C>, label: C, rows: number): CellArea {
  return { row: table.firstDataRow, col: table.columns[label] ?? 0, rows, cols: 1 };
}

/** The charts of a summary sheet, top to bottom right of its tables. */
export function planCharts(sheet: SummarySheet, lang: Language, hoursInTotal: number): ChartSpec[] {
  const words = messagesOf(lang).charts;
  const left = tablesWidth(sheet) + 1;
  const specs: Omit<ChartSpec, "from" | "to">[] = [];

  const byHours = sheet.sides.columns.hours !== undefined && hoursInTotal > 0;
  const shareColumn = byHours ? "hours" : "tasks";
  const share = valuesOf(sheet.sides, shareColumn, shareColumn, sheet.sides.dataRows);
  if (share !== undefined) {
    specs.push({
      kind: "Doughnut",
      title: byHours ? words.shareOfHours : words.shareOfTasks,
      source: share,
      categories: labelsOf(sheet.sides, "label", sheet.sides.dataRows),
      series: 1,
      legend: true,
    });
  }

  const employees = sheet.employees;
  if (employees !== undefined && byHours) {
    const rows = Math.min(employees.dataRows, MAX_CHART_EMPLOYEES);
    const hours = valuesOf(employees, "front", "back", rows);
    if (hours !== undefined) {
      specs.push({
        kind: "BarStacked",
        title: rows < employees.dataRows ? words.topEmployees(rows) : words.hoursPerEmployee,
        source: hours,
        categories: labelsOf(employees, "name", rows),
        series: hours.cols,
        legend: true,
      });
    }
  }

  const short = sheet.skills.columns.peopleShort !== undefined;
  const skillColumn = short ? "peopleShort" : "tasksNeeding";
  const skills = valuesOf(sheet.skills, skillColumn, skillColumn, sheet.skills.dataRows);
  if (skills !== undefined) {
    specs.push({
      kind: "BarClustered",
      title: short ? words.peopleShort : words.tasksNeeding,
      source: skills,
      categories: labelsOf(sheet.skills, "label", sheet.skills.dataRows),
      series: 1,
      legend: false,
    });
  }

  return specs.map((spec, index) => {
    const top = 1 + index * (CHART_ROWS + GAP_ROWS);
    return {
      ...spec,
      from: `${columnLetter(left)}${top + 1}`,
      to: `${columnLetter(left + CHART_COLUMNS - 1)}${top + CHART_ROWS}`,
    };
  });
}
