/**
 * The skills matrix: one row per employee, one column per skill, levels 0-4. Parsed from the
 * cell values of a sheet or CSV, so every cell is unknown until checked; problems come back as
 * messages the owner can act on, and the rest of the sheet still counts.
 */

import { cellText } from "./cell-text";
import { columnLetter } from "./column-letter";
import { findSkill, foldHeader, SKILL_CATALOGUE, skillLabel } from "./skills";
import type { Language, Level, SkillId } from "./types";

/** What one employee can do; a skill that is absent was not rated. */
export interface EmployeeSkills {
  /** The name as first written in the sheet. */
  readonly name: string;
  readonly levels: Readonly<Partial<Record<SkillId, Level>>>;
}

/** The team's skills, keyed by `employeeKey(name)`. */
export interface SkillsMatrix {
  readonly employees: ReadonlyMap<string, EmployeeSkills>;
}

/** Something in the skills sheet the owner should fix; the rest of the sheet is still used. */
export interface MatrixProblem {
  /** 1-based row number as the owner sees it (the header is row 1). */
  readonly row?: number;
  /** The column's header as written, or its letter (A, B, ...) when the header is empty. */
  readonly column?: string;
  readonly message: string;
}

/** The result of reading a skills sheet: what could be used, and what needs fixing. */
export interface ParsedSkillsMatrix {
  readonly matrix: SkillsMatrix;
  readonly problems: MatrixProblem[];
}

/**
 * The key under which an employee is found: "Anna de Vries", " anna  de vries" and
 * "Ánna de Vries" are the same person in a task sheet and a skills sheet typed by hand.
 */
export function employeeKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Headers that name the employee column, folded; plurals too, since sheets list many people. */
const NAME_HEADERS: ReadonlySet<string> = new Set(
  [
    "employee",
    "employees",
    "name",
    "names",
    "staff",
    "person",
    "medewerker",
    "medewerkers",
    "werknemer",
    "werknemers",
    "naam",
    "persoon",
  ].map(foldHeader)
);

const EMPTY_SHEET =
  "The skills sheet is empty: put Employee and the skill names in row 1, then one row per employee with levels from 0 (none) to 4 (expert).";
const SKILL_EXAMPLE = "use a skill's name or id, e.g. Patience / Geduld / patience";
const LEVEL_HINT =
  "use a whole number from 0 (none) to 4 (expert), or leave the cell empty if it is not rated";

function isEmptyCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** A bad cell as the owner would recognise it in a message. */
function describeCell(cell: unknown): string {
  const text = cellText(cell);
  if (typeof cell === "string") {
    return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
  }
  return text === "" ? "This value" : text;
}

/**
 * A level from a cell: sheets give numbers, CSV files give text, and some owners type "3.0" or
 * the Dutch "3,0"; all mean the same whole number.
 */
function parseLevel(cell: unknown): Level | "empty" | "invalid" {
  if (isEmptyCell(cell)) return "empty";
  let value: number;
  if (typeof cell === "number") {
    value = cell;
  } else if (typeof cell === "string") {
    const match = /^(\d+)(?:[.,]0*)?$/.exec(cell.trim());
    if (match === null) return "invalid";
    value = Number(match[1]);
  } else {
    return "invalid";
  }
  if (!Number.isInteger(value) || value < 0 || value > 4) return "invalid";
  return value as Level;
}

function asRow(row: unknown): readonly unknown[] {
  return Array.isArray(row) ? (row as readonly unknown[]) : [];
}

function isEmptyRow(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i++) {
    if (!isEmptyCell(row[i])) return false;
  }
  return true;
}

interface Columns {
  readonly name: number;
  readonly nameHeader: string;
  readonly skills: ReadonlyMap<number, SkillId>;
  /** Columns without a header; worth a problem only if someone typed values under them. */
  readonly unnamed: readonly number[];
}

function findColumns(header: readonly unknown[], problems: MatrixProblem[]): Columns | undefined {
  const width = header.length;
  let name = -1;
  for (let i = 0; i < width && name === -1; i++) {
    const cell = header[i];
    if (typeof cell === "string" && NAME_HEADERS.has(foldHeader(cell))) name = i;
  }
  if (name === -1) {
    // Without a recognised name header the names are usually in the first column, whatever its
    // header says; but a first column headed by a skill holds levels, not names.
    for (let i = 0; i < width && name === -1; i++) {
      if (findSkill(header[i]) === undefined) name = i;
    }
  }
  if (name === -1) {
    problems.push({
      row: 1,
      message:
        "No employee column found: add a column headed Employee (or Medewerker) with each person's name.",
    });
    return undefined;
  }

  const skills = new Map<number, SkillId>();
  const firstColumnOf = new Map<SkillId, string>();
  const unnamed: number[] = [];
  for (let i = 0; i < width; i++) {
    if (i === name) continue;
    const cell = header[i];
    const text = cellText(cell);
    if (isEmptyCell(cell)) {
      unnamed.push(i);
      continue;
    }
    const label = text === "" ? columnLetter(i) : text;
    const skill = findSkill(cell);
    if (skill === undefined) {
      problems.push({
        row: 1,
        column: label,
        message: `Column "${label}" is not a known skill: ${SKILL_EXAMPLE}`,
      });
      continue;
    }
    const first = firstColumnOf.get(skill);
    if (first !== undefined) {
      problems.push({
        row: 1,
        column: label,
        message: `Column "${label}" is a second column for ${skillLabel(skill, "en")} (the first is "${first}"): only the first is used, so merge them into one column.`,
      });
      continue;
    }
    firstColumnOf.set(skill, label);
    skills.set(i, skill);
  }
  if (skills.size === 0) {
    problems.push({
      row: 1,
      message: `No skill columns found in row 1: head each column with a skill; ${SKILL_EXAMPLE}.`,
    });
  }
  const nameText = cellText(header[name]);
  return { name, nameHeader: nameText === "" ? columnLetter(name) : nameText, skills, unnamed };
}

/**
 * Reads a skills matrix from the cell values of a sheet or CSV (row 0 is the header). The
 * employee column is the one headed Employee, Name, Staff, Person, Medewerker, Werknemer, Naam
 * or Persoon, else the first column; skill columns are found by a skill's id or English or Dutch
 * label. Levels are whole numbers 0-4; an empty cell is not rated. Unknown columns, bad levels,
 * rows without a name and repeated employees are reported and left out; the first row of a
 * repeated employee wins. Never throws.
 */
export function parseSkillsMatrix(rows: readonly (readonly unknown[])[]): ParsedSkillsMatrix {
  const employees = new Map<string, EmployeeSkills>();
  const matrix: SkillsMatrix = { employees };
  const problems: MatrixProblem[] = [];
  const allRows: readonly unknown[] = Array.isArray(rows) ? rows : [];

  if (allRows.every((row) => isEmptyRow(asRow(row)))) {
    problems.push({ message: EMPTY_SHEET });
    return { matrix, problems };
  }
  const header = asRow(allRows[0]);
  if (isEmptyRow(header)) {
    problems.push({
      row: 1,
      message:
        "Row 1 of the skills sheet is empty: put Employee and the skill names in row 1, above the levels.",
    });
    return { matrix, problems };
  }
  const columns = findColumns(header, problems);
  if (columns === undefined) return { matrix, problems };

  const firstRowOf = new Map<string, number>();
  const unnamedWithValues = new Set<number>();
  for (let index = 1; index < allRows.length; index++) {
    const row = asRow(allRows[index]);
    const rowNumber = index + 1;
    if (isEmptyRow(row)) continue;
    for (const column of columns.unnamed) {
      if (!isEmptyCell(row[column])) unnamedWithValues.add(column);
    }

    const name = cellText(row[columns.name]);
    if (name === "") {
      problems.push({
        row: rowNumber,
        column: columns.nameHeader,
        message: `Row ${rowNumber} has no employee name: type the name in column "${columns.nameHeader}", or delete the row.`,
      });
      continue;
    }
    const key = employeeKey(name);
    const firstRow = firstRowOf.get(key);
    if (firstRow !== undefined) {
      problems.push({
        row: rowNumber,
        column: columns.nameHeader,
        message: `Row ${rowNumber}: ${name} is already on row ${firstRow}, so this row is not used. Keep one row per employee.`,
      });
      continue;
    }
    firstRowOf.set(key, rowNumber);

    const levels: Partial<Record<SkillId, Level>> = {};
    for (const [column, skill] of columns.skills) {
      const cell = row[column];
      const level = parseLevel(cell);
      if (level === "empty") continue;
      const label = cellText(header[column]);
      if (level === "invalid") {
        problems.push({
          row: rowNumber,
          column: label,
          message: `Row ${rowNumber}, column "${label}": ${describeCell(cell)} is not a level; ${LEVEL_HINT}.`,
        });
        continue;
      }
      levels[skill] = level;
    }
    employees.set(key, { name, levels });
  }

  for (const column of unnamedWithValues) {
    const letter = columnLetter(column);
    problems.push({
      row: 1,
      column: letter,
      message: `Column ${letter} has levels but no header, so it is not used: type the skill in row 1; ${SKILL_EXAMPLE}.`,
    });
  }
  if (
    employees.size === 0 &&
    !problems.some((problem) => problem.row !== undefined && problem.row > 1)
  ) {
    problems.push({
      message: "The skills sheet has no employees yet: add one row per employee below row 1.",
    });
  }
  return { matrix, problems };
}

/**
 * The cells of a new skills sheet for the owner to fill in: a header (the employee column, then
 * every skill's label in the given language, in catalogue order) and one row per employee with
 * empty skill cells. Names that differ only in case, accents or spacing are one employee, shown
 * as first written; blank names are left out.
 */
export function buildMatrixRows(employees: readonly string[], lang: Language): string[][] {
  const header = [
    lang === "nl" ? "Medewerker" : "Employee",
    ...SKILL_CATALOGUE.map((def) => skillLabel(def.id, lang)),
  ];
  const rows: string[][] = [header];
  const seen = new Set<string>();
  for (const employee of employees) {
    if (typeof employee !== "string") continue;
    const name = employee.trim();
    const key = employeeKey(name);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    rows.push([name, ...SKILL_CATALOGUE.map(() => "")]);
  }
  return rows;
}
