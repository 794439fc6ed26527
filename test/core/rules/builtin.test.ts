/**
 * Checks on the built-in rule set as data: its rows read as an owner's Rules sheet must, each
 * phrase reads as it is written, and nothing in it makes every task slower.
 */
import { BUILTIN_RULES, readBuiltinRules } from "../../../src/core/rules/builtin";
import BUILTIN_ROWS from "../../../src/core/rules/builtin-rules.json";
import { STOP_WORDS } from "../../../src/core/rules/language";
import { parsePhrase } from "../../../src/core/rules/patterns";
import { messagesOf } from "../../../src/core/language/languages";
import { ruleProblemText } from "../../../src/core/rules/rule-problems";
import { parseRuleRows, RULE_FIELDS, ruleSetToRows } from "../../../src/core/rules/rule-rows";

const phrases = BUILTIN_RULES.rules.flatMap((rule) =>
  rule.phrases.map((phrase) => ({ rule: rule.id, phrase }))
);

/** The built-in rows with one cell of one rule changed, and that row's 1-based number. */
function withCell(id: string, column: number, value: string): { rows: string[][]; row: number } {
  const index = BUILTIN_ROWS.findIndex((cells) => cells[0] === id);
  const rows = BUILTIN_ROWS.map((cells, i) =>
    i === index ? cells.map((cell, c) => (c === column ? value : cell)) : cells
  );
  return { rows, row: index + 1 };
}

describe("the built-in rule rows (builtin-rules.json)", () => {
  it("read through the Rules sheet's parser without a single error", () => {
    const { ruleSet, errors } = parseRuleRows(BUILTIN_ROWS);
    expect(errors).toEqual([]);
    expect(ruleSet.rules).toHaveLength(BUILTIN_ROWS.length - 1);
    expect(BUILTIN_RULES.rules).toEqual(ruleSet.rules);
  });

  it("are exactly the rows frontback rules writes, header and all", () => {
    expect(BUILTIN_ROWS[0]).toEqual(
      RULE_FIELDS.map((field) => messagesOf("en").ruleSheet.headers[field])
    );
    expect(ruleSetToRows(BUILTIN_RULES, "en")).toEqual(BUILTIN_ROWS);
  });

  it("report a misspelt skill id, and the loader refuses it", () => {
    const skills = BUILTIN_ROWS[0].indexOf("Skills");
    const { rows, row } = withCell("complaints", skills, "conflcit:3; patience:3");
    const { errors } = parseRuleRows(rows);
    expect(errors.map((error) => error.row)).toEqual([row]);
    expect(errors[0]).toEqual({ code: "unknown-skill", row, name: "conflcit" });
    expect(ruleProblemText(errors[0], "en")).toContain(
      '"conflcit" is not a skill of the catalogue'
    );
    expect(() => readBuiltinRules(rows)).toThrow(`Row ${row}: "conflcit" is not a skill`);
  });

  it("report any row that does not read, such as a side that is neither", () => {
    const side = BUILTIN_ROWS[0].indexOf("Side");
    const { rows, row } = withCell("payroll", side, "Middle office");
    expect(parseRuleRows(rows).errors.map((error) => error.row)).toEqual([row]);
    expect(() => readBuiltinRules(rows)).toThrow("builtin-rules.json");
  });
});

describe("the built-in rules", () => {
  it("have unique ids", () => {
    const ids = BUILTIN_RULES.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("parse, every phrase of them", () => {
    const broken = phrases.filter(({ phrase }) => !parsePhrase(phrase).ok);
    expect(broken).toEqual([]);
  });

  it("keep two words in a phrase of two: a stop word dropped from 'check in' would leave 'check'", () => {
    const shrunk = phrases.filter(({ phrase }) => {
      const parsed = parsePhrase(phrase);
      if (!parsed.ok || parsed.words.length < 2) return false;
      const content = parsed.words.filter((w) => w.kind !== "word" || !STOP_WORDS.has(w.text));
      return content.length < 2;
    });
    expect(shrunk).toEqual([]);
  });

  it("name no numbers, so the numbers in tasks (dates, amounts, row numbers) need no look-up", () => {
    expect(phrases.filter(({ phrase }) => /\d/.test(phrase))).toEqual([]);
  });
});
