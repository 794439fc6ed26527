/**
 * One run over a task list, row by row: what every host (the CLI, the add-in) does with a task
 * row once it has read it. Pure and synchronous; the host reads the cells and writes the result.
 */

import { createClassifier } from "./classifier/classifier";
import { toResultCells } from "./format";
import type { ResultCells } from "./format";
import { skillGap } from "./gaps";
import type { SkillsMatrix } from "./matrix";
import { applyOverride } from "./override";
import { skillsNeeded } from "./skills";
import type { SummaryRow } from "./summary";
import type { Language, OfficeType, RuleSet } from "./types";

/** One task row as the host read it; `text` is the task, trimmed and not empty. */
export interface TaskRowInput {
  readonly text: string;
  readonly employee?: string;
  readonly role?: string;
  /** The owner's override cell as written. */
  readonly override?: string;
  /** Hours the task takes, already read as a number (see `parseHours`). */
  readonly hours?: number;
}

/** What a run makes of one task row. */
export interface ClassifiedRow {
  /** The side that counts: the override when one decided, otherwise the classifier's answer. */
  readonly officeType: OfficeType;
  /** The result cells, in the run's language. */
  readonly result: ResultCells;
  /** The row as the summary counts it. */
  readonly summary: SummaryRow;
  /** An override cell that was filled in but not understood, as written; the words decided. */
  readonly invalidOverride?: string;
}

/** Everything a run needs besides the rows. */
export interface RunSettings {
  readonly ruleSet: RuleSet;
  /** The team's skills; without one every gap is unknown. */
  readonly matrix?: SkillsMatrix;
  readonly lang: Language;
}

/**
 * Compiles the rule set once and returns the function that classifies one row: the decision, the
 * skills it needs, the gap for that row's employee, the result cells and the summary's view.
 */
export function createRowClassifier(settings: RunSettings): (row: TaskRowInput) => ClassifiedRow {
  const classifier = createClassifier(settings.ruleSet);
  return (row) => {
    const decision = applyOverride(
      classifier.classify({ text: row.text, role: row.role }),
      row.override
    );
    const needs = skillsNeeded(decision);
    const gap = skillGap(needs, row.employee, settings.matrix);
    const officeType: OfficeType = decision.override ?? decision.officeType;
    return {
      officeType,
      result: toResultCells(decision, needs, gap, settings.lang),
      summary: { officeType, employee: row.employee, hours: row.hours, needs, gap },
      ...(decision.invalidOverride !== undefined && { invalidOverride: decision.invalidOverride }),
    };
  };
}

/** Tasks per office type, all zero: the tally a run starts from. */
export function emptyCounts(): Record<OfficeType, number> {
  return { front: 0, back: 0, unclear: 0 };
}
