import { parseSkillsMatrix } from "../../../src/core/matrix";
import { createSummaryRun, createTaskRun } from "../../../src/core/pipeline/task-run";
import { BUILTIN_RULES } from "../../../src/core/rules/builtin";
import { SKILL_CATALOGUE } from "../../../src/core/skills";

/** Anna and Bram rated 4 in every skill but conflict handling (1); Bram 1 in numbers too. */
const { matrix } = parseSkillsMatrix([
  ["Employee", ...SKILL_CATALOGUE.map((skill) => skill.id)],
  ["Anna", ...SKILL_CATALOGUE.map((skill) => (skill.id === "conflict" ? 1 : 4))],
  [
    "Bram",
    ...SKILL_CATALOGUE.map((skill) => (skill.id === "conflict" || skill.id === "numeracy" ? 1 : 4)),
  ],
]);

describe("createTaskRun", () => {
  it("decides the side and fills the result cells", () => {
    const run = createTaskRun({ ruleSet: BUILTIN_RULES, matrix, lang: "en" });
    const row = run.row({ text: "Handle customer complaints", employee: "Anna", hours: 3 }, 2);
    expect(row.officeType).toBe("front");
    expect(row.cells.officeType).toBe("Front office");
    expect(row.cells.confidence).toBeGreaterThan(0.5);
    expect(row.cells.confidence).toBeLessThanOrEqual(1);
    expect(row.cells.why).toContain("complaint");
    expect(row.cells.gap).toContain("Conflict handling: needs");
    expect(run.finish()).toEqual({
      counts: { front: 1, back: 0, unclear: 0 },
      overrideProblems: [],
    });
  });

  it("lets an override decide and says so", () => {
    const run = createTaskRun({ ruleSet: BUILTIN_RULES, lang: "en" });
    const row = run.row({ text: "Handle customer complaints", override: "Back office" }, 2);
    expect(row.officeType).toBe("back");
    expect(row.cells.why).toBe("Override: Back office");
    expect(row.cells.confidence).toBe(1);
    expect(run.finish().counts).toEqual({ front: 0, back: 1, unclear: 0 });
  });

  it("reports each override it does not understand by row, and lets the words decide", () => {
    const run = createTaskRun({ ruleSet: BUILTIN_RULES, lang: "en" });
    const row = run.row({ text: "Run the monthly payroll", override: "maybe" }, 7);
    run.row({ text: "Run the monthly payroll", override: "later" }, 9);
    expect(row.officeType).toBe("back");
    expect(row.cells.why).toContain('Override "maybe" not understood');
    expect(run.finish().overrideProblems).toEqual([
      { row: 7, value: "maybe" },
      { row: 9, value: "later" },
    ]);
  });

  it("writes in the run's language", () => {
    const run = createTaskRun({ ruleSet: BUILTIN_RULES, lang: "nl" });
    expect(run.row({ text: "Salarisadministratie verwerken" }, 2).cells.officeType).toBe(
      "Backoffice"
    );
  });

  it("leaves the gap unknown without a matrix", () => {
    const run = createTaskRun({ ruleSet: BUILTIN_RULES, lang: "en" });
    expect(run.row({ text: "Handle customer complaints", employee: "Anna" }, 2).cells.gap).toBe("");
  });

  it("starts the tally at zero for every side", () => {
    const run = createTaskRun({ ruleSet: BUILTIN_RULES, lang: "en" });
    expect(run.finish()).toEqual({
      counts: { front: 0, back: 0, unclear: 0 },
      overrideProblems: [],
    });
  });
});

describe("createSummaryRun", () => {
  const run = createSummaryRun({ ruleSet: BUILTIN_RULES, matrix, lang: "en" });
  run.row({ text: "Handle customer complaints", employee: "Anna", hours: 3 }, 2);
  run.row({ text: "Handle customer complaints", employee: "Bram", hours: 2 }, 3);
  run.row({ text: "Run the monthly payroll", employee: "Bram", hours: 4 }, 4);
  const outcome = run.finish({ hasHours: true, hoursUnit: "week" });

  it("adds up the tasks and hours per side once every row is in", () => {
    expect(outcome.counts).toEqual({ front: 2, back: 1, unclear: 0 });
    expect(outcome.summary.perSide.front).toEqual({ tasks: 2, hours: 5 });
    expect(outcome.summary.perSide.back).toEqual({ tasks: 1, hours: 4 });
    expect(outcome.summary.totalHours).toBe(9);
  });

  it("lays out the summary sheet with the hours column's unit", () => {
    expect(outcome.summarySheet.name).toBe("FrontBack summary");
    expect(outcome.summarySheet.rows.flat()).toContain("Hours per week");
  });

  it("names the skills most people fall short of, most first", () => {
    expect(outcome.largestShortages).toEqual([
      { skill: "conflict", label: "Conflict handling", peopleShort: 2 },
      { skill: "numeracy", label: "Working with numbers", peopleShort: 1 },
    ]);
  });

  it("names no shortages without a skills matrix", () => {
    const plain = createSummaryRun({ ruleSet: BUILTIN_RULES, lang: "nl" });
    plain.row({ text: "Klachten afhandelen", employee: "Anna" }, 2);
    const result = plain.finish({ hasHours: false });
    expect(result.largestShortages).toEqual([]);
    expect(result.summarySheet.name).toBe("FrontBack overzicht");
  });
});
