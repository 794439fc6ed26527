/**
 * The fake Excel a test (or a browser demo page) runs FrontBack against: a workbook model, the
 * host the adapter takes (`run` and `isSetSupported`), and what each run cost in round trips and
 * payload. `Excel.run` sends what is still queued when the batch function returns, as the
 * reference's samples rely on.
 */

import type { ExcelContext, ExcelHost } from "../excel/excel-api";
import { WorkbookModel } from "./model";
import { FakeContext } from "./workbook-proxies";
import { FakeSession } from "./session";
import type { FakeOptions, RequestRecord } from "./session";

/** Excel on the web's limit on one request or response: 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeExcel {
  readonly model = new WorkbookModel();
  readonly options: FakeOptions;
  /** Every round trip since the last `resetStats`. */
  readonly requests: RequestRecord[] = [];
  readonly counters = { calculationSuspended: 0, screenUpdatingSuspended: 0 };
  runs = 0;

  constructor(options: Partial<FakeOptions> = {}) {
    this.options = {
      apiVersion: "1.17",
      payloadLimitBytes: WEB_PAYLOAD_LIMIT,
      cellEditMode: false,
      ...options,
    };
  }

  /** What the adapter takes in place of `Excel.run` and `isSetSupported`. */
  host(): ExcelHost {
    const probe = new FakeSession(this.model, this.options, this.requests, this.counters);
    return {
      run: async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
        this.runs++;
        const session = new FakeSession(this.model, this.options, this.requests, this.counters);
        const result = await batch(new FakeContext(session));
        if (session.pending) await session.sync();
        return result;
      },
      isSetSupported: (name, version) => name === "ExcelApi" && probe.isSetSupported(version),
    };
  }

  get roundTrips(): number {
    return this.requests.length;
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.requestBytes));
  }

  get largestResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  resetStats(): void {
    this.requests.length = 0;
    this.counters.calculationSuspended = 0;
    this.counters.screenUpdatingSuspended = 0;
    this.runs = 0;
  }
}
