import { join } from "path";

import { decodeLeanings, LEANINGS } from "../../src/core/rules/leanings";
import LEANINGS_FILE from "../../src/core/rules/leanings.json";
import {
  encodeLeanings,
  GENERIC_WORDS,
  learnableWords,
  learnLeanings,
  MAX_WEIGHT,
  MIN_TASKS,
  type LearningRow,
} from "../../scripts/leanings";
import { leaningsFile, readCorpus } from "../../scripts/learn-leanings";

function rows(label: LearningRow["label"], ...texts: string[]): LearningRow[] {
  return texts.map((text) => ({ text, label }));
}

const SAMPLE: LearningRow[] = [
  ...rows("front", "Greet guests", "Seat guests", "Guests check in", "Welcome guests"),
  ...rows("back", "Reconcile ledgers", "Close ledgers", "Post ledgers", "Archive files"),
  ...rows("front", "Take bookings", "Take bookings by phone"),
  ...rows("back", "Take stock", "Take out the bins"),
];

describe("learning word leanings", () => {
  it("learns words that stand on one side: front positive, back negative, sorted by word", () => {
    const learned = new Map(learnLeanings(SAMPLE));
    expect(learned.get("guests")).toBeGreaterThan(0);
    expect(learned.get("ledgers")).toBeLessThan(0);
    const words = learnLeanings(SAMPLE).map(([word]) => word);
    expect(words).toEqual([...words].sort());
  });

  it(`needs a word in at least ${MIN_TASKS} tasks`, () => {
    // "bookings" stands in two front tasks only: that could be chance.
    expect(new Map(learnLeanings(SAMPLE)).has("bookings")).toBe(false);
  });

  it("leaves out a word that stands on both sides alike", () => {
    const even = [
      ...rows("front", "Check rooms", "Check menus"),
      ...rows("back", "Check stock", "Check bills"),
    ];
    expect(learnLeanings(even)).toEqual([]);
  });

  it(`caps a word's weight at ${MAX_WEIGHT}, so no learned word outweighs a rule`, () => {
    const many = [
      ...rows("front", ...Array.from({ length: 500 }, () => "Greet guests")),
      ...rows("back", ...Array.from({ length: 500 }, () => "File")),
    ];
    expect(new Map(learnLeanings(many)).get("guests")).toBe(MAX_WEIGHT);
  });

  it("does not learn general verbs, times, stop words, negations, numbers or short words", () => {
    expect([...learnableWords("Take the 3 no-shows to the Saturday shift and do it ok")]).toEqual([
      "shows",
    ]);
    expect(GENERIC_WORDS.has("take")).toBe(true);
    expect(GENERIC_WORDS.has("zaterdag")).toBe(true);
  });

  it("folds case and accents as the classifier does, and counts a word once per task", () => {
    expect([...learnableWords("Cliënten, CLIENTEN en cliënten")]).toEqual(["clienten"]);
  });
});

describe("the leanings file's lines", () => {
  it("group the words by weight, strongest front first, each line a weight and its words", () => {
    const lines = encodeLeanings([
      ["aanbod", 0.82],
      ["archief", -2],
      ["balie", 2],
      ["klant", 2],
      ["ledger", -0.7],
    ]);
    expect(lines).toEqual(["2 balie klant", "0.82 aanbod", "-0.7 ledger", "-2 archief"]);
  });

  it("read back to the very leanings the learner made, in its order", () => {
    const learned = learnLeanings(SAMPLE);
    expect(learned.length).toBeGreaterThan(1);
    expect(decodeLeanings(encodeLeanings(learned))).toEqual(learned);
  });
});

describe("the built-in leanings", () => {
  const corpus = readCorpus(join(__dirname, "..", ".."));
  const learned = learnLeanings(corpus);

  it("are what the learner makes of the development corpus (run npm run learn after changing it)", () => {
    expect(corpus.length).toBeGreaterThan(9000);
    expect(LEANINGS).toEqual(learned);
  });

  it("are stored as npm run learn writes them, with the note on where they come from", () => {
    expect(LEANINGS_FILE).toEqual(leaningsFile(learned, corpus.length));
    expect(LEANINGS_FILE.about).toContain(`from the ${corpus.length} labelled tasks`);
    expect(LEANINGS_FILE.about).toContain("Do not edit by hand");
  });
});
