/**
 * A range's format, font and fill (Excel.RangeFormat, Excel.RangeFont, Excel.RangeFill): a
 * property reads as one value when every cell has it and as null when the cells differ.
 */

import type { RangeFillApi, RangeFontApi, RangeFormatApi } from "../excel/excel-api";
import type { CellFormat } from "./model";
import { Proxy } from "./proxy";
import type { Getters } from "./proxy";
import { setFormat, sharedFormat, writable } from "./range-target";
import type { RangeTarget } from "./range-target";
import type { FakeSession } from "./session";

export class RangeFormatProxy extends Proxy<RangeTarget> implements RangeFormatApi {
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
