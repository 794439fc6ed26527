/**
 * Charts (Excel.ChartCollection, Excel.Chart, and the title, legend and series FrontBack sets):
 * the summary sheet's charts, placed over cells and fed from ranges of their own sheet.
 */

import type {
  ChartApi,
  ChartCollectionApi,
  ChartKind,
  ChartSeriesApi,
  RangeApi,
} from "../excel/excel-api";
import { officeError, propertyNotLoaded } from "./errors";
import { parseA1 } from "./model";
import type { ChartModel, Rect, SheetModel } from "./model";
import { CollectionProxy, Proxy } from "./proxy";
import type { Getters } from "./proxy";
import { RangeProxy } from "./range-proxy";
import { writable } from "./range-target";
import type { FakeSession } from "./session";

interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

const CHART_TYPES: readonly ChartKind[] = ["Doughnut", "BarStacked", "BarClustered"];

export class ChartCollectionProxy
  extends CollectionProxy<SheetModel, ChartTarget, ChartProxy>
  implements ChartCollectionApi
{
  constructor(session: FakeSession, sheet: () => SheetModel) {
    super(session, "ChartCollection", sheet);
  }

  protected list(sheet: SheetModel): ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected itemProxy(target: ChartTarget): ChartProxy {
    const proxy = new ChartProxy(this.session, () => target);
    proxy.presetTarget(target);
    return proxy;
  }

  protected itemGetters(): Getters<ChartTarget> {
    return { name: ({ chart }) => chart.name };
  }

  add(type: ChartKind, sourceData: RangeApi, seriesBy: "Rows" | "Columns"): ChartProxy {
    const location = "ChartCollection.add";
    return new ChartProxy(
      this.session,
      () => {
        const sheet = this.live(location);
        writable({ sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } }, location);
        if (!CHART_TYPES.includes(type)) throw officeError("InvalidArgument", location);
        if (!(sourceData instanceof RangeProxy)) throw officeError("InvalidArgument", location);
        const source = sourceData.targetFor(location);
        if (source.sheet !== sheet) throw officeError("InvalidArgument", location);
        const chart: ChartModel = {
          name: this.session.model.newChartName(),
          type,
          source: source.rect,
          seriesBy,
          seriesCount: seriesBy === "Columns" ? source.rect.cols : source.rect.rows,
          title: "",
          legendPosition: "Right",
          legendVisible: true,
          position: undefined,
          xAxisValues: [],
        };
        sheet.charts.push(chart);
        return { sheet, chart };
      },
      { location, args: [type, seriesBy] }
    );
  }
}

class ChartProxy extends Proxy<ChartTarget> implements ChartApi {
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  readonly series: { getItemAt(index: number): ChartSeriesApi };

  constructor(
    session: FakeSession,
    resolver: () => ChartTarget | null,
    navigation?: { location: string; args: unknown }
  ) {
    super(session, "Chart", resolver, false, navigation);
    const chart = (location: string): ChartModel => this.live(location).chart;
    const set = (location: string, value: unknown, apply: (c: ChartModel) => void): void =>
      session.command(location, value, () => apply(chart(location)));
    this.title = {
      get text(): string {
        throw propertyNotLoaded("ChartTitle", "text");
      },
      set text(value: string) {
        set("ChartTitle.text", value, (c) => (c.title = value));
      },
    };
    this.legend = {
      get position(): string {
        throw propertyNotLoaded("ChartLegend", "position");
      },
      set position(value: string) {
        set("ChartLegend.position", value, (c) => (c.legendPosition = value));
      },
      get visible(): boolean {
        throw propertyNotLoaded("ChartLegend", "visible");
      },
      set visible(value: boolean) {
        set("ChartLegend.visible", value, (c) => (c.legendVisible = value));
      },
    };
    this.series = {
      getItemAt: (index: number): ChartSeriesApi => ({
        setXAxisValues: (sourceData: RangeApi): void => {
          const location = "ChartSeries.setXAxisValues";
          session.requireApi("1.7", location);
          session.command(location, index, () => {
            const c = chart(location);
            if (index < 0 || index >= c.seriesCount)
              throw officeError("ItemNotFound", "ChartSeriesCollection.getItemAt");
            if (!(sourceData instanceof RangeProxy)) throw officeError("InvalidArgument", location);
            c.xAxisValues[index] = sourceData.targetFor(location).rect;
          });
        },
      }),
    };
  }

  presetTarget(target: ChartTarget): void {
    this.preset(target);
  }

  presetItem(values: Map<string, unknown>): void {
    this.presetLoaded(values);
  }

  protected getters(): Getters<ChartTarget> {
    return { name: ({ chart }) => chart.name };
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.session.command("Chart.name", value, () => {
      this.live("Chart.name").chart.name = value;
    });
  }

  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void {
    const location = "Chart.setPosition";
    this.session.command(
      location,
      [startCell, endCell].filter((c) => typeof c === "string"),
      () => {
        const { sheet, chart } = this.live(location);
        const cell = (ref: RangeApi | string | undefined): Rect | undefined => {
          if (ref === undefined) return undefined;
          if (typeof ref === "string") return parseA1(ref);
          if (ref instanceof RangeProxy) {
            const target = ref.targetFor(location);
            return target.sheet === sheet ? target.rect : undefined;
          }
          return undefined;
        };
        const start = cell(startCell);
        const end = cell(endCell) ?? start;
        if (start === undefined || end === undefined)
          throw officeError("InvalidArgument", location);
        chart.position = {
          row: start.row,
          col: start.col,
          rows: end.row + end.rows - start.row,
          cols: end.col + end.cols - start.col,
        };
      }
    );
  }

  delete(): void {
    const location = "Chart.delete";
    this.session.command(location, null, () => {
      const { sheet, chart } = this.live(location);
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}
