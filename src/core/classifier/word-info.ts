import {
  CLAUSE_BREAKS,
  CONTACT_VERBS,
  DETAIL_MARKERS,
  NEGATIONS,
  STOP_WORDS,
  TOPIC_MARKERS,
  WITH_WORDS,
} from "../rules/language";
import type { CompiledPhrase, CompiledRules, WordMatches } from "../rules/matcher";
import type { Leaning } from "../types";
import { WordTable } from "./word-table";

/** A phrase that may begin at a word, and where in that word its first pattern's match ends. */
export interface PhraseStart {
  readonly phrase: CompiledPhrase;
  readonly end: number;
}

/** What one distinct word is to the rules: worked out once, then looked up. */
export interface WordInfo {
  readonly matches: WordMatches;
  /** The phrases whose first word pattern this word matches, in the order the rules give them. */
  readonly starts: readonly PhraseStart[];
  readonly stop: boolean;
  readonly negation: boolean;
  readonly clauseBreak: boolean;
  readonly detailMarker: boolean;
  readonly topicMarker: boolean;
  readonly withWord: boolean;
  readonly contactVerb: boolean;
  /** What the word was learned to lean: positive front, negative back, 0 for no leaning. */
  readonly leaning: number;
}

/** Finds what a word is, by the word and the hash the scanner took of it. */
export type WordInfoOf = (word: string, hash: number) => WordInfo;

const NUMBER_INFO: WordInfo = {
  matches: { ids: [], ends: [] },
  starts: [],
  stop: false,
  negation: false,
  clauseBreak: false,
  detailMarker: false,
  topicMarker: false,
  withWord: false,
  contactVerb: false,
  leaning: 0,
};

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * What each word is to one compiled rule set and its learned leanings: worked out the first time a
 * word comes by and kept in a WordTable, since task lists repeat their words heavily. Leanings that
 * are not a number, or zero, are left out.
 */
export function createWordInfoOf(
  rules: CompiledRules,
  learned: readonly Leaning[] | undefined
): WordInfoOf {
  const leanings = new Map<string, number>();
  for (const [word, weight] of learned ?? []) {
    if (Number.isFinite(weight) && weight !== 0) leanings.set(word, weight);
  }
  const infoMemo = new WordTable<WordInfo>();

  return (word, hash) => {
    // Numbers (dates, amounts, row numbers) are never rule words unless a rule says so.
    if (!rules.hasDigits && isDigits(word)) return NUMBER_INFO;
    const known = infoMemo.get(word, hash);
    if (known) return known;
    const matches = rules.matchWord(word);
    const starts: PhraseStart[] = [];
    for (let m = 0; m < matches.ids.length; m++) {
      for (const phrase of rules.phrasesByFirst.get(matches.ids[m]) ?? []) {
        starts.push({ phrase, end: matches.ends[m] });
      }
    }
    const info: WordInfo = {
      matches,
      starts,
      stop: STOP_WORDS.has(word),
      negation: NEGATIONS.has(word),
      clauseBreak: CLAUSE_BREAKS.has(word),
      detailMarker: DETAIL_MARKERS.has(word),
      topicMarker: TOPIC_MARKERS.has(word),
      withWord: WITH_WORDS.has(word),
      contactVerb: CONTACT_VERBS.has(word),
      leaning: leanings.get(word) ?? 0,
    };
    infoMemo.set(word, hash, info);
    return info;
  };
}
