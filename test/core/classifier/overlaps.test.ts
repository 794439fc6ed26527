/** Step 2: words claimed by more than one phrase. */
import { createClassifier } from "../../../src/core/classifier/classifier";
import { FIRST_FACTOR } from "../../../src/core/classifier/tuning";
import type { RuleSet } from "../../../src/core/types";
import { rule } from "../rule-fixture";
import { SMALL, sides } from "./small-rules";

const small = createClassifier(SMALL);

describe("overlapping phrases", () => {
  it("lets a longer phrase own its words", () => {
    const withDesk = createClassifier({
      rules: [...SMALL.rules, rule("desk-word", "back", ["desk"], 5)],
    });
    expect(sides(withDesk.classify({ text: "Staff the front desk" }))).toEqual([
      "front:front desk",
    ]);
  });

  it("reads the head of a Dutch compound: a tax adviser advises, customer administration is administration", () => {
    expect(small.classify({ text: "belastingadviseur" }).officeType).toBe("front");
    expect(small.classify({ text: "klantenadministratie" }).officeType).toBe("back");
  });
});

describe("a word claimed by two phrases of one rule", () => {
  it("is one match, quoting the phrase that reaches furthest into the word", () => {
    // "klant*" ends at the first klant, "*klant*" at the last: the head of the compound is the
    // last klant, which ends after "admin", so the front rule wins the word.
    const rules: RuleSet = {
      rules: [rule("customer", "front", ["klant*", "*klant*"]), rule("admin", "back", ["*admin*"])],
    };
    const reasons = createClassifier(rules).classify({ text: "klantadminklant" }).reasons;
    expect(reasons.map((r) => `${r.ruleId} ${r.phrase} ${r.weight}`)).toEqual([
      `customer *klant* ${2 * FIRST_FACTOR}`,
    ]);
  });
});
