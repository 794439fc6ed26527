/**
 * A range's data validation (Excel.DataValidation): the list and whole-number rules FrontBack
 * puts on the cells an owner fills in. A rule can be set and cleared, not read back.
 */

import type { DataValidationApi, DataValidationRuleApi } from "../excel/excel-api";
import { officeError, propertyNotLoaded } from "./errors";
import { contains, intersect } from "./model";
import { writable } from "./range-target";
import type { RangeTarget } from "./range-target";
import type { FakeSession } from "./session";

export class DataValidationProxy implements DataValidationApi {
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
