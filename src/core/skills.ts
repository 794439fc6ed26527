/**
 * The skill catalogue: stable ids with English and Dutch labels, the core skills of each side,
 * and the skills a classified task needs.
 */

import { normalize } from "./normalize";
import type { Decision, Language, Level, Side, SkillId, SkillNeed } from "./types";

/** One skill of the catalogue, with the side it belongs to and its label in each language. */
export interface SkillDef {
  readonly id: SkillId;
  readonly side: Side;
  readonly en: string;
  readonly nl: string;
}

/** Every skill FrontBack knows, in the order of domain.md; reports and sheets follow this order. */
export const SKILL_CATALOGUE: readonly SkillDef[] = [
  {
    id: "interpersonal",
    side: "front",
    en: "Interpersonal skills",
    nl: "Interpersoonlijke vaardigheden",
  },
  { id: "clarity", side: "front", en: "Clear communication", nl: "Duidelijk communiceren" },
  { id: "listening", side: "front", en: "Active listening", nl: "Actief luisteren" },
  { id: "friendliness", side: "front", en: "Friendly manner", nl: "Vriendelijkheid" },
  { id: "patience", side: "front", en: "Patience", nl: "Geduld" },
  { id: "questioning", side: "front", en: "Questioning techniques", nl: "Vraagtechnieken" },
  { id: "conflict", side: "front", en: "Conflict handling", nl: "Conflicthantering" },
  {
    id: "basic-computer",
    side: "front",
    en: "Basic computer skills",
    nl: "Basisvaardigheden computer",
  },
  {
    id: "correspondence",
    side: "back",
    en: "Oral and written communication",
    nl: "Mondelinge en schriftelijke communicatie",
  },
  { id: "numeracy", side: "back", en: "Working with numbers", nl: "Cijfermatig inzicht" },
  { id: "organising", side: "back", en: "Organising", nl: "Organisatievermogen" },
  {
    id: "filing",
    side: "back",
    en: "Accurate, on-time filing",
    nl: "Nauwkeurig en tijdig archiveren",
  },
  {
    id: "office-software",
    side: "back",
    en: "Office and accounting software",
    nl: "Kantoor- en boekhoudsoftware",
  },
  {
    id: "advanced-it",
    side: "back",
    en: "Advanced IT (networks, systems)",
    nl: "Geavanceerde IT-kennis",
  },
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
  const def = BY_ID.get(id);
  if (def === undefined) return String(id);
  return lang === "nl" ? def.nl : def.en;
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
    for (const name of [def.id, def.en, def.nl]) {
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
  const side = decision.override ?? decision.officeType;
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
