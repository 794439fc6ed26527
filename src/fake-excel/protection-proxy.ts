/**
 * Whether the workbook's structure or a sheet is protected (Excel.WorkbookProtection,
 * Excel.WorksheetProtection): the adapter reads `protected` to explain a refusal in plain words.
 */

import type { ProtectionApi } from "../excel/excel-api";
import { Proxy } from "./proxy";
import type { Getters } from "./proxy";
import type { FakeSession } from "./session";

export class ProtectionProxy extends Proxy<{ on: boolean }> implements ProtectionApi {
  constructor(session: FakeSession, className: string, resolver: () => { on: boolean }) {
    super(session, className, resolver);
  }

  protected getters(): Getters<{ on: boolean }> {
    return { protected: (target) => target.on };
  }

  get protected(): boolean {
    return this.read("protected");
  }
}
