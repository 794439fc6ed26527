/**
 * Text normalisation shared by the classifier, column detection and the benchmarks: case and
 * accents folded, everything that is not a letter or digit treated as a word break.
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NON_ASCII = /[^\u0020-\u007e\s]/;
const COMBINING_MARKS = /\p{M}+/gu;
const CLAUSE_PUNCTUATION = /[,;:.!?()[\]\n\r]/;

/** Folds one lowercased word: accents and other combining marks removed ("cliënt" -> "client"). */
function foldWord(word: string): string {
  return word.normalize("NFD").replace(COMBINING_MARKS, "");
}

/** The words of a text with where each stands, so a match can quote the text as written. */
export interface ScannedText {
  /** Folded words: lowercase, without accents. */
  readonly words: readonly string[];
  /** Start offset of each word in `lower`. */
  readonly starts: readonly number[];
  /** End offset (exclusive) of each word in `lower`. */
  readonly ends: readonly number[];
  /** True where punctuation (, ; : . ! ? brackets, a new line) stands between a word and the one before. */
  readonly breakBefore: readonly boolean[];
  /** The text lowercased, accents kept: what reasons quote. */
  readonly lower: string;
}

/**
 * Splits a text into folded words and remembers their positions. Linear in the text: one pass of
 * a regular expression that cannot backtrack, and accent folding only when the text has any
 * non-ASCII character.
 */
export function scan(text: string): ScannedText {
  const lower = text.toLowerCase();
  const needsFolding = NON_ASCII.test(lower);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const breakBefore: boolean[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    const word = needsFolding ? foldWord(m[0]) : m[0];
    if (word.length === 0) continue;
    words.push(word);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    // Most gaps are one space: test the slice only when there is something else to see.
    const gap = m.index - previousEnd;
    const spaceOnly = gap === 1 && lower.charCodeAt(previousEnd) === 32;
    breakBefore.push(
      words.length > 1 && !spaceOnly && CLAUSE_PUNCTUATION.test(lower.slice(previousEnd, m.index))
    );
    previousEnd = m.index + m[0].length;
  }
  return { words, starts, ends, breakBefore, lower };
}

/** The folded words of a text: "Cliënt-gesprek, 2x!" -> ["client", "gesprek", "2x"]. */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const needsFolding = NON_ASCII.test(lower);
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    const word = needsFolding ? foldWord(m[0]) : m[0];
    if (word.length > 0) words.push(word);
  }
  return words;
}

/** A text folded for comparison: lowercase, no accents, words separated by single spaces. */
export function normalize(text: string): string {
  return tokenize(text).join(" ");
}
