import { createClassifier } from "../../src/core/classifier/classifier";
import { applyOverride, parseOverride } from "../../src/core/override";
import { SMALL } from "./classifier/small-rules";

describe("parseOverride", () => {
  it.each(["Front office", "front office", "FRONTOFFICE", "Front-office", " front ", "FO"])(
    "reads %j as front",
    (value) => {
      expect(parseOverride(value)).toEqual({ side: "front" });
    }
  );

  it.each(["Back office", "Backoffice", "back", "BO", "Back-Office"])(
    "reads %j as back",
    (value) => {
      expect(parseOverride(value)).toEqual({ side: "back" });
    }
  );

  it.each([undefined, null, "", "   ", {}])("reads %j as no override", (value) => {
    expect(parseOverride(value)).toEqual({});
  });

  it("keeps what it did not understand, so the owner can be told", () => {
    expect(parseOverride(" maybe ")).toEqual({ invalid: "maybe" });
    expect(parseOverride(42)).toEqual({ invalid: "42" });
    expect(parseOverride(true)).toEqual({ invalid: "TRUE" });
  });
});

describe("applyOverride", () => {
  const small = createClassifier(SMALL);

  it("lets the override win, keeps the reasons for reference, and says so", () => {
    const d = applyOverride(small.classify({ text: "invoices" }), "Front office");
    expect(d).toMatchObject({ officeType: "front", override: "front", confidence: 1 });
    expect(d.reasons).toHaveLength(1);
  });

  it("reports an override it does not understand and lets the words decide", () => {
    const d = applyOverride(small.classify({ text: "invoices" }), "misschien");
    expect(d).toMatchObject({ officeType: "back", invalidOverride: "misschien" });
    expect(d.override).toBeUndefined();
  });

  it("keeps the words' scores, and leaves the decision it is given as it was", () => {
    const words = small.classify({ text: "invoices" });
    const copy = structuredClone(words);
    expect(applyOverride(words, "Front office").scores).toEqual(words.scores);
    expect(applyOverride(words, "maybe").scores).toEqual(words.scores);
    expect(words).toEqual(copy);
  });

  it("changes nothing when the cell is empty", () => {
    const words = small.classify({ text: "invoices" });
    expect(applyOverride(words, undefined)).toBe(words);
    expect(applyOverride(words, "  ")).toBe(words);
  });
});
