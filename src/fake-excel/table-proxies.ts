/**
 * Excel tables (Excel.TableCollection, Excel.Table, Excel.TableColumnCollection): finding a
 * table, its header, body and whole range, and adding a column at its end.
 */

import type { TableApi, TableCollectionApi, TableColumnCollectionApi } from "../excel/excel-api";
import { officeError } from "./errors";
import { cellKey, MAX_COLUMNS } from "./model";
import type { Rect, SheetModel, TableModel } from "./model";
import { CollectionProxy, Proxy } from "./proxy";
import type { Getters } from "./proxy";
import { RangeProxy } from "./range-proxy";
import { excelValue, writable } from "./range-target";
import type { FakeSession } from "./session";

interface TableTarget {
  readonly sheet: SheetModel;
  readonly table: TableModel;
}

const TABLE_GETTERS: Getters<TableTarget> = {
  name: ({ table }) => table.name,
  id: ({ table }) => table.id,
};

export class TableCollectionProxy
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
