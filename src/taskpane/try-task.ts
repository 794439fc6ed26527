/**
 * The "Try a task" box as data: what the pane shows for one task the owner typed. Pure, so the
 * words and numbers can be tested without a browser.
 */

import type { Classifier } from "../core/classifier/classifier";
import type { SkillGap } from "../core/gaps";
import { resultCells } from "../core/pipeline/result-cells";
import { wholePercent } from "../core/pipeline/result-columns";
import { skillLabel, skillsNeeded } from "../core/skills";
import type { Language, OfficeType } from "../core/types";
import { messagesOf } from "../core/language/languages";

/** What the owner typed. */
export interface TryTaskInput {
  readonly text: string;
  readonly role: string;
}

/** One needed skill as the pane lists it. */
export interface SkillLine {
  readonly label: string;
  /** The level's name and number on the 0-4 scale, e.g. "good (3)". */
  readonly level: string;
}

/** The pane's answer for one task, or a hint when there is nothing to classify. */
export type TryTaskView =
  | { readonly status: "empty"; readonly message: string }
  | {
      readonly status: "classified";
      readonly officeType: OfficeType;
      /** The office type as the workbook writes it, e.g. "Back office" or "Backoffice". */
      readonly officeTypeLabel: string;
      /** E.g. "Confidence: 85%". */
      readonly confidence: string;
      readonly why: string;
      readonly skills: readonly SkillLine[];
      /** Shown instead of the list when no skill applies. */
      readonly noSkills: string;
    };

/** The pane has no employee to compare with, so the gap is never worked out here. */
const NO_GAP: SkillGap = { status: "no-employee", gaps: [] };

/** Classifies the typed task with the real core and words the answer in the pane's language. */
export function tryTask(classifier: Classifier, input: TryTaskInput, lang: Language): TryTaskView {
  const messages = messagesOf(lang);
  const strings = messages.pane;
  const text = input.text.trim();
  if (text === "") return { status: "empty", message: strings.emptyTask };

  const role = input.role.trim();
  const decision = classifier.classify(role === "" ? { text } : { text, role });
  const needs = skillsNeeded(decision);
  const cells = resultCells(decision, needs, NO_GAP, lang);
  return {
    status: "classified",
    officeType: decision.officeType,
    officeTypeLabel: cells.officeType,
    confidence: `${strings.confidence}: ${wholePercent(cells.confidence)}%`,
    why: cells.why,
    skills: needs.map((need) => ({
      label: skillLabel(need.skill, lang),
      level: `${messages.levels[need.level]} (${need.level})`,
    })),
    noSkills: strings.noSkills,
  };
}
