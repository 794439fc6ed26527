/**
 * Reads the owner's files (tasks, skills matrix, rules) as a grid of text, whether CSV or XLSX,
 * and turns every way that can fail into a CliError that says what to fix.
 */

import { isUtf8 } from "buffer";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { xlsxCellText } from "./xlsx-cell-text";
import { CliError, errorCode } from "./cli-error";
import { isBlankRow, parseCsv } from "../csv/csv";
import type { Delimiter } from "../csv/csv";

/** The file types FrontBack reads and writes. */
export type FileKind = "csv" | "xlsx";

/** A file as rows of text. Row `i` is row `rowNumbers[i]` as the owner sees it (1-based). */
export interface Grid {
  readonly kind: FileKind;
  /** The CSV separator; "," for a workbook, so CSV written from it is comma-separated. */
  readonly delimiter: Delimiter;
  readonly rows: readonly string[][];
  readonly rowNumbers: readonly number[];
  /** Columns up to the last one used in any row: holding text or, in a workbook, any value. */
  readonly width: number;
  /** The workbook and the sheet the rows came from, when the file is XLSX. */
  readonly workbook?: ExcelJS.Workbook;
  readonly worksheet?: ExcelJS.Worksheet;
  /** Things the owner should know that did not stop the read, e.g. a file that was not UTF-8. */
  readonly warnings: readonly string[];
}

/** How a file is named in messages and which sheet of a workbook to read. */
export interface ReadOptions {
  /** The path as the owner typed it, for messages. */
  readonly label: string;
  /** What the file is for, e.g. "tasks file", in messages. */
  readonly role: string;
  /** The sheet the owner named (--sheet); an unknown name is bad input. */
  readonly sheet?: string;
  /** Sheet names to prefer, any case, when no sheet is named (e.g. "Rules", "Regels"). */
  readonly preferredSheets?: readonly string[];
}

/** The kind of a file from its extension; anything but .csv or .xlsx is bad input. */
export function fileKind(file: string, role: string): FileKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".xls" || ext === ".xlsm" || ext === ".xlsb" || ext === ".ods") {
    throw new CliError(
      `${file}: ${ext} files are not supported for the ${role}. Save it from Excel as "Excel Workbook (.xlsx)" or as CSV.`
    );
  }
  const what = ext === "" ? "has no extension" : `has the unsupported extension ${ext}`;
  throw new CliError(`${file} ${what}; the ${role} must be a .csv or .xlsx file.`);
}

async function readBytes(file: string, options: ReadOptions): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT")
      throw new CliError(
        `${options.role} not found: ${options.label}. Check the path and the file name.`,
        error
      );
    if (code === "EISDIR")
      throw new CliError(
        `${options.label} is a folder; give the path of the ${options.role} itself.`,
        error
      );
    if (code === "EACCES" || code === "EPERM") {
      throw new CliError(
        `cannot read ${options.label}: permission denied. Check the file's permissions.`,
        error
      );
    }
    if (code === "EBUSY")
      throw new CliError(
        `cannot read ${options.label}: it is in use. Close it in Excel and try again.`,
        error
      );
    throw new CliError(`cannot read ${options.label} (${code ?? "read error"}).`, error);
  }
}

/**
 * Decodes CSV bytes: UTF-8 (a BOM is dropped by the parser), UTF-16 when it starts with a UTF-16
 * BOM (Excel's "Unicode text"), and otherwise Windows-1252 when the bytes are not valid UTF-8,
 * since that is what Excel's plain "CSV (Comma delimited)" writes on Windows.
 */
function decodeCsv(bytes: Buffer, label: string, warnings: string[]): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes);
  if (isUtf8(bytes)) return bytes.toString("utf8");
  warnings.push(
    `${label} is not UTF-8; it was read as Windows-1252. Save it as "CSV UTF-8" to be sure accents are right.`
  );
  return new TextDecoder("windows-1252").decode(bytes);
}

function csvGrid(bytes: Buffer, options: ReadOptions): Grid {
  if (options.sheet !== undefined) {
    throw new CliError(
      `--sheet only applies to an .xlsx tasks file; ${options.label} is CSV. Leave out --sheet.`
    );
  }
  const warnings: string[] = [];
  const parsed = parseCsv(decodeCsv(bytes, options.label, warnings));
  if (parsed.unclosedQuoteRow !== undefined) {
    throw new CliError(
      `${options.label}: a quote (") opened in row ${parsed.unclosedQuoteRow} is never closed. Close the quoted text or remove the stray quote.`
    );
  }
  const rowNumbers = new Array<number>(parsed.rows.length);
  let width = 0;
  for (let i = 0; i < parsed.rows.length; i++) {
    rowNumbers[i] = i + 1;
    const row = parsed.rows[i];
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c].trim() !== "") {
        width = c + 1;
        break;
      }
    }
  }
  return {
    kind: "csv",
    delimiter: parsed.delimiter,
    rows: parsed.rows,
    rowNumbers,
    width,
    warnings,
  };
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function pickSheet(workbook: ExcelJS.Workbook, options: ReadOptions): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (sheets.length === 0)
    throw new CliError(`${options.label} has no worksheets. Add a sheet with a header row.`);
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const found =
      sheets.find((sheet) => sheet.name === wanted) ??
      sheets.find((sheet) => sameName(sheet.name, wanted));
    if (found === undefined) {
      const names = sheets.map((sheet) => `"${sheet.name}"`).join(", ");
      throw new CliError(
        `no sheet named "${wanted}" in ${options.label}. Sheets: ${names}. Pass one of these to --sheet.`
      );
    }
    return found;
  }
  for (const preferred of options.preferredSheets ?? []) {
    const found = sheets.find((sheet) => sameName(sheet.name, preferred));
    if (found !== undefined) return found;
  }
  // A hidden first sheet is usually a lookup table, not what the owner means by "the sheet".
  return (
    sheets.find((sheet) => sheet.state === "visible" || sheet.state === undefined) ?? sheets[0]
  );
}

async function xlsxGrid(bytes: Buffer, options: ReadOptions): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; Node's Buffer is what it reads at run time.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new CliError(
      `cannot read ${options.label} as an Excel workbook; it may be damaged, password-protected or not really .xlsx. Open it in Excel and save it again as .xlsx, or export it as CSV.`,
      error
    );
  }
  const worksheet = pickSheet(workbook, options);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let width = 0;
  const last = worksheet.rowCount;
  for (let r = 1; r <= last; r++) {
    const row = worksheet.findRow(r);
    const cells: string[] = [];
    row?.eachCell({ includeEmpty: false }, (cell, col) => {
      // A formula showing "" still holds something of the owner's: results must go right of it.
      if (col > width) width = col;
      const text = xlsxCellText(cell.value);
      if (text === "") return;
      while (cells.length < col - 1) cells.push("");
      cells[col - 1] = text;
    });
    rows.push(cells);
    rowNumbers.push(r);
  }
  return {
    kind: "xlsx",
    delimiter: ",",
    rows,
    rowNumbers,
    width,
    workbook,
    worksheet,
    warnings: [],
  };
}

/** Reads a CSV or XLSX file into a grid. Throws CliError for anything the owner must fix. */
export async function readGrid(file: string, options: ReadOptions): Promise<Grid> {
  const kind = fileKind(options.label, options.role);
  const bytes = await readBytes(file, options);
  if (bytes.length === 0) {
    throw new CliError(`${options.label} is empty. Put a header row in it, then one row per item.`);
  }
  return kind === "csv" ? csvGrid(bytes, options) : xlsxGrid(bytes, options);
}

/** Index of the first row with any text (the header), or -1 when every row is blank. */
export function headerIndex(grid: Grid): number {
  return grid.rows.findIndex((row) => !isBlankRow(row));
}

/** A row padded or cut to `width` cells; the row itself when it already fits, to spare a copy per row. */
export function fitRow(row: readonly string[], width: number): readonly string[] {
  if (row.length === width) return row;
  const fitted = row.slice(0, width);
  while (fitted.length < width) fitted.push("");
  return fitted;
}
