/**
 * Writes the classified tasks as XLSX with exceljs. Every text cell is written as a string,
 * never as a formula, so text starting with "=" stays text for whoever opens the workbook.
 */

import ExcelJS from "exceljs";
import type { Delimiter } from "../csv/csv";
import type { SummarySheet } from "../core/summary-layout";
import { SUMMARY_SHEET_NAMES } from "../core/summary-layout";
import type { Language } from "../core/types";
import { outputWidth, resultHeaderCells, resultValues } from "./task-table";
import type { TaskTable } from "./task-table";

/** Name of the task sheet FrontBack makes when the input was CSV. */
const TASK_SHEET_NAMES: Readonly<Record<Language, string>> = { en: "Tasks", nl: "Taken" };

/** Widths (in characters) of the result columns FrontBack adds. */
const RESULT_WIDTHS: readonly number[] = [14, 12, 50, 45, 45];

const PLAIN_NUMBER: Readonly<Record<Delimiter, RegExp>> = {
  // No leading zeros (phone numbers, postcodes, ids keep them) and at most 15 digits (Excel's precision).
  ",": /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/,
  ";": /^-?(?:0|[1-9]\d{0,14})(?:,\d{1,15})?$/,
};

/**
 * A CSV cell as an XLSX value: a plain number becomes a number (so hours add up in Excel), in
 * the CSV's own decimal style (a semicolon CSV writes 7,5); everything else stays a string.
 */
export function csvCellValue(text: string, delimiter: Delimiter): string | number {
  if (!PLAIN_NUMBER[delimiter].test(text)) return text;
  return Number(delimiter === ";" ? text.replace(",", ".") : text);
}

function addSummary(workbook: ExcelJS.Workbook, sheet: SummarySheet): void {
  for (const name of Object.values(SUMMARY_SHEET_NAMES)) {
    const old = workbook.getWorksheet(name);
    if (old !== undefined) workbook.removeWorksheet(old.id);
  }
  const worksheet = workbook.addWorksheet(sheet.name);
  worksheet.addRows(sheet.rows.map((row) => [...row]));
  for (const index of sheet.headingRows) worksheet.getRow(index + 1).font = { bold: true };
  worksheet.getColumn(1).width = 32;
  for (let c = 2; c <= 6; c++) worksheet.getColumn(c).width = 20;
  worksheet.getColumn(6).width = 60;
}

/**
 * A new workbook for CSV input: a task sheet ("Tasks"/"Taken") with the owner's columns and the
 * result columns, and the summary sheet.
 */
export function newWorkbook(
  table: TaskTable,
  delimiter: Delimiter,
  summary: SummarySheet
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(TASK_SHEET_NAMES[table.lang], {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const width = outputWidth(table);
  const at = table.resultColumn;
  const header: (string | number)[] = [];
  for (let c = 0; c < width; c++) header.push(table.header[c] ?? "");
  resultHeaderCells(table.lang).forEach((text, k) => (header[at + k] = text));
  worksheet.addRow(header).font = { bold: true };

  const rows: (string | number | null)[][] = new Array<(string | number | null)[]>(
    table.rows.length
  );
  for (let i = 0; i < table.rows.length; i++) {
    const source = table.rows[i];
    const row: (string | number | null)[] = new Array<string | number | null>(width).fill(null);
    for (let c = 0; c < source.cells.length && c < width; c++) {
      const text = source.cells[c];
      if (text !== "") row[c] = csvCellValue(text, delimiter);
    }
    resultValues(source.result).forEach((value, k) => (row[at + k] = value === "" ? null : value));
    rows[i] = row;
  }
  worksheet.addRows(rows);
  RESULT_WIDTHS.forEach((w, k) => (worksheet.getColumn(at + k + 1).width = w));
  addSummary(workbook, summary);
  return workbook;
}

function copyStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  // exceljs shares style objects between cells; a deep copy keeps the owner's header cell untouched.
  return structuredClone(style);
}

/**
 * Adds the results to the owner's task sheet, in the workbook as read: result headers in the
 * header row, styled like the owner's last header cell, and one result per task row. Blank task
 * rows get blank result cells. The owner's cells are not touched, since the result columns are
 * either new (right of everything in use) or the ones an earlier run wrote. Then the summary
 * sheet replaces any earlier one. Returns the same workbook.
 */
export function addToWorkbook(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  headerRowNumber: number,
  table: TaskTable,
  summary: SummarySheet
): ExcelJS.Workbook {
  const at = table.resultColumn + 1;
  const headerRow = worksheet.getRow(headerRowNumber);
  let styleSource: ExcelJS.Cell | undefined;
  for (
    let c = Math.min(table.header.length, table.resultColumn);
    c >= 1 && styleSource === undefined;
    c--
  ) {
    if (table.header[c - 1] !== "") styleSource = headerRow.getCell(c);
  }
  const appended = table.resultColumn >= table.header.length;
  resultHeaderCells(table.lang).forEach((text, k) => {
    const cell = headerRow.getCell(at + k);
    cell.value = text;
    if (styleSource !== undefined) cell.style = copyStyle(styleSource.style);
  });
  for (const source of table.rows) {
    const row = worksheet.getRow(source.rowNumber);
    resultValues(source.result).forEach((value, k) => {
      row.getCell(at + k).value = value === "" ? null : value;
    });
  }
  if (appended) RESULT_WIDTHS.forEach((w, k) => (worksheet.getColumn(at + k).width = w));
  addSummary(workbook, summary);
  return workbook;
}
