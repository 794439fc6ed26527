/**
 * The cells of the summary sheet, as plain values: tasks and hours per side, per employee the
 * hours per side and the largest gaps, per skill the tasks needing it and the people short.
 * Pure, so the layout is tested without a workbook; the CLI writes it with exceljs and the
 * add-in with Office.js, and both draw on the same rows (the add-in charts them too).
 */

import type { HoursUnit } from "./hours-unit";
import { formatGap } from "./format";
import { messagesOf } from "./language/languages";
import { employeeKey } from "./matrix";
import type { SkillsMatrix } from "./matrix";
import { skillLabel } from "./skills";
import type { Summary } from "./summary";
import type { Language, OfficeType } from "./types";

/** A summary cell: text or a number, never a formula. */
export type SummaryCell = string | number;

/**
 * Where one table of the summary sits in `rows`: its header row and its data rows (0-based,
 * `dataRows` rows from `firstDataRow`), and which column holds what (0-based; absent when the
 * table has no such column). Hosts use it to chart the numbers without reading them back.
 */
export interface SummaryTable<Column extends string> {
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly dataRows: number;
  readonly columns: Readonly<Partial<Record<Column, number>>>;
}

/** The summary sheet's rows, which of them are headings (shown bold), and where its tables are. */
export interface SummarySheet {
  readonly name: string;
  readonly rows: readonly (readonly SummaryCell[])[];
  readonly headingRows: readonly number[];
  /** Front, back and unclear (the total row is not in `dataRows`). */
  readonly sides: SummaryTable<"label" | "tasks" | "hours">;
  /** Absent when no task names an employee. */
  readonly employees?: SummaryTable<
    "name" | "tasks" | "front" | "back" | "unclear" | "largestGaps"
  >;
  readonly skills: SummaryTable<"label" | "tasksNeeding" | "peopleShort">;
}

const SIDES: readonly OfficeType[] = ["front", "back", "unclear"];

/** Hours rounded to hundredths, so sums of 7.1 + 0.2 do not show binary noise. */
function hoursValue(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/**
 * Lays out the summary. Hours columns appear only when the tasks had an hours column; gap
 * columns only when a skills matrix was given, since without one a gap is unknown, not zero.
 */
export function buildSummarySheet(
  summary: Summary,
  options: {
    readonly lang: Language;
    readonly hasHours: boolean;
    readonly hoursUnit?: HoursUnit;
    readonly matrix?: SkillsMatrix;
  }
): SummarySheet {
  const { lang, hasHours, matrix } = options;
  const messages = messagesOf(lang);
  const words = messages.summary;
  const labels = messages.officeTypes;
  const hoursHeader = words.hours[options.hoursUnit ?? "none"];
  const rows: SummaryCell[][] = [];
  const headingRows: number[] = [];
  const heading = (cells: SummaryCell[]): void => {
    headingRows.push(rows.length);
    rows.push(cells);
  };

  heading([words.title]);
  rows.push([]);
  const sidesHeader = rows.length;
  heading(
    hasHours ? [words.officeType, words.tasks, hoursHeader] : [words.officeType, words.tasks]
  );
  for (const side of SIDES) {
    const totals = summary.perSide[side];
    rows.push(
      hasHours
        ? [labels[side], totals.tasks, hoursValue(totals.hours)]
        : [labels[side], totals.tasks]
    );
  }
  rows.push(
    hasHours
      ? [words.total, summary.totalTasks, hoursValue(summary.totalHours)]
      : [words.total, summary.totalTasks]
  );
  const sides: SummarySheet["sides"] = {
    headerRow: sidesHeader,
    firstDataRow: sidesHeader + 1,
    dataRows: SIDES.length,
    columns: hasHours ? { label: 0, tasks: 1, hours: 2 } : { label: 0, tasks: 1 },
  };

  let employees: SummarySheet["employees"];
  if (summary.perEmployee.length > 0) {
    rows.push([]);
    const header: SummaryCell[] = [words.employee, words.tasks];
    if (hasHours) header.push(...SIDES.map((side) => words.hoursOn(labels[side])));
    if (matrix !== undefined) header.push(words.largestGaps);
    const headerRow = rows.length;
    heading(header);
    for (const employee of summary.perEmployee) {
      const row: SummaryCell[] = [employee.name, employee.tasks];
      if (hasHours)
        row.push(
          hoursValue(employee.front),
          hoursValue(employee.back),
          hoursValue(employee.unclear)
        );
      if (matrix !== undefined) {
        const known = matrix.employees.has(employeeKey(employee.name));
        row.push(
          formatGap(
            known
              ? { status: "known", gaps: employee.largestGaps }
              : { status: "not-in-matrix", gaps: [] },
            lang
          )
        );
      }
      rows.push(row);
    }
    employees = {
      headerRow,
      firstDataRow: headerRow + 1,
      dataRows: summary.perEmployee.length,
      columns: {
        name: 0,
        tasks: 1,
        ...(hasHours && { front: 2, back: 3, unclear: 4 }),
        ...(matrix !== undefined && { largestGaps: hasHours ? 5 : 2 }),
      },
    };
  }

  rows.push([]);
  const skillsHeader = rows.length;
  heading(
    matrix !== undefined
      ? [words.skill, words.tasksNeeding, words.peopleShort]
      : [words.skill, words.tasksNeeding]
  );
  for (const skill of summary.perSkill) {
    const row: SummaryCell[] = [skillLabel(skill.skill, lang), skill.tasksNeeding];
    if (matrix !== undefined) row.push(skill.peopleShort);
    rows.push(row);
  }
  const skills: SummarySheet["skills"] = {
    headerRow: skillsHeader,
    firstDataRow: skillsHeader + 1,
    dataRows: summary.perSkill.length,
    columns:
      matrix !== undefined
        ? { label: 0, tasksNeeding: 1, peopleShort: 2 }
        : { label: 0, tasksNeeding: 1 },
  };

  return {
    name: messages.sheets.summary,
    rows,
    headingRows,
    sides,
    ...(employees !== undefined && { employees }),
    skills,
  };
}
