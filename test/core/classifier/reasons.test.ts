/**
 * Steps 5 and 6, and the order of the reasons: the first signal weighs more, a rule matched again
 * counts for a share, long texts take other paths through the sorting and counting without
 * changing a decision, and reasons of equal weight are listed by rule id.
 */
import { createClassifier } from "../../../src/core/classifier/classifier";
import { FIRST_FACTOR, REPEAT_FACTOR } from "../../../src/core/classifier/tuning";
import type { Decision, RuleSet } from "../../../src/core/types";
import { rule } from "../rule-fixture";
import { ROLE_RULES, SMALL } from "./small-rules";

const small = createClassifier(SMALL);

describe("the first signal and repeats", () => {
  it("weighs the first signal, the task's main job, more than the words that qualify it", () => {
    expect(small.classify({ text: "Invoices for the customer" }).scores).toEqual({
      front: 2,
      back: 3 * FIRST_FACTOR,
    });
    expect(small.classify({ text: "Customer invoices" }).scores).toEqual({
      front: 2 * FIRST_FACTOR,
      back: 3,
    });
  });

  it("counts a rule matched again for a quarter, not a second full vote", () => {
    const d = small.classify({ text: "invoices, invoices" });
    expect(d.reasons.map((r) => r.weight)).toEqual([3 * FIRST_FACTOR, 0.75]);
  });
});

describe("a long text", () => {
  it("counts a rule matched many times once in full and then at the repeat share", () => {
    const text = Array.from({ length: 40 }, (_, i) => `customer ${i}`).join(", ");
    const weights = createClassifier(ROLE_RULES)
      .classify({ text })
      .reasons.map((reason) => reason.weight);
    expect(weights).toEqual([2 * FIRST_FACTOR, ...Array<number>(39).fill(2 * REPEAT_FACTOR)]);
  });

  it("is read as a short text is, match for match", () => {
    // More than a handful of signals takes the long paths; every match must read as it does alone.
    const piece = "no customer contact, factuur sturen naar klant";
    const short = createClassifier(ROLE_RULES).classify({ text: piece });
    const long = createClassifier(ROLE_RULES).classify({ text: Array(30).fill(piece).join("; ") });
    const distinct = (d: Decision): string[] => [
      ...new Set(d.reasons.map((r) => `${r.ruleId}|${r.side}|${r.matched}|${r.negated}`)),
    ];
    expect(distinct(long)).toEqual(distinct(short));
    expect(long.officeType).toBe(short.officeType);
  });
});

describe("reasons of equal weight", () => {
  it("are listed by rule id as localeCompare orders them", () => {
    // The first signal of a task weighs more: a first word of its own keeps the five equal.
    const ids = ["b-rule", "B", "a", "Á", "c"];
    const words = ["alpha", "bravo", "charlie", "delta", "echo"];
    const rules: RuleSet = {
      rules: [
        rule("first", "back", ["first"], 1),
        ...ids.map((id, i) => rule(id, "front", [words[i]], 1)),
      ],
    };
    const reasons = createClassifier(rules).classify({ text: `first ${words.join(" ")}` }).reasons;
    expect(reasons.map((reason) => reason.ruleId)).toEqual([
      "first",
      ...[...ids].sort((a, b) => a.localeCompare(b)),
    ]);
  });
});
