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
import type { SkillsMatrix } from "../core/matrix";
import { BUILTIN_RULES } from "../core/rules/builtin";
import { mergeRuleSets, parseRuleRows } from "../core/rules/rule-rows";
import { createRowClassifier, emptyCounts } from "../core/run";
import { summarize } from "../core/summary";
import { buildSummarySheet } from "../core/summary-layout";
import type { SummaryRow } from "../core/summary";
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

/** Text ending in a full stop, so sentences joined into one message read as sentences. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The built-in rules with the owner's rules file merged in: same Id replaces, new Ids add. */
async function loadRules(arg: FileArg, warn: (line: string) => void): Promise<RuleSet> {
  const grid = await readGrid(arg.file, {
    label: arg.label,
    role: "rules file",
    preferredSheets: ["Rules", "Regels"],
  });
  grid.warnings.forEach(warn);
  const { rows, rowNumbers } = fromHeader(grid, arg.label);
  const { ruleSet, errors } = parseRuleRows(rows);
  const fileRow = (row: number): number => rowNumbers[row - 1] ?? row;
  const start = 'Start from the file "frontback rules --out rules.csv" writes.';
  const headerError = errors.find((error) => error.row <= 1);
  if (headerError !== undefined) {
    throw new CliError(`${arg.label} is not a rules file: ${headerError.message} ${start}`);
  }
  if (ruleSet.rules.length === 0) {
    const first = errors[0];
    let why = "It has no rules below the header.";
    if (first !== undefined) {
      const row = fileRow(first.row);
      why = sentence(row === first.row ? first.message : `Row ${row}: ${first.message}`);
    }
    throw new CliError(
      `${arg.label} has no valid rule. ${why} Fix the rows, or ${start[0].toLowerCase()}${start.slice(1)}`
    );
  }
  const lines = errors.map((error) =>
    locatedWarning(arg.label, fileRow(error.row), `${error.message} This row is ignored.`)
  );
  capWarnings(lines, arg.label).forEach(warn);
  return mergeRuleSets(BUILTIN_RULES, ruleSet);
}

async function loadMatrix(arg: FileArg, warn: (line: string) => void): Promise<SkillsMatrix> {
  const grid = await readGrid(arg.file, {
    label: arg.label,
    role: "skills matrix",
    preferredSheets: ["Skills", "Skills matrix", "Vaardigheden", "Vaardighedenmatrix"],
  });
  grid.warnings.forEach(warn);
  const { rows, rowNumbers } = fromHeader(grid, arg.label);
  const { matrix, problems } = parseSkillsMatrix(rows);
  const lines = problems.map((problem) =>
    locatedWarning(
      arg.label,
      problem.row === undefined ? undefined : (rowNumbers[problem.row - 1] ?? problem.row),
      problem.message
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

/** One classified data row, as handed to the writer. */
interface RowOutcome {
  readonly row: TaskRow;
  /** What the summary needs of the row; undefined when the row has no task text. */
  readonly summary?: SummaryRow;
}

/** What a pass over the rows leaves besides the rows themselves. */
interface PassResult {
  readonly counts: Readonly<Record<OfficeType, number>>;
  readonly notes: readonly string[];
}

/** Everything a pass over the task rows reads. */
interface PassContext {
  readonly grid: Grid;
  /** Index of the header row in the grid. */
  readonly start: number;
  readonly columns: ColumnMap;
  readonly layout: TableLayout;
  readonly ruleSet: RuleSet;
  readonly matrix: SkillsMatrix | undefined;
  readonly label: string;
}

/**
 * Classifies every non-blank row below the header, in order, handing each to `visit` at once,
 * so a writer can turn it into output while its objects are still young (cheap to collect).
 * Hours are only read `withSummary`, since only a workbook shows the summary.
 */
function classifyRows(
  context: PassContext,
  withSummary: boolean,
  visit: (outcome: RowOutcome) => void
): PassResult {
  const { grid, start, columns, layout, ruleSet, matrix, label } = context;
  const classifyRow = createRowClassifier({ ruleSet, matrix, lang: layout.lang });
  const width = layout.header.length;
  const counts = emptyCounts();
  const notes: string[] = [];
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
      visit({ row: { cells, rowNumber } });
      continue;
    }
    const hoursText = withSummary ? cellAt(cells, columns.hours) : undefined;
    const outcome = classifyRow({
      text,
      employee: cellAt(cells, columns.employee),
      role: cellAt(cells, columns.role),
      override: cellAt(cells, columns.override),
      hours: hoursText === undefined ? undefined : parseHours(hoursText),
    });
    counts[outcome.officeType]++;
    const row: TaskRow = { cells, rowNumber, result: outcome.result };
    visit(withSummary ? { row, summary: outcome.summary } : { row });
    if (outcome.invalidOverride !== undefined) {
      notes.push(
        locatedWarning(
          label,
          rowNumber,
          `override "${outcome.invalidOverride}" is not understood, so the task's words decided; write Front office or Back office (or leave it empty).`
        )
      );
    }
  }
  return { counts, notes };
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
  const context: PassContext = {
    grid,
    start,
    columns: detection.columns,
    layout,
    ruleSet,
    matrix,
    label: input.label,
  };
  // Warnings go out after the pass, with its notes, and only once nothing can fail as bad input.
  const report = (pass: PassResult): Readonly<Record<OfficeType, number>> => {
    for (const line of [...warnings, ...capWarnings(pass.notes, input.label)]) {
      io.stderr(`frontback: warning: ${line}\n`);
    }
    return pass.counts;
  };

  let counts: Readonly<Record<OfficeType, number>>;
  if (out === undefined || outKind === "csv") {
    // Each row becomes its CSV record at once; the records are joined once at the end.
    const write = textRowWriter(layout);
    const records = [csvRecord(headerTextRow(layout), grid.delimiter)];
    counts = report(
      classifyRows(context, false, ({ row }) =>
        records.push(csvRecord(write(row.cells, row.result), grid.delimiter))
      )
    );
    const text = joinRecords(records);
    if (out === undefined) {
      io.stdout(text);
      return 0;
    }
    await writeAtomically(out.file, out.label, (temp) => fs.writeFile(temp, BOM + text, "utf8"));
  } else {
    const rows: TaskRow[] = [];
    const summaryRows: SummaryRow[] = [];
    counts = report(
      classifyRows(context, true, ({ row, summary }) => {
        rows.push(row);
        if (summary !== undefined) summaryRows.push(summary);
      })
    );
    const table: TaskTable = { ...layout, rows };
    const summary = buildSummarySheet(summarize(summaryRows), {
      lang: command.lang,
      hasHours: detection.columns.hours !== undefined,
      hoursUnit: detection.hoursUnit,
      matrix,
    });
    const workbook =
      grid.workbook !== undefined && grid.worksheet !== undefined
        ? addToWorkbook(grid.workbook, grid.worksheet, grid.rowNumbers[start], table, summary)
        : newWorkbook(table, grid.delimiter, summary);
    await writeAtomically(out.file, out.label, (temp) => workbook.xlsx.writeFile(temp));
  }
  io.stdout(`frontback: wrote ${out.label}: ${countsLine(counts)}.\n`);
  return 0;
}
