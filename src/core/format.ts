/**
 * The text FrontBack writes into cells, in English or Dutch. The workbook is shared with people
 * who may not have the add-in, so every cell must read on its own.
 */

import type { SkillGap } from "./gaps";
import { messagesOf } from "./language/languages";
import type { WhyMessages } from "./language/messages";
import { skillLabel } from "./skills";
import { LEARNED_RULE_ID } from "./classifier/learned";
import type { Decision, Language, Reason, Side, SkillNeed } from "./types";

/**
 * The learned words of a reason, each quoted as written, and marked; those a rule's reason
 * already quotes for the same side are said once, by the rule. Empty when every word is.
 */
function learnedText(reason: Reason, words: WhyMessages, quotedByRules: readonly string[]): string {
  const quoted = (reason.learnedWords ?? [])
    .map((word) => `"${word.written.trim()}"`)
    .filter((text) => !quotedByRules.includes(text));
  return quoted.length === 0 ? "" : `${quoted.join(", ")} (${words.learned})`;
}

function reasonText(reason: Reason, words: WhyMessages): string {
  const text = reason.matched.trim() === "" ? reason.phrase.trim() : reason.matched.trim();
  const marks: string[] = [];
  if (reason.source === "role") marks.push(words.role);
  if (reason.negated) marks.push(words.negated);
  return marks.length === 0 ? `"${text}"` : `"${text}" (${marks.join(", ")})`;
}

/**
 * Adds what the owner must fix to the Why cell: an override that was not understood did not
 * decide the row, and the cell is where the owner looks to find out why their choice was ignored.
 */
function withInvalidOverride(text: string, d: Decision, words: WhyMessages): string {
  const value = typeof d.invalidOverride === "string" ? d.invalidOverride.trim() : "";
  if (value === "") return text;
  return `${text}${/[.!?]$/.test(text) ? " " : ". "}${words.invalidOverride(value)}`;
}

/**
 * Why a task got its office type, for the Why cell. An override says so and names the side.
 * Otherwise the matched words, grouped by side with the stronger side first and the strongest
 * words first within it, e.g. `Front: "customers", "complaint"; Back: "invoice"`; a negated
 * match is marked "(negated)", a match on the role "(role)", and words that count by what they
 * were learned to lean "(learned)". An unclear task with words on both sides says the signals
 * cancel out. An override that was not understood is said last.
 */
export function formatWhy(d: Decision, lang: Language): string {
  const messages = messagesOf(lang);
  const words = messages.why;
  if (d.override === "front" || d.override === "back") {
    return `${words.override}: ${messages.officeTypes[d.override]}`;
  }

  const groups: Record<Side, { weight: number; texts: string[] }> = {
    front: { weight: 0, texts: [] },
    back: { weight: 0, texts: [] },
  };
  // Weight first, so the cell leads with what decided; sort is stable, so ties keep their order.
  const reasons = [...d.reasons].sort((a, b) => b.weight - a.weight);
  const quotedByRules: Record<Side, string[]> = { front: [], back: [] };
  for (const reason of reasons) {
    if (reason.ruleId === LEARNED_RULE_ID || (reason.side !== "front" && reason.side !== "back")) {
      continue;
    }
    quotedByRules[reason.side].push(`"${reason.matched.trim()}"`);
  }
  for (const reason of reasons) {
    if (reason.side !== "front" && reason.side !== "back") continue;
    const group = groups[reason.side];
    group.weight += Number.isFinite(reason.weight) ? reason.weight : 0;
    const text =
      reason.ruleId === LEARNED_RULE_ID
        ? learnedText(reason, words, quotedByRules[reason.side])
        : reasonText(reason, words);
    // Two rules can fire on the same words; the owner needs to read them once.
    if (text !== "" && !group.texts.includes(text)) group.texts.push(text);
  }

  const order: Side[] =
    groups.back.weight > groups.front.weight ? ["back", "front"] : ["front", "back"];
  const parts = order
    .filter((side) => groups[side].texts.length > 0)
    .map((side) => `${words.sides[side]}: ${groups[side].texts.join(", ")}`);
  if (parts.length === 0) return withInvalidOverride(words.noReasons, d, words);

  let why = parts.join("; ");
  if (d.officeType === "unclear" && parts.length === 2) why += words.cancelOut;
  return withInvalidOverride(why, d, words);
}

/** The skills a task needs, as "Interpersonal skills 2, Conflict handling 3"; empty when none. */
export function formatSkills(needs: readonly SkillNeed[], lang: Language): string {
  return needs.map((need) => `${skillLabel(need.skill, lang)} ${need.level}`).join(", ");
}

/**
 * A task's skill gap for the Skill gap cell: each short skill with both levels, then the needed
 * skills the matrix has no rating for, e.g. "Conflict handling: needs 3, has 1; Not rated:
 * Patience, Friendly manner" (the levels needed stand in Skills needed); "None" when the employee
 * has every needed skill; "Not in skills matrix" when the employee is missing from it; empty
 * when there is no employee or no matrix, since there is nothing to compare.
 */
export function formatGap(gap: SkillGap, lang: Language): string {
  const words = messagesOf(lang).gap;
  switch (gap.status) {
    case "known": {
      if (gap.gaps.length === 0) return words.none;
      const short = gap.gaps
        .filter((item) => item.current !== null)
        .map(
          (item) =>
            `${skillLabel(item.skill, lang)}: ${words.needs} ${item.required}, ${words.has} ${item.current}`
        );
      const unrated = gap.gaps
        .filter((item) => item.current === null)
        .map((item) => skillLabel(item.skill, lang));
      if (unrated.length > 0) short.push(`${words.notRated}: ${unrated.join(", ")}`);
      return short.join("; ");
    }
    case "not-in-matrix":
      return words.notInMatrix;
    default:
      return "";
  }
}
