/**
 * The skills matrix: one row per employee, one column per skill, levels 0-4. Parsed from the
 * cell values of a sheet or CSV, so every cell is unknown until checked; problems come back as
 * messages the owner can act on, and the rest of the sheet still counts.
 */

import { cellText } from "./cell-text";
import { columnLetter } from "./column-letter";
import { messagesOf, wordsOfEveryLanguage } from "./language/languages";
import type { MatrixProblem } from "./matrix-problems";
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

/** Headers that name the employee column, in every language, folded. */
const NAME_HEADERS: ReadonlySet<string> = new Set(
  [...wordsOfEveryLanguage((m) => m.words.employeeHeaders)].map(foldHeader)
);

function isEmptyCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** A bad cell as the owner would recognise it in a message; undefined when it shows nothing. */
function describeCell(cell: unknown): string | undefined {
  const text = cellText(cell);
  if (typeof cell === "string") {
    return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
  }
  return text === "" ? undefined : text;
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
    problems.push({ code: "no-employee-column", row: 1 });
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
      problems.push({ code: "unknown-skill-column", row: 1, column: label, label });
      continue;
    }
    const first = firstColumnOf.get(skill);
    if (first !== undefined) {
      problems.push({ code: "second-skill-column", row: 1, column: label, label, skill, first });
      continue;
    }
    firstColumnOf.set(skill, label);
    skills.set(i, skill);
  }
  if (skills.size === 0) {
    problems.push({ code: "no-skill-columns", row: 1 });
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
    problems.push({ code: "empty-sheet" });
    return { matrix, problems };
  }
  const header = asRow(allRows[0]);
  if (isEmptyRow(header)) {
    problems.push({ code: "empty-header", row: 1 });
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
      const nameHeader = columns.nameHeader;
      problems.push({ code: "no-name", row: rowNumber, column: nameHeader, nameHeader });
      continue;
    }
    const key = employeeKey(name);
    const firstRow = firstRowOf.get(key);
    if (firstRow !== undefined) {
      problems.push({
        code: "repeated-employee",
        row: rowNumber,
        column: columns.nameHeader,
        name,
        firstRow,
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
        const shown = describeCell(cell);
        problems.push({
          code: "bad-level",
          row: rowNumber,
          column: label,
          label,
          ...(shown !== undefined && { cell: shown }),
        });
        continue;
      }
      levels[skill] = level;
    }
    employees.set(key, { name, levels });
  }

  for (const column of unnamedWithValues) {
    const letter = columnLetter(column);
    problems.push({ code: "unnamed-column", row: 1, column: letter, letter });
  }
  if (
    employees.size === 0 &&
    !problems.some((problem) => problem.row !== undefined && problem.row > 1)
  ) {
    problems.push({ code: "no-employees" });
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
    messagesOf(lang).matrix.employeeHeader,
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
