/**
 * The skill gap of one task: which of the skills it needs the person doing it lacks, by how much.
 */

import { employeeKey } from "./matrix";
import type { SkillsMatrix } from "./matrix";
import { catalogueIndex } from "./skills";
import type { Level, SkillId, SkillNeed } from "./types";

/** A needed skill the employee falls short of; `current` is null when it was not rated. */
export interface GapItem {
  readonly skill: SkillId;
  readonly required: Level;
  readonly current: Level | null;
}

/**
 * Whether a gap could be worked out: "known" only when the employee is in the matrix. A missing
 * employee or matrix means the gap is unknown, which is not the same as no gap.
 */
export type GapStatus = "no-employee" | "no-matrix" | "not-in-matrix" | "known";

/** The gap of one task; `gaps` is empty unless the status is "known". */
export interface SkillGap {
  readonly status: GapStatus;
  readonly gaps: readonly GapItem[];
}

/** How far short an item falls; an unrated skill counts as the whole required level. */
export function shortfall(item: GapItem): number {
  return item.required - (item.current ?? 0);
}

/**
 * Compares what a task needs with what its employee can do. An item is listed for every needed
 * skill rated below the required level or not rated at all, largest shortfall first, ties in
 * catalogue order. A blank employee is "no-employee"; an employee the matrix does not list is
 * "not-in-matrix", with no items, because their gap is unknown rather than zero.
 */
export function skillGap(
  needs: readonly SkillNeed[],
  employee: string | undefined,
  matrix: SkillsMatrix | undefined
): SkillGap {
  if (typeof employee !== "string" || employeeKey(employee) === "") {
    return { status: "no-employee", gaps: [] };
  }
  if (matrix === undefined) return { status: "no-matrix", gaps: [] };
  const skills = matrix.employees.get(employeeKey(employee));
  if (skills === undefined) return { status: "not-in-matrix", gaps: [] };

  // Needs may name a skill twice (e.g. from two sources); the higher level is what is needed.
  const required = new Map<SkillId, Level>();
  for (const need of needs) {
    // Level 0 asks for nothing, so it can never be a shortfall.
    if (need.level <= 0) continue;
    const known = required.get(need.skill);
    if (known === undefined || need.level > known) required.set(need.skill, need.level);
  }

  const gaps: GapItem[] = [];
  for (const [skill, level] of required) {
    const current = skills.levels[skill] ?? null;
    if (current === null || current < level) gaps.push({ skill, required: level, current });
  }
  gaps.sort(
    (a, b) => shortfall(b) - shortfall(a) || catalogueIndex(a.skill) - catalogueIndex(b.skill)
  );
  return { status: "known", gaps };
}
