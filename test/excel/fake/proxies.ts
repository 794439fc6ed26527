/**
 * The proxy objects of the fake: the members of the Excel JavaScript API that FrontBack uses
 * (src/excel/excel-api.ts), each behaving as its reference page says (learn.microsoft.com/
 * javascript/api/excel/excel.<class>). Methods and property writes queue commands; `load`
 * queues a read whose values become readable after `sync`; reading anything else throws
 * PropertyNotLoaded. `...OrNullObject` methods give objects whose `isNullObject` is known after
 * `sync`; using a null object for anything but `load` and `isNullObject` fails at sync, since the
 * reference does not say what Excel does then and the adapter must not rely on it.
 */

import type {
  ApplicationApi,
  ChartApi,
  ChartCollectionApi,
  ChartKind,
  ChartSeriesApi,
  ConditionalFormatApi,
  ConditionalFormatCollectionApi,
  DataValidationApi,
  DataValidationRuleApi,
  ExcelContext,
  NamedItemApi,
  NamedItemCollectionApi,
  ProtectionApi,
  RangeApi,
  RangeFillApi,
  RangeFontApi,
  RangeFormatApi,
  TableApi,
  TableCollectionApi,
  TableColumnCollectionApi,
  TextConditionalFormatApi,
  WorkbookApi,
  WorksheetApi,
  WorksheetCollectionApi,
} from "../../../src/excel/excel-api";
import { enterValue, ErrorValue } from "./entry";
import type { CellValue } from "./entry";
import { officeError, propertyNotLoaded } from "./errors";
import {
  cellKey,
  contains,
  formatA1,
  intersect,
  MAX_COLUMNS,
  MAX_ROWS,
  parseA1,
  quoteSheetName,
} from "./model";
import type {
  CellFormat,
  ChartModel,
  ConditionalFormatModel,
  NameModel,
  Rect,
  SheetModel,
  TableModel,
} from "./model";
import { jsonBytes } from "./session";
import type { FakeSession } from "./session";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;
/** "A range is limited to 5,000,000 cells for read operations" (resource limits). */
export const MAX_READ_CELLS = 5_000_000;

type Getters<T> = Readonly<Record<string, (target: T) => unknown>>;

/** What every proxy shares: resolution in queue order, load, isNullObject, null-object strictness. */
abstract class Proxy<T extends object> {
  private resolved = false;
  private target: T | null = null;
  private nullKnown: boolean | undefined;
  private readonly loaded = new Map<string, unknown>();

  protected constructor(
    protected readonly session: FakeSession,
    private readonly className: string,
    private readonly resolver: () => T | null,
    private readonly orNull = false,
    navigation?: { readonly location: string; readonly args: unknown }
  ) {
    if (navigation !== undefined) {
      session.command(navigation.location, navigation.args, () => {
        const target = this.resolve(navigation.location);
        session.stage(() => (this.nullKnown = target === null));
      });
    }
  }

  /** The properties `load` can read, and how. */
  protected abstract getters(): Getters<T>;

  /** The object in the model, found once, at the first command that needs it. */
  protected resolve(location: string): T | null {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
      if (this.target === null && !this.orNull) throw officeError("ItemNotFound", location);
    }
    return this.target;
  }

  /** The object, which must exist: a null object cannot be used. */
  protected live(location: string): T {
    const target = this.resolve(location);
    if (target === null) {
      throw officeError("InvalidOperation", location, "The object is a null object.");
    }
    return target;
  }

  /** Resolved already, as items of a loaded collection are. */
  protected preset(target: T): void {
    this.target = target;
    this.resolved = true;
    this.nullKnown = false;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw propertyNotLoaded(this.className, "isNullObject");
    return this.nullKnown;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.className, property);
    return this.loaded.get(property) as V;
  }

  /** Items of a collection arrive loaded with the properties asked for. */
  protected presetLoaded(values: ReadonlyMap<string, unknown>): void {
    for (const [key, value] of values) this.loaded.set(key, value);
  }

  load(propertyNames: string): this {
    const names = propertyNames
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== "");
    const location = `${this.className}.load`;
    this.session.command(location, names, () => {
      const target = this.resolve(location);
      if (target === null) {
        this.session.stage(() => (this.nullKnown = true));
        return 0;
      }
      const values = this.readProperties(target, names, location);
      this.session.stage(() => {
        this.nullKnown = false;
        for (const [key, value] of values) this.loaded.set(key, value);
      });
      return jsonBytes(Object.fromEntries(values));
    });
    return this;
  }

  protected readProperties(
    target: T,
    names: readonly string[],
    location: string
  ): Map<string, unknown> {
    const getters = this.getters();
    const values = new Map<string, unknown>();
    for (const name of names) {
      const getter = getters[name];
      if (getter === undefined) {
        throw officeError(
          "InvalidArgument",
          location,
          `The fake has no loadable property '${name}'.`
        );
      }
      values.set(name, getter(target));
    }
    return values;
  }
}

/** A collection: `load("items/a, items/b")` gives `items`, each with a and b loaded. */
abstract class CollectionProxy<T extends object, Item extends object, ItemProxy> extends Proxy<T> {
  private loadedItems: ItemProxy[] | undefined;

  protected abstract list(target: T): Item[];
  protected abstract itemProxy(
    item: Item
  ): ItemProxy & { presetItem(values: Map<string, unknown>): void };
  protected abstract itemGetters(): Getters<Item>;

  protected getters(): Getters<T> {
    return {};
  }

  get items(): ItemProxy[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded(this.constructor.name, "items");
    return this.loadedItems;
  }

  override load(propertyNames: string): this {
    const names = propertyNames.split(",").map((name) => name.trim());
    const location = `${this.constructor.name}.load`;
    this.session.command(location, names, () => {
      const target = this.live(location);
      const getters = this.itemGetters();
      const fields = names.map((name) => {
        const field = name.startsWith("items/") ? name.slice("items/".length) : undefined;
        if (field === undefined || getters[field] === undefined) {
          throw officeError("InvalidArgument", location, `The fake cannot load '${name}'.`);
        }
        return field;
      });
      const rows = this.list(target).map((item) => {
        const values = new Map<string, unknown>();
        for (const field of fields) values.set(field, getters[field](item));
        return { item, values };
      });
      this.session.stage(() => {
        this.loadedItems = rows.map(({ item, values }) => {
          const proxy = this.itemProxy(item);
          proxy.presetItem(values);
          return proxy;
        });
      });
      return jsonBytes(rows.map(({ values }) => Object.fromEntries(values)));
    });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Context, workbook, application

export class FakeContext implements ExcelContext {
  readonly workbook: WorkbookProxy;

  constructor(private readonly session: FakeSession) {
    this.workbook = new WorkbookProxy(session);
  }

  sync(): Promise<void> {
    return this.session.sync();
  }
}

class WorkbookProxy implements WorkbookApi {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: ProtectionProxy;
  readonly application: ApplicationProxy;

  constructor(session: FakeSession) {
    this.worksheets = new WorksheetCollectionProxy(session);
    this.names = new NamedItemCollectionProxy(session, () => undefined);
    this.protection = new ProtectionProxy(session, "WorkbookProtection", () => ({
      on: session.model.structureProtected,
    }));
    this.application = new ApplicationProxy(session);
  }
}

class ApplicationProxy implements ApplicationApi {
  constructor(private readonly session: FakeSession) {}

  suspendApiCalculationUntilNextSync(): void {
    this.session.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.session.command("Application.suspendApiCalculationUntilNextSync", null, () => {
      this.session.counters.calculationSuspended++;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.session.requireApi("1.9", "Application.suspendScreenUpdatingUntilNextSync");
    this.session.command("Application.suspendScreenUpdatingUntilNextSync", null, () => {
      this.session.counters.screenUpdatingSuspended++;
    });
  }
}

class ProtectionProxy extends Proxy<{ on: boolean }> implements ProtectionApi {
  constructor(session: FakeSession, className: string, resolver: () => { on: boolean }) {
    super(session, className, resolver);
  }

  protected getters(): Getters<{ on: boolean }> {
    return { protected: (target) => target.on };
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

function checkSheetName(name: string, location: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw officeError("InvalidArgument", location, `"${name}" is not a valid sheet name.`);
  }
}

class WorksheetCollectionProxy
  extends CollectionProxy<object, SheetModel, WorksheetProxy>
  implements WorksheetCollectionApi
{
  constructor(session: FakeSession) {
    super(session, "WorksheetCollection", () => session.model);
  }

  protected list(): SheetModel[] {
    return this.session.model.sheets;
  }

  protected itemProxy(sheet: SheetModel): WorksheetProxy {
    return WorksheetProxy.of(this.session, sheet);
  }

  protected itemGetters(): Getters<SheetModel> {
    return WORKSHEET_GETTERS;
  }

  getActiveWorksheet(): WorksheetProxy {
    const model = this.session.model;
    return new WorksheetProxy(
      this.session,
      () =>
        model.activeSheetId === undefined ? null : (model.sheetById(model.activeSheetId) ?? null),
      { location: "WorksheetCollection.getActiveWorksheet", args: null }
    );
  }

  getItem(key: string): WorksheetProxy {
    const model = this.session.model;
    return new WorksheetProxy(
      this.session,
      () => model.sheetByName(key) ?? model.sheetById(key) ?? null,
      { location: "WorksheetCollection.getItem", args: key }
    );
  }

  add(name?: string): WorksheetProxy {
    const model = this.session.model;
    const location = "WorksheetCollection.add";
    return new WorksheetProxy(
      this.session,
      () => {
        if (model.structureProtected) {
          throw officeError("AccessDenied", location, "The workbook structure is protected.");
        }
        let sheetName = name;
        for (let n = model.sheets.length + 1; sheetName === undefined; n++) {
          if (model.sheetByName(`Sheet${n}`) === undefined) sheetName = `Sheet${n}`;
        }
        checkSheetName(sheetName, location);
        if (model.sheetByName(sheetName) !== undefined)
          throw officeError("ItemAlreadyExists", location);
        return model.addSheet(sheetName);
      },
      { location, args: name ?? null }
    );
  }
}

const WORKSHEET_GETTERS: Getters<SheetModel> = {
  name: (sheet) => sheet.name,
  id: (sheet) => sheet.id,
};

class WorksheetProxy extends Proxy<SheetModel> implements WorksheetApi {
  readonly protection: ProtectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;

  constructor(
    session: FakeSession,
    resolver: () => SheetModel | null,
    navigation?: { location: string; args: unknown }
  ) {
    super(session, "Worksheet", resolver, false, navigation);
    const sheet = (): SheetModel => this.live("Worksheet");
    this.protection = new ProtectionProxy(session, "WorksheetProtection", () => ({
      on: sheet().protected,
    }));
    this.names = new NamedItemCollectionProxy(session, sheet);
    this.tables = new TableCollectionProxy(session, sheet);
    this.charts = new ChartCollectionProxy(session, sheet);
  }

  static of(session: FakeSession, sheet: SheetModel): WorksheetProxy {
    const proxy = new WorksheetProxy(session, () => sheet);
    proxy.preset(sheet);
    return proxy;
  }

  presetItem(values: Map<string, unknown>): void {
    this.presetLoaded(values);
  }

  protected getters(): Getters<SheetModel> {
    return WORKSHEET_GETTERS;
  }

  get name(): string {
    return this.read("name");
  }

  activate(): void {
    const location = "Worksheet.activate";
    this.session.command(location, null, () => {
      this.session.model.activeSheetId = this.live(location).id;
    });
  }

  private range(
    location: string,
    args: unknown,
    rect: (sheet: SheetModel) => Rect | null,
    orNull = false
  ): RangeProxy {
    return new RangeProxy(
      this.session,
      () => {
        const sheet = this.live(location);
        const found = rect(sheet);
        return found === null ? null : { sheet, rect: found };
      },
      { location, args },
      orNull
    );
  }

  getRange(address?: string): RangeProxy {
    const location = "Worksheet.getRange";
    return this.range(location, address ?? null, () => {
      if (address === undefined) return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
      const rect = parseA1(address);
      if (rect === undefined)
        throw officeError("InvalidArgument", location, `Bad address "${address}".`);
      return rect;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeProxy {
    const location = "Worksheet.getRangeByIndexes";
    return this.range(location, [startRow, startColumn, rowCount, columnCount], () =>
      checkedRect({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }, location)
    );
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range("Worksheet.getUsedRange", valuesOnly ?? null, (sheet) => {
      return sheet.usedRect(valuesOnly === true) ?? { row: 0, col: 0, rows: 1, cols: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.range(
      "Worksheet.getUsedRangeOrNullObject",
      valuesOnly ?? null,
      (sheet) => sheet.usedRect(valuesOnly === true) ?? null,
      true
    );
  }
}

function checkedRect(rect: Rect, location: string): Rect {
  const ok =
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    Number.isInteger(rect.rows) &&
    Number.isInteger(rect.cols) &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLUMNS;
  if (!ok)
    throw officeError("InvalidArgument", location, `Outside the sheet: ${JSON.stringify(rect)}.`);
  return rect;
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

function excelValue(value: CellValue | undefined): string | number | boolean {
  if (value === undefined) return "";
  if (value instanceof ErrorValue) return value.code;
  return value;
}

function valueType(value: CellValue | undefined): string {
  if (value === undefined) return "Empty";
  if (value instanceof ErrorValue) return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

function grid<V>(target: RangeTarget, cell: (row: number, col: number) => V): V[][] {
  const { row, col, rows, cols } = target.rect;
  const out: V[][] = new Array<V[]>(rows);
  for (let r = 0; r < rows; r++) {
    const line = new Array<V>(cols);
    for (let c = 0; c < cols; c++) line[c] = cell(row + r, col + c);
    out[r] = line;
  }
  return out;
}

function readable(target: RangeTarget, location: string): RangeTarget {
  if (target.rect.rows * target.rect.cols > MAX_READ_CELLS) {
    throw officeError("RangeExceedsLimit", location);
  }
  return target;
}

const RANGE_GETTERS: Getters<RangeTarget> = {
  values: (t) => grid(readable(t, "Range.values"), (r, c) => excelValue(t.sheet.value(r, c))),
  valueTypes: (t) =>
    grid(readable(t, "Range.valueTypes"), (r, c) => valueType(t.sheet.value(r, c))),
  numberFormat: (t) =>
    grid(
      readable(t, "Range.numberFormat"),
      (r, c) => t.sheet.numberFormats.get(cellKey(r, c)) ?? "General"
    ),
  address: (t) => `${quoteSheetName(t.sheet.name)}!${formatA1(t.rect)}`,
  rowIndex: (t) => t.rect.row,
  columnIndex: (t) => t.rect.col,
  rowCount: (t) => t.rect.rows,
  columnCount: (t) => t.rect.cols,
};

function writable(target: RangeTarget, location: string): RangeTarget {
  if (target.sheet.protected) {
    throw officeError("AccessDenied", location, `The sheet "${target.sheet.name}" is protected.`);
  }
  return target;
}

function checkShape(values: unknown, rect: Rect, location: string): unknown[][] {
  const ok =
    Array.isArray(values) &&
    values.length === rect.rows &&
    values.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!ok) {
    throw officeError(
      "InvalidArgument",
      location,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return values as unknown[][];
}

function writeValues(target: RangeTarget, values: unknown): void {
  const location = "Range.values";
  const { sheet, rect } = writable(target, location);
  const rows = checkShape(values, rect, location);
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const written = rows[r][c];
      if (typeof written === "string" && written.length > MAX_CELL_CHARS) {
        throw officeError(
          "InvalidArgument",
          location,
          `A cell holds at most ${MAX_CELL_CHARS} characters.`
        );
      }
      const row = rect.row + r;
      const col = rect.col + c;
      const entry = enterValue(written);
      if (entry === undefined) {
        throw officeError("InvalidArgument", location, "A cell takes a string, number or boolean.");
      }
      if (sheet.mergedAway(row, col) && entry.value !== undefined) {
        throw officeError("InvalidOperation", location, "Cannot change part of a merged cell.");
      }
      const key = cellKey(row, col);
      if (entry.value === undefined) sheet.cells.delete(key);
      else sheet.cells.set(key, entry.value);
      if (entry.formula === undefined) sheet.formulas.delete(key);
      else sheet.formulas.set(key, entry.formula);
      if (entry.quotePrefix === true) sheet.quotePrefix.set(key, true);
      else sheet.quotePrefix.delete(key);
      if (entry.numberFormat !== undefined && !sheet.numberFormats.has(key)) {
        sheet.numberFormats.set(key, entry.numberFormat);
      }
    }
  }
}

function writeNumberFormat(target: RangeTarget, formats: unknown): void {
  const location = "Range.numberFormat";
  const { sheet, rect } = writable(target, location);
  const rows = checkShape(formats, rect, location);
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const format = rows[r][c];
      if (typeof format !== "string") throw officeError("InvalidArgument", location);
      const key = cellKey(rect.row + r, rect.col + c);
      if (format === "General") sheet.numberFormats.delete(key);
      else sheet.numberFormats.set(key, format);
    }
  }
}

function eachCell(rect: Rect, visit: (key: number) => void): void {
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) visit(cellKey(rect.row + r, rect.col + c));
  }
}

function setFormat(target: RangeTarget, location: string, change: CellFormat): void {
  const { sheet, rect } = writable(target, location);
  eachCell(rect, (key) => sheet.formats.set(key, { ...sheet.formats.get(key), ...change }));
}

/** A format property of a range: one value when every cell has it, null when they differ. */
function sharedFormat<V>(
  target: RangeTarget,
  pick: (format: CellFormat) => V | undefined,
  fallback: V
): V | null {
  let shared: V | undefined;
  let first = true;
  let mixed = false;
  eachCell(target.rect, (key) => {
    const value = pick(target.sheet.formats.get(key) ?? {}) ?? fallback;
    if (first) shared = value;
    else if (value !== shared) mixed = true;
    first = false;
  });
  return mixed ? null : (shared ?? fallback);
}

function clearRange(target: RangeTarget, applyTo: string): void {
  const location = "Range.clear";
  const { sheet, rect } = writable(target, location);
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  const inside = (key: number): boolean =>
    contains(rect, {
      row: Math.floor(key / MAX_COLUMNS),
      col: key % MAX_COLUMNS,
      rows: 1,
      cols: 1,
    });
  const drop = <V>(map: Map<number, V>): void => {
    for (const key of [...map.keys()]) if (inside(key)) map.delete(key);
  };
  if (contents) {
    drop(sheet.cells);
    drop(sheet.formulas);
    drop(sheet.quotePrefix);
  }
  if (formats) {
    drop(sheet.formats);
    drop(sheet.numberFormats);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !contains(rect, cf.rect));
    sheet.dataValidations = sheet.dataValidations.filter((dv) => !contains(rect, dv.rect));
    sheet.merges = sheet.merges.filter((m) => !contains(rect, m));
  }
}

export class RangeProxy extends Proxy<RangeTarget> implements RangeApi {
  readonly format: RangeFormatProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;

  constructor(
    session: FakeSession,
    resolver: () => RangeTarget | null,
    navigation: { location: string; args: unknown },
    orNull = false
  ) {
    super(session, "Range", resolver, orNull, navigation);
    const target = (location: string): RangeTarget => this.live(location);
    this.format = new RangeFormatProxy(session, target);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(session, target);
  }

  /** The range's place in the model, for the fake's own use (chart sources, name references). */
  targetFor(location: string): RangeTarget {
    return this.live(location);
  }

  protected getters(): Getters<RangeTarget> {
    return RANGE_GETTERS;
  }

  get values(): unknown[][] {
    return this.read("values");
  }

  set values(values: unknown[][]) {
    this.session.command("Range.values", values, () =>
      writeValues(this.live("Range.values"), values)
    );
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }

  set numberFormat(formats: unknown[][]) {
    this.session.command("Range.numberFormat", formats, () =>
      writeNumberFormat(this.live("Range.numberFormat"), formats)
    );
  }

  get address(): string {
    return this.read("address");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get dataValidation(): DataValidationProxy {
    this.session.requireApi("1.8", "Range.dataValidation");
    return new DataValidationProxy(this.session, (location) => this.live(location));
  }

  private derived(
    location: string,
    args: unknown,
    rect: (target: RangeTarget) => Rect | null,
    orNull = false
  ): RangeProxy {
    return new RangeProxy(
      this.session,
      () => {
        const target = this.live(location);
        const found = rect(target);
        return found === null ? null : { sheet: target.sheet, rect: checkedRect(found, location) };
      },
      { location, args },
      orNull
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived("Range.getCell", [row, column], ({ rect }) => ({
      row: rect.row + row,
      col: rect.col + column,
      rows: 1,
      cols: 1,
    }));
  }

  getRow(row: number): RangeProxy {
    return this.derived("Range.getRow", row, ({ rect }) => ({
      ...rect,
      row: rect.row + row,
      rows: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived("Range.getResizedRange", [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      cols: rect.cols + deltaColumns,
    }));
  }

  getIntersectionOrNullObject(anotherRange: RangeApi | string): RangeProxy {
    const location = "Range.getIntersectionOrNullObject";
    return this.derived(
      location,
      null,
      ({ sheet, rect }) => {
        let other: Rect | undefined;
        if (typeof anotherRange === "string") other = parseA1(anotherRange);
        else if (anotherRange instanceof RangeProxy) {
          const target = anotherRange.live(location);
          if (target.sheet !== sheet) throw officeError("InvalidArgument", location);
          other = target.rect;
        }
        if (other === undefined) throw officeError("InvalidArgument", location);
        return intersect(rect, other) ?? null;
      },
      true
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.derived(
      "Range.getUsedRangeOrNullObject",
      valuesOnly ?? null,
      ({ sheet, rect }) => sheet.usedRect(valuesOnly === true, rect) ?? null,
      true
    );
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.session.command("Range.clear", applyTo, () =>
      clearRange(this.live("Range.clear"), applyTo)
    );
  }
}

class RangeFormatProxy extends Proxy<RangeTarget> implements RangeFormatApi {
  readonly font: RangeFontProxy;
  readonly fill: RangeFillProxy;

  constructor(session: FakeSession, target: (location: string) => RangeTarget) {
    super(session, "RangeFormat", () => target("RangeFormat"));
    this.font = new RangeFontProxy(session, target);
    this.fill = new RangeFillProxy(session, target);
  }

  protected getters(): Getters<RangeTarget> {
    return {
      horizontalAlignment: (t) => sharedFormat(t, (f) => f.horizontalAlignment, "General"),
      wrapText: (t) => sharedFormat(t, (f) => f.wrapText, false),
      columnWidth: (t) => {
        const widths = new Set<number>();
        for (let c = 0; c < t.rect.cols; c++)
          widths.add(t.sheet.columnWidths.get(t.rect.col + c) ?? 48);
        return widths.size === 1 ? [...widths][0] : null;
      },
    };
  }

  private set(location: string, change: CellFormat): void {
    this.session.command(location, change, () => setFormat(this.live(location), location, change));
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }

  set horizontalAlignment(value: string) {
    this.set("RangeFormat.horizontalAlignment", { horizontalAlignment: value });
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }

  set wrapText(value: boolean) {
    this.set("RangeFormat.wrapText", { wrapText: value });
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }

  set columnWidth(width: number) {
    const location = "RangeFormat.columnWidth";
    this.session.command(location, width, () => {
      const { sheet, rect } = writable(this.live(location), location);
      for (let c = 0; c < rect.cols; c++) sheet.columnWidths.set(rect.col + c, width);
    });
  }
}

class RangeFontProxy extends Proxy<RangeTarget> implements RangeFontApi {
  constructor(session: FakeSession, target: (location: string) => RangeTarget) {
    super(session, "RangeFont", () => target("RangeFont"));
  }

  protected getters(): Getters<RangeTarget> {
    return {
      bold: (t) => sharedFormat(t, (f) => f.bold, false),
      italic: (t) => sharedFormat(t, (f) => f.italic, false),
      color: (t) => sharedFormat(t, (f) => f.fontColor, "#000000"),
      name: (t) => sharedFormat(t, (f) => f.fontName, "Calibri"),
      size: (t) => sharedFormat(t, (f) => f.fontSize, 11),
    };
  }

  private set(location: string, change: CellFormat): void {
    this.session.command(location, change, () => setFormat(this.live(location), location, change));
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(value: boolean) {
    this.set("RangeFont.bold", { bold: value });
  }

  get italic(): boolean {
    return this.read("italic");
  }

  set italic(value: boolean) {
    this.set("RangeFont.italic", { italic: value });
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.set("RangeFont.color", { fontColor: value });
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.set("RangeFont.name", { fontName: value });
  }

  get size(): number {
    return this.read("size");
  }

  set size(value: number) {
    this.set("RangeFont.size", { fontSize: value });
  }
}

class RangeFillProxy extends Proxy<RangeTarget> implements RangeFillApi {
  constructor(session: FakeSession, target: (location: string) => RangeTarget) {
    super(session, "RangeFill", () => target("RangeFill"));
  }

  protected getters(): Getters<RangeTarget> {
    // Excel reports a cell without fill as white.
    return { color: (t) => sharedFormat(t, (f) => f.fill, "#FFFFFF") };
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    const location = "RangeFill.color";
    this.session.command(location, value, () =>
      setFormat(this.live(location), location, { fill: value })
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formats and data validation

class ConditionalFormatCollectionProxy implements ConditionalFormatCollectionApi {
  constructor(
    private readonly session: FakeSession,
    private readonly target: (location: string) => RangeTarget
  ) {}

  add(type: "ContainsText"): ConditionalFormatApi {
    const location = "ConditionalFormatCollection.add";
    this.session.requireApi("1.6", location);
    let model: ConditionalFormatModel | undefined;
    this.session.command(location, type, () => {
      const { sheet, rect } = writable(this.target(location), location);
      model = { rect, type, operator: "", text: "", fill: "", fontColor: "" };
      sheet.conditionalFormats.push(model);
    });
    const live = (where: string): ConditionalFormatModel => {
      if (model === undefined) throw officeError("InvalidOperation", where);
      return model;
    };
    return { textComparison: new TextComparisonProxy(this.session, live) };
  }

  clearAll(): void {
    const location = "ConditionalFormatCollection.clearAll";
    this.session.command(location, null, () => {
      const { sheet, rect } = writable(this.target(location), location);
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => intersect(cf.rect, rect) === undefined
      );
    });
  }
}

class TextComparisonProxy implements TextConditionalFormatApi {
  readonly format: { readonly fill: { color: string }; readonly font: { color: string } };

  constructor(
    private readonly session: FakeSession,
    private readonly model: (location: string) => ConditionalFormatModel
  ) {
    const setter = (
      location: string,
      apply: (cf: ConditionalFormatModel, value: string) => void
    ) => ({
      get color(): string {
        throw propertyNotLoaded("ConditionalRangeFormat", "color");
      },
      set color(value: string) {
        session.command(location, value, () => apply(model(location), value));
      },
    });
    this.format = {
      fill: setter("ConditionalRangeFill.color", (cf, value) => (cf.fill = value)),
      font: setter("ConditionalRangeFont.color", (cf, value) => (cf.fontColor = value)),
    };
  }

  get rule(): { operator: string; text: string } {
    throw propertyNotLoaded("TextConditionalFormat", "rule");
  }

  set rule(rule: { operator: string; text: string }) {
    const location = "TextConditionalFormat.rule";
    this.session.command(location, rule, () => {
      const operators = ["Contains", "NotContains", "BeginsWith", "EndsWith"];
      if (!operators.includes(rule.operator)) throw officeError("InvalidArgument", location);
      const cf = this.model(location);
      cf.operator = rule.operator;
      cf.text = rule.text;
    });
  }
}

class DataValidationProxy implements DataValidationApi {
  constructor(
    private readonly session: FakeSession,
    private readonly target: (location: string) => RangeTarget
  ) {}

  get rule(): DataValidationRuleApi {
    throw propertyNotLoaded("DataValidation", "rule");
  }

  set rule(rule: DataValidationRuleApi) {
    const location = "DataValidation.rule";
    this.session.command(location, rule, () => {
      const { sheet, rect } = writable(this.target(location), location);
      if (rule.list === undefined && rule.wholeNumber === undefined)
        throw officeError("InvalidArgument", location);
      sheet.dataValidations = sheet.dataValidations.filter((dv) => !contains(rect, dv.rect));
      sheet.dataValidations.push({ rect, rule: JSON.parse(JSON.stringify(rule)) as unknown });
    });
  }

  clear(): void {
    const location = "DataValidation.clear";
    this.session.command(location, null, () => {
      const { sheet, rect } = writable(this.target(location), location);
      sheet.dataValidations = sheet.dataValidations.filter(
        (dv) => intersect(dv.rect, rect) === undefined
      );
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

interface TableTarget {
  readonly sheet: SheetModel;
  readonly table: TableModel;
}

const TABLE_GETTERS: Getters<TableTarget> = {
  name: ({ table }) => table.name,
  id: ({ table }) => table.id,
};

class TableCollectionProxy
  extends CollectionProxy<SheetModel, TableTarget, TableProxy>
  implements TableCollectionApi
{
  constructor(session: FakeSession, sheet: () => SheetModel) {
    super(session, "TableCollection", sheet);
  }

  protected list(sheet: SheetModel): TableTarget[] {
    return sheet.tables.map((table) => ({ sheet, table }));
  }

  protected itemProxy(target: TableTarget): TableProxy {
    const proxy = new TableProxy(this.session, () => target);
    proxy.presetTarget(target);
    return proxy;
  }

  protected itemGetters(): Getters<TableTarget> {
    return TABLE_GETTERS;
  }

  getItem(key: string): TableProxy {
    const location = "TableCollection.getItem";
    return new TableProxy(
      this.session,
      () => {
        const sheet = this.live(location);
        const table = sheet.tables.find(
          (t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key
        );
        return table === undefined ? null : { sheet, table };
      },
      { location, args: key }
    );
  }
}

class TableProxy extends Proxy<TableTarget> implements TableApi {
  readonly columns: TableColumnCollectionProxy;

  constructor(
    session: FakeSession,
    resolver: () => TableTarget | null,
    navigation?: { location: string; args: unknown }
  ) {
    super(session, "Table", resolver, false, navigation);
    this.columns = new TableColumnCollectionProxy(session, (location) => this.live(location));
  }

  presetTarget(target: TableTarget): void {
    this.preset(target);
  }

  presetItem(values: Map<string, unknown>): void {
    this.presetLoaded(values);
  }

  protected getters(): Getters<TableTarget> {
    return TABLE_GETTERS;
  }

  get name(): string {
    return this.read("name");
  }

  private part(location: string, rect: (table: Rect) => Rect): RangeProxy {
    return new RangeProxy(
      this.session,
      () => {
        const { sheet, table } = this.live(location);
        return { sheet, rect: rect(table.rect) };
      },
      { location, args: null }
    );
  }

  getRange(): RangeProxy {
    return this.part("Table.getRange", (rect) => rect);
  }

  getHeaderRowRange(): RangeProxy {
    return this.part("Table.getHeaderRowRange", (rect) => ({ ...rect, rows: 1 }));
  }

  getDataBodyRange(): RangeProxy {
    return this.part("Table.getDataBodyRange", (rect) => ({
      ...rect,
      row: rect.row + 1,
      rows: rect.rows - 1,
    }));
  }
}

class TableColumnCollectionProxy implements TableColumnCollectionApi {
  constructor(
    private readonly session: FakeSession,
    private readonly table: (location: string) => TableTarget
  ) {}

  /**
   * Adds a column at the end of the table. Excel inserts it: the cells right of the table, in the
   * table's rows, shift right (the reference's note on OperationCellsExceedLimit counts them).
   */
  add(index?: number, values?: undefined, name?: string): unknown {
    const location = "TableColumnCollection.add";
    this.session.command(location, [index ?? null, values ?? null, name ?? null], () => {
      const { sheet, table } = this.table(location);
      writable({ sheet, rect: table.rect }, location);
      if (index !== undefined && index !== -1 && index !== table.rect.cols) {
        throw officeError("InvalidArgument", location, "The fake only appends columns.");
      }
      const headers = new Set<string>();
      for (let c = 0; c < table.rect.cols; c++) {
        headers.add(
          String(excelValue(sheet.value(table.rect.row, table.rect.col + c))).toLowerCase()
        );
      }
      const header = name ?? `Column${table.rect.cols + 1}`;
      if (headers.has(header.toLowerCase())) throw officeError("ItemAlreadyExists", location);
      const at = table.rect.col + table.rect.cols;
      if (at >= MAX_COLUMNS) throw officeError("InvalidOperation", location);
      this.session.model.edit(sheet, {
        axis: "cols",
        kind: "insert",
        at,
        count: 1,
        band: { start: table.rect.row, size: table.rect.rows },
      });
      table.rect = { ...table.rect, cols: table.rect.cols + 1 };
      sheet.cells.set(cellKey(table.rect.row, at), header);
    });
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Names

interface NameTarget {
  readonly name: NameModel;
}

function isValidName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

class NamedItemCollectionProxy
  extends CollectionProxy<{ scope: string | undefined }, NameTarget, NamedItemProxy>
  implements NamedItemCollectionApi
{
  constructor(session: FakeSession, scope: () => SheetModel | undefined) {
    super(session, "NamedItemCollection", () => ({ scope: scope()?.id }));
  }

  protected list(target: { scope: string | undefined }): NameTarget[] {
    return this.session.model.names
      .filter((name) => name.scopeSheetId === target.scope)
      .map((name) => ({ name }));
  }

  protected itemProxy(target: NameTarget): NamedItemProxy {
    const proxy = new NamedItemProxy(this.session, () => target);
    proxy.presetTarget(target);
    return proxy;
  }

  protected itemGetters(): Getters<NameTarget> {
    return this.nameGetters();
  }

  nameGetters(): Getters<NameTarget> {
    const model = this.session.model;
    return {
      name: ({ name }) => name.name,
      type: ({ name }) => (name.target === undefined ? "Error" : "Range"),
      formula: ({ name }) => model.nameFormula(name),
      value: ({ name }) => (name.target === undefined ? "#REF!" : model.nameFormula(name).slice(1)),
      comment: ({ name }) => name.comment,
    };
  }

  add(name: string, reference: RangeApi | string, comment?: string): unknown {
    const location = "NamedItemCollection.add";
    this.session.requireApi("1.4", location);
    this.session.command(
      location,
      [name, typeof reference === "string" ? reference : null, comment ?? null],
      () => {
        const { scope } = this.live(location);
        if (!isValidName(name))
          throw officeError("InvalidArgument", location, `"${name}" is not a valid name.`);
        if (!(reference instanceof RangeProxy)) {
          throw officeError(
            "InvalidArgument",
            location,
            "The fake takes a Range as the reference."
          );
        }
        const target = reference.targetFor(location);
        const taken = this.session.model.names.some(
          (n) => n.scopeSheetId === scope && n.name.toLowerCase() === name.toLowerCase()
        );
        if (taken) throw officeError("ItemAlreadyExists", location);
        this.session.model.names.push({
          name,
          scopeSheetId: scope,
          target: { sheetId: target.sheet.id, rect: target.rect },
          comment: comment ?? "",
        });
      }
    );
    return undefined;
  }

  getItem(name: string): NamedItemProxy {
    const location = "NamedItemCollection.getItem";
    return new NamedItemProxy(
      this.session,
      () => {
        const { scope } = this.live(location);
        const found = this.session.model.names.find(
          (n) => n.scopeSheetId === scope && n.name.toLowerCase() === name.toLowerCase()
        );
        return found === undefined ? null : { name: found };
      },
      { location, args: name }
    );
  }
}

class NamedItemProxy extends Proxy<NameTarget> implements NamedItemApi {
  constructor(
    session: FakeSession,
    resolver: () => NameTarget | null,
    navigation?: { location: string; args: unknown }
  ) {
    super(session, "NamedItem", resolver, false, navigation);
  }

  presetTarget(target: NameTarget): void {
    this.preset(target);
  }

  presetItem(values: Map<string, unknown>): void {
    this.presetLoaded(values);
  }

  protected getters(): Getters<NameTarget> {
    const model = this.session.model;
    return {
      name: ({ name }) => name.name,
      type: ({ name }) => (name.target === undefined ? "Error" : "Range"),
      formula: ({ name }) => model.nameFormula(name),
    };
  }

  get name(): string {
    return this.read("name");
  }

  get type(): string {
    return this.read("type");
  }

  get formula(): unknown {
    return this.read("formula");
  }

  delete(): void {
    const location = "NamedItem.delete";
    this.session.requireApi("1.4", location);
    this.session.command(location, null, () => {
      const { name } = this.live(location);
      this.session.model.names = this.session.model.names.filter((n) => n !== name);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

const CHART_TYPES: readonly ChartKind[] = ["Doughnut", "BarStacked", "BarClustered"];

class ChartCollectionProxy
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
