import { createClassifier, FIRST_FACTOR, ROLE_FACTOR } from "../../src/core/classifier";
import { BUILTIN_RULES } from "../../src/core/rules/builtin";
import type { Decision, RuleSet } from "../../src/core/types";
import { rule } from "./rule-fixture";

const builtin = createClassifier(BUILTIN_RULES);

/** A small rule set whose weights make each mechanism visible on its own. */
const SMALL: RuleSet = {
  rules: [
    rule("customer", "front", ["customer*", "*klant*"], 2, true),
    rule("supplier", "back", ["supplier*", "*leverancier*"], 2, true),
    rule("invoice", "back", ["invoice", "factu*", "*factu*"], 3),
    rule("advice", "front", ["advis*", "*adviseur*"], 2),
    rule("tax", "back", ["tax", "belasting*"], 3),
    rule("desk", "front", ["front desk"], 2),
    rule("administration", "back", ["*administratie*"], 2),
  ],
};
const small = createClassifier(SMALL);

function sides(d: Decision): string[] {
  return d.reasons.map((r) => `${r.side}:${r.matched}${r.negated ? " (negated)" : ""}`);
}

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
});

describe("how a text is read", () => {
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

  it("halves what a contact with a customer is about: explaining tax to customers is front", () => {
    const d = small.classify({ text: "Advise customers on tax" });
    expect(d.officeType).toBe("front");
    expect(d.scores).toEqual({ front: 2 * FIRST_FACTOR + 3, back: 1.5 });
    expect(small.classify({ text: "Tax for customers" }).scores).toEqual({
      front: 2,
      back: 3 * FIRST_FACTOR,
    });
  });

  it("halves the other side's words after about, over, regarding: what the contact is about", () => {
    const d = small.classify({ text: "Advise customers about tax, and send invoices" });
    expect(d.officeType).toBe("front");
    expect(d.scores).toEqual({ front: 2 * FIRST_FACTOR + 3, back: 1.5 + 1.5 });
    expect(small.classify({ text: "Tax. Customers" }).scores.back).toBe(3 * FIRST_FACTOR);
  });

  it("halves examples after such as, including, zoals: the words before say what the job is", () => {
    expect(small.classify({ text: "Advise customers, such as invoices" }).scores).toEqual({
      front: 2 * FIRST_FACTOR + 3,
      back: 1.5,
    });
    expect(small.classify({ text: "Facturen, zoals voor klanten" }).scores).toEqual({
      front: 1,
      back: 3 * FIRST_FACTOR,
    });
  });

  it("counts a rule matched again for a quarter, not a second full vote", () => {
    const d = small.classify({ text: "invoices, invoices" });
    expect(d.reasons.map((r) => r.weight)).toEqual([3 * FIRST_FACTOR, 0.75]);
  });

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

describe("role and override", () => {
  it("uses the role as a weaker signal than the task", () => {
    const d = small.classify({ text: "Monday", role: "Adviseur" });
    expect(d.officeType).toBe("front");
    expect(d.reasons[0]).toMatchObject({ source: "role", weight: 2 * ROLE_FACTOR });
    expect(small.classify({ text: "Facturen", role: "Adviseur" }).officeType).toBe("back");
  });

  it("lets the override win, keeps the reasons for reference, and says so", () => {
    const d = small.classify({ text: "invoices", override: "Front office" });
    expect(d).toMatchObject({ officeType: "front", override: "front", confidence: 1 });
    expect(d.reasons).toHaveLength(1);
  });

  it("reports an override it does not understand and lets the words decide", () => {
    const d = small.classify({ text: "invoices", override: "misschien" });
    expect(d).toMatchObject({ officeType: "back", invalidOverride: "misschien" });
    expect(d.override).toBeUndefined();
  });
});

describe("the built-in rules on the hard cases of the domain", () => {
  it.each([
    ["Bel leverancier over late levering", "back"],
    ["Bel klant over late levering", "front"],
    ["Call the supplier about the order", "back"],
    ["Call the customer about the order", "front"],
    ["Administratie zonder klantcontact", "back"],
    ["Data entry, no customer contact", "back"],
    ["Interne helpdesk: laptops van medewerkers", "back"],
    ["Klantenhelpdesk bemannen", "front"],
    ["Salarisadministratie", "back"],
    ["Debiteurenbeheer", "back"],
    ["Kassamedewerker aflossen", "front"],
    ["Klachtenafhandeling", "front"],
    ["Invoicing", "back"],
  ] as const)("%s -> %s", (text, side) => {
    expect(builtin.classify({ text }).officeType).toBe(side);
  });
});
