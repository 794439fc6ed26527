import type { Classifier } from "../../src/core/classifier/classifier";
import { createClassifier } from "../../src/core/classifier/classifier";
import { BUILTIN_RULES } from "../../src/core/rules/builtin";
import type { Decision, Reason, TaskInput } from "../../src/core/types";
import { tryTask } from "../../src/taskpane/try-task";

const complaint: Reason = {
  ruleId: "complaints",
  side: "front",
  phrase: "complaint*",
  matched: "complaints",
  weight: 3,
  source: "task",
  negated: false,
  skills: [{ skill: "conflict", level: 3 }],
};

/** A classifier that always gives one decision and remembers what it was asked. */
function fixed(decision: Decision): Classifier & { readonly asked: TaskInput[] } {
  const asked: TaskInput[] = [];
  return {
    asked,
    classify(task: TaskInput): Decision {
      asked.push(task);
      return decision;
    },
  };
}

const front: Decision = {
  officeType: "front",
  confidence: 0.834,
  reasons: [complaint],
  scores: { front: 3, back: 0 },
};

describe("tryTask", () => {
  it("asks the owner for a task instead of classifying blank text", () => {
    const classifier = fixed(front);
    const view = tryTask(classifier, { text: "  \n ", role: "Cashier" }, "en");
    expect(view).toEqual({ status: "empty", message: "Type a task first, then press Classify." });
    expect(classifier.asked).toEqual([]);
  });

  it("passes the trimmed task, and the role only when one was typed", () => {
    const classifier = fixed(front);
    tryTask(classifier, { text: " Handle complaints ", role: "  " }, "en");
    tryTask(classifier, { text: "Handle complaints", role: " Receptionist " }, "en");
    expect(classifier.asked).toEqual([
      { text: "Handle complaints" },
      { text: "Handle complaints", role: "Receptionist" },
    ]);
  });

  it("shows the side, confidence, why and skills as the workbook words them", () => {
    const view = tryTask(fixed(front), { text: "Handle complaints", role: "" }, "en");
    expect(view).toMatchObject({
      status: "classified",
      officeType: "front",
      officeTypeLabel: "Front office",
      confidence: "Confidence: 83%",
    });
    if (view.status !== "classified") throw new Error("expected a classified view");
    expect(view.why).toContain('"complaints"');
    expect(view.skills).toContainEqual({ label: "Conflict handling", level: "good (3)" });
    expect(view.skills).toContainEqual({
      label: "Interpersonal skills",
      level: "working (2)",
    });
  });

  it("speaks Dutch when asked", () => {
    const view = tryTask(fixed(front), { text: "Klachten afhandelen", role: "" }, "nl");
    expect(view).toMatchObject({
      officeTypeLabel: "Frontoffice",
      confidence: "Zekerheid: 83%",
    });
    if (view.status !== "classified") throw new Error("expected a classified view");
    expect(view.skills).toContainEqual({ label: "Conflicthantering", level: "goed (3)" });
  });

  it("says Unclear, with no skills, when nothing points either way", () => {
    const unclear: Decision = {
      officeType: "unclear",
      confidence: 0,
      reasons: [],
      scores: { front: 0, back: 0 },
    };
    const view = tryTask(fixed(unclear), { text: "Water the plants", role: "" }, "en");
    expect(view).toMatchObject({ officeType: "unclear", officeTypeLabel: "Unclear", skills: [] });
  });

  it("shows an override's side rather than the words' side", () => {
    const overridden: Decision = { ...front, officeType: "back", override: "back", reasons: [] };
    const view = tryTask(fixed(overridden), { text: "Handle complaints", role: "" }, "en");
    expect(view).toMatchObject({ officeType: "back", officeTypeLabel: "Back office" });
  });

  it("works with the real built-in rules", () => {
    const classifier = createClassifier(BUILTIN_RULES);
    const back = tryTask(classifier, { text: "Run the monthly payroll", role: "" }, "en");
    expect(back).toMatchObject({ status: "classified", officeType: "back" });
    const frontDesk = tryTask(
      classifier,
      { text: "Welcome customers at the front desk", role: "" },
      "en"
    );
    expect(frontDesk).toMatchObject({ status: "classified", officeType: "front" });
  });
});
