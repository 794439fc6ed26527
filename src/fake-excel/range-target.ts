/**
 * A range's place in the model and what writing to it does there (Excel.Range `values`,
 * `numberFormat`, `clear`, and the format setters): the shape check, Excel's limit on a cell's
 * characters, protection, merged cells, and Excel's reading of each written value (entry.ts).
 * Shared by the range, format, conditional format, data validation, table and chart proxies.
 */

import { enterValue, ErrorValue } from "./entry";
import type { CellValue } from "./entry";
import { officeError } from "./errors";
import { cellKey, contains, MAX_COLUMNS, MAX_ROWS } from "./model";
import type { CellFormat, Rect, SheetModel } from "./model";

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32_767;

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export function checkedRect(rect: Rect, location: string): Rect {
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

export function excelValue(value: CellValue | undefined): string | number | boolean {
  if (value === undefined) return "";
  if (value instanceof ErrorValue) return value.code;
  return value;
}

export function writable(target: RangeTarget, location: string): RangeTarget {
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

export function writeValues(target: RangeTarget, values: unknown): void {
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

export function writeNumberFormat(target: RangeTarget, formats: unknown): void {
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

export function setFormat(target: RangeTarget, location: string, change: CellFormat): void {
  const { sheet, rect } = writable(target, location);
  eachCell(rect, (key) => sheet.formats.set(key, { ...sheet.formats.get(key), ...change }));
}

/** A format property of a range: one value when every cell has it, null when they differ. */
export function sharedFormat<V>(
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

export function clearRange(target: RangeTarget, applyTo: string): void {
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
