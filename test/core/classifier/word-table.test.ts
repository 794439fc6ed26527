/** The table of distinct words: a cache found by the hash the scanner took of each word. */
import { WORD_SLOTS } from "../../../src/core/classifier/tuning";
import { WordTable } from "../../../src/core/classifier/word-table";

describe("WordTable", () => {
  it("finds each word by its hash, also when words share a hash", () => {
    const table = new WordTable<number>();
    table.set("klant", 7, 1);
    table.set("factuur", 7, 2);
    table.set("kassa", 7 + WORD_SLOTS, 3);
    expect([table.get("klant", 7), table.get("factuur", 7)]).toEqual([1, 2]);
    expect(table.get("kassa", 7 + WORD_SLOTS)).toBe(3);
    expect(table.get("balie", 7)).toBeUndefined();
  });

  it("starts again when it is three quarters full, and keeps the word that filled it", () => {
    const table = new WordTable<number>();
    const full = (WORD_SLOTS >> 2) * 3;
    for (let i = 0; i < full; i++) table.set(`w${i}`, i, i);
    expect(table.get("w0", 0)).toBe(0);
    table.set("next", full, -1);
    expect(table.get("w0", 0)).toBeUndefined();
    expect(table.get("next", full)).toBe(-1);
  });
});
