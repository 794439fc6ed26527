/**
 * A compiled rule set: every phrase of every rule turned into string look-ups, and a memo of
 * which word patterns each distinct task word matches. Task lists repeat their words heavily,
 * so after the first few rows most words cost one map look-up.
 */
import type { Rule, RuleSet } from "../types";
import { STOP_WORDS } from "./language";
import { inflections, parsePhrase, type WordPattern } from "./patterns";

/** One phrase of one rule, as a sequence of word-pattern ids. */
export interface CompiledPhrase {
  readonly rule: Rule;
  readonly phrase: string;
  readonly patterns: readonly number[];
  /** Where the rule's id stands among the rule set's ids (see collationRank). */
  readonly rank: number;
}

/**
 * The word patterns a task word matches, and where in the word each match ends: in a Dutch
 * compound the part that ends last is the head ("belastingadviseur" is an adviser).
 */
export interface WordMatches {
  readonly ids: readonly number[];
  readonly ends: readonly number[];
}

const EMPTY: WordMatches = { ids: [], ends: [] };
/** Bounds the memo on very large or adversarial inputs; it is only a cache. */
const MEMO_LIMIT = 200_000;

/** The rank of each id in `a.localeCompare(b)` order; ids that compare equal share a rank. */
function collationRanks(ids: readonly string[]): Map<string, number> {
  const sorted = [...new Set(ids)].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((id, i) => {
    if (i > 0 && sorted[i - 1].localeCompare(id) !== 0) rank++;
    ranks.set(id, rank);
  });
  return ranks;
}

/** Rule phrases compiled for fast matching. Build once per rule set, reuse for every task. */
export class CompiledRules {
  /** Phrases indexed by the id of their first word pattern. */
  readonly phrasesByFirst: ReadonlyMap<number, readonly CompiledPhrase[]>;
  private readonly exact = new Map<string, number[]>();
  private readonly inflected = new Map<string, number[]>();
  /** Words some rule names as a whole phrase: they are not read as inflections of others. */
  private readonly namedAlone = new Set<string>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly prefixLengths: number[] = [];
  /** Suffix patterns by every form they end in, and the lengths of those forms. */
  private readonly suffixes = new Map<string, number[]>();
  private readonly suffixLengths: number[] = [];
  private readonly infixes: { readonly text: string; readonly id: number }[] = [];
  private readonly memo = new Map<string, WordMatches>();
  /** Whether any phrase has a digit in it; if none has, number words need no look-up. */
  readonly hasDigits: boolean;
  private readonly ranks: ReadonlyMap<string, number>;

  constructor(ruleSet: RuleSet) {
    const ids = new Map<string, number>();
    const byFirst = new Map<number, CompiledPhrase[]>();
    const lengths = new Set<number>();
    const idOf = (p: WordPattern): number => {
      const key = `${p.kind}:${p.text}`;
      const known = ids.get(key);
      if (known !== undefined) return known;
      const id = ids.size;
      ids.set(key, id);
      this.index(p, id, lengths);
      return id;
    };
    this.ranks = collationRanks(ruleSet.rules.map((rule) => rule.id));
    for (const rule of ruleSet.rules) {
      // Weight 0 is how an owner switches a built-in rule off.
      if (!(rule.weight > 0)) continue;
      for (const phrase of rule.phrases) {
        const parsed = parsePhrase(phrase);
        if (!parsed.ok) continue;
        // Tasks are read without their stop words, so phrases are too: "check in guests" = "check guests".
        const words = parsed.words.filter((w) => w.kind !== "word" || !STOP_WORDS.has(w.text));
        if (words.length === 0) continue;
        const patterns = words.map(idOf);
        if (words.length === 1 && words[0].kind === "word") this.namedAlone.add(words[0].text);
        const list = byFirst.get(patterns[0]) ?? [];
        list.push({ rule, phrase, patterns, rank: this.collationRank(rule.id) });
        byFirst.set(patterns[0], list);
      }
    }
    this.phrasesByFirst = byFirst;
    this.hasDigits = [...ids.keys()].some((key) => /\d/.test(key));
    this.prefixLengths.push(...[...lengths].sort((a, b) => a - b));
    this.suffixLengths.push(...new Set([...this.suffixes.keys()].map((form) => form.length)));
    this.suffixLengths.sort((a, b) => a - b);
  }

  /**
   * Where a rule id stands among the rule set's ids in `localeCompare` order (ids that compare
   * equal share a rank). Reasons of equal weight are listed by rule id: comparing ranks gives the
   * same order without a locale-aware comparison for every pair.
   */
  collationRank(ruleId: string): number {
    return this.ranks.get(ruleId) ?? 0;
  }

  private index(p: WordPattern, id: number, prefixLengths: Set<number>): void {
    const push = (map: Map<string, number[]>, key: string): void => {
      const list = map.get(key);
      if (list) list.push(id);
      else map.set(key, [id]);
    };
    switch (p.kind) {
      case "word":
        push(this.exact, p.text);
        for (const form of inflections(p.text)) push(this.inflected, form);
        break;
      case "prefix":
        push(this.prefixes, p.text);
        prefixLengths.add(p.text.length);
        break;
      case "suffix":
        for (const form of [p.text, ...inflections(p.text)]) push(this.suffixes, form);
        break;
      case "infix":
        this.infixes.push({ text: p.text, id });
        break;
    }
  }

  /**
   * The word patterns a folded task word matches. A word that some rule names as a phrase of its
   * own is not also read as an inflection of another: "serveren" (serving food) is not "server"+"en".
   */
  matchWord(word: string): WordMatches {
    const cached = this.memo.get(word);
    if (cached !== undefined) return cached;
    const ids: number[] = [];
    const ends: number[] = [];
    const add = (list: readonly number[] | undefined, end: number): void => {
      for (const id of list ?? []) {
        if (ids.includes(id)) continue;
        ids.push(id);
        ends.push(end);
      }
    };
    add(this.exact.get(word), word.length);
    if (!this.namedAlone.has(word)) add(this.inflected.get(word), word.length);
    for (const length of this.prefixLengths) {
      if (length > word.length) break;
      add(this.prefixes.get(word.slice(0, length)), length);
    }
    for (const length of this.suffixLengths) {
      if (length > word.length) break;
      add(this.suffixes.get(word.slice(word.length - length)), word.length);
    }
    for (const s of this.infixes) {
      const at = word.lastIndexOf(s.text);
      if (at >= 0) add([s.id], at + s.text.length);
    }
    const result = ids.length === 0 ? EMPTY : { ids, ends };
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, result);
    return result;
  }
}
