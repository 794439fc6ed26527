/**
 * `frontback classify`: reads the tasks (and optionally a skills matrix and a rules file),
 * classifies every task with the core, and writes the owner's columns plus the result columns
 * as CSV or XLSX. All reading and checking happens before anything is written.
 */

import { promises as fs } from "fs";
import * as path from "path";
import { detectColumns } from "../core/columns";
import type { ColumnDetection, ColumnMap } from "../core/columns";
import { parseSkillsMatrix } from "../core/matrix";
import { matrixProblemText } from "../core/matrix-problems";
import type { SkillsMatrix } from "../core/matrix";
import { messagesOf } from "../core/language/languages";
import { readRules } from "../core/pipeline/rules-input";
import { ruleProblemText } from "../core/rules/rule-problems";
import { RULES_SHEET_NAMES, SKILLS_SHEET_NAMES } from "../core/pipeline/sheet-names";
import { createSummaryRun, createTaskRun } from "../core/pipeline/task-run";
import type { ClassifyRow, RunTally } from "../core/pipeline/task-run";
import { BUILTIN_RULES } from "../core/rules/builtin";
import type { OfficeType, RuleSet } from "../core/types";
import type { ClassifyCommand } from "./args";
import { CliError } from "./cli-error";
import { csvRecord, isBlankRow, joinRecords } from "../csv/csv";
import { parseHours } from "../core/hours";
import { fileKind, fitRow, headerIndex, readGrid } from "./input-file";
import type { Grid } from "./input-file";
import type { Io } from "./io";
import { checkOutputPath, writeAtomically } from "./output-file";
import {
  findPreviousResults,
  headerTextRow,
  RESULT_COLUMN_COUNT,
  textRowWriter,
} from "./task-table";
import type { TableLayout, TaskRow, TaskTable } from "./task-table";
import { capWarnings, locatedWarning } from "./warnings";
import { addToWorkbook, newWorkbook } from "./xlsx-output";

/** A UTF-8 byte order mark, so Excel reads a CSV file's accents right (stdout gets none). */
const BOM = "\ufeff";

interface FileArg {
  readonly file: string;
  readonly label: string;
}

function fileArg(io: Io, given: string): FileArg {
  return { file: path.resolve(io.cwd, given), label: given };
}

/** The rows of a grid from its header on, and the file row of each, for core parsers. */
function fromHeader(
  grid: Grid,
  label: string
): { rows: string[][]; rowNumbers: readonly number[] } {
  const start = headerIndex(grid);
  if (start === -1)
    throw new CliError(`${label} is empty. Put a header row in it, then one row per item.`);
  return { rows: grid.rows.slice(start), rowNumbers: grid.rowNumbers.slice(start) };
}

/**
 * Reads one of the owner's other files (a rules file, a skills matrix) from its header on,
 * preferring a sheet with one of the usual names in a workbook; its reading warnings go to `warn`.
 */
async function readFromHeader(
  arg: FileArg,
  role: string,
  preferredSheets: readonly string[],
  warn: (line: string) => void
): Promise<{ rows: string[][]; rowNumbers: readonly number[] }> {
  const grid = await readGrid(arg.file, { label: arg.label, role, preferredSheets });
  grid.warnings.forEach(warn);
  return fromHeader(grid, arg.label);
}

/** Text ending in a full stop, so sentences joined into one message read as sentences. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The built-in rules with the owner's rules file merged in: same Id replaces, new Ids add. */
async function loadRules(arg: FileArg, warn: (line: string) => void): Promise<RuleSet> {
  const { rows, rowNumbers } = await readFromHeader(arg, "rules file", RULES_SHEET_NAMES, warn);
  const { status, ruleSet, problems } = readRules(rows);
  const fileRow = (row: number): number => rowNumbers[row - 1] ?? row;
  const start = 'Start from the file "frontback rules --out rules.csv" writes.';
  if (status === "no-header") {
    const header = ruleProblemText(problems[0], "en");
    throw new CliError(`${arg.label} is not a rules file: ${header} ${start}`);
  }
  if (status === "no-rules") {
    const first = problems[0];
    let why = "It has no rules below the header.";
    if (first !== undefined) {
      const row = fileRow(first.row);
      const message = ruleProblemText(first, "en");
      why = sentence(row === first.row ? message : `Row ${row}: ${message}`);
    }
    throw new CliError(
      `${arg.label} has no valid rule. ${why} Fix the rows, or ${start[0].toLowerCase()}${start.slice(1)}`
    );
  }
  const lines = problems.map((problem) =>
    locatedWarning(
      arg.label,
      fileRow(problem.row),
      messagesOf("en").ruleSheet.rowIgnored(ruleProblemText(problem, "en"))
    )
  );
  capWarnings(lines, arg.label).forEach(warn);
  return ruleSet;
}

async function loadMatrix(arg: FileArg, warn: (line: string) => void): Promise<SkillsMatrix> {
  const { rows, rowNumbers } = await readFromHeader(arg, "skills matrix", SKILLS_SHEET_NAMES, warn);
  const { matrix, problems } = parseSkillsMatrix(rows);
  const lines = problems.map((problem) =>
    locatedWarning(
      arg.label,
      problem.row === undefined ? undefined : (rowNumbers[problem.row - 1] ?? problem.row),
      matrixProblemText(problem, "en")
    )
  );
  capWarnings(lines, arg.label).forEach(warn);
  return matrix;
}

function headerList(headers: readonly string[]): string {
  const named = headers.filter((header) => header.trim() !== "");
  return named.length === 0 ? "(none)" : named.join(", ");
}

function sameHeader(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The columns of the task sheet, or a CliError that lists the headers the owner has. */
function findColumns(
  header: readonly string[],
  previous: number,
  input: FileArg,
  taskColumn: string | undefined
): Extract<ColumnDetection, { status: "ok" }> {
  // Columns an earlier run wrote are results, never input: hide them from detection.
  const visible =
    previous === -1
      ? header
      : header.map((text, i) => (i >= previous && i < previous + RESULT_COLUMN_COUNT ? "" : text));
  const detection = detectColumns(visible, taskColumn === undefined ? {} : { task: taskColumn });
  if (detection.status === "ok") return detection;
  const seen = headerList(header);
  if (taskColumn === undefined) {
    throw new CliError(
      `no task column in ${input.label}. Headers seen: ${seen}. Add a column named "Task" (or "Taak") or pass --task-column "<header>".`
    );
  }
  if (header.some((text) => sameHeader(text, taskColumn))) {
    throw new CliError(
      `${input.label}: ${detection.message} Pass the header of the task column to --task-column.`
    );
  }
  throw new CliError(
    `no column "${taskColumn}" in ${input.label}. Headers seen: ${seen}. Pass one of these to --task-column.`
  );
}

/** Everything a pass over the task rows reads. */
interface PassContext {
  readonly grid: Grid;
  /** Index of the header row in the grid. */
  readonly start: number;
  readonly columns: ColumnMap;
  readonly layout: TableLayout;
  /** Whether the output shows the summary; only then are hours read. */
  readonly summary: boolean;
}

/**
 * Classifies every non-blank row below the header, in order, handing each to `visit` at once,
 * so a writer can turn it into output while its objects are still young (cheap to collect).
 */
function classifyRows(
  context: PassContext,
  classifyRow: ClassifyRow,
  visit: (row: TaskRow) => void
): void {
  const { grid, start, columns, layout } = context;
  const width = layout.header.length;
  const cellAt = (cells: readonly string[], column: number | undefined): string | undefined => {
    if (column === undefined) return undefined;
    const text = cells[column].trim();
    return text === "" ? undefined : text;
  };
  for (let i = start + 1; i < grid.rows.length; i++) {
    const source = grid.rows[i];
    if (isBlankRow(source)) continue;
    const cells = fitRow(source, width);
    const rowNumber = grid.rowNumbers[i];
    const text = cellAt(cells, columns.task);
    if (text === undefined) {
      visit({ cells, rowNumber });
      continue;
    }
    const hoursText = context.summary ? cellAt(cells, columns.hours) : undefined;
    const outcome = classifyRow(
      {
        text,
        employee: cellAt(cells, columns.employee),
        role: cellAt(cells, columns.role),
        override: cellAt(cells, columns.override),
        hours: hoursText === undefined ? undefined : parseHours(hoursText),
      },
      rowNumber
    );
    visit({ cells, rowNumber, result: outcome.cells });
  }
}

/** The run's notes on the task file: each override it did not understand, by row. */
function overrideNotes(outcome: RunTally, label: string): string[] {
  return outcome.overrideProblems.map((problem) =>
    locatedWarning(
      label,
      problem.row,
      `override "${problem.value}" is not understood, so the task's words decided; write Front office or Back office (or leave it empty).`
    )
  );
}

function countsLine(counts: Readonly<Record<OfficeType, number>>): string {
  const total = counts.front + counts.back + counts.unclear;
  return `${total} tasks (${counts.front} front office, ${counts.back} back office, ${counts.unclear} unclear)`;
}

/** Runs `frontback classify`. Returns the exit status; throws CliError for bad input. */
export async function classifyCommand(command: ClassifyCommand, io: Io): Promise<number> {
  const input = fileArg(io, command.input);
  const skills = command.skills === undefined ? undefined : fileArg(io, command.skills);
  const rules = command.rules === undefined ? undefined : fileArg(io, command.rules);
  const out = command.out === undefined ? undefined : fileArg(io, command.out);

  // Cheap checks first, so a typo in --out fails before a large file is read.
  fileKind(input.label, "tasks file");
  if (skills !== undefined) fileKind(skills.label, "skills matrix");
  if (rules !== undefined) fileKind(rules.label, "rules file");
  const outKind = out === undefined ? undefined : fileKind(out.label, "--out file");
  if (out !== undefined) {
    const inputs = [input, skills, rules].filter((arg): arg is FileArg => arg !== undefined);
    checkOutputPath(out.file, out.label, inputs);
  }

  const warnings: string[] = [];
  const warn = (line: string): void => {
    warnings.push(line);
  };
  const ruleSet = rules === undefined ? BUILTIN_RULES : await loadRules(rules, warn);
  const matrix = skills === undefined ? undefined : await loadMatrix(skills, warn);

  const grid = await readGrid(input.file, {
    label: input.label,
    role: "tasks file",
    sheet: command.sheet,
  });
  grid.warnings.forEach(warn);
  const start = headerIndex(grid);
  if (start === -1) {
    throw new CliError(
      `${input.label} has no header row (it holds only blank rows). Put the column names, e.g. Task, Employee, Hours, in the first row.`
    );
  }
  const width = grid.width;
  const header = fitRow(grid.rows[start], width);
  const previous = findPreviousResults(header);
  const detection = findColumns(header, previous, input, command.taskColumn);
  const layout: TableLayout = {
    lang: command.lang,
    header,
    resultColumn: previous === -1 ? width : previous,
  };
  if (matrix !== undefined && detection.columns.employee === undefined) {
    warn(
      `${input.label} has no employee column, so skill gaps are left empty. Add a column named "Employee" (or "Medewerker") to compare with ${skills?.label ?? "the skills matrix"}.`
    );
  }
  const withSummary = out !== undefined && outKind !== "csv";
  const context: PassContext = {
    grid,
    start,
    columns: detection.columns,
    layout,
    summary: withSummary,
  };
  const settings = { ruleSet, matrix, lang: command.lang };
  // Warnings go out after the pass, with its notes, and only once nothing can fail as bad input.
  const report = (outcome: RunTally): Readonly<Record<OfficeType, number>> => {
    for (const line of [
      ...warnings,
      ...capWarnings(overrideNotes(outcome, input.label), input.label),
    ]) {
      io.stderr(`frontback: warning: ${line}\n`);
    }
    return outcome.counts;
  };

  let counts: Readonly<Record<OfficeType, number>>;
  if (!withSummary) {
    // Each row becomes its CSV record at once; the records are joined once at the end.
    const write = textRowWriter(layout);
    const records = [csvRecord(headerTextRow(layout), grid.delimiter)];
    const run = createTaskRun(settings);
    classifyRows(context, run.row, (row) =>
      records.push(csvRecord(write(row.cells, row.result), grid.delimiter))
    );
    counts = report(run.finish());
    const text = joinRecords(records);
    if (out === undefined) {
      io.stdout(text);
      return 0;
    }
    await writeAtomically(out.file, out.label, (temp) => fs.writeFile(temp, BOM + text, "utf8"));
  } else {
    const rows: TaskRow[] = [];
    const run = createSummaryRun(settings);
    classifyRows(context, run.row, (row) => rows.push(row));
    const outcome = run.finish({
      hasHours: detection.columns.hours !== undefined,
      hoursUnit: detection.hoursUnit,
    });
    counts = report(outcome);
    const table: TaskTable = { ...layout, rows };
    const summary = outcome.summarySheet;
    const workbook =
      grid.workbook !== undefined && grid.worksheet !== undefined
        ? addToWorkbook(grid.workbook, grid.worksheet, grid.rowNumbers[start], table, summary)
        : newWorkbook(table, grid.delimiter, summary);
    await writeAtomically(out.file, out.label, (temp) => workbook.xlsx.writeFile(temp));
  }
  io.stdout(`frontback: wrote ${out.label}: ${countsLine(counts)}.\n`);
  return 0;
}
