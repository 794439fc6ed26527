import { TextScanner } from "../normalize";
import type { CompiledPhrase } from "../rules/matcher";
import type { WordInfo } from "./word-info";

/**
 * The lists one text is read into, kept from text to text. The classifier is synchronous and
 * reads a text to the end before it starts the next, so one set of lists serves every row: a new
 * text allocates its words and signals, not the working lists in between. Entries past a list's
 * count are left over from an earlier text and never read.
 *
 * The TextReader fills them (step 1); overlaps.ts settles the phrase matches (step 2); context.ts
 * and learned.ts look at a word's neighbours (steps 3, 4 and 7).
 */
export class TextLists {
  /** The words of the text last read, as scanned. */
  protected readonly scanner = new TextScanner();
  /** The content words: stop words neither break phrases nor count towards reach. */
  contentCount = 0;

  /** Whether the text has a negation at all: most do not, and need no look for one. */
  hasNegation = false;
  /**
   * The learned leanings of the text's content words, summed per side: the most its learned
   * words could add to that side, as if none were covered, negated or repeated. Summed while the
   * words are collected, so a task whose rules are clear costs no second look at its words.
   */
  leaningFront = 0;
  leaningBack = 0;

  readonly contentInfo: WordInfo[] = [];
  /** Where each content word stands among the text's words. */
  readonly contentWord: number[] = [];
  readonly contentClause: number[] = [];
  /** Whether a content word stands after "such as", "zoals", "including": an example, not the job. */
  readonly contentDetail: boolean[] = [];
  /** Whether a content word stands after "about", "over", "regarding": what a contact is about. */
  readonly contentTopic: boolean[] = [];
  /** Whether a content word comes right after "with", "met" or "from": whom the work is done with. */
  readonly contentWith: boolean[] = [];
  /** Phrase matches, in reading order: content words at..at+length-1; `end` is where in its word a one-word match ends. */
  hitCount = 0;
  readonly hitPhrase: CompiledPhrase[] = [];
  readonly hitAt: number[] = [];
  readonly hitLength: number[] = [];
  readonly hitEnd: number[] = [];
  /** True for a match settled away by an overlapping one (step 2). */
  readonly hitDropped: boolean[] = [];
  /** Per content word: the longest match over it, and the furthest end of a one-word match on each side. */
  readonly longest: number[] = [];
  readonly headEndFront: number[] = [];
  readonly headEndBack: number[] = [];

  /** A hash of the text last read, lowercased (see TextScanner.hash). */
  get textHash(): number {
    return this.scanner.hash;
  }

  /** Content word `k` folded, as the rules and the leanings name it. */
  folded(k: number): string {
    return this.scanner.words[this.contentWord[k]];
  }

  /** Content words first..last as written, lowercased. */
  quote(first: number, last: number): string {
    const text = this.scanner;
    const from = this.contentWord[first];
    const to = this.contentWord[last];
    if (from === to && !text.folded) return text.words[from];
    return text.lower.slice(text.starts[from], text.ends[to]);
  }
}
