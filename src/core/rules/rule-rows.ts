/**
 * Rule sets as rows: how a Rules sheet or a rules CSV reads and writes. Rows are validated one by
 * one; a bad row comes back as a message with its row number and the other rows still apply.
 */
import { cellText } from "../cell-text";
import { LEARNED_RULE_ID } from "../classifier";
import { normalize } from "../normalize";
import { parseOverride } from "../override";
import { findSkill } from "../skills";
import type { Language, Level, Rule, RuleRowError, RuleSet, Side, SkillNeed } from "../types";
import { parsePhrase } from "./patterns";

type Field = "id" | "side" | "phrases" | "weight" | "skills" | "counterpart";

/** Column headers of a rules sheet, in the order FrontBack writes them. */
export const RULE_HEADERS: Readonly<Record<Language, Readonly<Record<Field, string>>>> = {
  en: {
    id: "Id",
    side: "Side",
    phrases: "Phrases",
    weight: "Weight",
    skills: "Skills",
    counterpart: "Counterpart",
  },
  nl: {
    id: "Id",
    side: "Kant",
    phrases: "Zinnen",
    weight: "Gewicht",
    skills: "Vaardigheden",
    counterpart: "Tegenpartij",
  },
};

const FIELDS: readonly Field[] = ["id", "side", "phrases", "weight", "skills", "counterpart"];
const HEADER_WORDS: Readonly<Record<Field, readonly string[]>> = {
  id: ["id", "rule", "regel", "name", "naam"],
  side: ["side", "kant", "office", "office type", "officetype"],
  phrases: ["phrases", "phrase", "words", "zinnen", "zin", "woorden", "trefwoorden", "keywords"],
  weight: ["weight", "gewicht"],
  skills: ["skills", "vaardigheden"],
  counterpart: ["counterpart", "tegenpartij"],
};
/** Weight 0 switches a built-in rule off; above 10 one rule would drown all others. */
const MAX_WEIGHT = 10;
const DEFAULT_WEIGHT = 2;
const DEFAULT_SKILL_LEVEL: Level = 3;
const YES = new Set(["yes", "y", "ja", "j", "true", "waar", "1", "x"]);
const NO = new Set(["", "no", "n", "nee", "false", "onwaar", "0"]);

function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Reads "conflict:3; patience" (ids or English/Dutch labels, level 0-4, default 3). */
function parseSkills(text: string): { skills: SkillNeed[] } | { error: string } {
  const skills: SkillNeed[] = [];
  for (const part of splitList(text.replace(/,/g, ";"))) {
    const [name, levelText] = part.split(":").map((p) => p.trim());
    const skill = findSkill(name);
    if (!skill)
      return {
        error: `"${name}" is not a skill of the catalogue (use an id such as conflict or a label such as Patience / Geduld)`,
      };
    const level =
      levelText === undefined || levelText === "" ? DEFAULT_SKILL_LEVEL : Number(levelText);
    if (!Number.isInteger(level) || level < 0 || level > 4) {
      return {
        error: `the level of "${name}" must be a whole number from 0 to 4, not "${levelText ?? ""}"`,
      };
    }
    skills.push({ skill, level: level as Level });
  }
  return { skills };
}

function parseRow(
  cells: readonly string[],
  columns: ReadonlyMap<Field, number>,
  rowNumber: number
): Rule | string {
  const get = (field: Field): string => {
    const index = columns.get(field);
    return index === undefined ? "" : (cells[index] ?? "");
  };
  const id = get("id") || `row-${rowNumber}`;
  if (id.trim().toLowerCase() === LEARNED_RULE_ID) {
    return `the id "${id}" is kept for the learned words in the Why column; give the rule another id`;
  }
  const sideText = get("side");
  const side: Side | undefined = parseOverride(sideText).side;
  if (!side)
    return `the side must be Front office or Back office (or front / back), not "${sideText}"`;
  const phrases = splitList(get("phrases"));
  if (phrases.length === 0) return "it has no phrases: write one or more, separated by ;";
  for (const phrase of phrases) {
    const parsed = parsePhrase(phrase);
    if (!parsed.ok) return `phrase ${parsed.message}`;
  }
  const weightText = get("weight").replace(",", ".");
  const weight = weightText === "" ? DEFAULT_WEIGHT : Number(weightText);
  if (!Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
    return `the weight must be a number from 0 to ${MAX_WEIGHT}, not "${get("weight")}"`;
  }
  const skills = parseSkills(get("skills"));
  if ("error" in skills) return skills.error;
  const counterpartText = normalize(get("counterpart"));
  if (!YES.has(counterpartText) && !NO.has(counterpartText)) {
    return `counterpart must be yes or no (ja / nee), not "${get("counterpart")}"`;
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
  errors: RuleRowError[];
} {
  const errors: RuleRowError[] = [];
  const header = (rows[0] ?? []).map((cell) => normalize(cellText(cell)));
  const columns = new Map<Field, number>();
  for (const field of FIELDS) {
    const index = header.findIndex((h) => HEADER_WORDS[field].includes(h));
    if (index >= 0) columns.set(field, index);
  }
  if (!columns.has("side") || !columns.has("phrases")) {
    const seen = header.filter((h) => h !== "").join(", ") || "none";
    errors.push({
      row: 1,
      message: `The first row must name the rule columns Side and Phrases (Kant, Zinnen); optional: Id, Weight, Skills, Counterpart. Headers seen: ${seen}.`,
    });
    return { ruleSet: { rules: [] }, errors };
  }
  const rules: Rule[] = [];
  const ids = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    const rowNumber = i + 2;
    const cells = (Array.isArray(row) ? row : []).map(cellText);
    if (cells.every((c) => c === "")) return;
    const parsed = parseRow(cells, columns, rowNumber);
    if (typeof parsed === "string") {
      errors.push({ row: rowNumber, message: `Row ${rowNumber}: ${parsed}.` });
    } else if (ids.has(parsed.id)) {
      errors.push({
        row: rowNumber,
        message: `Row ${rowNumber}: the id "${parsed.id}" is used twice; give each rule its own id.`,
      });
    } else {
      ids.add(parsed.id);
      rules.push(parsed);
    }
  });
  return { ruleSet: { rules }, errors };
}

/** Writes a rule set as rows (header first) that `parseRuleRows` reads back to the same rules. */
export function ruleSetToRows(ruleSet: RuleSet, lang: Language): string[][] {
  const headers = RULE_HEADERS[lang];
  const sideLabel: Record<Side, string> =
    lang === "nl"
      ? { front: "Frontoffice", back: "Backoffice" }
      : { front: "Front office", back: "Back office" };
  const yes = lang === "nl" ? "ja" : "yes";
  return [
    FIELDS.map((field) => headers[field]),
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
