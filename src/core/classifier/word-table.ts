import { WORD_SLOTS } from "./tuning";

/**
 * What each distinct word is, found by the hash the scanner took of it on the way: a word of a
 * new text is a new string, which a Map would read once more to hash. Open addressing over a
 * power-of-two table, emptied when it is three quarters full (it is only a cache).
 */
export class WordTable<T> {
  private keys = new Array<string | undefined>(WORD_SLOTS);
  private values = new Array<T | undefined>(WORD_SLOTS);
  private size = 0;

  /** The value kept for a word, or undefined when there is none. */
  get(word: string, hash: number): T | undefined {
    for (let i = hash & (WORD_SLOTS - 1); ; i = (i + 1) & (WORD_SLOTS - 1)) {
      const key = this.keys[i];
      if (key === undefined) return undefined;
      if (key === word) return this.values[i];
    }
  }

  /** Keeps a value for a word not in the table yet. */
  set(word: string, hash: number, value: T): void {
    if (this.size >= (WORD_SLOTS >> 2) * 3) {
      this.keys = new Array<string | undefined>(WORD_SLOTS);
      this.values = new Array<T | undefined>(WORD_SLOTS);
      this.size = 0;
    }
    let i = hash & (WORD_SLOTS - 1);
    while (this.keys[i] !== undefined) i = (i + 1) & (WORD_SLOTS - 1);
    this.keys[i] = word;
    this.values[i] = value;
    this.size++;
  }
}
