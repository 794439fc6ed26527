/**
 * Rule sets as rows: how a Rules sheet or a rules CSV reads and writes. Rows are validated one by
 * one; a bad row comes back as a problem with its row number and the other rows still apply.
 */
import { cellText } from "../cell-text";
import { LEARNED_RULE_ID } from "../classifier/learned";
import { LANGUAGES, messagesOf, wordsOfEveryLanguage } from "../language/languages";
import { normalize } from "../normalize";
import { parseOverride } from "../override";
import { findSkill } from "../skills";
import type { Language, Level, Rule, RuleSet, Side, SkillNeed } from "../types";
import { parsePhrase } from "./patterns";
import type { RuleProblem, RuleProblemCode, RuleProblemParams } from "./rule-problems";

type Field = "id" | "side" | "phrases" | "weight" | "skills" | "counterpart";

/** The columns of a rules sheet, in the order FrontBack writes them. */
export const RULE_FIELDS: readonly Field[] = [
  "id",
  "side",
  "phrases",
  "weight",
  "skills",
  "counterpart",
];
/** The headers that name each field, in every language, folded. */
const HEADER_WORDS: Readonly<Record<Field, readonly string[]>> = Object.fromEntries(
  RULE_FIELDS.map((field) => [
    field,
    LANGUAGES.flatMap((lang) => messagesOf(lang).words.ruleHeaders[field].map(normalize)),
  ])
) as Record<Field, string[]>;
/** Weight 0 switches a built-in rule off; above 10 one rule would drown all others. */
const MAX_WEIGHT = 10;
const DEFAULT_WEIGHT = 2;
const DEFAULT_SKILL_LEVEL: Level = 3;
/** Yes and no in the Counterpart column, in every language; a mark or a 1 is yes, 0 or empty no. */
const YES: ReadonlySet<string> = new Set([...wordsOfEveryLanguage((m) => m.words.yes), "1", "x"]);
const NO: ReadonlySet<string> = new Set([...wordsOfEveryLanguage((m) => m.words.no), "", "0"]);

/** A row's problem without its row number, which the caller knows. */
type RowProblem = {
  readonly [Code in RuleProblemCode]: { readonly code: Code } & RuleProblemParams[Code];
}[RuleProblemCode];

function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Reads "conflict:3; patience" (ids or English/Dutch labels, level 0-4, default 3). */
function parseSkills(text: string): { skills: SkillNeed[] } | { problem: RowProblem } {
  const skills: SkillNeed[] = [];
  for (const part of splitList(text.replace(/,/g, ";"))) {
    const [name, levelText] = part.split(":").map((p) => p.trim());
    const skill = findSkill(name);
    if (!skill) return { problem: { code: "unknown-skill", name } };
    const level =
      levelText === undefined || levelText === "" ? DEFAULT_SKILL_LEVEL : Number(levelText);
    if (!Number.isInteger(level) || level < 0 || level > 4) {
      return { problem: { code: "bad-level", name, value: levelText ?? "" } };
    }
    skills.push({ skill, level: level as Level });
  }
  return { skills };
}

function parseRow(
  cells: readonly string[],
  columns: ReadonlyMap<Field, number>,
  rowNumber: number
): Rule | RowProblem {
  const get = (field: Field): string => {
    const index = columns.get(field);
    return index === undefined ? "" : (cells[index] ?? "");
  };
  const id = get("id") || `row-${rowNumber}`;
  if (id.trim().toLowerCase() === LEARNED_RULE_ID) {
    return { code: "learned-id", id };
  }
  const sideText = get("side");
  const side: Side | undefined = parseOverride(sideText).side;
  if (!side) return { code: "bad-side", value: sideText };
  const phrases = splitList(get("phrases"));
  if (phrases.length === 0) return { code: "no-phrases" };
  for (const phrase of phrases) {
    const parsed = parsePhrase(phrase);
    if (!parsed.ok) return parsed;
  }
  const weightText = get("weight").replace(",", ".");
  const weight = weightText === "" ? DEFAULT_WEIGHT : Number(weightText);
  if (!Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
    return { code: "bad-weight", value: get("weight"), max: MAX_WEIGHT };
  }
  const skills = parseSkills(get("skills"));
  if ("problem" in skills) return skills.problem;
  const counterpartText = normalize(get("counterpart"));
  if (!YES.has(counterpartText) && !NO.has(counterpartText)) {
    return { code: "bad-counterpart", value: get("counterpart") };
  }
  return {
    id,
    side,
    phrases,
    weight,
    skills: skills.skills,
    ...(YES.has(counterpartText) ? { counterpart: true } : {}),
  };
}

/**
 * Reads a rule set from rows of cells, row 0 being the header (English or Dutch, any case). The
 * Side and Phrases columns are required; Id defaults to the row number, Weight to 2, Skills to
 * none, Counterpart to no. Every row that cannot be used is reported with its 1-based row number.
 */
export function parseRuleRows(rows: readonly (readonly unknown[])[]): {
  ruleSet: RuleSet;
  errors: RuleProblem[];
} {
  const errors: RuleProblem[] = [];
  const header = (rows[0] ?? []).map((cell) => normalize(cellText(cell)));
  const columns = new Map<Field, number>();
  for (const field of RULE_FIELDS) {
    const index = header.findIndex((h) => HEADER_WORDS[field].includes(h));
    if (index >= 0) columns.set(field, index);
  }
  if (!columns.has("side") || !columns.has("phrases")) {
    errors.push({ code: "no-header", row: 1, seen: header.filter((h) => h !== "") });
    return { ruleSet: { rules: [] }, errors };
  }
  const rules: Rule[] = [];
  const ids = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    const rowNumber = i + 2;
    const cells = (Array.isArray(row) ? row : []).map(cellText);
    if (cells.every((c) => c === "")) return;
    const parsed = parseRow(cells, columns, rowNumber);
    if ("code" in parsed) {
      errors.push({ ...parsed, row: rowNumber });
    } else if (ids.has(parsed.id)) {
      errors.push({ code: "duplicate-id", row: rowNumber, id: parsed.id });
    } else {
      ids.add(parsed.id);
      rules.push(parsed);
    }
  });
  return { ruleSet: { rules }, errors };
}

/** Writes a rule set as rows (header first) that `parseRuleRows` reads back to the same rules. */
export function ruleSetToRows(ruleSet: RuleSet, lang: Language): string[][] {
  const messages = messagesOf(lang);
  const headers = messages.ruleSheet.headers;
  const sideLabel = messages.officeTypes;
  const yes = messages.ruleSheet.yes;
  return [
    RULE_FIELDS.map((field) => headers[field]),
    ...ruleSet.rules.map((rule) => [
      rule.id,
      sideLabel[rule.side],
      rule.phrases.join("; "),
      String(rule.weight),
      rule.skills.map((s) => `${s.skill}:${s.level}`).join("; "),
      rule.counterpart === true ? yes : "",
    ]),
  ];
}

/**
 * The owner's rules on top of the base: a rule with the same id replaces it, new ids are added.
 * The base's learned word leanings stay: they weigh only words no rule reads the other way, so an
 * owner's rule on a word takes it over.
 */
export function mergeRuleSets(base: RuleSet, user: RuleSet): RuleSet {
  const byId = new Map(user.rules.map((rule) => [rule.id, rule]));
  const replaced = base.rules.map((rule) => byId.get(rule.id) ?? rule);
  const baseIds = new Set(base.rules.map((rule) => rule.id));
  const rules = [...replaced, ...user.rules.filter((rule) => !baseIds.has(rule.id))];
  return base.leanings === undefined ? { rules } : { rules, leanings: base.leanings };
}
