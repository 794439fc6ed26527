/**
 * Ranges (Excel.Range): what `load` can read (values, value types, number formats, address and
 * place), writing values and number formats, the ranges derived from a range, and `clear`.
 */

import type { RangeApi } from "../excel/excel-api";
import { ConditionalFormatCollectionProxy } from "./conditional-format-proxies";
import { DataValidationProxy } from "./data-validation-proxy";
import { ErrorValue } from "./entry";
import type { CellValue } from "./entry";
import { officeError } from "./errors";
import { cellKey, formatA1, intersect, parseA1, quoteSheetName } from "./model";
import type { Rect } from "./model";
import { Proxy } from "./proxy";
import type { Getters } from "./proxy";
import { RangeFormatProxy } from "./range-format-proxies";
import {
  checkedRect,
  clearRange,
  excelValue,
  writeNumberFormat,
  writeValues,
} from "./range-target";
import type { RangeTarget } from "./range-target";
import type { FakeSession } from "./session";

/** "A range is limited to 5,000,000 cells for read operations" (resource limits). */
const MAX_READ_CELLS = 5_000_000;

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
