/**
 * What the task pane shows before a run: the active sheet's headers and the columns FrontBack
 * would read, so the owner can check them or choose others. One Excel.run, two round trips (the
 * first look, then the headers); nothing is written.
 */

import { detectChosenColumns } from "../core/column-choices";
import type { ColumnChoices } from "../core/column-choices";
import type { ColumnMap } from "../core/columns";
import { inEveryLanguage } from "../core/language/languages";
import type { Language } from "../core/types";
import { stop } from "./errors";
import type { FrontBackError, Texts } from "./errors";
import type { ExcelHost } from "./excel-api";
import { withLook } from "./sheet-action";
import { ownedColumns, ownedInRegion, queueRegions } from "./task-sheet";

/** The columns FrontBack would read (task, employee, role, hours, override), by their headers. */
export type ChosenHeaders = { readonly [F in keyof ColumnMap]: string };

export type TaskSheetInfo =
  | {
      readonly status: "ok";
      readonly sheetName: string;
      readonly tableName?: string;
      /** The owner's headers, left to right (FrontBack's own columns left out). */
      readonly headers: readonly string[];
      /** What a run would read; absent when no task column is found (see `problem`). */
      readonly columns?: ChosenHeaders;
      readonly problem?: Texts;
      /** Data rows below the header. */
      readonly rows: number;
    }
  | { readonly status: "error"; readonly error: FrontBackError };

/** Reads the active sheet's headers and detects its columns, with the owner's choices applied. */
export function readTaskSheet(
  options: { readonly lang?: Language; readonly columns?: ColumnChoices },
  host: ExcelHost
): Promise<TaskSheetInfo> {
  const lang = options.lang ?? "en";
  return withLook(host, async (context, look): Promise<TaskSheetInfo> => {
    if (look.tableNames.length === 0 && look.usedValues === undefined) {
      throw stop("empty-sheet", (m) => m.stops.emptySheet(look.sheetName));
    }
    const readRegions = queueRegions(look, 0);
    await context.sync();
    const owned = ownedColumns(look);
    const regions = readRegions().map((region) => {
      const mine = new Set(Object.values(ownedInRegion(owned, region)));
      const visible = region.header.texts.map((text, i) =>
        mine.has(region.header.left + i) ? "" : text
      );
      const detection = detectChosenColumns(visible, options.columns ?? {}, lang);
      return { region, visible, detection };
    });
    const chosen = regions.find(({ detection }) => detection.status === "ok") ?? regions[0];
    const { region, visible, detection } = chosen;
    const base = {
      status: "ok" as const,
      sheetName: look.sheetName,
      ...(region.tableName !== undefined && { tableName: region.tableName }),
      headers: visible.filter((text) => text !== ""),
      rows: region.dataRows,
    };
    if (detection.status !== "ok") {
      // The same detection says it in each language, so the pane can show either.
      const problem: Texts = inEveryLanguage((_messages, l) => {
        const again =
          l === lang ? detection : detectChosenColumns(visible, options.columns ?? {}, l);
        return again.status === "ok" ? detection.message : again.message;
      });
      return { ...base, problem };
    }
    const header = (index: number | undefined): string | undefined =>
      index === undefined ? undefined : visible[index];
    const { task, employee, role, hours, override } = detection.columns;
    const columns: ChosenHeaders = {
      task: visible[task],
      ...(employee !== undefined && { employee: header(employee) }),
      ...(role !== undefined && { role: header(role) }),
      ...(hours !== undefined && { hours: header(hours) }),
      ...(override !== undefined && { override: header(override) }),
    };
    return { ...base, columns };
  });
}
