/**
 * The summary sheet's numbers: where the team's time goes per side, per employee and per skill.
 */

import { shortfall } from "./gaps";
import type { SkillGap } from "./gaps";
import { employeeKey } from "./matrix";
import { catalogueIndex, SKILL_CATALOGUE } from "./skills";
import type { Level, OfficeType, SkillId, SkillNeed } from "./types";

/** One classified task, as the summary needs it. */
export interface SummaryRow {
  readonly officeType: OfficeType;
  readonly employee?: string;
  /** Hours the task takes; anything but a finite number of 0 or more is left out of the hours. */
  readonly hours?: number;
  readonly needs: readonly SkillNeed[];
  readonly gap: SkillGap;
}

/** Tasks and hours on one side. */
export interface SideTotals {
  readonly tasks: number;
  readonly hours: number;
}

/** One of an employee's largest gaps; an unrated skill falls short by the whole required level. */
export interface GapHighlight {
  readonly skill: SkillId;
  readonly required: Level;
  readonly current: Level | null;
  readonly shortBy: number;
}

/** One employee's tasks, hours per side, and largest skill gaps. */
export interface EmployeeSummary {
  /** The name as first written in the task sheet. */
  readonly name: string;
  readonly tasks: number;
  /** Hours on front-office tasks. */
  readonly front: number;
  /** Hours on back-office tasks. */
  readonly back: number;
  /** Hours on tasks marked unclear. */
  readonly unclear: number;
  /** Up to three distinct skills, largest shortfall first, ties in catalogue order. */
  readonly largestGaps: readonly GapHighlight[];
}

/** How many tasks need a skill and how many people fall short of it. */
export interface SkillSummary {
  readonly skill: SkillId;
  readonly tasksNeeding: number;
  /** Distinct employees with a gap in this skill on at least one of their tasks. */
  readonly peopleShort: number;
}

/** Everything the summary sheet shows. */
export interface Summary {
  readonly perSide: Readonly<Record<OfficeType, SideTotals>>;
  /** Most hours first, then by name. Tasks without an employee are not in this list. */
  readonly perEmployee: readonly EmployeeSummary[];
  /** Every catalogue skill, in catalogue order, so charts keep the same axis from run to run. */
  readonly perSkill: readonly SkillSummary[];
  readonly totalTasks: number;
  readonly totalHours: number;
}

const LARGEST_GAPS = 3;

interface EmployeeTotals {
  name: string;
  tasks: number;
  hours: Record<OfficeType, number>;
  worst: Map<SkillId, GapHighlight>;
}

function validHours(hours: unknown): number {
  return typeof hours === "number" && Number.isFinite(hours) && hours >= 0 ? hours : 0;
}

function byShortfall(a: GapHighlight, b: GapHighlight): number {
  return b.shortBy - a.shortBy || catalogueIndex(a.skill) - catalogueIndex(b.skill);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Adds up classified tasks for the summary sheet. Hours count only when they are a finite number
 * of 0 or more, so a blank or mistyped hours cell still counts the task but adds no time. Names
 * that differ only in case, accents or spacing are one employee, shown as first written.
 */
export function summarize(rows: readonly SummaryRow[]): Summary {
  const perSide: Record<OfficeType, { tasks: number; hours: number }> = {
    front: { tasks: 0, hours: 0 },
    back: { tasks: 0, hours: 0 },
    unclear: { tasks: 0, hours: 0 },
  };
  const employees = new Map<string, EmployeeTotals>();
  const tasksNeeding = new Map<SkillId, number>();
  const peopleShort = new Map<SkillId, Set<string>>();
  let totalHours = 0;

  for (const row of rows) {
    // An office type outside the three can only come from an unchecked cast; it is not a side.
    const side: OfficeType =
      row.officeType === "front" || row.officeType === "back" ? row.officeType : "unclear";
    const hours = validHours(row.hours);
    perSide[side].tasks += 1;
    perSide[side].hours += hours;
    totalHours += hours;

    const needed = new Set<SkillId>();
    for (const need of row.needs) {
      if (need.level > 0) needed.add(need.skill);
    }
    for (const skill of needed) tasksNeeding.set(skill, (tasksNeeding.get(skill) ?? 0) + 1);

    const name = typeof row.employee === "string" ? row.employee.trim() : "";
    const key = employeeKey(name);
    if (key === "") continue;
    let totals = employees.get(key);
    if (totals === undefined) {
      totals = { name, tasks: 0, hours: { front: 0, back: 0, unclear: 0 }, worst: new Map() };
      employees.set(key, totals);
    }
    totals.tasks += 1;
    totals.hours[side] += hours;

    if (row.gap.status !== "known") continue;
    for (const item of row.gap.gaps) {
      let short = peopleShort.get(item.skill);
      if (short === undefined) {
        short = new Set();
        peopleShort.set(item.skill, short);
      }
      short.add(key);
      const highlight: GapHighlight = { ...item, shortBy: shortfall(item) };
      const worst = totals.worst.get(item.skill);
      if (worst === undefined || highlight.shortBy > worst.shortBy) {
        totals.worst.set(item.skill, highlight);
      }
    }
  }

  const perEmployee: EmployeeSummary[] = [...employees.entries()]
    .map(([key, totals]) => ({
      key,
      summary: {
        name: totals.name,
        tasks: totals.tasks,
        front: totals.hours.front,
        back: totals.hours.back,
        unclear: totals.hours.unclear,
        largestGaps: [...totals.worst.values()].sort(byShortfall).slice(0, LARGEST_GAPS),
      },
    }))
    .sort((a, b) => {
      const hoursA = a.summary.front + a.summary.back + a.summary.unclear;
      const hoursB = b.summary.front + b.summary.back + b.summary.unclear;
      return (
        hoursB - hoursA || compareText(a.key, b.key) || compareText(a.summary.name, b.summary.name)
      );
    })
    .map((entry) => entry.summary);

  const perSkill: SkillSummary[] = SKILL_CATALOGUE.map((def) => ({
    skill: def.id,
    tasksNeeding: tasksNeeding.get(def.id) ?? 0,
    peopleShort: peopleShort.get(def.id)?.size ?? 0,
  }));

  return { perSide, perEmployee, perSkill, totalTasks: rows.length, totalHours };
}
