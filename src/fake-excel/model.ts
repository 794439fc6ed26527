/**
 * The workbook behind the fake: sheets of cells with their formats, names, tables, charts,
 * conditional formats, data validation and merged areas, and the structural edits an owner makes
 * (insert or delete rows and columns, rename or delete sheets) with what Excel moves along with
 * them. Plain data, no Node APIs, so a browser demo page can host it too.
 */

import { ErrorValue } from "./entry";
import type { CellValue } from "./entry";

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Cell formatting the fake keeps (what the adapter copies, sets or compares). */
export interface CellFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly fill?: string;
  readonly horizontalAlignment?: string;
  readonly wrapText?: boolean;
}

export interface NameModel {
  name: string;
  /** The sheet a name is scoped to; undefined for a workbook name. */
  readonly scopeSheetId: string | undefined;
  /** Undefined once the cells it pointed at are deleted (#REF!). */
  target: { sheetId: string; rect: Rect } | undefined;
  /** The sheet of the cells it lost, which Excel keeps in the formula ("=Tasks!#REF!"). */
  lostSheetId?: string;
  readonly comment: string;
}

export interface TableModel {
  readonly id: string;
  name: string;
  /** Header row included. */
  rect: Rect;
}

export interface ChartModel {
  name: string;
  readonly type: string;
  readonly source: Rect;
  readonly seriesBy: string;
  readonly seriesCount: number;
  title: string;
  legendPosition: string;
  legendVisible: boolean;
  /** Cells the chart covers, set by setPosition. */
  position: Rect | undefined;
  xAxisValues: (Rect | undefined)[];
}

export interface ConditionalFormatModel {
  rect: Rect;
  readonly type: string;
  operator: string;
  text: string;
  fill: string;
  fontColor: string;
}

export interface DataValidationModel {
  rect: Rect;
  readonly rule: unknown;
}

/** What is in one cell, as tests compare it. */
export interface CellSnapshot {
  readonly value: CellValue | undefined;
  readonly formula?: string;
  readonly quotePrefix?: boolean;
  readonly numberFormat?: string;
  readonly format?: CellFormat;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

function keyCol(key: number): number {
  return key % MAX_COLUMNS;
}

export function columnName(col: number): string {
  let name = "";
  for (let n = col; n >= 0; n = Math.floor(n / 26) - 1) {
    name = String.fromCharCode(65 + (n % 26)) + name;
  }
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as an address writes it: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "B2", "$B$2", "B2:D9", "B:D", "2:9" on one sheet; undefined when it is none of these. */
export function parseA1(address: string): Rect | undefined {
  const part = "(\\$?[A-Za-z]{1,3})?(\\$?\\d{1,7})?";
  const match = new RegExp(`^${part}(?::${part})?$`).exec(address.trim());
  if (match === null) return undefined;
  const [, c1, r1, c2, r2] = match;
  if (c1 === undefined && r1 === undefined) return undefined;
  const col = (text: string | undefined): number | undefined =>
    text === undefined ? undefined : columnIndex(text.replace("$", ""));
  const row = (text: string | undefined): number | undefined =>
    text === undefined ? undefined : Number(text.replace("$", "")) - 1;
  const second = c2 !== undefined || r2 !== undefined;
  const top = row(r1) ?? 0;
  const left = col(c1) ?? 0;
  const bottom = second ? (row(r2) ?? MAX_ROWS - 1) : (row(r1) ?? MAX_ROWS - 1);
  const right = second ? (col(c2) ?? MAX_COLUMNS - 1) : (col(c1) ?? MAX_COLUMNS - 1);
  if (top < 0 || left < 0 || bottom < top || right < left) return undefined;
  if (bottom >= MAX_ROWS || right >= MAX_COLUMNS) return undefined;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** "B2" or "B2:D9", absolute with `$` when asked. */
export function formatA1(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const cell = (row: number, col: number): string => `${d}${columnName(col)}${d}${row + 1}`;
  const start = cell(rect.row, rect.col);
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${cell(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const right = Math.min(a.col + a.cols, b.col + b.cols);
  if (bottom <= row || right <= col) return undefined;
  return { row, col, rows: bottom - row, cols: right - col };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** A structural edit along one axis: insert `count` at `at`, or delete `count` from `at`. */
interface AxisEdit {
  readonly axis: "rows" | "cols";
  readonly kind: "insert" | "delete";
  readonly at: number;
  readonly count: number;
  /** For a shift of cells only (a table growing): the band of the other axis it moves in. */
  readonly band?: { readonly start: number; readonly size: number };
}

/** Where a position along the axis goes; undefined when it is deleted. */
function movePosition(position: number, edit: AxisEdit): number | undefined {
  if (edit.kind === "insert") return position >= edit.at ? position + edit.count : position;
  if (position < edit.at) return position;
  if (position < edit.at + edit.count) return undefined;
  return position - edit.count;
}

/** Where a span (start, size) goes: it grows for an insert inside it, shrinks for a delete. */
function moveSpan(start: number, size: number, edit: AxisEdit): [number, number] | undefined {
  const end = start + size;
  if (edit.kind === "insert") {
    if (edit.at <= start) return [start + edit.count, size];
    if (edit.at < end) return [start, size + edit.count];
    return [start, size];
  }
  const cutEnd = edit.at + edit.count;
  const kept = size - Math.max(0, Math.min(end, cutEnd) - Math.max(start, edit.at));
  if (kept <= 0) return undefined;
  const newStart = start < edit.at ? start : start >= cutEnd ? start - edit.count : edit.at;
  return [newStart, kept];
}

function inBand(rect: Rect, edit: AxisEdit): boolean {
  if (edit.band === undefined) return true;
  const [start, size] = edit.axis === "rows" ? [rect.col, rect.cols] : [rect.row, rect.rows];
  return start >= edit.band.start && start + size <= edit.band.start + edit.band.size;
}

/** Where a rectangle goes under an edit; undefined when all of it is deleted. */
export function moveRect(rect: Rect, edit: AxisEdit): Rect | undefined {
  if (!inBand(rect, edit)) return rect;
  const moved =
    edit.axis === "rows"
      ? moveSpan(rect.row, rect.rows, edit)
      : moveSpan(rect.col, rect.cols, edit);
  if (moved === undefined) return undefined;
  return edit.axis === "rows"
    ? { ...rect, row: moved[0], rows: moved[1] }
    : { ...rect, col: moved[0], cols: moved[1] };
}

function moveKey(key: number, edit: AxisEdit): number | undefined {
  const row = keyRow(key);
  const col = keyCol(key);
  if (edit.band !== undefined) {
    const other = edit.axis === "rows" ? col : row;
    if (other < edit.band.start || other >= edit.band.start + edit.band.size) return key;
  }
  if (edit.axis === "rows") {
    const moved = movePosition(row, edit);
    return moved === undefined ? undefined : cellKey(moved, col);
  }
  const moved = movePosition(col, edit);
  return moved === undefined ? undefined : cellKey(row, moved);
}

function moveKeys<V>(map: Map<number, V>, edit: AxisEdit): Map<number, V> {
  const moved = new Map<number, V>();
  for (const [key, value] of map) {
    const next = moveKey(key, edit);
    if (next !== undefined) moved.set(next, value);
  }
  return moved;
}

export class SheetModel {
  name: string;
  protected = false;
  cells = new Map<number, CellValue>();
  formulas = new Map<number, string>();
  quotePrefix = new Map<number, true>();
  numberFormats = new Map<number, string>();
  formats = new Map<number, CellFormat>();
  columnWidths = new Map<number, number>();
  hiddenRows = new Set<number>();
  merges: Rect[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  dataValidations: DataValidationModel[] = [];
  tables: TableModel[] = [];
  charts: ChartModel[] = [];

  constructor(
    readonly id: string,
    name: string
  ) {
    this.name = name;
  }

  value(row: number, col: number): CellValue | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** The cell as a test compares it, without what is empty or default. */
  snapshot(row: number, col: number): CellSnapshot {
    const key = cellKey(row, col);
    const formula = this.formulas.get(key);
    const numberFormat = this.numberFormats.get(key);
    const format = this.formats.get(key);
    return {
      value: this.cells.get(key),
      ...(formula !== undefined && { formula }),
      ...(this.quotePrefix.has(key) && { quotePrefix: true }),
      ...(numberFormat !== undefined && { numberFormat }),
      ...(format !== undefined && { format }),
    };
  }

  /** The anchor of the merged area a cell is in, when it is not the anchor itself. */
  mergedAway(row: number, col: number): boolean {
    return this.merges.some(
      (m) => contains(m, { row, col, rows: 1, cols: 1 }) && (m.row !== row || m.col !== col)
    );
  }

  /**
   * The smallest rectangle with every cell that has a value (and formatting, unless valuesOnly),
   * counting only cells inside `within` when given.
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (row0: number, col0: number, rows0 = 1, cols0 = 1): void => {
      const area = { row: row0, col: col0, rows: rows0, cols: cols0 };
      const clipped = within === undefined ? area : intersect(area, within);
      if (clipped === undefined) return;
      const { row, col, rows, cols } = clipped;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row + rows - 1);
      right = Math.max(right, col + cols - 1);
    };
    const keys: Iterable<number>[] = [this.cells.keys(), this.formulas.keys()];
    if (!valuesOnly) {
      keys.push(this.formats.keys(), this.numberFormats.keys(), this.quotePrefix.keys());
      for (const rect of [...this.merges, ...this.dataValidations.map((dv) => dv.rect)]) {
        take(rect.row, rect.col, rect.rows, rect.cols);
      }
    }
    for (const iterable of keys) {
      for (const key of iterable) take(keyRow(key), keyCol(key));
    }
    if (bottom === -1) return undefined;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Applies an edit to every cell and every object anchored in cells. */
  applyEdit(edit: AxisEdit): void {
    this.cells = moveKeys(this.cells, edit);
    this.formulas = moveKeys(this.formulas, edit);
    this.quotePrefix = moveKeys(this.quotePrefix, edit);
    this.numberFormats = moveKeys(this.numberFormats, edit);
    this.formats = moveKeys(this.formats, edit);
    if (edit.axis === "cols" && edit.band === undefined) {
      const widths = new Map<number, number>();
      for (const [col, width] of this.columnWidths) {
        const moved = movePosition(col, edit);
        if (moved !== undefined) widths.set(moved, width);
      }
      this.columnWidths = widths;
    }
    if (edit.axis === "rows" && edit.band === undefined) {
      const hidden = new Set<number>();
      for (const row of this.hiddenRows) {
        const moved = movePosition(row, edit);
        if (moved !== undefined) hidden.add(moved);
      }
      this.hiddenRows = hidden;
    }
    const keep = <T extends { rect: Rect }>(items: T[]): T[] =>
      items.filter((item) => {
        const moved = moveRect(item.rect, edit);
        if (moved === undefined) return false;
        item.rect = moved;
        return true;
      });
    this.merges = this.merges
      .map((m) => moveRect(m, edit))
      .filter((m): m is Rect => m !== undefined);
    this.conditionalFormats = keep(this.conditionalFormats);
    this.dataValidations = keep(this.dataValidations);
    this.tables = keep(this.tables);
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  names: NameModel[] = [];
  activeSheetId: string | undefined;
  structureProtected = false;
  private nextId = 1;
  private nextChart = 1;

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  newChartName(): string {
    return `Chart ${this.nextChart++}`;
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(this.newId("sheet"), name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** Every table on every sheet, for names that must be unique in the workbook. */
  allTables(): TableModel[] {
    return this.sheets.flatMap((sheet) => sheet.tables);
  }

  /** An owner's structural edit of a sheet, with names moving along as Excel moves them. */
  edit(sheet: SheetModel, edit: AxisEdit): void {
    sheet.applyEdit(edit);
    for (const name of this.names) {
      if (name.target === undefined || name.target.sheetId !== sheet.id) continue;
      const moved = moveRect(name.target.rect, edit);
      name.target = moved === undefined ? undefined : { sheetId: sheet.id, rect: moved };
      if (moved === undefined) name.lostSheetId = sheet.id;
    }
  }

  deleteSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.names = this.names.filter((name) => name.scopeSheetId !== sheet.id);
    for (const name of this.names) {
      if (name.target?.sheetId === sheet.id) name.target = undefined;
    }
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id;
  }

  /**
   * A name's formula as Excel shows it: "=Tasks!$F$1"; "=Tasks!#REF!" once its cells are deleted
   * (as "How Excel Maintains Cell and Range Names" describes), "=#REF!" once its sheet is.
   */
  nameFormula(name: NameModel): string {
    const sheet = name.target === undefined ? undefined : this.sheetById(name.target.sheetId);
    if (name.target === undefined || sheet === undefined) {
      const lost = name.lostSheetId === undefined ? undefined : this.sheetById(name.lostSheetId);
      return lost === undefined ? "=#REF!" : `=${quoteSheetName(lost.name)}!#REF!`;
    }
    return `=${quoteSheetName(sheet.name)}!${formatA1(name.target.rect, true)}`;
  }
}

/** An error value, for builders. */
export function errorValue(code: string): ErrorValue {
  return new ErrorValue(code);
}
