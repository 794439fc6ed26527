import type { Rule, Side } from "../types";
import type { TextLists } from "./text-lists";
import { NEGATION_REACH, VERB_BEFORE_REACH } from "./tuning";

/** The rule that names working with customers itself: "front office", "face to face". */
const FRONT_OFFICE_RULE = "front-office";

/**
 * Which phrase matches `covered` asks about: any match, a counterpart's match (customer,
 * supplier, staff), a longer match that the word is a later word of, or a match of one side's
 * rule or of any counterpart.
 */
export type Coverage = "any" | "counterpart" | "inside" | Side;

/**
 * True for a front rule whose negation puts the work away from customers: whom, or face to face
 * (step 3). "Zonder administratie" or "without a receipt" says nothing about whom the work is with.
 */
export function negatesContact(rule: Rule): boolean {
  return rule.side === "front" && (rule.counterpart === true || rule.id === FRONT_OFFICE_RULE);
}

/**
 * The position of the negation word that reaches content word `at`, or `at` itself when none does
 * (step 3): within NEGATION_REACH words in the same clause, up to the first phrase after it.
 */
export function negationStart(lists: TextLists, at: number): number {
  const clause = lists.contentClause[at];
  for (let k = at - 1; k >= 0 && k >= at - NEGATION_REACH; k--) {
    if (lists.contentClause[k] !== clause) break;
    if (lists.contentInfo[k].negation) return k;
    // A negation reaches the first phrase after it: "zonder kassabon, met de klant".
    if (lists.contentInfo[k].matches.ids.length > 0 && covered(lists, k, "any")) break;
  }
  return at;
}

/**
 * True when the work is done with this counterpart (step 4): it comes right after "with", "met"
 * or "from" ("overleg met leveranciers", "take orders from customers"), a contact verb stands
 * before it in its clause with no other counterpart between ("explain the new rules to
 * clients"), or one stands right after it (Dutch "klanten bellen"). A contact word inside a
 * longer phrase is a noun there: "incoming calls".
 */
export function nextToContactVerb(lists: TextLists, at: number, length: number): boolean {
  const clause = lists.contentClause[at];
  if (lists.contentWith[at]) return true;
  for (let k = at - 1; k >= 0 && k >= at - VERB_BEFORE_REACH; k--) {
    if (lists.contentClause[k] !== clause) break;
    const info = lists.contentInfo[k];
    if (info.contactVerb && !covered(lists, k, "inside")) return true;
    if (info.matches.ids.length > 0 && covered(lists, k, "counterpart")) break;
  }
  const after = at + length;
  return (
    after < lists.contentCount &&
    lists.contentClause[after] === clause &&
    lists.contentInfo[after].contactVerb
  );
}

/** True when a phrase match that still counts covers content word `k`, in the way `how` says. */
export function covered(lists: TextLists, k: number, how: Coverage): boolean {
  for (let h = 0; h < lists.hitCount; h++) {
    const at = lists.hitAt[h];
    if (lists.hitDropped[h] || k < at || k >= at + lists.hitLength[h]) continue;
    if (how === "counterpart" && lists.hitPhrase[h].rule.counterpart !== true) continue;
    if (how === "inside" && k === at) continue;
    if (
      (how === "front" || how === "back") &&
      lists.hitPhrase[h].rule.side !== how &&
      lists.hitPhrase[h].rule.counterpart !== true
    ) {
      continue;
    }
    return true;
  }
  return false;
}
