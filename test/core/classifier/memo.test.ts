/**
 * How the classifier keeps its work: readings of texts that come by again are kept, and a role's
 * reading is shared. None of it may change a decision, and these tests say so.
 */
import { createClassifier } from "../../../src/core/classifier/classifier";
import { REPEAT_FACTOR, ROLE_FACTOR } from "../../../src/core/classifier/tuning";
import { applyOverride } from "../../../src/core/override";
import type { Decision, Reason, TaskInput } from "../../../src/core/types";
import { ROLE_RULES } from "./small-rules";

/** Decisions from a classifier that has seen nothing yet, one per task. */
function fresh(tasks: readonly TaskInput[]): Decision[] {
  return tasks.map((task) => createClassifier(ROLE_RULES).classify(task));
}

describe("a text that comes by again", () => {
  it("is decided the same the first, second and third time, whatever its role", () => {
    const tasks: TaskInput[] = [
      { text: "Call the customer about the invoice", role: "Receptionist" },
      { text: "Call the customer about the invoice", role: "Bookkeeper" },
      { text: "Call the customer about the invoice" },
      { text: "Koffie zetten", role: "Receptionist" },
      { text: "Koffie zetten", role: "Bookkeeper" },
    ];
    const classifier = createClassifier(ROLE_RULES);
    const expected = fresh(tasks);
    for (let round = 0; round < 3; round++) {
      expect(tasks.map((task) => classifier.classify(task))).toEqual(expected);
    }
    // The role counts, so the same text with another role is another reading.
    expect(expected[3].officeType).toBe("front");
    expect(expected[4].officeType).toBe("back");
  });

  it("is decided the same after many other texts have come by", () => {
    const classifier = createClassifier(ROLE_RULES);
    const first = { text: "Send the invoices", role: "Receptionist" };
    const before = classifier.classify(first);
    classifier.classify(first);
    // Each text twice, so that each is kept: more than the classifier keeps at a time.
    for (let i = 0; i < 25_000; i++) {
      classifier.classify({ text: `Task ${i} for a customer` });
      classifier.classify({ text: `Task ${i} for a customer` });
    }
    expect(classifier.classify(first)).toEqual(before);
    expect(before).toEqual(fresh([first])[0]);
  });

  it("shares a role's reasons between rows, in full or as a repeat, as read afresh", () => {
    const classifier = createClassifier(ROLE_RULES);
    const tasks: TaskInput[] = [
      { text: "Send the invoices", role: "Receptionist" },
      { text: "Ask the receptionist", role: "Receptionist" },
      { text: "Phone the receptionist", role: "Receptionist" },
      { text: "Greet the customer", role: "Receptionist" },
    ];
    const decisions = tasks.map((task) => classifier.classify(task));
    expect(decisions).toEqual(fresh(tasks));
    const roleReason = (d: Decision): Reason | undefined =>
      d.reasons.find((reason) => reason.source === "role");
    expect(roleReason(decisions[0])?.weight).toBe(2 * ROLE_FACTOR);
    // The task names the same rule: the role's match is a repeat.
    expect(roleReason(decisions[1])?.weight).toBe(2 * ROLE_FACTOR * REPEAT_FACTOR);
    expect(roleReason(decisions[2])).toBe(roleReason(decisions[1]));
    expect(roleReason(decisions[3])).toBe(roleReason(decisions[0]));
  });

  it("is decided the same after more distinct words than the classifier keeps", () => {
    const classifier = createClassifier(ROLE_RULES);
    const first = { text: "Call the customer about the invoice", role: "Bookkeeper" };
    const before = classifier.classify(first);
    // Words of letters only (numbers are never kept): "ba", "bb", ... over 200,000 of them.
    const letters = (n: number): string =>
      n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26);
    for (let i = 0; i < 210_000; i++) classifier.classify({ text: `b${letters(i)}` });
    expect(classifier.classify(first)).toEqual(before);
    expect(classifier.classify({ text: "Send the invoices to the customer" })).toEqual(
      fresh([{ text: "Send the invoices to the customer" }])[0]
    );
  });

  it("keeps an override applied to one row's decision to that row", () => {
    const classifier = createClassifier(ROLE_RULES);
    const text = "Send the invoices";
    classifier.classify({ text });
    applyOverride(classifier.classify({ text }), "Front office");
    expect(classifier.classify({ text }).officeType).toBe("back");
    expect(applyOverride(classifier.classify({ text }), "FO").override).toBe("front");
  });
});
