/**
 * The reusable scanner the classifier reads every text with. Plain ASCII texts take a path of
 * their own (split by character code); these tests hold it to the regular-expression path that
 * every other text takes, and check that a scanner refilled text after text never shows the
 * words of an earlier one.
 */
import fc from "fast-check";

import { TextScanner, tokenize } from "../../src/core/normalize";

interface Scanned {
  readonly words: string[];
  readonly starts: number[];
  readonly ends: number[];
  readonly breakBefore: boolean[];
  readonly wordHashes: number[];
}

/** The current text of a scanner, without the entries left from earlier texts. */
function current(scanner: TextScanner): Scanned {
  const n = scanner.count;
  return {
    words: scanner.words.slice(0, n),
    starts: scanner.starts.slice(0, n),
    ends: scanner.ends.slice(0, n),
    breakBefore: scanner.breakBefore.slice(0, n),
    wordHashes: scanner.wordHashes.slice(0, n),
  };
}

function scanned(text: string): Scanned {
  const scanner = new TextScanner();
  scanner.scan(text);
  return current(scanner);
}

/** Every printable ASCII character, plus the white space owners type. */
const asciiText = fc.string({
  unit: fc.constantFrom(..." \t\n\r!\"#$%&'()*+,-./0123456789:;<=>?@AZaz[\\]^_`{|}~KlantBELfx"),
  maxLength: 60,
});

describe("TextScanner on plain ASCII", () => {
  it("finds the same words as tokenize", () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(scanned(text).words).toEqual(tokenize(text));
      })
    );
  });

  it("reads a text as the regular-expression path does", () => {
    // A word with an accent at the end sends the same text down the other path; the words before
    // it must stand at the same places, with the same clause breaks.
    fc.assert(
      fc.property(asciiText, (text) => {
        const ascii = scanned(text);
        const other = scanned(`${text} café`);
        const n = ascii.words.length;
        expect(other.words).toHaveLength(n + 1);
        expect({
          words: other.words.slice(0, n),
          starts: other.starts.slice(0, n),
          ends: other.ends.slice(0, n),
          breakBefore: other.breakBefore.slice(0, n),
          wordHashes: other.wordHashes.slice(0, n),
        }).toEqual(ascii);
      })
    );
  });

  it("hashes each word by its folded letters, the same in any text and on either path", () => {
    const { words, wordHashes } = scanned("Client, CLIENT; cliënt klant");
    expect(words).toEqual(["client", "client", "client", "klant"]);
    expect(new Set(wordHashes.slice(0, 3)).size).toBe(1);
    expect(wordHashes[3]).not.toBe(wordHashes[0]);
    expect(scanned("client").wordHashes).toEqual([wordHashes[0]]);
  });

  it("breaks clauses at punctuation and brackets, not at spaces, hyphens or other signs", () => {
    expect(scanned("Call customer, then invoice; (q3) a-b c/d e_f").breakBefore).toEqual([
      false,
      false,
      true,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("TextScanner, refilled text after text", () => {
  it("shows only the words of the last text", () => {
    const scanner = new TextScanner();
    scanner.scan("Send the invoices, call the customers and file the receipts");
    scanner.scan("Kassa opmaken");
    expect(current(scanner)).toEqual(scanned("Kassa opmaken"));
    expect(scanner.lower).toBe("kassa opmaken");
    scanner.scan("");
    expect(scanner.count).toBe(0);
  });

  it("starts over when a text turns out not to be ASCII partway through", () => {
    const scanner = new TextScanner();
    scanner.scan("Klant bellen over de Cliënt");
    expect(current(scanner).words).toEqual(["klant", "bellen", "over", "de", "client"]);
    expect(scanner.folded).toBe(true);
    scanner.scan("Klant bellen");
    expect(current(scanner).words).toEqual(["klant", "bellen"]);
    expect(scanner.folded).toBe(false);
  });
});
