import type { LearnedWord, Reason, Side } from "../types";
import { covered, negationStart } from "./context";
import { round, sideTotal } from "./reasons";
import type { TextLists } from "./text-lists";
import { MIN_MARGIN, SHORT_LIST } from "./tuning";
import type { WordInfo } from "./word-info";

/** The rule id of the reasons that come from learned word leanings, not from a rule. */
export const LEARNED_RULE_ID = "learned";

/** How the learned reason's words stand in its `phrase` and `matched`. */
const LEARNED_SEPARATOR = ", ";

/**
 * True when the task's learned words could change what its rules decide (step 7): the rules say
 * nothing, are too close to call, or their lead is smaller than all the other side's learned
 * words could add. Otherwise the rules' reasons alone say why, and the learned words are not
 * looked up.
 */
export function learnedMayDecide(reasons: readonly Reason[], lists: TextLists): boolean {
  const front = sideTotal(reasons, "front");
  const back = sideTotal(reasons, "back");
  const lead = Math.abs(front - back);
  if (lead < MIN_MARGIN * (front + back) || front + back === 0) return true;
  return (front > back ? lists.leaningBack : lists.leaningFront) >= lead;
}

/**
 * The learned words of the text last read (step 7), in lists kept from text to text like the
 * reader's: one per classifier.
 */
export class LearnedWords {
  /** The learned words already counted in a long text, where looking back would take quadratic time. */
  private readonly seenInfo = new Set<WordInfo>();
  /** The content words whose learned leaning counts, per side. */
  private readonly front: number[] = [];
  private readonly back: number[] = [];

  /**
   * Adds what the task's learned words say, once each: one reason per side that has any; true
   * when it added any. A word does not count when a negation reaches it, when a rule reads it for
   * the other side (a rule says what its words mean: an owner's rule that "kassa" is back office
   * is not argued with), or when it names a counterpart: whom the work is with is read in context
   * ("factuur sturen naar klant"), and a leaning would count the counterpart again.
   */
  add(lists: TextLists, reasons: Reason[]): boolean {
    let fronts = 0;
    let backs = 0;
    let frontWeight = 0;
    let backWeight = 0;
    const seen = lists.contentCount > SHORT_LIST ? this.seenInfo : undefined;
    seen?.clear();
    for (let k = 0; k < lists.contentCount; k++) {
      const info = lists.contentInfo[k];
      const leaning = info.leaning;
      if (leaning === 0) continue;
      if (seen ? seen.has(info) : lists.contentInfo.indexOf(info) < k) continue;
      seen?.add(info);
      if (lists.hasNegation && negationStart(lists, k) !== k) continue;
      if (info.matches.ids.length > 0 && covered(lists, k, leaning > 0 ? "back" : "front")) {
        continue;
      }
      if (leaning > 0) {
        this.front[fronts++] = k;
        frontWeight += leaning;
      } else {
        this.back[backs++] = k;
        backWeight -= leaning;
      }
    }
    if (fronts > 0) reasons.push(learnedReason(lists, "front", this.front, fronts, frontWeight));
    if (backs > 0) reasons.push(learnedReason(lists, "back", this.back, backs, backWeight));
    return fronts + backs > 0;
  }
}

/**
 * Learned words of one side as a reason: each word as written and folded, and, like any reason,
 * the words named (folded) in `phrase` and quoted (as written) in `matched`. They call for no
 * skills.
 */
function learnedReason(
  lists: TextLists,
  side: Side,
  at: readonly number[],
  count: number,
  weight: number
): Reason {
  const learnedWords: LearnedWord[] = [];
  let phrase = "";
  let matched = "";
  for (let i = 0; i < count; i++) {
    const separator = i === 0 ? "" : LEARNED_SEPARATOR;
    const word = { written: lists.quote(at[i], at[i]), folded: lists.folded(at[i]) };
    learnedWords.push(word);
    phrase += separator + word.folded;
    matched += separator + word.written;
  }
  return {
    ruleId: LEARNED_RULE_ID,
    side,
    phrase,
    matched,
    weight: round(weight),
    source: "task",
    negated: false,
    skills: [],
    learnedWords,
  };
}
