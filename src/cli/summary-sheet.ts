/**
 * The cells of the summary sheet, as plain values: tasks and hours per side, per employee the
 * hours per side and the largest gaps, per skill the tasks needing it and the people short.
 * Pure, so the layout is tested without a workbook.
 */

import type { HoursUnit } from "../core/columns";
import { formatGap, OFFICE_TYPE_LABELS } from "../core/format";
import { employeeKey } from "../core/matrix";
import type { SkillsMatrix } from "../core/matrix";
import { skillLabel } from "../core/skills";
import type { Summary } from "../core/summary";
import type { Language, OfficeType } from "../core/types";

/** A summary cell: text or a number, never a formula. */
export type SummaryCell = string | number;

/** The summary sheet's rows, and which of them are headings (shown bold). */
export interface SummarySheet {
  readonly name: string;
  readonly rows: readonly (readonly SummaryCell[])[];
  readonly headingRows: readonly number[];
}

/** Names of the sheets FrontBack adds, in both languages; either is replaced on a new run. */
export const SUMMARY_SHEET_NAMES: Readonly<Record<Language, string>> = {
  en: "FrontBack summary",
  nl: "FrontBack overzicht",
};

/** Name of the task sheet FrontBack makes when the input was CSV. */
export const TASK_SHEET_NAMES: Readonly<Record<Language, string>> = { en: "Tasks", nl: "Taken" };

interface Words {
  readonly title: string;
  readonly officeType: string;
  readonly tasks: string;
  readonly hours: Readonly<Record<HoursUnit | "none", string>>;
  readonly total: string;
  readonly employee: string;
  readonly hoursOn: (side: string) => string;
  readonly largestGaps: string;
  readonly skill: string;
  readonly tasksNeeding: string;
  readonly peopleShort: string;
}

const WORDS: Readonly<Record<Language, Words>> = {
  en: {
    title: "FrontBack summary",
    officeType: "Office type",
    tasks: "Tasks",
    hours: { none: "Hours", week: "Hours per week", month: "Hours per month" },
    total: "Total",
    employee: "Employee",
    hoursOn: (side) => `${side} hours`,
    largestGaps: "Largest skill gaps",
    skill: "Skill",
    tasksNeeding: "Tasks needing it",
    peopleShort: "People short",
  },
  nl: {
    title: "FrontBack overzicht",
    officeType: "Officetype",
    tasks: "Taken",
    hours: { none: "Uren", week: "Uren per week", month: "Uren per maand" },
    total: "Totaal",
    employee: "Medewerker",
    hoursOn: (side) => `Uren ${side.toLowerCase()}`,
    largestGaps: "Grootste vaardigheidstekorten",
    skill: "Vaardigheid",
    tasksNeeding: "Taken die het nodig hebben",
    peopleShort: "Mensen met tekort",
  },
};

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
  const words = WORDS[lang];
  const labels = OFFICE_TYPE_LABELS[lang];
  const hoursHeader = words.hours[options.hoursUnit ?? "none"];
  const rows: SummaryCell[][] = [];
  const headingRows: number[] = [];
  const heading = (cells: SummaryCell[]): void => {
    headingRows.push(rows.length);
    rows.push(cells);
  };

  heading([words.title]);
  rows.push([]);
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

  if (summary.perEmployee.length > 0) {
    rows.push([]);
    const header: SummaryCell[] = [words.employee, words.tasks];
    if (hasHours) header.push(...SIDES.map((side) => words.hoursOn(labels[side])));
    if (matrix !== undefined) header.push(words.largestGaps);
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
  }

  rows.push([]);
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

  return { name: SUMMARY_SHEET_NAMES[lang], rows, headingRows };
}
