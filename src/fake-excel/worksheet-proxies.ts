/**
 * Worksheets (Excel.WorksheetCollection, Excel.Worksheet): finding, adding and activating a
 * sheet, and the ranges, names, tables and charts it holds. A new sheet's name follows Excel's
 * rules (1 to 31 characters, none of : \ / ? * [ ], no apostrophe at either end).
 */

import type { WorksheetApi, WorksheetCollectionApi } from "../excel/excel-api";
import { ChartCollectionProxy } from "./chart-proxies";
import { officeError } from "./errors";
import { MAX_COLUMNS, MAX_ROWS, parseA1 } from "./model";
import type { Rect, SheetModel } from "./model";
import { NamedItemCollectionProxy } from "./name-proxies";
import { ProtectionProxy } from "./protection-proxy";
import { CollectionProxy, Proxy } from "./proxy";
import type { Getters } from "./proxy";
import { RangeProxy } from "./range-proxy";
import { checkedRect } from "./range-target";
import type { FakeSession } from "./session";
import { TableCollectionProxy } from "./table-proxies";

function checkSheetName(name: string, location: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw officeError("InvalidArgument", location, `"${name}" is not a valid sheet name.`);
  }
}

export class WorksheetCollectionProxy
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
