/**
 * Shared helpers of the CLI tests: real files in a fresh temp folder, the CLI run in-process,
 * and a fingerprint of a folder to prove a failed run left nothing behind.
 */

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";

/** What one run of the CLI printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A new empty folder under the OS temp folder. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "frontback-cli-"));
}

/** Runs `frontback <args>` in-process with `cwd` as its working folder. */
export async function cli(args: readonly string[], cwd: string): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
  });
  return { code, stdout, stderr };
}

/** Writes a file (text as UTF-8) into `dir` and returns its path. */
export function put(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Every file in a folder with its bytes, to compare before and after a run. */
export function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    files[name] = fs.readFileSync(path.join(dir, name)).toString("base64");
  }
  return files;
}

/** Writes an XLSX workbook built by `build` into `dir`. */
export async function writeXlsx(
  dir: string,
  name: string,
  build: (workbook: ExcelJS.Workbook) => void
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Reads an XLSX workbook. */
export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The values of a sheet's rows as text ("" for empty), 1-based rows dropped to 0-based. */
export function sheetText(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const value = row.getCell(c).value;
      cells.push(
        value === null || value === undefined
          ? ""
          : typeof value === "object"
            ? JSON.stringify(value)
            : String(value)
      );
    }
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    rows.push(cells);
  }
  return rows;
}

/** Splits CRLF CSV output into lines, dropping the final empty one. */
export function lines(csv: string): string[] {
  const parts = csv.split("\r\n");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** Obviously-sided tasks every reasonable rule set gets right. */
export const BACK_TASK = "Prepare the monthly payroll";
export const FRONT_TASK = "Greet customers at the front desk";
