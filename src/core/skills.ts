/**
 * The skill catalogue: stable ids with English and Dutch labels, the core skills of each side,
 * and the skills a classified task needs.
 */

import { LANGUAGES, messagesOf } from "./language/languages";
import { normalize } from "./normalize";
import type { Decision, Language, Level, Side, SkillId, SkillNeed } from "./types";

/** One skill of the catalogue and the side it belongs to; its labels are in the message catalogue. */
export interface SkillDef {
  readonly id: SkillId;
  readonly side: Side;
}

/** Every skill FrontBack knows, in the order of domain.md; reports and sheets follow this order. */
export const SKILL_CATALOGUE: readonly SkillDef[] = [
  { id: "interpersonal", side: "front" },
  { id: "clarity", side: "front" },
  { id: "listening", side: "front" },
  { id: "friendliness", side: "front" },
  { id: "patience", side: "front" },
  { id: "questioning", side: "front" },
  { id: "conflict", side: "front" },
  { id: "basic-computer", side: "front" },
  { id: "correspondence", side: "back" },
  { id: "numeracy", side: "back" },
  { id: "organising", side: "back" },
  { id: "filing", side: "back" },
  { id: "office-software", side: "back" },
  { id: "advanced-it", side: "back" },
];

/** The skills every task of a side needs, whatever its words; they are needed at CORE_LEVEL. */
export const CORE_SKILLS: Readonly<Record<Side, readonly SkillId[]>> = {
  front: ["interpersonal", "clarity", "listening", "friendliness"],
  back: ["correspondence", "organising", "office-software"],
};

/** Core skills are needed at a working level (2); rules ask for more where the words call for it. */
const CORE_LEVEL: Level = 2;

const BY_ID: ReadonlyMap<string, SkillDef> = new Map(SKILL_CATALOGUE.map((def) => [def.id, def]));

/** Position of a skill in the catalogue, so every list of skills can be sorted the same way. */
export function catalogueIndex(id: SkillId): number {
  const index = SKILL_CATALOGUE.findIndex((def) => def.id === id);
  // An id outside the catalogue can only arrive through an unchecked cast; sort it last.
  return index === -1 ? SKILL_CATALOGUE.length : index;
}

/** The label of a skill in the given language; the id itself if the skill is not in the catalogue. */
export function skillLabel(id: SkillId, lang: Language): string {
  if (!BY_ID.has(id)) return String(id);
  return messagesOf(lang).skills[id];
}

/**
 * Folds a header for comparison. Owners type "conflict-handling", "Conflict Handling " or
 * "conflicthandling", so case, accents, punctuation and spaces are all dropped.
 */
export function foldHeader(text: string): string {
  return normalize(text).replace(/ /g, "");
}

/** Every spelling that names a skill, folded; the long labels also match without their aside. */
const SKILL_KEYS: ReadonlyMap<string, SkillId> = (() => {
  const keys = new Map<string, SkillId>();
  for (const def of SKILL_CATALOGUE) {
    for (const name of [def.id, ...LANGUAGES.map((lang) => messagesOf(lang).skills[def.id])]) {
      keys.set(foldHeader(name), def.id);
      // "Advanced IT (networks, systems)" is long to type; "Advanced IT" is what owners write.
      const withoutAside = name.replace(/\([^)]*\)/g, "");
      if (withoutAside !== name) keys.set(foldHeader(withoutAside), def.id);
    }
  }
  return keys;
})();

/**
 * The skill a header names: its id, English label or Dutch label, ignoring case, accents,
 * punctuation and spaces. Undefined for anything else, including non-text cells.
 */
export function findSkill(header: unknown): SkillId | undefined {
  if (typeof header !== "string") return undefined;
  const key = foldHeader(header);
  if (key === "") return undefined;
  return SKILL_KEYS.get(key);
}

/**
 * The skills a classified task needs: the core skills of its side at a working level, plus
 * the skills of the reasons that count for that side, each at the highest level asked for,
 * in catalogue order. For an unclear task no side's core skills apply, so only the skills of
 * all its reasons are listed: the owner still sees what the words call for.
 */
export function skillsNeeded(decision: Decision): SkillNeed[] {
  const side = decision.officeType;
  const levels = new Map<SkillId, Level>();
  const need = (skill: SkillId, level: Level): void => {
    // A skill outside the catalogue has no label or matrix column, so it cannot be shown or compared.
    if (!BY_ID.has(skill)) return;
    const current = levels.get(skill);
    if (current === undefined || level > current) levels.set(skill, level);
  };

  if (side !== "unclear") {
    for (const skill of CORE_SKILLS[side]) need(skill, CORE_LEVEL);
  }
  for (const reason of decision.reasons) {
    if (side !== "unclear" && reason.side !== side) continue;
    for (const skillNeed of reason.skills) need(skillNeed.skill, skillNeed.level);
  }

  return [...levels]
    .map(([skill, level]) => ({ skill, level }))
    .sort((a, b) => catalogueIndex(a.skill) - catalogueIndex(b.skill));
}
