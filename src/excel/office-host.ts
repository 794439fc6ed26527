/**
 * The real host: `Excel.run` and `Office.context.requirements.isSetSupported`. Passing the real
 * context where `ExcelContext` is expected is what makes the compiler check that Excel offers
 * every member the adapter uses, with the types it expects.
 */

import type { ExcelContext, ExcelHost } from "./excel-api";

/** The Excel the add-in runs in. Call it only once office.js is ready. */
export function officeHost(): ExcelHost {
  return {
    run: <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> =>
      Excel.run((context: Excel.RequestContext) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
