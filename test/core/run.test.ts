import { parseSkillsMatrix } from "../../src/core/matrix";
import { BUILTIN_RULES } from "../../src/core/rules/builtin";
import { createRowClassifier, emptyCounts } from "../../src/core/run";

const { matrix } = parseSkillsMatrix([
  ["Employee", "Conflict handling", "Working with numbers"],
  ["Anna", 1, 4],
]);

describe("createRowClassifier", () => {
  const classifyRow = createRowClassifier({ ruleSet: BUILTIN_RULES, matrix, lang: "en" });

  it("decides the side, fills the result cells and the summary's view of the row", () => {
    const row = classifyRow({ text: "Handle customer complaints", employee: "Anna", hours: 3 });
    expect(row.officeType).toBe("front");
    expect(row.result.officeType).toBe("Front office");
    expect(row.result.why).toContain("complaint");
    expect(row.result.gap).toContain("Conflict handling: needs");
    expect(row.summary).toMatchObject({ officeType: "front", employee: "Anna", hours: 3 });
    expect(row.summary.gap.status).toBe("known");
    expect(row.invalidOverride).toBeUndefined();
  });

  it("lets an override decide and says so", () => {
    const row = classifyRow({ text: "Handle customer complaints", override: "Back office" });
    expect(row.officeType).toBe("back");
    expect(row.result.why).toBe("Override: Back office");
    expect(row.summary.officeType).toBe("back");
  });

  it("reports an override it does not understand, and lets the words decide", () => {
    const row = classifyRow({ text: "Run the monthly payroll", override: "maybe" });
    expect(row.officeType).toBe("back");
    expect(row.invalidOverride).toBe("maybe");
    expect(row.result.why).toContain('Override "maybe" not understood');
  });

  it("writes in the run's language", () => {
    const dutch = createRowClassifier({ ruleSet: BUILTIN_RULES, lang: "nl" });
    expect(dutch({ text: "Salarisadministratie verwerken" }).result.officeType).toBe("Backoffice");
  });

  it("leaves the gap unknown without a matrix", () => {
    const noMatrix = createRowClassifier({ ruleSet: BUILTIN_RULES, lang: "en" });
    const row = noMatrix({ text: "Handle customer complaints", employee: "Anna" });
    expect(row.summary.gap.status).toBe("no-matrix");
    expect(row.result.gap).toBe("");
  });

  it("starts the tally at zero for every side", () => {
    expect(emptyCounts()).toEqual({ front: 0, back: 0, unclear: 0 });
  });
});
