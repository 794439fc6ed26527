/**
 * The frame of a one-sheet action (creating the Rules or the skills sheet): check the requirement
 * set floor, open one Excel.run with the first look (one sync), and turn any failure into a value.
 */

import { toFrontBackError, unsupportedExcel } from "./errors";
import type { FrontBackError } from "./errors";
import type { ExcelContext, ExcelHost } from "./excel-api";
import { queueLook } from "./task-sheet";
import type { Look } from "./task-sheet";

/** Runs `action` after the first look; its result, or the error as a value. */
export async function withLook<R>(
  host: ExcelHost,
  action: (context: ExcelContext, look: Look) => Promise<R>
): Promise<R | { readonly status: "error"; readonly error: FrontBackError }> {
  if (!host.isSetSupported("ExcelApi", "1.7"))
    return { status: "error", error: unsupportedExcel() };
  try {
    return await host.run(async (context) => {
      const readLook = queueLook(context);
      await context.sync();
      return action(context, readLook());
    });
  } catch (cause) {
    return { status: "error", error: toFrontBackError(cause) };
  }
}
