/**
 * `frontback rules`: writes the built-in rules as a rules file the owner can edit and pass back
 * with `frontback classify --rules`.
 */

import { messagesOf } from "../core/language/languages";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { BUILTIN_RULES } from "../core/rules/builtin";
import { ruleSetToRows } from "../core/rules/rule-rows";
import type { Language } from "../core/types";
import type { RulesCommand } from "./args";
import { formatCsv } from "../csv/csv";
import type { Delimiter } from "../csv/csv";
import { fileKind } from "./input-file";
import type { Io } from "./io";
import { checkOutputPath, writeAtomically } from "./output-file";
import { csvCellValue } from "./xlsx-output";

/** Column widths of Id, Side, Phrases, Weight, Skills in a rules workbook. */
const WIDTHS: readonly number[] = [24, 10, 80, 10, 50];

/** Dutch Excel splits CSV on semicolons, so a Dutch rules file opens in columns there. */
function delimiterFor(lang: Language): Delimiter {
  return messagesOf(lang).csvDelimiter;
}

function rulesWorkbook(rows: readonly (readonly string[])[], lang: Language): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(messagesOf(lang).sheets.rules, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  rows.forEach((row, index) => {
    const added = sheet.addRow(
      index === 0 ? [...row] : row.map((text) => csvCellValue(text, delimiterFor(lang)))
    );
    if (index === 0) added.font = { bold: true };
  });
  WIDTHS.forEach((width, k) => (sheet.getColumn(k + 1).width = width));
  return workbook;
}

/** Runs `frontback rules`. Returns the exit status; throws CliError for bad input. */
export async function rulesCommand(command: RulesCommand, io: Io): Promise<number> {
  const rows = ruleSetToRows(BUILTIN_RULES, command.lang);
  if (command.out === undefined) {
    io.stdout(formatCsv(rows, delimiterFor(command.lang)));
    return 0;
  }
  const label = command.out;
  const target = path.resolve(io.cwd, label);
  const kind = fileKind(label, "--out file");
  checkOutputPath(target, label, []);
  if (kind === "csv") {
    const text = "\ufeff" + formatCsv(rows, delimiterFor(command.lang));
    await writeAtomically(target, label, (temp) => fs.writeFile(temp, text, "utf8"));
  } else {
    const workbook = rulesWorkbook(rows, command.lang);
    await writeAtomically(target, label, (temp) => workbook.xlsx.writeFile(temp));
  }
  io.stdout(
    `frontback: wrote ${rows.length - 1} built-in rules to ${label}. Edit them, then run: frontback classify <tasks> --rules ${label}\n`
  );
  return 0;
}
