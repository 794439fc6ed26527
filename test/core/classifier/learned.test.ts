/**
 * Learned word leanings (step 7 of the classifier, and where step 8 leaves them out): a weaker
 * signal under the rules, for the words no rule reads the other way. A small rule set and a
 * handful of leanings make each case visible on its own.
 */
import { ruleProblemText } from "../../../src/core/rules/rule-problems";
import { createClassifier } from "../../../src/core/classifier/classifier";
import { LEARNED_RULE_ID } from "../../../src/core/classifier/learned";
import { mergeRuleSets, parseRuleRows } from "../../../src/core/rules/rule-rows";
import type { Decision, Leaning, Rule, RuleSet } from "../../../src/core/types";
import { rule } from "../rule-fixture";

const LEANINGS: readonly Leaning[] = [
  ["registers", -1],
  ["bijhouden", -1],
  ["lunch", 1],
  ["brunch", 1.25],
  ["reservations", 1.5],
  ["guests", 1.2],
  ["kassa", 1],
  ["klanten", 2],
  ["supplier", 2],
  ["maken", -6],
];

const RULES: readonly Rule[] = [
  rule("customer", "front", ["customer*", "klant*"], 2, true),
  rule("supplier", "back", ["supplier*"], 2, true),
  rule("invoice", "back", ["invoice*", "factu*"], 3),
  rule("planning", "back", ["plan*"], 1),
  rule("counter", "front", ["counter"], 1),
  rule("cash", "back", ["kassa"], 2),
];

const classifier = createClassifier({ rules: RULES, leanings: LEANINGS });

function learned(d: Decision): string[] {
  return d.reasons.filter((r) => r.ruleId === LEARNED_RULE_ID).map((r) => `${r.side}:${r.matched}`);
}

describe("learned word leanings", () => {
  it("decide a task no rule phrase names when they add up to enough", () => {
    const d = classifier.classify({ text: "Registers bijhouden" });
    expect(d.officeType).toBe("back");
    expect(learned(d)).toEqual(["back:registers, bijhouden"]);
    expect(d.scores).toEqual({ front: 0, back: 2 });
    expect(d.reasons[0]).toMatchObject({ ruleId: LEARNED_RULE_ID, weight: 2, skills: [] });
  });

  it("carry their words one by one, as the task writes them and folded as the leanings name them", () => {
    const withAccents = createClassifier({
      rules: [],
      leanings: [
        ["cafe", 1],
        ["openen", 1],
      ],
    });
    const d = withAccents.classify({ text: "Het Café openen" });
    expect(d.reasons).toEqual([
      expect.objectContaining({
        ruleId: LEARNED_RULE_ID,
        phrase: "cafe, openen",
        matched: "café, openen",
        learnedWords: [
          { written: "café", folded: "cafe" },
          { written: "openen", folded: "openen" },
        ],
      }),
    ]);
  });

  it("leave one word that leans a little unclear, and out of the reasons: it is no answer", () => {
    const d = classifier.classify({ text: "Lunch" });
    expect(d).toEqual({
      officeType: "unclear",
      confidence: 0,
      reasons: [],
      scores: { front: 0, back: 0 },
    });
  });

  it("tip a task whose rules are close, and are listed by weight with the rules' reasons", () => {
    const d = classifier.classify({ text: "Plan reservations for guests" });
    expect(d.officeType).toBe("front");
    expect(d.reasons.map((r) => r.ruleId)).toEqual([LEARNED_RULE_ID, "planning"]);
    expect(learned(d)).toEqual(["front:reservations, guests"]);
  });

  it("are not looked up when they could not change what the rules decide", () => {
    const d = classifier.classify({ text: "Send the invoice for the lunch" });
    expect(d.officeType).toBe("back");
    expect(learned(d)).toEqual([]);
  });

  it("count each word once", () => {
    const d = classifier.classify({ text: "Guests, guests and more guests: reservations" });
    expect(learned(d)).toEqual(["front:guests, reservations"]);
    expect(d.scores.front).toBe(2.7);
  });

  it("do not argue with a rule that reads the word for the other side", () => {
    // "kassa" leans front as learned, but a rule says it is back office: the rule stands.
    const d = classifier.classify({ text: "Kassa" });
    expect(d.officeType).toBe("back");
    expect(learned(d)).toEqual([]);
  });

  it("do not count a counterpart a second time: whom the work is with is the rules' to say", () => {
    const d = classifier.classify({ text: "Factuur sturen naar klanten" });
    expect(d.officeType).toBe("back");
    expect(learned(d)).toEqual([]);
  });

  it("do not count words a negation reaches", () => {
    const d = classifier.classify({ text: "Geen reservations, registers bijhouden" });
    expect(learned(d)).toEqual(["back:registers, bijhouden"]);
  });

  it("leave two jobs in one row unclear, however far they lean", () => {
    // The rules: front 3.75 (klanten bellen) and back 3 (facturen), two clear clauses. Learned
    // "maken" adds 6 to back, which alone would make it back office by a wide margin.
    const d = classifier.classify({ text: "Klanten bellen, facturen maken" });
    expect(learned(d)).toEqual(["back:maken"]);
    expect(d.scores).toEqual({ front: 3.75, back: 9 });
    expect(d.officeType).toBe("unclear");
  });

  it("stand aside when all they do is make the rules' answer too close to call", () => {
    // The rules: back 1.25 (plan, the first signal). Learned: "brunch" adds 1.25 to front, a tie.
    const d = classifier.classify({ text: "Plan the brunch" });
    expect(d.officeType).toBe("back");
    expect(d.scores).toEqual({ front: 0, back: 1.25 });
    expect(learned(d)).toEqual([]);
  });

  it("are left out by a rule set without them, so a user rule set alone reads only its rules", () => {
    const plain = createClassifier({ rules: RULES });
    expect(plain.classify({ text: "Registers bijhouden" }).officeType).toBe("unclear");
  });

  it("stay when an owner's rules are merged on top, and the owner's rule takes its words over", () => {
    const base: RuleSet = { rules: RULES, leanings: LEANINGS };
    const { ruleSet: user, errors } = parseRuleRows([
      ["Id", "Side", "Phrases"],
      ["registers", "Front office", "registers"],
    ]);
    expect(errors).toEqual([]);
    const merged = mergeRuleSets(base, user);
    expect(merged.leanings).toBe(LEANINGS);
    const withOwners = createClassifier(merged);
    const d = withOwners.classify({ text: "Registers bijhouden" });
    expect(d.officeType).toBe("front");
    expect(d.reasons.map((r) => r.ruleId)).toEqual(["registers"]);
    expect(withOwners.classify({ text: "Lunch reservations" }).officeType).toBe("front");
  });

  it("keep the id 'learned' for themselves: an owner's rule with it gets a message", () => {
    const { ruleSet, errors } = parseRuleRows([
      ["Id", "Side", "Phrases"],
      ["Learned", "Front office", "reservations"],
      ["bookings", "Front office", "bookings"],
    ]);
    expect(errors).toEqual([{ code: "learned-id", row: 2, id: "Learned" }]);
    expect(ruleProblemText(errors[0], "en")).toBe(
      'Row 2: the id "Learned" is kept for the learned words in the Why column; give the rule another id.'
    );
    expect(ruleSet.rules.map((r) => r.id)).toEqual(["bookings"]);
  });

  it("skip a leaning that is not a number or is zero", () => {
    const odd = createClassifier({
      rules: [],
      leanings: [
        ["guests", Number.NaN],
        ["lunch", 0],
        ["reservations", 2],
      ],
    });
    expect(learned(odd.classify({ text: "Guests lunch reservations" }))).toEqual([
      "front:reservations",
    ]);
  });
});
