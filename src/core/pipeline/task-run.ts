/**
 * One run over a task list, the step every host shares: rows in, one at a time as the host reads
 * them; result cells out at once, and at the end the tally, the problems of the rows, the summary
 * and its sheet. Pure and synchronous: the host reads the cells and writes what comes back.
 */

import { createClassifier } from "../classifier/classifier";
import type { HoursUnit } from "../hours-unit";
import { skillGap } from "../gaps";
import type { SkillsMatrix } from "../matrix";
import { applyOverride } from "../override";
import { skillLabel, skillsNeeded } from "../skills";
import { summarize } from "../summary";
import type { Summary, SummaryRow } from "../summary";
import { buildSummarySheet } from "../summary-layout";
import type { SummarySheet } from "../summary-layout";
import type { Language, OfficeType, RuleSet, SkillId } from "../types";
import type { ResultCells } from "./result-columns";
import { resultCells } from "./result-cells";

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
export interface RowOutcome {
  /** The side that counts: the override when one decided, otherwise the classifier's answer. */
  readonly officeType: OfficeType;
  /** The result cells, in the run's language. */
  readonly cells: ResultCells;
}

/** An override cell that was filled in but not understood, so the task's words decided. */
export interface OverrideProblem {
  /** The host's row number, as the owner sees it. */
  readonly row: number;
  /** The cell as written. */
  readonly value: string;
}

/** A skill people on the team fall short of. */
export interface SkillShortage {
  readonly skill: SkillId;
  readonly label: string;
  readonly peopleShort: number;
}

/** Everything a run needs besides the rows. */
export interface RunSettings {
  readonly ruleSet: RuleSet;
  /** The team's skills; without one every gap is unknown. */
  readonly matrix?: SkillsMatrix;
  readonly lang: Language;
}

/** What the task sheet's columns say about hours, for the summary's headers. */
export interface HoursColumn {
  readonly hasHours: boolean;
  readonly hoursUnit?: HoursUnit;
}

/** What every run adds up to, once every row is in. */
export interface RunTally {
  readonly counts: Readonly<Record<OfficeType, number>>;
  readonly overrideProblems: readonly OverrideProblem[];
}

/** What a run that keeps its summary adds up to. */
export interface RunSummary extends RunTally {
  readonly summary: Summary;
  readonly summarySheet: SummarySheet;
  /** The skills most people fall short of, most first; empty without a skills matrix. */
  readonly largestShortages: readonly SkillShortage[];
}

/** Classifies one task row; `rowNumber` is where the owner finds it, for its problems. */
export type ClassifyRow = (input: TaskRowInput, rowNumber: number) => RowOutcome;

/** A run in progress that writes no summary (a CSV): classify its rows in order, then finish it. */
export interface TaskRun {
  readonly row: ClassifyRow;
  finish(): RunTally;
}

/** A run in progress whose host shows the summary: it keeps what the summary needs of each row. */
export interface SummaryRun {
  readonly row: ClassifyRow;
  finish(hours: HoursColumn): RunSummary;
}

/** How many skills the run's outcome names as the team's largest shortages. */
const LARGEST_SHORTAGES = 3;

/**
 * Starts a run that writes no summary: compiles the rule set once, and returns the run that
 * classifies each row (the decision, the skills it needs, the gap for that row's employee, the
 * result cells) and keeps the tally.
 */
export function createTaskRun(settings: RunSettings): TaskRun {
  const run = startRun(settings, undefined);
  return { row: run.row, finish: run.tally };
}

/** Starts a run like createTaskRun that also keeps the summary, for a host that shows it. */
export function createSummaryRun(settings: RunSettings): SummaryRun {
  const summaryRows: SummaryRow[] = [];
  const run = startRun(settings, summaryRows);
  return {
    row: run.row,
    finish(hours) {
      const summary = summarize(summaryRows);
      const summarySheet = buildSummarySheet(summary, {
        lang: settings.lang,
        hasHours: hours.hasHours,
        ...(hours.hoursUnit !== undefined && { hoursUnit: hours.hoursUnit }),
        ...(settings.matrix !== undefined && { matrix: settings.matrix }),
      });
      const largestShortages =
        settings.matrix === undefined ? [] : shortagesOf(summary, settings.lang);
      return { ...run.tally(), summary, summarySheet, largestShortages };
    },
  };
}

/** The row function and the tally of a run, keeping each row's summary view in `summaryRows`. */
function startRun(
  settings: RunSettings,
  summaryRows: SummaryRow[] | undefined
): { row: ClassifyRow; tally: () => RunTally } {
  const classifier = createClassifier(settings.ruleSet);
  const counts: Record<OfficeType, number> = { front: 0, back: 0, unclear: 0 };
  const overrideProblems: OverrideProblem[] = [];
  const row: ClassifyRow = (input, rowNumber) => {
    // The owner's override decides the side; the classifier reads only the task's words.
    const decision = applyOverride(
      classifier.classify({ text: input.text, role: input.role }),
      input.override
    );
    const needs = skillsNeeded(decision);
    const gap = skillGap(needs, input.employee, settings.matrix);
    const officeType: OfficeType = decision.officeType;
    counts[officeType]++;
    if (decision.invalidOverride !== undefined) {
      overrideProblems.push({ row: rowNumber, value: decision.invalidOverride });
    }
    summaryRows?.push({ officeType, employee: input.employee, hours: input.hours, needs, gap });
    return { officeType, cells: resultCells(decision, needs, gap, settings.lang) };
  };
  return { row, tally: () => ({ counts: { ...counts }, overrideProblems: [...overrideProblems] }) };
}

/** The skills most people fall short of, most first (ties in catalogue order). */
function shortagesOf(summary: Summary, lang: Language): SkillShortage[] {
  return summary.perSkill
    .filter((skill) => skill.peopleShort > 0)
    .sort((a, b) => b.peopleShort - a.peopleShort)
    .slice(0, LARGEST_SHORTAGES)
    .map((skill) => ({
      skill: skill.skill,
      label: skillLabel(skill.skill, lang),
      peopleShort: skill.peopleShort,
    }));
}
