/**
 * A sheet of the fake as a text grid (for test failures and the closing report) or as an HTML
 * table (for screenshots of what an owner would see): column letters, row numbers, values as
 * Excel shows them, bold and fills, the conditional formats that apply, and the charts' places.
 */

import { ErrorValue } from "./entry";
import type { CellValue } from "./entry";
import type { FakeExcel } from "./fake-excel";
import { cellKey, columnName, contains, formatA1 } from "./model";
import type { Rect, SheetModel } from "./model";

export interface RenderOptions {
  /** Rows and columns to show; the used range when absent. */
  readonly rect?: Rect;
  /** Longest text shown in a cell. */
  readonly width?: number;
}

/**
 * A value as Excel shows it in General format: an error as its code, TRUE / FALSE, a number
 * without binary noise, text as it is. The fake's own rule rather than the core's cellText: it
 * imitates Excel, so it shares no code with the add-in it checks.
 */
export function valueText(value: CellValue | undefined): string {
  if (value === undefined) return "";
  if (value instanceof ErrorValue) return value.code;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(Number(value.toPrecision(15)));
  return value;
}

/**
 * A cell's text as Excel shows it: its value in General format, or as a percentage where the
 * cell has the 0% format. The demo page's grid shows the same.
 */
export function shownText(sheet: SheetModel, row: number, col: number): string {
  const key = cellKey(row, col);
  const value = sheet.cells.get(key);
  if (typeof value === "number" && sheet.numberFormats.get(key) === "0%") {
    return `${Math.round(value * 100)}%`;
  }
  return valueText(value);
}

function areaOf(sheet: SheetModel, options: RenderOptions): Rect | undefined {
  const used = options.rect ?? sheet.usedRect(false);
  if (used === undefined) return undefined;
  return { row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols };
}

/** The fill a cell shows: a conditional format that matches wins over its own fill. */
function fillOf(sheet: SheetModel, row: number, col: number): string | undefined {
  const text = shownText(sheet, row, col);
  const cell = { row, col, rows: 1, cols: 1 };
  for (const cf of sheet.conditionalFormats) {
    if (!contains(cf.rect, cell) || cf.fill === "") continue;
    if (cf.operator === "Contains" && text.includes(cf.text)) return cf.fill;
    if (cf.operator === "BeginsWith" && text.startsWith(cf.text)) return cf.fill;
  }
  return sheet.formats.get(cellKey(row, col))?.fill;
}

export function renderText(
  fake: FakeExcel,
  sheetName: string,
  options: RenderOptions = {}
): string {
  const sheet = fake.model.sheetByName(sheetName);
  if (sheet === undefined) return `(no sheet ${sheetName})`;
  const area = areaOf(sheet, options);
  if (area === undefined) return `${sheet.name}: (empty)`;
  const width = options.width ?? 24;
  const clip = (text: string): string =>
    text.length > width ? `${text.slice(0, width - 1)}…` : text;
  const rows: string[][] = [
    ["", ...Array.from({ length: area.cols }, (_, c) => columnName(area.col + c))],
  ];
  for (let r = 0; r < area.rows; r++) {
    const row = area.row + r;
    const hidden = sheet.hiddenRows.has(row) ? "h" : "";
    rows.push([
      `${row + 1}${hidden}`,
      ...Array.from({ length: area.cols }, (_, c) => clip(shownText(sheet, row, area.col + c))),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const lines = rows.map((row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]))
      .join(" | ")
      .trimEnd()
  );
  for (const chart of sheet.charts) {
    const where = chart.position === undefined ? "unplaced" : formatA1(chart.position);
    lines.push(
      `[chart ${chart.type} "${chart.title}" at ${where}, source ${formatA1(chart.source)} by ${chart.seriesBy}]`
    );
  }
  return `${sheet.name}\n${lines.join("\n")}`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] ?? ch
  );
}

export function renderHtml(
  fake: FakeExcel,
  sheetName: string,
  options: RenderOptions = {}
): string {
  const sheet = fake.model.sheetByName(sheetName);
  if (sheet === undefined) return `<p>No sheet ${escapeHtml(sheetName)}</p>`;
  const area = areaOf(sheet, options);
  const parts = [`<table class="sheet" data-sheet="${escapeHtml(sheet.name)}">`];
  if (area !== undefined) {
    parts.push(
      `<tr><th></th>${Array.from({ length: area.cols }, (_, c) => `<th>${columnName(area.col + c)}</th>`).join("")}</tr>`
    );
    for (let r = 0; r < area.rows; r++) {
      const row = area.row + r;
      const cells = Array.from({ length: area.cols }, (_, c) => {
        const col = area.col + c;
        const format = sheet.formats.get(cellKey(row, col));
        const styles: string[] = [];
        const fill = fillOf(sheet, row, col);
        if (fill !== undefined) styles.push(`background:${fill}`);
        if (format?.bold === true) styles.push("font-weight:bold");
        if (format?.fontColor !== undefined) styles.push(`color:${format.fontColor}`);
        const style = styles.length > 0 ? ` style="${styles.join(";")}"` : "";
        return `<td${style}>${escapeHtml(shownText(sheet, row, col))}</td>`;
      });
      parts.push(`<tr><th>${row + 1}</th>${cells.join("")}</tr>`);
    }
  }
  parts.push("</table>");
  for (const chart of sheet.charts) {
    const where = chart.position === undefined ? "unplaced" : formatA1(chart.position);
    parts.push(
      `<figure class="chart" data-type="${chart.type}">${escapeHtml(chart.title)} (${chart.type}, ${where})</figure>`
    );
  }
  return parts.join("\n");
}
