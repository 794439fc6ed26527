/**
 * The request context, the workbook and the application object of the fake (Excel.RequestContext,
 * Excel.Workbook, Excel.Application): where every request starts.
 */

import type { ApplicationApi, ExcelContext, WorkbookApi } from "../excel/excel-api";
import { NamedItemCollectionProxy } from "./name-proxies";
import { ProtectionProxy } from "./protection-proxy";
import type { FakeSession } from "./session";
import { WorksheetCollectionProxy } from "./worksheet-proxies";

export class FakeContext implements ExcelContext {
  readonly workbook: WorkbookProxy;

  constructor(private readonly session: FakeSession) {
    this.workbook = new WorkbookProxy(session);
  }

  sync(): Promise<void> {
    return this.session.sync();
  }
}

class WorkbookProxy implements WorkbookApi {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: ProtectionProxy;
  readonly application: ApplicationProxy;

  constructor(session: FakeSession) {
    this.worksheets = new WorksheetCollectionProxy(session);
    this.names = new NamedItemCollectionProxy(session, () => undefined);
    this.protection = new ProtectionProxy(session, "WorkbookProtection", () => ({
      on: session.model.structureProtected,
    }));
    this.application = new ApplicationProxy(session);
  }
}

class ApplicationProxy implements ApplicationApi {
  constructor(private readonly session: FakeSession) {}

  suspendApiCalculationUntilNextSync(): void {
    this.session.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.session.command("Application.suspendApiCalculationUntilNextSync", null, () => {
      this.session.counters.calculationSuspended++;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.session.requireApi("1.9", "Application.suspendScreenUpdatingUntilNextSync");
    this.session.command("Application.suspendScreenUpdatingUntilNextSync", null, () => {
      this.session.counters.screenUpdatingSuspended++;
    });
  }
}
