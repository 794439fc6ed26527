/**
 * A range's conditional formats (Excel.ConditionalFormatCollection, Excel.TextConditionalFormat):
 * the "cell contains text" rules that colour the Office type and skill gap columns. Their rule
 * and colours can be set, not read back: FrontBack never reads them.
 */

import type {
  ConditionalFormatApi,
  ConditionalFormatCollectionApi,
  TextConditionalFormatApi,
} from "../excel/excel-api";
import { officeError, propertyNotLoaded } from "./errors";
import { intersect } from "./model";
import type { ConditionalFormatModel } from "./model";
import { writable } from "./range-target";
import type { RangeTarget } from "./range-target";
import type { FakeSession } from "./session";

export class ConditionalFormatCollectionProxy implements ConditionalFormatCollectionApi {
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
