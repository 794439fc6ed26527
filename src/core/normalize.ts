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

/** What an ASCII character is to the scanner: part of a word, clause punctuation, or a plain break. */
const ASCII_WORD = 1;
const ASCII_CLAUSE = 2;
const ASCII_CLASS: Uint8Array = (() => {
  const classes = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const ch = String.fromCharCode(code);
    // The same patterns as the regular-expression scan, so both read an ASCII text alike.
    if (/^[\p{L}\p{N}\p{M}]$/u.test(ch)) classes[code] = ASCII_WORD;
    else if (CLAUSE_PUNCTUATION.test(ch)) classes[code] = ASCII_CLAUSE;
  }
  return classes;
})();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a text's UTF-16 code units: 32 bits, cheap, and well spread for short texts. */
function hashText(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * Scans texts into lists it keeps from one text to the next: the classifier reads many texts, one
 * at a time, and refilling the same lists (they keep the length of the longest text seen) makes
 * scanning a text allocate only the text lowercased and its words. The fields describe the last
 * text scanned, up to `count`; entries past it are left from earlier texts.
 */
export class TextScanner {
  /** How many words the last text has. */
  count = 0;
  /** Folded words: lowercase, without accents. */
  readonly words: string[] = [];
  /** Start offset of each word in `lower`. */
  readonly starts: number[] = [];
  /** End offset (exclusive) of each word in `lower`. */
  readonly ends: number[] = [];
  /** A 32-bit FNV-1a hash of each folded word, taken on the way (see hashText). */
  readonly wordHashes: number[] = [];
  /** True where punctuation (, ; : . ! ? brackets, a new line) stands between a word and the one before. */
  readonly breakBefore: boolean[] = [];
  /** The text lowercased, accents kept: what reasons quote. */
  lower = "";
  /** True when accents were folded out of the words; when false, each word is `lower` at its offsets. */
  folded = false;
  /**
   * A 32-bit FNV-1a hash of `lower`'s UTF-16 code units, taken on the way: a caller that wants to
   * know whether it has seen a text before need not read the text again.
   */
  hash = 0;

  /**
   * Splits a text into folded words and remembers their positions, replacing the previous text.
   * Linear in the text. Most task texts are plain ASCII: those are split by character code,
   * without the regular expression's match objects; any other text goes through the regular
   * expression, which cannot backtrack, and accent folding when it has any non-ASCII character.
   */
  scan(text: string): void {
    const lower = text.toLowerCase();
    this.lower = lower;
    this.count = 0;
    this.folded = false;
    if (!this.scanAscii(lower)) {
      this.count = 0;
      this.hash = hashText(lower);
      this.scanUnicode(lower);
    }
  }

  /** Scans a plain ASCII text; false at the first character that is not ASCII. */
  private scanAscii(lower: string): boolean {
    let start = -1;
    let punctuation = false;
    let hash = FNV_OFFSET;
    let wordHash = FNV_OFFSET;
    for (let i = 0; i < lower.length; i++) {
      const code = lower.charCodeAt(i);
      if (code > 127) return false;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      const kind = ASCII_CLASS[code];
      if (kind === ASCII_WORD) {
        if (start < 0) {
          start = i;
          wordHash = FNV_OFFSET;
        }
        wordHash = Math.imul(wordHash ^ code, FNV_PRIME);
        continue;
      }
      if (start >= 0) {
        this.push(lower.slice(start, i), wordHash, start, i, punctuation);
        start = -1;
        punctuation = false;
      }
      if (kind === ASCII_CLAUSE) punctuation = true;
    }
    if (start >= 0) this.push(lower.slice(start), wordHash, start, lower.length, punctuation);
    this.hash = hash;
    return true;
  }

  private scanUnicode(lower: string): void {
    const needsFolding = NON_ASCII.test(lower);
    this.folded = needsFolding;
    let previousEnd = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
      const word = needsFolding ? foldWord(m[0]) : m[0];
      if (word.length === 0) continue;
      const end = m.index + m[0].length;
      // Most gaps are one space: test the slice only when there is something else to see.
      const gap = m.index - previousEnd;
      const spaceOnly = gap === 1 && lower.charCodeAt(previousEnd) === 32;
      this.push(
        word,
        hashText(word),
        m.index,
        end,
        !spaceOnly && CLAUSE_PUNCTUATION.test(lower.slice(previousEnd, m.index))
      );
      previousEnd = end;
    }
  }

  /** Adds a word; punctuation before the first word of a text breaks nothing. */
  private push(
    word: string,
    hash: number,
    start: number,
    end: number,
    punctuationBefore: boolean
  ): void {
    const i = this.count;
    this.words[i] = word;
    this.wordHashes[i] = hash;
    this.starts[i] = start;
    this.ends[i] = end;
    this.breakBefore[i] = i > 0 && punctuationBefore;
    this.count = i + 1;
  }
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
