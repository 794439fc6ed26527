/**
 * Writes the classified tasks as XLSX with exceljs. Every text cell is written as a string,
 * never as a formula, so text starting with "=" stays text for whoever opens the workbook.
 */

import ExcelJS from "exceljs";
import type { Delimiter } from "../csv/csv";
import type { SummarySheet } from "../core/summary-layout";
import { LANGUAGES, messagesOf } from "../core/language/languages";
import { RESULT_COLUMNS, widthInCharacters } from "../core/pipeline/result-columns";
import type { ResultCells, ResultColumn } from "../core/pipeline/result-columns";
import { outputWidth, resultHeaderCells } from "./task-table";
import type { TaskTable } from "./task-table";

/** A percent column's number format, as the add-in writes it. */
const PERCENT = "0%";

/** A result cell as an XLSX value: text as a string (never a formula), a percent as its fraction. */
function resultValue(
  column: ResultColumn,
  result: ResultCells | undefined
): string | number | null {
  if (result === undefined) return null;
  const value = result[column.key];
  return value === "" ? null : value;
}

/** Sets the widths of the result columns from `at` (1-based) to those of their descriptors. */
function setResultWidths(worksheet: ExcelJS.Worksheet, at: number): void {
  RESULT_COLUMNS.forEach((column, k) => {
    worksheet.getColumn(at + k).width = widthInCharacters(column.width);
  });
}

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
  for (const name of LANGUAGES.map((lang) => messagesOf(lang).sheets.summary)) {
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
  const worksheet = workbook.addWorksheet(messagesOf(table.lang).sheets.tasks, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const width = outputWidth(table);
  const at = table.resultColumn;
  const header: (string | number)[] = [];
  for (let c = 0; c < width; c++) header.push(table.header[c] ?? "");
  resultHeaderCells(table.lang).forEach((text, k) => (header[at + k] = text));
  worksheet.addRow(header).font = { bold: true };
  // Cells added after this take the column's format.
  RESULT_COLUMNS.forEach((column, k) => {
    if (column.kind === "percent") worksheet.getColumn(at + k + 1).numFmt = PERCENT;
  });

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
    RESULT_COLUMNS.forEach((column, k) => (row[at + k] = resultValue(column, source.result)));
    rows[i] = row;
  }
  worksheet.addRows(rows);
  setResultWidths(worksheet, at + 1);
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
    RESULT_COLUMNS.forEach((column, k) => {
      const cell = row.getCell(at + k);
      cell.value = resultValue(column, source.result);
      if (column.kind === "percent" && source.result !== undefined) cell.numFmt = PERCENT;
    });
  }
  if (appended) setResultWidths(worksheet, at);
  addSummary(workbook, summary);
  return workbook;
}
