/**
 * Creates the skills sheet for the employees of the active task sheet: one row per employee, one
 * column per catalogue skill, levels 0-4 to pick from a drop-down (ExcelApi 1.8; without it the
 * owner types them). On FrontBack's own skills sheet it only adds the employees not there yet,
 * below the others; an owner's own skills sheet is left alone. One Excel.run: a look, the header
 * and first rows, further blocks of the employee column if the sheet is large, and the write.
 */

import { detectChosenColumns } from "../core/column-choices";
import type { ColumnChoices } from "../core/column-choices";
import { buildMatrixRows, employeeKey } from "../core/matrix";
import { SKILL_CATALOGUE } from "../core/skills";
import type { Language } from "../core/types";
import { cellText } from "./cell-input";
import { stop } from "./errors";
import type { ExcelHost, RangeApi } from "./excel-api";
import { findSheet, freeSheetName, queueSheetValues } from "./other-sheets";
import { NAME_COMMENT, SKILLS_NAME } from "./owned-names";
import { BLOCK_LIMITS } from "./plan-blocks";
import type { SheetResult } from "./rules-sheet";
import { withLook } from "./sheet-action";
import { bandBlock, ownedColumns, ownedInRegion, queueColumns, queueRegions } from "./task-sheet";
import type { ColumnsBlock, Region } from "./task-sheet";
import { textValue, valueBytes } from "./text-values";
import { messagesOf } from "../core/language/languages";
import { SKILLS_SHEET_NAMES } from "../core/pipeline/sheet-names";

const NAME_WIDTH = 160;
const LEVEL_WIDTH = 90;

/** The employee column of the first region whose header has a task column and an employee column. */
function employeeColumn(
  regions: readonly Region[],
  owned: ReturnType<typeof ownedColumns>,
  choices: ColumnChoices,
  lang: Language
): { region: Region; col: number } | undefined {
  for (const region of regions) {
    const mine = new Set(Object.values(ownedInRegion(owned, region)));
    const visible = region.header.texts.map((text, i) =>
      mine.has(region.header.left + i) ? "" : text
    );
    const detection = detectChosenColumns(visible, choices, lang);
    if (detection.status === "ok" && detection.columns.employee !== undefined) {
      return { region, col: region.header.left + detection.columns.employee };
    }
  }
  return undefined;
}

/**
 * Adds (or extends) the skills sheet for the employees named in the active sheet's employee
 * column. Returns the sheet's name and how many employee rows were written.
 */
export async function createSkillsSheet(
  options: { readonly lang?: Language; readonly columns?: ColumnChoices } = {},
  host: ExcelHost
): Promise<SheetResult> {
  const lang = options.lang ?? "en";
  return withLook(host, async (context, look): Promise<SheetResult> => {
    const found = findSheet(look, SKILLS_NAME, SKILLS_SHEET_NAMES);
    if (found !== undefined && !found.ours) {
      return { status: "ok", sheetName: found.name, created: false, rows: 0 };
    }
    if (found === undefined && look.workbookProtected) {
      throw stop("protected-workbook", (m) => m.stops.protectedWorkbook);
    }
    if (look.tableNames.length === 0 && look.usedValues === undefined) {
      throw stop("empty-sheet", (m) => m.stops.emptySheet(look.sheetName));
    }
    const readRegions = queueRegions(look, BLOCK_LIMITS.maxRows);
    const readExisting = found === undefined ? undefined : queueSheetValues(context, found.name);
    await context.sync();
    const chosen = employeeColumn(readRegions(), ownedColumns(look), options.columns ?? {}, lang);
    if (chosen === undefined) throw stop("no-employee-column", (m) => m.stops.noEmployeeColumn);
    const { region, col } = chosen;

    const names: string[] = [];
    const collect = (block: ColumnsBlock): void => {
      for (let i = 0; i < block.count; i++) {
        const name = cellText(block.value(i, col), block.type(i, col));
        if (name !== undefined) names.push(name);
      }
    };
    let done = 0;
    if (region.band !== undefined) {
      const band = bandBlock(region, region.band, valueBytes);
      collect(band);
      done = band.count;
    }
    while (done < region.dataRows) {
      const count = Math.min(BLOCK_LIMITS.maxRows, region.dataRows - done);
      const read = queueColumns(look.sheet, region, done, count, [col], valueBytes);
      // One request per block is the point: Excel on the web refuses a response over 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      collect(read());
      done += count;
    }

    const rows = buildMatrixRows(names, lang);
    const existing = readExisting?.();
    if (found !== undefined) {
      const known = new Set(
        (existing?.rows ?? []).slice(1).map((row) => employeeKey(cellText(row[0], undefined) ?? ""))
      );
      const added = rows.slice(1).filter((row) => !known.has(employeeKey(row[0])));
      const sheet = context.workbook.worksheets.getItem(found.name);
      // FrontBack's sheet emptied by the owner gets its header back, above the employees.
      if (existing === undefined) {
        sheet.getRangeByIndexes(0, 0, 1, rows[0].length).values = [rows[0].map(textValue)];
      }
      const top = existing === undefined ? 1 : existing.top + existing.rows.length;
      if (added.length > 0) {
        sheet.getRangeByIndexes(top, 0, added.length, 1).values = added.map((row) => [
          textValue(row[0]),
        ]);
        levelDropDowns(host, sheet.getRangeByIndexes(top, 1, added.length, SKILL_CATALOGUE.length));
      }
      if (existing === undefined || added.length > 0) await context.sync();
      return { status: "ok", sheetName: found.name, created: false, rows: added.length };
    }

    const name = freeSheetName(messagesOf(lang).sheets.skills, look.sheetNames);
    const sheet = context.workbook.worksheets.add(name);
    const width = rows[0].length;
    sheet.getRangeByIndexes(0, 0, rows.length, width).values = rows.map((row) =>
      row.map(textValue)
    );
    sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
    sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = NAME_WIDTH;
    sheet.getRangeByIndexes(0, 1, 1, width - 1).format.columnWidth = LEVEL_WIDTH;
    if (rows.length > 1)
      levelDropDowns(host, sheet.getRangeByIndexes(1, 1, rows.length - 1, width - 1));
    context.workbook.names.add(SKILLS_NAME, sheet.getRangeByIndexes(0, 0, 1, 1), NAME_COMMENT);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    return { status: "ok", sheetName: name, created: true, rows: rows.length - 1 };
  });
}

/** Level cells offer 0-4 in a drop-down, where Excel can (ExcelApi 1.8). */
function levelDropDowns(host: ExcelHost, cells: RangeApi): void {
  if (!host.isSetSupported("ExcelApi", "1.8")) return;
  cells.dataValidation.rule = { list: { inCellDropDown: true, source: "0,1,2,3,4" } };
}
