/** Step 8: the sides summed into an answer, its confidence, and when it is unclear. */
import { createClassifier } from "../../../src/core/classifier/classifier";
import { FIRST_FACTOR } from "../../../src/core/classifier/tuning";
import { rule } from "../rule-fixture";
import { SMALL } from "./small-rules";

const small = createClassifier(SMALL);

describe("decisions", () => {
  it("says unclear, with confidence 0 and no reasons, when nothing matches", () => {
    expect(small.classify({ text: "Water the plants" })).toEqual({
      officeType: "unclear",
      confidence: 0,
      reasons: [],
      scores: { front: 0, back: 0 },
    });
  });

  it("decides the side with the larger sum and explains it with the words as written", () => {
    const d = small.classify({ text: "Send the Facturen" });
    expect(d.officeType).toBe("back");
    expect(d.reasons).toEqual([
      {
        ruleId: "invoice",
        side: "back",
        phrase: "factu*",
        matched: "facturen",
        weight: 3 * FIRST_FACTOR,
        source: "task",
        negated: false,
        skills: [],
      },
    ]);
  });

  it("grows confidence with evidence and margin: w / (w + 1) for one clear rule of weight w", () => {
    const weight = 3 * FIRST_FACTOR;
    expect(small.classify({ text: "invoices" }).confidence).toBe(
      Math.round((weight / (weight + 1)) * 100) / 100
    );
  });

  it("calls equal signals for both sides unclear: they cancel out", () => {
    const cancelling = createClassifier({
      rules: [rule("welcome", "front", ["welcome"], 2), rule("count", "back", ["count"], 2.5)],
    });
    const d = cancelling.classify({ text: "Welcome and count" });
    expect(d.officeType).toBe("unclear");
    expect(d.scores).toEqual({ front: 2 * FIRST_FACTOR, back: 2.5 });
  });
});

describe("two jobs in one row", () => {
  it("calls one clearly front clause plus one clearly back clause unclear: two jobs in one row", () => {
    expect(small.classify({ text: "Customers and invoices" }).officeType).toBe("unclear");
    expect(small.classify({ text: "Check customers and invoices" }).officeType).toBe("unclear");
  });

  it("reads a longer task with a list in it as one job, decided by its sums", () => {
    expect(
      small.classify({ text: "Check the customers of last month and the invoices" })
    ).toMatchObject({
      officeType: "back",
    });
  });
});
