/**
 * The owner's hands on the fake: build an owner's workbook (the demo page's workbooks too), make
 * the edits owners make between two runs (insert or delete rows and columns, rename headers and
 * sheets, protect, type in a cell), and read it back cell by cell for a test's assertions. They
 * act on the model directly, as the owner acts in Excel, without going through the API the
 * adapter uses.
 */

import { enterValue, ErrorValue } from "./entry";
import type { CellValue } from "./entry";
import type { FakeExcel } from "./fake-excel";
import { cellKey, formatA1, MAX_COLUMNS, parseA1 } from "./model";
import type { CellFormat, CellSnapshot, Rect, SheetModel } from "./model";

/** A cell as a test writes it: a value, a formula with its last result, or an error. */
export type CellInput =
  | string
  | number
  | boolean
  | null
  | undefined
  | { readonly formula: string; readonly result: string | number | boolean }
  | { readonly error: string };

export const formula = (text: string, result: string | number | boolean): CellInput => ({
  formula: text,
  result,
});

export const errorCell = (code: string): CellInput => ({ error: code });

function rectOf(address: string): Rect {
  const rect = parseA1(address);
  if (rect === undefined) throw new Error(`bad address ${address}`);
  return rect;
}

export function sheetOf(fake: FakeExcel, name: string): SheetModel {
  const sheet = fake.model.sheetByName(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Puts one cell in place as the owner has it (text stays text; no entry parsing). */
export function putCell(sheet: SheetModel, row: number, col: number, input: CellInput): void {
  const key = cellKey(row, col);
  sheet.formulas.delete(key);
  if (input === null || input === undefined || input === "") {
    sheet.cells.delete(key);
    return;
  }
  if (typeof input === "object") {
    if ("error" in input) {
      sheet.cells.set(key, new ErrorValue(input.error));
    } else {
      sheet.cells.set(key, input.result);
      sheet.formulas.set(key, input.formula);
    }
    return;
  }
  sheet.cells.set(key, input);
}

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly CellInput[])[];
  /** Top-left cell of `rows`; A1 unless given. */
  readonly at?: string;
  /** Makes `rows` an Excel table (header row included) with this name. */
  readonly table?: string;
  /** Formats the header row as owners do. */
  readonly headerFormat?: CellFormat;
}

/** Adds a sheet with the given cells; the first sheet added is the active one. */
export function addSheet(fake: FakeExcel, spec: SheetSpec): SheetModel {
  const sheet = fake.model.addSheet(spec.name);
  const origin = rectOf(spec.at ?? "A1");
  spec.rows.forEach((row, r) => {
    row.forEach((cell, c) => putCell(sheet, origin.row + r, origin.col + c, cell));
  });
  const width = Math.max(0, ...spec.rows.map((row) => row.length));
  if (spec.headerFormat !== undefined) {
    for (let c = 0; c < width; c++) {
      sheet.formats.set(cellKey(origin.row, origin.col + c), { ...spec.headerFormat });
    }
  }
  if (spec.table !== undefined) {
    sheet.tables.push({
      id: fake.model.newId("table"),
      name: spec.table,
      rect: { row: origin.row, col: origin.col, rows: Math.max(2, spec.rows.length), cols: width },
    });
  }
  return sheet;
}

export function activate(fake: FakeExcel, name: string): void {
  fake.model.activeSheetId = sheetOf(fake, name).id;
}

/** The owner types into a cell: Excel reads the entry as it reads typing. */
export function typeInto(fake: FakeExcel, sheetName: string, address: string, text: string): void {
  const sheet = sheetOf(fake, sheetName);
  const { row, col } = rectOf(address);
  const key = cellKey(row, col);
  const entry = enterValue(text) ?? { value: text };
  if (entry.value === undefined) sheet.cells.delete(key);
  else sheet.cells.set(key, entry.value);
  if (entry.formula === undefined) sheet.formulas.delete(key);
  else sheet.formulas.set(key, entry.formula);
}

/** Inserts whole rows before `row` (1-based), as Home > Insert > Insert Sheet Rows does. */
export function insertRows(fake: FakeExcel, sheetName: string, row: number, count = 1): void {
  fake.model.edit(sheetOf(fake, sheetName), { axis: "rows", kind: "insert", at: row - 1, count });
}

export function deleteRows(fake: FakeExcel, sheetName: string, row: number, count = 1): void {
  fake.model.edit(sheetOf(fake, sheetName), { axis: "rows", kind: "delete", at: row - 1, count });
}

/** Inserts whole columns before `column` (a letter). */
export function insertColumns(fake: FakeExcel, sheetName: string, column: string, count = 1): void {
  const at = rectOf(`${column}1`).col;
  fake.model.edit(sheetOf(fake, sheetName), { axis: "cols", kind: "insert", at, count });
}

export function deleteColumns(fake: FakeExcel, sheetName: string, column: string, count = 1): void {
  const at = rectOf(`${column}1`).col;
  fake.model.edit(sheetOf(fake, sheetName), { axis: "cols", kind: "delete", at, count });
}

export function renameSheet(fake: FakeExcel, from: string, to: string): void {
  sheetOf(fake, from).name = to;
}

export function deleteSheet(fake: FakeExcel, name: string): void {
  fake.model.deleteSheet(sheetOf(fake, name));
}

export function protectSheet(fake: FakeExcel, name: string, on = true): void {
  sheetOf(fake, name).protected = on;
}

export function protectStructure(fake: FakeExcel, on = true): void {
  fake.model.structureProtected = on;
}

export function merge(fake: FakeExcel, sheetName: string, address: string): void {
  sheetOf(fake, sheetName).merges.push(rectOf(address));
}

/** Hides rows (1-based, inclusive), as a filter does. */
export function hideRows(fake: FakeExcel, sheetName: string, first: number, last = first): void {
  const sheet = sheetOf(fake, sheetName);
  for (let r = first - 1; r < last; r++) sheet.hiddenRows.add(r);
}

/** The value of a cell as `Range.values` gives it ("" when empty, "#N/A" for an error). */
export function valueAt(
  fake: FakeExcel,
  sheetName: string,
  address: string
): string | number | boolean {
  const { row, col } = rectOf(address);
  const value = sheetOf(fake, sheetName).value(row, col);
  if (value === undefined) return "";
  return value instanceof ErrorValue ? value.code : value;
}

export function cellAt(fake: FakeExcel, sheetName: string, address: string): CellSnapshot {
  const { row, col } = rectOf(address);
  return sheetOf(fake, sheetName).snapshot(row, col);
}

/** Values of a sheet from A1 to the last used cell, as rows. */
export function sheetValues(fake: FakeExcel, sheetName: string): (string | number | boolean)[][] {
  const sheet = sheetOf(fake, sheetName);
  const used = sheet.usedRect(true);
  if (used === undefined) return [];
  const rows: (string | number | boolean)[][] = [];
  for (let r = 0; r < used.row + used.rows; r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = 0; c < used.col + used.cols; c++) {
      const value = sheet.value(r, c);
      row.push(value === undefined ? "" : value instanceof ErrorValue ? value.code : value);
    }
    rows.push(row);
  }
  return rows;
}

/** Header cells of row 1 (or another row), for finding a column by its header. */
export function columnOf(
  fake: FakeExcel,
  sheetName: string,
  header: string,
  headerRow = 1
): string {
  const sheet = sheetOf(fake, sheetName);
  for (let c = 0; c < MAX_COLUMNS; c++) {
    const value = sheet.value(headerRow - 1, c);
    if (value === header) return formatA1({ row: 0, col: c, rows: 1, cols: 1 }).replace(/\d+$/, "");
    if (value === undefined && c > 200) break;
  }
  throw new Error(`no column "${header}" in row ${headerRow} of ${sheetName}`);
}

/** The values of one column from a row down, for assertions. */
export function columnValues(
  fake: FakeExcel,
  sheetName: string,
  column: string,
  fromRow: number,
  count: number
): (string | number | boolean)[] {
  return Array.from({ length: count }, (_, i) =>
    valueAt(fake, sheetName, `${column}${fromRow + i}`)
  );
}

/** Every non-empty cell of a sheet with its content and format, keyed by address. */
export function cellMap(sheet: SheetModel): Map<string, CellSnapshot> {
  const keys = new Set<number>([
    ...sheet.cells.keys(),
    ...sheet.formulas.keys(),
    ...sheet.formats.keys(),
    ...sheet.numberFormats.keys(),
    ...sheet.quotePrefix.keys(),
  ]);
  const map = new Map<string, CellSnapshot>();
  for (const key of [...keys].sort((a, b) => a - b)) {
    const row = Math.floor(key / MAX_COLUMNS);
    const col = key % MAX_COLUMNS;
    map.set(formatA1({ row, col, rows: 1, cols: 1 }), sheet.snapshot(row, col));
  }
  return map;
}

function plainValue(value: CellValue | undefined): unknown {
  return value instanceof ErrorValue ? { error: value.code } : value;
}

/** The whole workbook as plain data, to compare two workbooks. */
export function workbookSnapshot(fake: FakeExcel): unknown {
  const model = fake.model;
  return {
    active:
      model.activeSheetId === undefined ? undefined : model.sheetById(model.activeSheetId)?.name,
    names: model.names
      .map((n) => ({
        name: n.name,
        scope: n.scopeSheetId === undefined ? undefined : model.sheetById(n.scopeSheetId)?.name,
        formula: model.nameFormula(n),
      }))
      .sort((a, b) => `${a.scope ?? ""}!${a.name}`.localeCompare(`${b.scope ?? ""}!${b.name}`)),
    sheets: model.sheets.map((sheet) => ({
      name: sheet.name,
      cells: [...cellMap(sheet)].map(([address, cell]) => [
        address,
        { ...cell, value: plainValue(cell.value) },
      ]),
      widths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
      merges: sheet.merges,
      conditionalFormats: sheet.conditionalFormats,
      dataValidations: sheet.dataValidations,
      tables: sheet.tables.map((t) => ({ name: t.name, rect: t.rect })),
      charts: sheet.charts.map((c) => ({ ...c, name: undefined })),
    })),
  };
}
