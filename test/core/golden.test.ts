/**
 * Golden cases for the built-in rule set: tasks as small-business owners type them, in English
 * and Dutch, with the side a person would choose by the domain definition and the words that
 * must be among the reasons. The fixtures are written from the domain, not from the classifier:
 * a failure here is a question about the rules before it is a question about the fixture.
 */
import { readFileSync } from "fs";
import { join } from "path";

import { createClassifier } from "../../src/core/classifier/classifier";
import { applyOverride } from "../../src/core/override";
import { BUILTIN_RULES } from "../../src/core/rules/builtin";
import type { Decision, Language, OfficeType, Side } from "../../src/core/types";

interface GoldenCase {
  readonly text: string;
  readonly role?: string;
  readonly override?: string;
  readonly expected: OfficeType;
  readonly because?: readonly string[];
  readonly note?: string;
}

const LANGUAGES: readonly Language[] = ["en", "nl"];
const OFFICE_TYPES: readonly OfficeType[] = ["front", "back", "unclear"];
const MIN_CASES_PER_LANGUAGE = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOfficeType(value: unknown): value is OfficeType {
  return OFFICE_TYPES.some((type) => type === value);
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function optionalString(
  record: Record<string, unknown>,
  key: string,
  where: string
): string | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new Error(`${where}: "${key}" must be a string`);
  return value;
}

/** Validates one fixture entry, so a typo in the JSON fails loudly instead of testing nothing. */
function toCase(value: unknown, where: string): GoldenCase {
  if (!isRecord(value)) throw new Error(`${where}: not an object`);
  const known = new Set(["text", "role", "override", "expected", "because", "note"]);
  const unknownKeys = Object.keys(value).filter((key) => !known.has(key));
  if (unknownKeys.length > 0) throw new Error(`${where}: unknown keys ${unknownKeys.join(", ")}`);
  const { text, expected, because } = value;
  if (typeof text !== "string" || text.trim() === "")
    throw new Error(`${where}: "text" must be a non-empty string`);
  if (!isOfficeType(expected))
    throw new Error(`${where}: "expected" must be front, back or unclear`);
  if (because !== undefined && !isStringArray(because))
    throw new Error(`${where}: "because" must be an array of strings`);
  return {
    text,
    role: optionalString(value, "role", where),
    override: optionalString(value, "override", where),
    expected,
    because,
    note: optionalString(value, "note", where),
  };
}

function loadCases(language: Language): readonly GoldenCase[] {
  const file = join(__dirname, "..", "fixtures", "golden", `${language}.json`);
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected an array of cases`);
  return parsed.map((entry, index) => toCase(entry, `${language}.json[${index}]`));
}

/**
 * Case and accent folding written here rather than imported, so the test does not inherit a bug
 * in the code under test.
 */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * What an override cell means, per the contract's list of accepted spellings: an independent
 * oracle, so the test knows which cases the override must decide. `null` is "not understood".
 */
function overrideSide(value: string | undefined): Side | undefined | null {
  if (value === undefined) return undefined;
  const compact = fold(value).replace(/ /g, "");
  if (compact === "") return undefined;
  if (["front", "frontoffice", "fo"].includes(compact)) return "front";
  if (["back", "backoffice", "bo"].includes(compact)) return "back";
  return null;
}

function category(goldenCase: GoldenCase): string {
  return (goldenCase.note ?? "").split(":")[0].trim();
}

function label(language: Language, goldenCase: GoldenCase): string {
  const role = goldenCase.role === undefined ? "" : ` [role: ${goldenCase.role}]`;
  const override =
    goldenCase.override === undefined ? "" : ` [override: ${JSON.stringify(goldenCase.override)}]`;
  return `${language}: ${goldenCase.text}${role}${override} -> ${goldenCase.expected}`;
}

/** The decision in a form that reads well in a failure message. */
function explain(decision: Decision): {
  officeType: OfficeType;
  override?: Side;
  scores: Decision["scores"];
  why: string[];
} {
  return {
    officeType: decision.officeType,
    override: decision.override,
    scores: decision.scores,
    why: decision.reasons.map(
      (reason) =>
        `${reason.side} ${reason.weight} ${reason.ruleId} "${reason.phrase}" ~ "${reason.matched}"` +
        `${reason.source === "role" ? " (role)" : ""}${reason.negated ? " (negated)" : ""}`
    ),
  };
}

const classifier = createClassifier(BUILTIN_RULES);
const casesByLanguage = new Map(
  LANGUAGES.map((language) => [language, loadCases(language)] as const)
);

describe("golden fixtures are well formed", () => {
  describe.each(LANGUAGES)("%s", (language) => {
    const cases = casesByLanguage.get(language) ?? [];

    test(`has at least ${MIN_CASES_PER_LANGUAGE} cases`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES_PER_LANGUAGE);
    });

    test("covers every office type", () => {
      const seen = new Set(cases.map((goldenCase) => goldenCase.expected));
      expect([...seen].sort()).toEqual([...OFFICE_TYPES].sort());
    });

    test("has no duplicate cases", () => {
      const keys = cases.map((c) => JSON.stringify([c.text, c.role ?? null, c.override ?? null]));
      const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
      expect(duplicates).toEqual([]);
    });

    test("names only words the text or role contains as `because`", () => {
      const strays = cases.flatMap((c) => {
        const haystack = ` ${fold(`${c.text} ${c.role ?? ""}`)} `;
        return (c.because ?? [])
          .filter((word) => !haystack.includes(fold(word)))
          .map((word) => `${c.text}: ${word}`);
      });
      expect(strays).toEqual([]);
    });

    test("gives `because` words only where reasons for a side are expected", () => {
      const misplaced = cases.filter(
        (c) =>
          (c.because ?? []).length > 0 &&
          (c.expected === "unclear" ||
            (overrideSide(c.override) !== undefined && overrideSide(c.override) !== null))
      );
      expect(misplaced.map((c) => c.text)).toEqual([]);
    });

    test("expects the override side wherever a recognised override is given", () => {
      const contradicting = cases.filter((c) => {
        const side = overrideSide(c.override);
        return side !== undefined && side !== null && side !== c.expected;
      });
      expect(contradicting.map((c) => c.text)).toEqual([]);
    });
  });
});

describe.each(LANGUAGES)("golden %s", (language) => {
  const cases = casesByLanguage.get(language) ?? [];

  for (const goldenCase of cases) {
    test(label(language, goldenCase), () => {
      const decision = applyOverride(
        classifier.classify({ text: goldenCase.text, role: goldenCase.role }),
        goldenCase.override
      );
      const side = overrideSide(goldenCase.override);

      if (side !== undefined && side !== null) {
        expect(explain(decision)).toEqual(
          expect.objectContaining({ officeType: side, override: side })
        );
        return;
      }

      expect(explain(decision)).toEqual(
        expect.objectContaining({ officeType: goldenCase.expected })
      );
      expect(decision.override).toBeUndefined();

      if (side === null) {
        // The owner must learn that the override cell was not understood.
        expect(decision.invalidOverride).toBeDefined();
      }

      if (goldenCase.expected !== "unclear") {
        const matchedForSide = decision.reasons
          .filter((reason) => reason.side === goldenCase.expected)
          .map((reason) => fold(reason.matched));
        const missing = (goldenCase.because ?? []).filter(
          (word) => !matchedForSide.some((matched) => matched.includes(fold(word)))
        );
        expect({ missing, decision: explain(decision) }).toEqual(
          expect.objectContaining({ missing: [] })
        );
      }

      // "Unclear" has two honest causes, and they must not be confused.
      if (category(goldenCase) === "no-signal") {
        expect(explain(decision).why).toEqual([]);
      }
      if (category(goldenCase) === "cancel-out") {
        expect(decision.scores.front).toBeGreaterThan(0);
        expect(decision.scores.back).toBeGreaterThan(0);
      }
    });
  }
});
