import { messagesOf } from "../../../src/core/language/languages";
import { ruleProblemText } from "../../../src/core/rules/rule-problems";
import fc from "fast-check";
import { createClassifier } from "../../../src/core/classifier/classifier";
import { BUILTIN_RULES } from "../../../src/core/rules/builtin";
import {
  mergeRuleSets,
  parseRuleRows,
  RULE_FIELDS,
  ruleSetToRows,
} from "../../../src/core/rules/rule-rows";
import type { RuleSet } from "../../../src/core/types";

const HEADER = ["Id", "Side", "Phrases", "Weight", "Skills", "Counterpart"];

describe("parseRuleRows", () => {
  it("reads a valid row with every column", () => {
    const { ruleSet, errors } = parseRuleRows([
      HEADER,
      [
        "till-work",
        "Front office",
        "kassa*; till",
        "2.5",
        "friendliness:3; Basic computer skills:2",
        "no",
      ],
    ]);
    expect(errors).toEqual([]);
    expect(ruleSet.rules).toEqual([
      {
        id: "till-work",
        side: "front",
        phrases: ["kassa*", "till"],
        weight: 2.5,
        skills: [
          { skill: "friendliness", level: 3 },
          { skill: "basic-computer", level: 2 },
        ],
      },
    ]);
  });

  it("reads Dutch headers and values: Kant, Zinnen, Gewicht with a decimal comma, Tegenpartij ja", () => {
    const { ruleSet, errors } = parseRuleRows([
      ["Id", "Kant", "Zinnen", "Gewicht", "Vaardigheden", "Tegenpartij"],
      [
        "groothandel",
        "Backoffice",
        "groothandel*",
        "1,5",
        "Mondelinge en schriftelijke communicatie",
        "ja",
      ],
    ]);
    expect(errors).toEqual([]);
    expect(ruleSet.rules[0]).toMatchObject({
      side: "back",
      weight: 1.5,
      counterpart: true,
      skills: [{ skill: "correspondence", level: 3 }],
    });
  });

  it("reads numbers and booleans as Excel shows them, as a Rules sheet gives them", () => {
    const { ruleSet, errors } = parseRuleRows([
      ["Id", "Side", "Phrases", "Weight", "Counterpart"],
      [7, "front", "counter", 1.5, true],
      [8, true, "stock count", 2, false],
    ]);
    expect(ruleSet.rules).toEqual([
      { id: "7", side: "front", phrases: ["counter"], weight: 1.5, skills: [], counterpart: true },
    ]);
    expect(errors).toEqual([{ code: "bad-side", row: 3, value: "TRUE" }]);
    expect(ruleProblemText(errors[0], "en")).toBe(
      'Row 3: the side must be Front office or Back office (or front / back), not "TRUE".'
    );
  });

  it("fills in what is optional: id from the row number, weight 2, no skills", () => {
    const { ruleSet } = parseRuleRows([["Side", "Phrases"], [], ["back", "stock count"]]);
    expect(ruleSet.rules).toEqual([
      { id: "row-3", side: "back", phrases: ["stock count"], weight: 2, skills: [] },
    ]);
  });

  it("reports each bad row with its row number and keeps the good ones", () => {
    const { ruleSet, errors } = parseRuleRows([
      HEADER,
      ["a", "sideways", "x", "1", "", ""],
      ["b", "front", "", "1", "", ""],
      ["c", "front", "kl*ant", "1", "", ""],
      ["d", "front", "klant", "11", "", ""],
      ["e", "front", "klant", "1", "juggling:3", ""],
      ["f", "front", "klant", "1", "patience:7", ""],
      ["g", "front", "klant", "1", "", "maybe"],
      ["ok", "back", "pakbon*", "2", "", ""],
      ["ok", "back", "pakbon*", "2", "", ""],
    ]);
    expect(ruleSet.rules.map((r) => r.id)).toEqual(["ok"]);
    expect(errors.map((e) => e.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 10]);
    expect(errors.map((e) => e.code)).toEqual([
      "bad-side",
      "no-phrases",
      "misplaced-star",
      "bad-weight",
      "unknown-skill",
      "bad-level",
      "bad-counterpart",
      "duplicate-id",
    ]);
    const english = errors.map((e) => ruleProblemText(e, "en"));
    expect(english[0]).toMatch(/^Row 2: the side must be Front office or Back office/);
    expect(english[2]).toMatch(/a \* may only stand at the start or end of a word/);
    expect(english[3]).toMatch(/weight must be a number from 0 to 10/);
    expect(english[4]).toMatch(/"juggling" is not a skill/);
    expect(english[7]).toMatch(/id "ok" is used twice/);
    const dutch = errors.map((e) => ruleProblemText(e, "nl"));
    expect(dutch[0]).toMatch(/^Rij 2: de kant moet Frontoffice of Backoffice zijn/);
    expect(dutch[4]).toMatch(/"juggling" is geen vaardigheid/);
    expect(dutch[7]).toMatch(/de id "ok" komt twee keer voor/);
  });

  it("says which columns it needs when the header is not a rules header", () => {
    const { ruleSet, errors } = parseRuleRows([
      ["Task", "Hours"],
      ["x", "1"],
    ]);
    expect(ruleSet.rules).toEqual([]);
    expect(errors.map((e) => e.row)).toEqual([1]);
    expect(errors[0]).toEqual({ code: "no-header", row: 1, seen: ["task", "hours"] });
    expect(ruleProblemText(errors[0], "en")).toContain("Side and Phrases (Kant, Zinnen)");
    expect(ruleProblemText(errors[0], "en")).toContain("Headers seen: task, hours.");
    expect(ruleProblemText(errors[0], "nl")).toContain("Gevonden kolomkoppen: task, hours.");
    expect(ruleProblemText(parseRuleRows([]).errors[0], "en")).toContain("Headers seen: none");
    expect(ruleProblemText(parseRuleRows([]).errors[0], "nl")).toContain("kolomkoppen: geen");
  });
});

describe("ruleSetToRows", () => {
  it.each(["en", "nl"] as const)(
    "writes the built-in rules so they read back the same (%s)",
    (lang) => {
      const rows = ruleSetToRows(BUILTIN_RULES, lang);
      expect(rows[0]).toEqual(
        RULE_FIELDS.map((field) => messagesOf(lang).ruleSheet.headers[field])
      );
      const { ruleSet, errors } = parseRuleRows(rows);
      expect(errors).toEqual([]);
      // A Rules sheet holds the rules; the learned words stay with the built-in set it is merged on.
      expect(ruleSet).toEqual({ rules: BUILTIN_RULES.rules });
      expect(mergeRuleSets(BUILTIN_RULES, ruleSet)).toEqual(BUILTIN_RULES);
    }
  );
});

describe("mergeRuleSets", () => {
  const base: RuleSet = {
    rules: [
      { id: "a", side: "front", phrases: ["klant"], weight: 2, skills: [] },
      { id: "b", side: "back", phrases: ["factuur"], weight: 3, skills: [] },
    ],
  };

  it("replaces a rule with the same id in place and adds new ids at the end", () => {
    const merged = mergeRuleSets(base, {
      rules: [
        { id: "c", side: "back", phrases: ["pakbon"], weight: 2, skills: [] },
        { id: "a", side: "front", phrases: ["gast"], weight: 1, skills: [] },
      ],
    });
    expect(merged.rules.map((r) => `${r.id}:${r.phrases.join()}`)).toEqual([
      "a:gast",
      "b:factuur",
      "c:pakbon",
    ]);
    expect(base.rules[0].phrases).toEqual(["klant"]);
  });

  it("lets an owner switch a built-in rule off with weight 0", () => {
    const invoicing = BUILTIN_RULES.rules.find((r) => r.id === "invoicing");
    expect(invoicing).toBeDefined();
    const off = mergeRuleSets(BUILTIN_RULES, { rules: [{ ...invoicing!, weight: 0 }] });
    const before = createClassifier(BUILTIN_RULES).classify({ text: "Facturen versturen" });
    const after = createClassifier(off).classify({ text: "Facturen versturen" });
    expect(before.reasons.map((r) => r.ruleId)).toContain("invoicing");
    expect(after.reasons.map((r) => r.ruleId)).not.toContain("invoicing");
  });
});

describe("parseRuleRows on anything", () => {
  it("never throws, and every error names a row of the input", () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
        fc.boolean(),
        (rows, withHeader) => {
          const input = withHeader ? [HEADER, ...rows] : rows;
          const { ruleSet, errors } = parseRuleRows(input);
          for (const e of errors) {
            expect(e.row).toBeGreaterThanOrEqual(1);
            expect(e.row).toBeLessThanOrEqual(Math.max(1, input.length));
          }
          expect(() => createClassifier(ruleSet).classify({ text: "klant factuur" })).not.toThrow();
        }
      )
    );
  });
});
