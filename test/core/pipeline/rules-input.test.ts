import { readRules } from "../../../src/core/pipeline/rules-input";
import { BUILTIN_RULES } from "../../../src/core/rules/builtin";

const HEADER = ["Id", "Side", "Phrases", "Weight", "Skills", "Counterpart"];

describe("readRules", () => {
  it("puts the owner's rules on top of the built-in ones", () => {
    const input = readRules([
      HEADER,
      ["storeroom", "Back office", "storeroom", "2", "", ""],
      ["selling", "Front office", "sell", "1", "", ""],
    ]);
    expect(input.status).toBe("ok");
    expect(input.problems).toEqual([]);
    const ids = input.ruleSet.rules.map((rule) => rule.id);
    expect(ids).toContain("storeroom");
    expect(ids.filter((id) => id === "selling")).toHaveLength(1);
    expect(input.ruleSet.rules.find((rule) => rule.id === "selling")?.weight).toBe(1);
    expect(input.ruleSet.rules).toHaveLength(BUILTIN_RULES.rules.length + 1);
  });

  it("reports the rows it cannot use by row number and keeps the others", () => {
    const input = readRules([
      HEADER,
      ["storeroom", "Back office", "storeroom", "2", "", ""],
      ["odd", "sideways", "x", "2", "", ""],
    ]);
    expect(input.status).toBe("ok");
    expect(input.problems.map((problem) => problem.row)).toEqual([3]);
  });

  it("says when the first row does not name the rule columns, and uses the built-in rules", () => {
    const input = readRules([
      ["Task", "Employee"],
      ["Payroll", "Anna"],
    ]);
    expect(input.status).toBe("no-header");
    expect(input.ruleSet).toBe(BUILTIN_RULES);
    expect(input.problems[0].row).toBe(1);
  });

  it("says when a header has no valid rule under it", () => {
    const input = readRules([HEADER, ["odd", "sideways", "x", "2", "", ""]]);
    expect(input.status).toBe("no-rules");
    expect(input.ruleSet).toBe(BUILTIN_RULES);
    expect(input.problems).toHaveLength(1);
  });
});
