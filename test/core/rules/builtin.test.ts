/**
 * Checks on the built-in rule set as data: each phrase reads as it is written, and nothing in it
 * makes every task slower.
 */
import { BUILTIN_RULES } from "../../../src/core/rules/builtin";
import { STOP_WORDS } from "../../../src/core/rules/language";
import { parsePhrase } from "../../../src/core/rules/patterns";

const phrases = BUILTIN_RULES.rules.flatMap((rule) =>
  rule.phrases.map((phrase) => ({ rule: rule.id, phrase }))
);

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
