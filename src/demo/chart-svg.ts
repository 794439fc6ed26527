/**
 * A chart of the fake workbook drawn as SVG, from what the adapter asked Excel for: the source
 * range (series names in its first row), the category labels (the first series' X values) and
 * the type. Simple on purpose: it shows that the right numbers went into the right chart.
 */

import type { CellValue } from "../fake-excel/entry";
import type { ChartModel, SheetModel } from "../fake-excel/model";
import { valueText } from "../fake-excel/render";

const SVG = "http://www.w3.org/2000/svg";
/** Front office blue and back office amber, as the workbook and the pane show them; then grey. */
const COLOURS = ["#1d4e89", "#c86a12", "#7a7a7a", "#2e7d32", "#6a1b9a"];
/** Bars of a one-series chart are about neither side. */
const SINGLE = "#4f6d8a";

/** The numbers behind a chart. */
export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

type Cells = (row: number, col: number) => CellValue | undefined;

export function chartData(chart: ChartModel, value: Cells): ChartData {
  const { source } = chart;
  const axis = chart.xAxisValues[0];
  const categories = Array.from({ length: source.rows - 1 }, (_, i) =>
    axis === undefined ? String(i + 1) : valueText(value(axis.row + i, axis.col))
  );
  const series = Array.from({ length: source.cols }, (_, c) => ({
    name: valueText(value(source.row, source.col + c)),
    values: categories.map((_, i) => {
      const v = value(source.row + 1 + i, source.col + c);
      return typeof v === "number" ? v : 0;
    }),
  }));
  return { categories, series };
}

function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | number>
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG, name);
  for (const [key, v] of Object.entries(attributes)) node.setAttribute(key, String(v));
  return node;
}

function text(
  doc: Document,
  x: number,
  y: number,
  content: string,
  anchor = "start"
): SVGTextElement {
  const node = el(doc, "text", {
    x,
    y,
    "text-anchor": anchor,
    "font-size": 11,
    fill: "currentColor",
  });
  node.textContent = content;
  return node;
}

/** The chart as an <svg> with a title for screen readers. */
export function drawChart(doc: Document, sheet: SheetModel, chart: ChartModel): SVGSVGElement {
  const data = chartData(chart, (row, col) => sheet.value(row, col));
  const width = 360;
  const rowHeight = 18;
  const legendHeight = 16 * data.series.length;
  const svg = el(doc, "svg", { role: "img", width, viewBox: "" });
  const title = el(doc, "title", {});
  title.textContent = chart.title;
  svg.append(title, text(doc, 0, 14, chart.title));
  let height = 24;
  if (chart.type === "Doughnut") {
    const values = data.series[0]?.values ?? [];
    const total = values.reduce((a, b) => a + b, 0) || 1;
    const cx = 70;
    const cy = height + 60;
    let angle = -Math.PI / 2;
    values.forEach((v, i) => {
      const sweep = (v / total) * Math.PI * 2;
      const end = angle + sweep;
      const large = sweep > Math.PI ? 1 : 0;
      const point = (a: number, r: number): string =>
        `${cx + r * Math.cos(a)} ${cy + r * Math.sin(a)}`;
      const path =
        sweep >= Math.PI * 2 - 1e-9
          ? `M ${point(0, 55)} A 55 55 0 1 1 ${point(Math.PI, 55)} A 55 55 0 1 1 ${point(0, 55)} Z`
          : `M ${point(angle, 55)} A 55 55 0 ${large} 1 ${point(end, 55)} L ${point(end, 30)} A 30 30 0 ${large} 0 ${point(angle, 30)} Z`;
      if (v > 0) svg.append(el(doc, "path", { d: path, fill: COLOURS[i % COLOURS.length] }));
      svg.append(
        el(doc, "rect", {
          x: 150,
          y: height + 8 + i * 18,
          width: 10,
          height: 10,
          fill: COLOURS[i % COLOURS.length],
        })
      );
      svg.append(
        text(doc, 166, height + 17 + i * 18, `${data.categories[i]}: ${Math.round(v * 10) / 10}`)
      );
      angle = end;
    });
    height += 130;
  } else {
    const stacked = chart.type === "BarStacked";
    const totals = data.categories.map((_, i) =>
      stacked
        ? data.series.reduce((s, series) => s + series.values[i], 0)
        : Math.max(0, ...data.series.map((s) => s.values[i]))
    );
    const max = Math.max(1, ...totals);
    const labelWidth = 120;
    const barRoom = width - labelWidth - 40;
    data.categories.forEach((category, i) => {
      const y = height + i * rowHeight;
      svg.append(
        text(doc, 0, y + 12, category.length > 18 ? `${category.slice(0, 17)}…` : category)
      );
      let x = labelWidth;
      data.series.forEach((series, s) => {
        const w = (series.values[i] / max) * barRoom;
        const barY = stacked ? y + 2 : y + 2 + (s * 14) / data.series.length;
        const barH = stacked ? 14 : 14 / data.series.length;
        if (w > 0)
          svg.append(
            el(doc, "rect", {
              x,
              y: barY,
              width: w,
              height: barH,
              fill: data.series.length === 1 ? SINGLE : COLOURS[s % COLOURS.length],
            })
          );
        if (stacked) x += w;
      });
      svg.append(
        text(
          doc,
          labelWidth + (totals[i] / max) * barRoom + 4,
          y + 12,
          String(Math.round(totals[i] * 10) / 10)
        )
      );
    });
    height += data.categories.length * rowHeight + 6;
    if (data.series.length > 1) {
      data.series.forEach((series, s) => {
        svg.append(
          el(doc, "rect", {
            x: 0,
            y: height + s * 16,
            width: 10,
            height: 10,
            fill: COLOURS[s % COLOURS.length],
          })
        );
        svg.append(text(doc, 16, height + 9 + s * 16, series.name));
      });
      height += legendHeight;
    }
  }
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return svg;
}
