/**
 * The part of the Excel JavaScript API that FrontBack uses, and nothing more. The adapter is
 * written against these types; `office-host.ts` proves at compile time that the real
 * `Excel.RequestContext` satisfies them, and the test fake implements them, so the compiler keeps
 * the adapter, Excel and the fake in step. Every member is in ExcelApi 1.7 unless its comment
 * names a later set: those are only called after `isSetSupported` says yes.
 *
 * Reference: https://learn.microsoft.com/javascript/api/excel (one page per class, named below).
 */

/** Properties of a proxy object are readable only after `load` and `context.sync()`. */
export interface Loadable {
  /** Queues a load of the comma-separated properties (never call it without a list). */
  load(propertyNames: string): unknown;
}

/** Excel.RequestContext: one batch of queued commands, sent by `sync`. */
export interface ExcelContext {
  readonly workbook: WorkbookApi;
  sync(): Promise<unknown>;
}

/** Excel.Workbook. */
export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  /** Names scoped to the workbook (ExcelApi 1.4 for add). */
  readonly names: NamedItemCollectionApi;
  /** Excel.WorkbookProtection: structure protection (ExcelApi 1.7). */
  readonly protection: ProtectionApi;
  readonly application: ApplicationApi;
}

/** Excel.Application. */
export interface ApplicationApi {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
  /** ExcelApi 1.9: feature-tested. */
  suspendScreenUpdatingUntilNextSync(): void;
}

/** Excel.WorkbookProtection and Excel.WorksheetProtection: only whether it is on. */
export interface ProtectionApi extends Loadable {
  readonly protected: boolean;
}

/** Excel.WorksheetCollection. */
export interface WorksheetCollectionApi extends Loadable {
  readonly items: WorksheetApi[];
  getActiveWorksheet(): WorksheetApi;
  getItem(key: string): WorksheetApi;
  add(name?: string): WorksheetApi;
}

/** Excel.Worksheet. */
export interface WorksheetApi extends Loadable {
  readonly name: string;
  readonly protection: ProtectionApi;
  /** Names scoped to this worksheet (ExcelApi 1.4). */
  readonly names: NamedItemCollectionApi;
  readonly tables: TableCollectionApi;
  readonly charts: ChartCollectionApi;
  /** The whole sheet without an address. */
  getRange(address?: string): RangeApi;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeApi;
  /** Never fails: a blank sheet gives A1. */
  getUsedRange(valuesOnly?: boolean): RangeApi;
  /** A null object for a blank sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  /** Makes it the sheet the owner sees (ExcelApi 1.1). */
  activate(): void;
}

/** Excel.Range. */
export interface RangeApi extends Loadable {
  readonly isNullObject: boolean;
  values: unknown[][];
  /** "Empty", "String", "Double", "Boolean", "Error", ... per cell. */
  readonly valueTypes: string[][];
  numberFormat: unknown[][];
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly format: RangeFormatApi;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  /** ExcelApi 1.8: feature-tested. */
  readonly dataValidation: DataValidationApi;
  getCell(row: number, column: number): RangeApi;
  getRow(row: number): RangeApi;
  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi;
  getIntersectionOrNullObject(anotherRange: RangeApi | string): RangeApi;
  /** A null object when no cell of the range is used (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
}

/** Excel.RangeFormat, with its font and fill. */
export interface RangeFormatApi extends Loadable {
  readonly font: RangeFontApi;
  readonly fill: RangeFillApi;
  horizontalAlignment: string;
  wrapText: boolean;
  columnWidth: number;
}

/** Excel.RangeFont. */
export interface RangeFontApi extends Loadable {
  bold: boolean;
  italic: boolean;
  color: string;
  name: string;
  size: number;
}

/** Excel.RangeFill. */
export interface RangeFillApi extends Loadable {
  color: string;
}

/** Excel.ConditionalFormatCollection (ExcelApi 1.6). */
export interface ConditionalFormatCollectionApi {
  add(type: "ContainsText"): ConditionalFormatApi;
  clearAll(): void;
}

/** Excel.ConditionalFormat, as a text comparison. */
export interface ConditionalFormatApi {
  readonly textComparison: TextConditionalFormatApi;
}

/** Excel.TextConditionalFormat. */
export interface TextConditionalFormatApi {
  readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
  rule: { operator: string; text: string };
}

/** Excel.DataValidation (ExcelApi 1.8). */
export interface DataValidationApi {
  rule: DataValidationRuleApi;
  clear(): void;
}

/** The two kinds of Excel.DataValidationRule FrontBack sets. */
export interface DataValidationRuleApi {
  list?: { inCellDropDown: boolean; source: unknown };
  wholeNumber?: { formula1: unknown; formula2?: unknown; operator: string };
}

/** Excel.TableCollection. */
export interface TableCollectionApi extends Loadable {
  readonly items: TableApi[];
  getItem(key: string): TableApi;
}

/** Excel.Table. */
export interface TableApi extends Loadable {
  readonly name: string;
  readonly columns: TableColumnCollectionApi;
  getRange(): RangeApi;
  getHeaderRowRange(): RangeApi;
  getDataBodyRange(): RangeApi;
}

/** Excel.TableColumnCollection: `add` at the end with a name needs ExcelApi 1.4. */
export interface TableColumnCollectionApi {
  add(index?: number, values?: undefined, name?: string): unknown;
}

/** Excel.NamedItemCollection. */
export interface NamedItemCollectionApi extends Loadable {
  readonly items: NamedItemApi[];
  add(name: string, reference: RangeApi | string, comment?: string): unknown;
  getItem(name: string): NamedItemApi;
}

/** Excel.NamedItem. */
export interface NamedItemApi extends Loadable {
  readonly name: string;
  /** "Range" while the name points at cells, "Error" once they are deleted. */
  readonly type: string;
  /** The name's formula, e.g. "=Tasks!$F$1" (ExcelApi 1.7). */
  readonly formula: unknown;
  delete(): void;
}

/** Excel.ChartCollection. */
export interface ChartCollectionApi extends Loadable {
  readonly items: ChartApi[];
  add(type: ChartKind, sourceData: RangeApi, seriesBy: "Rows" | "Columns"): ChartApi;
}

/** The chart types FrontBack draws. */
export type ChartKind = "Doughnut" | "BarStacked" | "BarClustered";

/** Excel.Chart. */
export interface ChartApi extends Loadable {
  name: string;
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  readonly series: { getItemAt(index: number): ChartSeriesApi };
  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void;
  delete(): void;
}

/** Excel.ChartSeries. */
export interface ChartSeriesApi {
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: RangeApi): void;
}

/** How the adapter reaches Excel: `Excel.run` and the requirement-set check, injectable for tests. */
export interface ExcelHost {
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  isSetSupported(name: "ExcelApi", version: string): boolean;
}
