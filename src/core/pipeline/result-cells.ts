/**
 * One task's result cells, in the run's language: what the Office type, Confidence, Why, Skills
 * needed and Skill gap columns say of it.
 */

import { formatGap, formatSkills, formatWhy } from "../format";
import { messagesOf } from "../language/languages";
import type { SkillGap } from "../gaps";
import type { Decision, Language, SkillNeed } from "../types";
import type { ResultCells } from "./result-columns";

/**
 * The decision's confidence as a fraction from 0 to 1 in whole percents (0.57, not 0.5712), so
 * a workbook's percent format and a CSV's whole number show the same; 0 when it is not a number.
 */
export function confidenceCell(d: Decision): number {
  const confidence = d.confidence;
  if (typeof confidence !== "number" || Number.isNaN(confidence)) return 0;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}

/** Every result cell of one task, in the given language. */
export function resultCells(
  d: Decision,
  needs: readonly SkillNeed[],
  gap: SkillGap,
  lang: Language
): ResultCells {
  const labels = messagesOf(lang).officeTypes;
  const officeType = d.officeType;
  return {
    officeType: labels[officeType] ?? labels.unclear,
    confidence: confidenceCell(d),
    why: formatWhy(d, lang),
    skills: formatSkills(needs, lang),
    gap: formatGap(gap, lang),
  };
}
