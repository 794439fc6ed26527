/**
 * A sheet of the fake workbook as an HTML table built node by node (text through textContent),
 * with values shown as Excel shows them, bold headers, fills and conditional fills, and its
 * charts drawn below. Long sheets show their first rows and say how many more there are.
 */

import { cellKey, columnName, contains } from "../fake-excel/model";
import type { SheetModel } from "../fake-excel/model";
import { shownText } from "../fake-excel/render";
import { drawChart } from "./chart-svg";

export const SHOWN_ROWS = 60;

function fillOf(
  sheet: SheetModel,
  row: number,
  col: number,
  text: string
): { fill?: string; font?: string } {
  const cell = { row, col, rows: 1, cols: 1 };
  for (const cf of sheet.conditionalFormats) {
    if (!contains(cf.rect, cell) || cf.fill === "" || text === "") continue;
    if (cf.operator === "Contains" && text.includes(cf.text))
      return { fill: cf.fill, font: cf.fontColor };
  }
  const format = sheet.formats.get(cellKey(row, col));
  return {
    ...(format?.fill !== undefined && { fill: format.fill }),
    ...(format?.fontColor !== undefined && { font: format.fontColor }),
  };
}

/** The sheet as a table plus its charts; `more` says how many rows were left out. */
export function renderSheet(
  doc: Document,
  sheet: SheetModel,
  more: (hidden: number) => string
): HTMLElement {
  const box = doc.createElement("div");
  box.className = "sheet-view";
  const used = sheet.usedRect(false);
  const table = doc.createElement("table");
  table.className = "grid";
  table.dataset.sheet = sheet.name;
  const rows = used === undefined ? 0 : used.row + used.rows;
  const cols = used === undefined ? 1 : used.col + used.cols;
  const head = doc.createElement("tr");
  head.append(doc.createElement("th"));
  for (let c = 0; c < cols; c++) {
    const th = doc.createElement("th");
    th.scope = "col";
    th.textContent = columnName(c);
    head.append(th);
  }
  const thead = doc.createElement("thead");
  thead.append(head);
  const tbody = doc.createElement("tbody");
  for (let r = 0; r < Math.min(rows, SHOWN_ROWS); r++) {
    const tr = doc.createElement("tr");
    const th = doc.createElement("th");
    th.scope = "row";
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < cols; c++) {
      const td = doc.createElement("td");
      const value = shownText(sheet, r, c);
      td.textContent = value;
      td.title = value;
      const { fill, font } = fillOf(sheet, r, c, value);
      if (fill !== undefined) td.style.background = fill;
      if (font !== undefined) td.style.color = font;
      if (fill !== undefined && font === undefined) td.style.color = "#1f1f1f";
      if (sheet.formats.get(cellKey(r, c))?.bold === true) td.style.fontWeight = "600";
      if (typeof sheet.cells.get(cellKey(r, c)) === "number") td.className = "number";
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  const scroller = doc.createElement("div");
  scroller.className = "grid-scroll";
  scroller.append(table);
  box.append(scroller);
  if (rows > SHOWN_ROWS) {
    const note = doc.createElement("p");
    note.className = "more";
    note.textContent = more(rows - SHOWN_ROWS);
    box.append(note);
  }
  if (sheet.charts.length > 0) {
    const charts = doc.createElement("div");
    charts.className = "charts";
    for (const chart of sheet.charts) {
      const figure = doc.createElement("figure");
      figure.className = "chart";
      figure.dataset.type = chart.type;
      figure.append(drawChart(doc, sheet, chart));
      charts.append(figure);
    }
    box.append(charts);
  }
  return box;
}
