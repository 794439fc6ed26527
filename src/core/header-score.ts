/**
 * How well a header names a field: exactly, as a generic name, by containing a strong name, or
 * as a Dutch compound built on one ("hoofdtaak", "medewerkersnaam"). Headers are compared after
 * folding case, accents, punctuation and spacing, with fillers and hours periods left out.
 */
import { COLUMN_VOCABULARY, type ColumnField, type Vocabulary } from "./column-vocabulary";
import { hoursUnitOfWords } from "./hours-unit";
import { wordsOfEveryLanguage } from "./language/languages";
import { normalize, tokenize } from "./normalize";

/** Articles and prepositions that do not change what a header names ("Naam van de medewerker"). */
const FILLER_WORDS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.headerFillers);

/** Words that say over what period hours count, ignored when naming the field ("Uren p/w"). */
const PERIOD_WORDS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.periodWords);

/** Heads of Dutch compounds that keep the field of their first part: "medewerkersnaam", "taaktitel". */
const DESCRIPTIVE_HEADS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.compoundHeads);

/** Shorter field words ("rol", "uur") hide inside too many other words to start a compound. */
const MIN_COMPOUND_PART = 4;

/** How well a header names a field; higher wins. */
export const SCORE = {
  none: 0,
  /** A Dutch compound built on a field word: "hoofdtaak", "medewerkersnaam". */
  compound: 1,
  /** The header contains a strong name: "Omschrijving werkzaamheden", "Task (short)". */
  contains: 2,
  /** The header is a generic name: "Name", "Description". */
  genericExact: 3,
  /** The header is a strong name: "Taak", "Assigned to", "Uren p/w". */
  exact: 4,
} as const;

/** A score of {@link SCORE}. */
export type Score = (typeof SCORE)[keyof typeof SCORE];

/** A field's vocabulary, folded once. */
interface FoldedVocabulary {
  readonly strongCompact: ReadonlySet<string>;
  readonly genericCompact: ReadonlySet<string>;
  readonly strongPhrases: readonly (readonly string[])[];
  /** Strong one-word names that start a compound with a descriptive head. */
  readonly compoundStarts: readonly string[];
  readonly tails: readonly string[];
}

/** The words of a header that name something, fillers removed. */
export function meaningfulWords(text: string): string[] {
  return tokenize(text).filter((word) => !FILLER_WORDS.has(word));
}

function foldVocabulary(vocabulary: Vocabulary): FoldedVocabulary {
  const strongWords = vocabulary.strong.map(meaningfulWords);
  return {
    strongCompact: new Set(strongWords.map((words) => words.join(""))),
    genericCompact: new Set(vocabulary.generic.map((name) => meaningfulWords(name).join(""))),
    strongPhrases: strongWords,
    compoundStarts: strongWords
      .filter((words) => words.length === 1 && words[0].length >= MIN_COMPOUND_PART)
      .map((words) => words[0]),
    tails: vocabulary.tails.map(normalize),
  };
}

const FOLDED_VOCABULARY: Readonly<Record<ColumnField, FoldedVocabulary>> = {
  task: foldVocabulary(COLUMN_VOCABULARY.task),
  employee: foldVocabulary(COLUMN_VOCABULARY.employee),
  role: foldVocabulary(COLUMN_VOCABULARY.role),
  hours: foldVocabulary(COLUMN_VOCABULARY.hours),
  override: foldVocabulary(COLUMN_VOCABULARY.override),
};

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/** "taakomschrijving", "medewerkersnaam": a field word, maybe a linking s or -en, and a descriptive head. */
function startsCompound(word: string, part: string): boolean {
  if (word.length <= part.length || !word.startsWith(part)) return false;
  const rest = word.slice(part.length);
  return ["", "s", "en", "e"].some(
    (link) => rest.startsWith(link) && DESCRIPTIVE_HEADS.has(rest.slice(link.length))
  );
}

function isCompound(word: string, vocabulary: FoldedVocabulary): boolean {
  return (
    vocabulary.tails.some((tail) => word.length > tail.length && word.endsWith(tail)) ||
    vocabulary.compoundStarts.some((part) => startsCompound(word, part))
  );
}

function scoreAgainst(words: readonly string[], vocabulary: FoldedVocabulary): Score {
  const compact = words.join("");
  if (compact === "") return SCORE.none;
  if (vocabulary.strongCompact.has(compact)) return SCORE.exact;
  if (vocabulary.genericCompact.has(compact)) return SCORE.genericExact;
  if (vocabulary.strongPhrases.some((phrase) => containsPhrase(words, phrase))) {
    return SCORE.contains;
  }
  return words.some((word) => isCompound(word, vocabulary)) ? SCORE.compound : SCORE.none;
}

/** How well a header, as its meaningful words, names a field. */
export function scoreField(field: ColumnField, words: readonly string[]): Score {
  const vocabulary = FOLDED_VOCABULARY[field];
  const score = scoreAgainst(words, vocabulary);
  if (field !== "hours" || score === SCORE.exact) return score;
  // "Uren p/w", "Hours per month": the period does not change what the column is.
  const withoutPeriod = words.filter((word) => !PERIOD_WORDS.has(word));
  if (withoutPeriod.length > 0) {
    return Math.max(score, scoreAgainst(withoutPeriod, vocabulary)) as Score;
  }
  // A header that is only a period ("Per week") can only be counting time.
  return hoursUnitOfWords(words) === undefined ? score : SCORE.genericExact;
}
