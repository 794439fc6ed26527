/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   Loads are queued in one function and read in the closure it returns, which the caller calls only
   after context.sync(), so that one sync serves several readers; the rules cannot follow a closure.
   The fake Excel throws PropertyNotLoaded on any read before load and sync, so the tests check it. */
/**
 * Reading the active sheet's task data in as few round trips as Excel allows. The first look
 * (one sync) loads what is cheap and always needed: protection, sheet names, FrontBack's names,
 * the tables and the used ranges. The second (one sync) loads the header of each candidate
 * region (each table, and the plain used range) and, when there is only one candidate, its first
 * block of rows with every column, so the first rows cost no extra round trip. Later blocks load
 * only the columns the run reads.
 */

import { cellText } from "../core/cell-text";
import type { ExcelContext, RangeApi, WorksheetApi } from "./excel-api";
import type { HeaderRow } from "./column-plan";
import { COLUMN_NAMES, namedCell, OWNED_COLUMNS, sameSheet } from "./owned-names";
import type { NameItem, OwnedColumn } from "./owned-names";

/** A rectangle of the sheet, 0-based. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** What the first look found. */
export interface Look {
  readonly sheet: WorksheetApi;
  readonly sheetName: string;
  readonly sheetProtected: boolean;
  readonly workbookProtected: boolean;
  readonly sheetNames: readonly string[];
  /** Names scoped to the active sheet. */
  readonly sheetScopeNames: readonly NameItem[];
  readonly workbookNames: readonly NameItem[];
  readonly tableNames: readonly string[];
  /** Every cell with a value or formatting; A1 alone for a blank sheet. */
  readonly usedAll: Area;
  /** Every cell with a value; undefined for a sheet without values. */
  readonly usedValues?: Area;
}

function areaOf(range: RangeApi): Area {
  return {
    row: range.rowIndex,
    col: range.columnIndex,
    rows: range.rowCount,
    cols: range.columnCount,
  };
}

function namesOf(items: readonly { name: string; type: string; formula: unknown }[]): NameItem[] {
  return items.map((item) => ({ name: item.name, type: item.type, formula: item.formula }));
}

/** Queues the first look; call the returned function after the sync. */
export function queueLook(context: ExcelContext): () => Look {
  const workbook = context.workbook;
  workbook.protection.load("protected");
  workbook.worksheets.load("items/name");
  workbook.names.load("items/name, items/type, items/formula");
  const sheet = workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  sheet.protection.load("protected");
  sheet.names.load("items/name, items/type, items/formula");
  sheet.tables.load("items/name");
  const usedAll = sheet.getUsedRange(false);
  usedAll.load("rowIndex, columnIndex, rowCount, columnCount");
  const usedValues = sheet.getUsedRangeOrNullObject(true);
  usedValues.load("rowIndex, columnIndex, rowCount, columnCount");
  return () => ({
    sheet,
    sheetName: sheet.name,
    sheetProtected: sheet.protection.protected,
    workbookProtected: workbook.protection.protected,
    sheetNames: workbook.worksheets.items.map((item) => item.name),
    sheetScopeNames: namesOf(sheet.names.items),
    workbookNames: namesOf(workbook.names.items),
    tableNames: sheet.tables.items.map((table) => table.name),
    usedAll: areaOf(usedAll),
    ...(!usedValues.isNullObject && { usedValues: areaOf(usedValues) }),
  });
}

/** Rows of cells with their value types, as loaded from a range. */
export interface CellBlock {
  readonly values: readonly (readonly unknown[])[];
  readonly types: readonly (readonly string[])[];
}

/** The style of a header cell, to give FrontBack's new header cells the same look. */
export interface HeaderStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly color: string;
  readonly fontName: string;
  readonly fontSize: number;
  readonly fill: string;
  readonly horizontalAlignment: string;
}

/** Where the task data is: an Excel table, or the used range below its first row. */
export interface Region {
  readonly kind: "table" | "range";
  readonly tableName?: string;
  readonly header: HeaderRow;
  /** 0-based sheet row of the first data row. */
  readonly firstDataRow: number;
  readonly dataRows: number;
  /** The last column of the data (0-based), FrontBack's own columns included. */
  readonly right: number;
  /** The first rows with every column of the region, when they came with the header. */
  readonly band?: CellBlock;
  readonly style?: HeaderStyle;
}

function loadStyle(cell: RangeApi): () => HeaderStyle {
  cell.format.load("horizontalAlignment");
  cell.format.font.load("bold, italic, color, name, size");
  cell.format.fill.load("color");
  return () => ({
    bold: cell.format.font.bold,
    italic: cell.format.font.italic,
    color: cell.format.font.color,
    fontName: cell.format.font.name,
    fontSize: cell.format.font.size,
    fill: cell.format.fill.color,
    horizontalAlignment: cell.format.horizontalAlignment,
  });
}

function blockOf(range: RangeApi): CellBlock {
  return { values: range.values, types: range.valueTypes };
}

/**
 * Queues the header of every region that may hold the tasks: each table (a sheet's tables come
 * first, since an owner who made a table keeps the tasks in it) and the used range. With one
 * candidate only, its first `bandRows` rows come along with every column (none for 0).
 */
export function queueRegions(look: Look, bandRows: number): () => Region[] {
  const { sheet, usedAll, usedValues } = look;
  // The first block comes along only where the region is sure: the one table, or the used range
  // of a sheet without tables (a sheet with tables falls back to its used range only rarely).
  const tableBand = bandRows > 0 && look.tableNames.length === 1;
  const rangeBand = bandRows > 0 && look.tableNames.length === 0;
  const readers: (() => Region)[] = look.tableNames.map((name) => {
    const table = sheet.tables.getItem(name);
    const header = table.getHeaderRowRange();
    header.load("values, rowIndex, columnIndex, columnCount");
    const body = table.getDataBodyRange();
    body.load("rowIndex, rowCount");
    let band: RangeApi | undefined;
    if (tableBand) {
      band = body.getIntersectionOrNullObject(body.getRow(0).getResizedRange(bandRows - 1, 0));
      band.load("values, valueTypes");
    }
    return () => {
      const texts = (header.values[0] ?? []).map(cellText);
      const right = header.columnIndex + header.columnCount - 1;
      return {
        kind: "table",
        tableName: name,
        header: { row: header.rowIndex, left: header.columnIndex, texts, appendAt: right + 1 },
        firstDataRow: body.rowIndex,
        dataRows: body.rowCount,
        right,
        ...(band !== undefined && !band.isNullObject && { band: blockOf(band) }),
      };
    };
  });
  if (usedValues !== undefined) {
    const left = Math.min(usedAll.col, usedValues.col);
    const right = Math.max(usedAll.col + usedAll.cols, usedValues.col + usedValues.cols) - 1;
    const width = right - left + 1;
    const headerRow = usedValues.row;
    const dataRows = usedValues.row + usedValues.rows - 1 - headerRow;
    const header = sheet.getRangeByIndexes(headerRow, left, 1, width);
    header.load("values");
    const style = loadStyle(sheet.getRangeByIndexes(headerRow, left, 1, 1));
    let band: RangeApi | undefined;
    if (rangeBand && dataRows > 0) {
      band = sheet.getRangeByIndexes(headerRow + 1, left, Math.min(bandRows, dataRows), width);
      band.load("values, valueTypes");
    }
    readers.push(() => ({
      kind: "range",
      header: {
        row: headerRow,
        left,
        texts: (header.values[0] ?? []).map(cellText),
        appendAt: right + 1,
      },
      firstDataRow: headerRow + 1,
      dataRows,
      right,
      ...(band !== undefined && { band: blockOf(band) }),
      style: style(),
    }));
  }
  return () => readers.map((read) => read());
}

/** Columns of some rows, read block by block: values and types by sheet column. */
export interface ColumnsBlock {
  /** Row `i` of the block, in sheet column `col`. */
  value(i: number, col: number): unknown;
  type(i: number, col: number): string | undefined;
  readonly count: number;
  /** Bytes the values took, to size the next block. */
  readonly bytes: number;
}

/** The band of a region as a ColumnsBlock. */
export function bandBlock(
  region: Region,
  band: CellBlock,
  bytesOf: (value: unknown) => number
): ColumnsBlock {
  let bytes = 0;
  for (const row of band.values) for (const value of row) bytes += bytesOf(value);
  const left = region.header.left;
  return {
    value: (i, col) => band.values[i]?.[col - left],
    type: (i, col) => band.types[i]?.[col - left],
    count: band.values.length,
    bytes,
  };
}

/** Queues a read of `count` data rows from `start`, of the given sheet columns only. */
export function queueColumns(
  sheet: WorksheetApi,
  region: Region,
  start: number,
  count: number,
  cols: readonly number[],
  bytesOf: (value: unknown) => number
): () => ColumnsBlock {
  const ranges = new Map<number, RangeApi>();
  for (const col of cols) {
    const range = sheet.getRangeByIndexes(region.firstDataRow + start, col, count, 1);
    range.load("values, valueTypes");
    ranges.set(col, range);
  }
  return () => {
    const loaded = new Map<number, CellBlock>();
    let bytes = 0;
    for (const [col, range] of ranges) {
      const block = blockOf(range);
      loaded.set(col, block);
      for (const row of block.values) bytes += bytesOf(row[0]);
    }
    return {
      value: (i, col) => loaded.get(col)?.values[i]?.[0],
      type: (i, col) => loaded.get(col)?.types[i]?.[0],
      count,
      bytes,
    };
  };
}

/** FrontBack's columns on a sheet: the header cell each name still points at. */
export type OwnedCells = Readonly<
  Partial<Record<OwnedColumn, { readonly row: number; readonly col: number }>>
>;

/** FrontBack's columns on the active sheet, by the names that still point at a cell of it. */
export function ownedColumns(look: Look): OwnedCells {
  const owned: Partial<Record<OwnedColumn, { row: number; col: number }>> = {};
  for (const column of OWNED_COLUMNS) {
    const { ref } = namedCell(look.sheetScopeNames, COLUMN_NAMES[column]);
    if (ref !== undefined && sameSheet(ref.sheet, look.sheetName)) owned[column] = ref;
  }
  return owned;
}

/** The columns of `owned` in a region's header row, by sheet column. */
export function ownedInRegion(
  owned: OwnedCells,
  region: Region
): Partial<Record<OwnedColumn, number>> {
  const here: Partial<Record<OwnedColumn, number>> = {};
  for (const column of OWNED_COLUMNS) {
    const ref = owned[column];
    if (ref !== undefined && ref.row === region.header.row) here[column] = ref.col;
  }
  return here;
}
