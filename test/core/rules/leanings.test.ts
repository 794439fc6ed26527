import { decodeLeanings, LEANINGS } from "../../../src/core/rules/leanings";

describe("decodeLeanings", () => {
  it("reads each line as a weight and the words that add it, sorted by word", () => {
    expect(decodeLeanings(["2 klant balie", "0.82 aanbod", "-1.1 archief"])).toEqual([
      ["aanbod", 0.82],
      ["archief", -1.1],
      ["balie", 2],
      ["klant", 2],
    ]);
  });

  it.each([["klant balie"], ["2"], ["1,5 klant"], ["2 klant  balie"], [""]])(
    "refuses a line that is not a weight and its words: %p",
    (line) => {
      expect(() => decodeLeanings(["1 aanbod", line])).toThrow(line);
    }
  );
});

describe("the shipped leanings", () => {
  it("name each word once, with a weight from -2 to 2 that leans one way", () => {
    const words = LEANINGS.map(([word]) => word);
    expect(new Set(words).size).toBe(words.length);
    expect(words.length).toBeGreaterThan(3000);
    expect(LEANINGS.filter(([, weight]) => weight === 0 || Math.abs(weight) > 2)).toEqual([]);
  });
});
