/** Steps 3 and 4: what a negation reaches, and whom the work is with. */
import { createClassifier } from "../../../src/core/classifier/classifier";
import { FIRST_FACTOR } from "../../../src/core/classifier/tuning";
import { rule } from "../rule-fixture";
import { SMALL, sides } from "./small-rules";

const small = createClassifier(SMALL);

describe("negation", () => {
  it("turns a negated front phrase into a back reason, within its clause only", () => {
    const d = small.classify({ text: "Zonder klantcontact" });
    expect(d.officeType).toBe("back");
    expect(sides(d)).toEqual(["back:zonder klantcontact (negated)"]);
    expect(small.classify({ text: "No calls, customers at the desk" }).officeType).toBe("front");
  });

  it("drops a negated front phrase that is not whom the work is with: 'without the front desk'", () => {
    expect(small.classify({ text: "Sort the post without the front desk" })).toMatchObject({
      officeType: "unclear",
      reasons: [],
    });
  });

  it("drops a negated back phrase instead of counting it for front", () => {
    expect(small.classify({ text: "no invoices" })).toMatchObject({
      officeType: "unclear",
      reasons: [],
    });
  });
});

describe("whom the work is with", () => {
  it("weighs the counterpart next to a contact verb, before it or after it (Dutch word order)", () => {
    expect(small.classify({ text: "Bel leverancier" }).scores.back).toBe(3 * FIRST_FACTOR);
    expect(small.classify({ text: "Leveranciers bellen" }).scores.back).toBe(3 * FIRST_FACTOR);
    expect(small.classify({ text: "Leveranciers" }).scores.back).toBe(2 * FIRST_FACTOR);
  });

  it("reads a contact verb further back, up to another counterpart, and a counterpart after with, met or from", () => {
    const explain = small.classify({ text: "Explain the new tax rules to customers" });
    expect(explain.scores.front).toBe(3);
    expect(explain.scores.back).toBeCloseTo(1.5 * FIRST_FACTOR, 1);
    expect(
      small.classify({ text: "Call suppliers about late deliveries to customers" }).reasons
    ).toEqual([
      expect.objectContaining({ matched: "suppliers", weight: 3 * FIRST_FACTOR }),
      expect.objectContaining({ matched: "customers", weight: 2 }),
    ]);
    expect(small.classify({ text: "Invoices from suppliers" }).scores.back).toBe(
      3 * FIRST_FACTOR + 3
    );
    expect(small.classify({ text: "Afspraken maken met leveranciers" }).scores.back).toBe(
      3 * FIRST_FACTOR
    );
  });

  it("reads a contact word inside a longer phrase as a noun: incoming calls to the supplier desk", () => {
    const withCalls = createClassifier({
      rules: [...SMALL.rules, rule("calls", "front", ["incoming call*"], 1)],
    });
    expect(
      withCalls
        .classify({ text: "Incoming calls suppliers" })
        .reasons.find((r) => r.matched === "suppliers")?.weight
    ).toBe(2);
  });
});
