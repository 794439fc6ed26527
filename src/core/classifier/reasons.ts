import type { CompiledRules } from "../rules/matcher";
import type { Reason, Rule, Side } from "../types";
import type { Signal } from "./signal";
import { FIRST_FACTOR, REPEAT_FACTOR, SHORT_LIST } from "./tuning";

/** Weights, scores and confidence are given to two decimals. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Orders weights heaviest first as -1, 0 or 1. A whole number, not the difference: the sort calls
 * its comparer through a parameter, and a fractional result returned that way is a new heap
 * object each time, for every comparison of every row.
 */
function heavierFirst(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

/** The order of a task's reasons: strongest first, equal weights by rule id (see collationRank). */
export function reasonOrder(rules: CompiledRules): (a: Reason, b: Reason) => number {
  return (a, b) =>
    heavierFirst(a.weight, b.weight) ||
    rules.collationRank(a.ruleId) - rules.collationRank(b.ruleId);
}

/**
 * The first signal of a task names its main job ("keep records of purchases and sales", "maintain
 * records related to sales"): the signals at its word weigh FIRST_FACTOR more than those after
 * (step 5).
 */
export function stressFirst(signals: readonly Signal[]): void {
  if (signals.length === 0) return;
  const first = signals[0].at;
  for (const s of signals) {
    if (s.at === first) s.weight = s.weight * FIRST_FACTOR;
  }
}

function byWeight(a: Signal, b: Signal): number {
  return heavierFirst(a.weight, b.weight);
}

/** True when a signal before `i` counted the same rule, or the same word, for the same side. */
function countedBefore(sorted: readonly Signal[], i: number): boolean {
  const s = sorted[i];
  for (let j = 0; j < i; j++) {
    const earlier = sorted[j];
    if (
      earlier.side === s.side &&
      (earlier.phrase.rule === s.phrase.rule ||
        (earlier.at === s.at && earlier.source === s.source))
    ) {
      return true;
    }
  }
  return false;
}

/** What countedBefore tells, kept in sets: for the many signals of a long text, in constant time each. */
class Counted {
  private readonly rules: Record<Side, Set<Rule>> = { front: new Set(), back: new Set() };
  private readonly words = new Set<number>();

  /** Counts a signal; true when its rule or its word was already counted for its side. */
  count(s: Signal): boolean {
    const wordKey = (s.at * 2 + (s.source === "role" ? 1 : 0)) * 2 + (s.side === "front" ? 1 : 0);
    const repeat = this.rules[s.side].has(s.phrase.rule) || this.words.has(wordKey);
    this.rules[s.side].add(s.phrase.rule);
    this.words.add(wordKey);
    return repeat;
  }
}

function reasonOf(s: Signal, repeat: boolean): Reason {
  return {
    ruleId: s.phrase.rule.id,
    side: s.side,
    phrase: s.phrase.phrase,
    matched: s.matched,
    weight: round(s.weight * (repeat ? REPEAT_FACTOR : 1)),
    source: s.source,
    negated: s.negated,
    skills: s.negated ? [] : s.phrase.rule.skills,
  };
}

/**
 * One reason per match (step 6). A rule matched again, or a word already counted for the same
 * side by another rule ("salarisadministratie" is payroll and administration), adds REPEAT_FACTOR
 * of its weight: more evidence, not a second full vote. Strongest first; equal weights by rule id.
 * Sorts the signals it is given in place.
 */
export function toReasons(sorted: Signal[], order: (a: Reason, b: Reason) => number): Reason[] {
  if (sorted.length > SHORT_LIST) {
    // A long pasted text can have thousands of signals: the general sort (stable, as the
    // insertion below is), and counting in sets where looking back would take quadratic time.
    sorted.sort(byWeight);
    const counted = new Counted();
    return sorted.map((s) => reasonFor(s, counted.count(s))).sort(order);
  }
  // A task has a handful of signals: sorted by insertion with the rules' ranks at hand (the same
  // order as `order`, without a call per comparison), and looking back is cheaper than hashing.
  sortByWeight(sorted, undefined);
  const reasons: Reason[] = [];
  for (let i = 0; i < sorted.length; i++) {
    reasons.push(reasonFor(sorted[i], countedBefore(sorted, i)));
    shortRanks[i] = sorted[i].phrase.rank;
  }
  sortByWeight(reasons, shortRanks);
  return reasons;
}

/** A signal's reason: a role's is made once and shared by every row with that role. */
function reasonFor(s: Signal, repeat: boolean): Reason {
  if (s.source !== "role") return reasonOf(s, repeat);
  if (repeat) return (s.repeatReason ??= reasonOf(s, true));
  return (s.reason ??= reasonOf(s, false));
}

/** The rule ranks of a short list of reasons while it is sorted, kept from call to call. */
const shortRanks: number[] = [];

/**
 * Sorts a short list in place, heaviest first, keeping the order of equals. With `ranks` (one per
 * item, moved along with it), equal weights go by rank, as reasonOrder orders them.
 */
function sortByWeight(items: { readonly weight: number }[], ranks: number[] | undefined): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    const rank = ranks === undefined ? 0 : ranks[i];
    let j = i - 1;
    for (; j >= 0; j--) {
      const weight = items[j].weight;
      if (weight > item.weight) break;
      if (weight === item.weight && (ranks === undefined || ranks[j] <= rank)) break;
      items[j + 1] = items[j];
      if (ranks !== undefined) ranks[j + 1] = ranks[j];
    }
    items[j + 1] = item;
    if (ranks !== undefined) ranks[j + 1] = rank;
  }
}

/** The weight the first `count` reasons add to one side, summed in their order. */
export function sideTotal(reasons: readonly Reason[], side: Side, count = reasons.length): number {
  let total = 0;
  for (let i = 0; i < count; i++) if (reasons[i].side === side) total += reasons[i].weight;
  return total;
}
