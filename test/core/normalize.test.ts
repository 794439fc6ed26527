import { normalize, TextScanner, tokenize } from "../../src/core/normalize";

function scan(text: string): TextScanner {
  const scanner = new TextScanner();
  scanner.scan(text);
  return scanner;
}

describe("tokenize", () => {
  it("folds case and accents and splits on everything that is not a letter or digit", () => {
    expect(tokenize("Cliënt-gesprek, 2x!  CAFÉ")).toEqual(["client", "gesprek", "2x", "cafe"]);
  });

  it("reads decomposed accents the same as composed ones", () => {
    expect(tokenize("cafe\u0301")).toEqual(tokenize("café"));
  });

  it("keeps letters of other scripts as words", () => {
    expect(tokenize("Straße ünd Øre")).toEqual(["straße", "und", "øre"]);
  });

  it("gives nothing for text without letters or digits", () => {
    expect(tokenize(" -- !? ")).toEqual([]);
    expect(normalize("")).toBe("");
  });
});

describe("normalize", () => {
  it("joins the folded words with single spaces", () => {
    expect(normalize("  Btw-aangifte   Q3 ")).toBe("btw aangifte q3");
  });
});

describe("TextScanner", () => {
  it("keeps where each word stands, so reasons quote the text as written", () => {
    const text = scan("Bel de Cliënt");
    expect(text.lower.slice(text.starts[2], text.ends[2])).toBe("cliënt");
  });

  it("marks clause breaks at punctuation, not at plain spaces or hyphens", () => {
    expect(scan("no customers, sort the archive").breakBefore).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
    expect(scan("btw-aangifte (Q3)").breakBefore).toEqual([false, false, true]);
  });
});
