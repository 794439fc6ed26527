/**
 * Creates the Rules sheet from the built-in rules, on the owner's request: one row per rule for
 * the owner to edit, read back on every classify run so a shared workbook classifies the same for
 * everyone. One Excel.run, two round trips (a look, then the write).
 */

import { BUILTIN_RULES } from "../core/rules/builtin";
import { RULE_FIELDS, ruleSetToRows } from "../core/rules/rule-rows";
import type { Language } from "../core/types";
import { messagesOf } from "../core/language/languages";
import { stop } from "./errors";
import type { FrontBackError } from "./errors";
import type { ExcelHost } from "./excel-api";
import { findSheet, freeSheetName } from "./other-sheets";
import { NAME_COMMENT, RULES_NAME } from "./owned-names";
import { withLook } from "./sheet-action";
import { cellValue } from "./text-values";

/** The outcome of creating one of FrontBack's sheets. */
export type SheetResult =
  | {
      readonly status: "ok";
      readonly sheetName: string;
      /** False when FrontBack's sheet was there already; it is left as the owner edited it. */
      readonly created: boolean;
      /** Rows written below the header. */
      readonly rows: number;
    }
  | { readonly status: "error"; readonly error: FrontBackError };

/** Points per column: id, side, phrases, weight, skills, counterpart. */
const WIDTHS = [110, 90, 420, 60, 220, 90];

/**
 * Adds a Rules sheet with the built-in rules, headed in the given language. When FrontBack's
 * Rules sheet exists it is left alone (`created: false`). Loads sheets, names and protection,
 * then writes; 2 round trips.
 */
export async function createRulesSheet(
  options: { readonly lang?: Language } = {},
  host: ExcelHost
): Promise<SheetResult> {
  const lang = options.lang ?? "en";
  return withLook(host, async (context, look): Promise<SheetResult> => {
    const existing = findSheet(look, RULES_NAME, []);
    if (existing !== undefined)
      return { status: "ok", sheetName: existing.name, created: false, rows: 0 };
    if (look.workbookProtected) throw stop("protected-workbook", (m) => m.stops.protectedWorkbook);

    const name = freeSheetName(messagesOf(lang).sheets.rules, look.sheetNames);
    const rows = ruleSetToRows(BUILTIN_RULES, lang);
    const weight = RULE_FIELDS.indexOf("weight");
    const values = rows.map((row, index) =>
      row.map((cell, column) => (index > 0 && column === weight ? Number(cell) : cellValue(cell)))
    );
    const sheet = context.workbook.worksheets.add(name);
    const width = values[0].length;
    sheet.getRangeByIndexes(0, 0, values.length, width).values = values;
    sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
    WIDTHS.forEach(
      (points, column) => (sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points)
    );
    if (host.isSetSupported("ExcelApi", "1.8")) {
      const labels = messagesOf(lang).officeTypes;
      sheet.getRangeByIndexes(1, 1, values.length - 1, 1).dataValidation.rule = {
        list: { inCellDropDown: true, source: `${labels.front},${labels.back}` },
      };
    }
    context.workbook.names.add(RULES_NAME, sheet.getRangeByIndexes(0, 0, 1, 1), NAME_COMMENT);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    return { status: "ok", sheetName: name, created: true, rows: values.length - 1 };
  });
}
