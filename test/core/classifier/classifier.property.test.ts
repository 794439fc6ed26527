/**
 * Properties of the classifier, with a row's override applied after it as every host does, that
 * must hold for any cell an owner (or a paste of 50,000 rows) can put in a workbook: it never
 * throws, it answers the same every time, its numbers stay in range, case and accents do not
 * change the answer, and the rule set it was given is left alone.
 */
import fc from "fast-check";

import { createClassifier, type Classifier } from "../../../src/core/classifier/classifier";
import { LEARNED_RULE_ID } from "../../../src/core/classifier/learned";
import { applyOverride } from "../../../src/core/override";
import { BUILTIN_RULES } from "../../../src/core/rules/builtin";
import type { Decision, OfficeType, RuleSet, Side, TaskInput } from "../../../src/core/types";

/** The longest text an Excel cell holds. */
const EXCEL_CELL_MAX = 32_767;
const OFFICE_TYPES: readonly OfficeType[] = ["front", "back", "unclear"];
const SIDES: readonly Side[] = ["front", "back"];
/** Long texts are slow to classify three times over; fewer runs still find what breaks. */
const LONG_RUNS = { numRuns: 15 };

/** Taken before any test runs, to show afterwards that nothing changed the built-in rules. */
const BUILTIN_SNAPSHOT: RuleSet = structuredClone(BUILTIN_RULES);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const classifier = createClassifier(BUILTIN_RULES);

/** A task row as a workbook holds it: the task and role the classifier reads, and an override cell. */
interface TaskRow extends TaskInput {
  readonly override?: string;
}

/** What a row decides: the classifier's decision, with the row's override applied. */
function decideRow(rowClassifier: Classifier, row: TaskRow): Decision {
  return applyOverride(rowClassifier.classify({ text: row.text, role: row.role }), row.override);
}

/** Words the rules are likely to key on, with the accents, compounds and negations owners write. */
const VOCABULARY = [
  "klant",
  "klanten",
  "Klantenservice",
  "klantcontact",
  "klantenhelpdesk",
  "zonder",
  "geen",
  "niet",
  "contact met",
  "leverancier",
  "Groothandel",
  "facturen",
  "factuur",
  "btw-aangifte",
  "Salarisadministratie",
  "debiteurenbeheer",
  "crediteurenadministratie",
  "loonstroken",
  "kassa",
  "Kassamedewerker",
  "receptie",
  "balie",
  "patiënt",
  "patiënten",
  "gast",
  "gasten",
  "interne helpdesk",
  "collega's",
  "laptops",
  "sollicitatiegesprek",
  "rooster",
  "AVG",
  "vergunning",
  "verzekeringen",
  "nieuwsbrief",
  "advertentie",
  "financiële",
  "geïnteresseerd",
  "ideeën",
  "privé",
  "café",
  "reçu",
  "coördinatie",
  "één",
  "customer",
  "customers",
  "client",
  "guest",
  "supplier",
  "vendor",
  "wholesaler",
  "invoice",
  "invoicing",
  "complaints",
  "no",
  "not",
  "without",
  "talking to",
  "payroll",
  "VAT",
  "GDPR",
  "server",
  "network",
  "wifi",
  "Internal help desk",
  "employees",
  "recruitment",
  "social media",
  "flyers",
  "Receptionist",
  "Cashier",
  "Bookkeeper",
  "Front office",
  "Back office",
  "Backoffice",
  "FO",
  "BO",
  "Naïve",
  "résumé",
];
const SEPARATORS = [" ", "  ", ", ", "-", "/", ": ", ".", "'", "(", ")", "\n", "\t", "; ", " & "];
const OVERRIDES = [
  "Front office",
  "front",
  "Frontoffice",
  "FO",
  "Back office",
  "back",
  "Backoffice",
  "BO",
  "back-office",
  "",
  " ",
  "maybe",
  "misschien",
  "?",
  "fröntoffice",
  "BÁCK",
];

/** Letters, digits and punctuation of Latin-1, whose case and accents fold without surprises. */
const latinFiller = fc.stringMatching(/^[a-zA-Z0-9à-öø-ÿÀ-ÖØ-Þ ,.:;'()-]{0,12}$/);

/** Task-like text: domain words and filler joined by the separators owners type. */
const taskText = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom(...VOCABULARY), latinFiller), fc.constantFrom(...SEPARATORS)),
    {
      maxLength: 12,
    }
  )
  .map((parts) => parts.map(([word, separator]) => word + separator).join(""));

/** Any string at all, including lone surrogates, control characters and combining marks. */
const anyString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  taskText
);

const optionalString = (arbitrary: fc.Arbitrary<string>): fc.Arbitrary<string | undefined> =>
  fc.option(arbitrary, { nil: undefined });

const anyTask: fc.Arbitrary<TaskRow> = fc.record({
  text: anyString,
  role: optionalString(anyString),
  override: optionalString(fc.oneof(fc.constantFrom(...OVERRIDES), anyString)),
});

/** A text as long as a cell allows, made by repeating a short piece (possibly cutting a pair). */
const cellSizedText = fc
  .oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
    fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
    taskText.filter((t) => t.length > 0)
  )
  .map((piece) => piece.repeat(Math.ceil(EXCEL_CELL_MAX / piece.length)).slice(0, EXCEL_CELL_MAX));

const longTask: fc.Arbitrary<TaskRow> = fc.record({
  text: cellSizedText,
  role: optionalString(fc.oneof(cellSizedText, anyString)),
  override: optionalString(fc.oneof(fc.constantFrom(...OVERRIDES), cellSizedText)),
});

/** Every promise a Decision makes about itself, whatever the input. */
function expectWellFormed(task: TaskInput, decision: Decision): void {
  expect(OFFICE_TYPES).toContain(decision.officeType);
  expect(Number.isFinite(decision.confidence)).toBe(true);
  expect(decision.confidence).toBeGreaterThanOrEqual(0);
  expect(decision.confidence).toBeLessThanOrEqual(1);

  for (const reason of decision.reasons) {
    expect(SIDES).toContain(reason.side);
    expect(["task", "role"]).toContain(reason.source);
    expect(Number.isFinite(reason.weight)).toBe(true);
    expect(reason.weight).toBeGreaterThan(0);
    expect(reason.matched.length).toBeGreaterThan(0);
    if (reason.source === "role") expect(task.role).toBeDefined();
    if (reason.ruleId === LEARNED_RULE_ID) {
      expect(reason.learnedWords?.map((word) => word.written).join(", ")).toBe(reason.matched);
      expect(reason.learnedWords?.map((word) => word.folded).join(", ")).toBe(reason.phrase);
    } else {
      expect(reason.learnedWords).toBeUndefined();
    }
  }
  const weights = decision.reasons.map((reason) => reason.weight);
  expect(weights).toEqual([...weights].sort((a, b) => b - a));

  for (const side of SIDES) {
    const score = decision.scores[side];
    expect(Number.isFinite(score)).toBe(true);
    const ofSide = decision.reasons.filter((reason) => reason.side === side);
    const summed = ofSide.reduce((sum, reason) => sum + reason.weight, 0);
    // Weights and scores are each shown rounded to cents, so they may part by half a cent apiece.
    expect(Math.abs(score - summed)).toBeLessThanOrEqual(0.005 * (ofSide.length + 1) + 1e-9);
  }

  if (decision.override !== undefined) {
    expect(decision.officeType).toBe(decision.override);
    expect(decision.invalidOverride).toBeUndefined();
  } else if (decision.officeType === "front") {
    expect(decision.scores.front).toBeGreaterThan(decision.scores.back);
  } else if (decision.officeType === "back") {
    expect(decision.scores.back).toBeGreaterThan(decision.scores.front);
  }
}

/** Upper-cases or lower-cases each letter by the mask, where that is a clean one-to-one swap. */
function flipCase(text: string, mask: readonly boolean[]): string {
  return Array.from(text, (char, index) => {
    const upper = char.toUpperCase();
    const lower = char.toLowerCase();
    const clean =
      Array.from(upper).length === 1 &&
      Array.from(lower).length === 1 &&
      upper.toLowerCase() === lower;
    if (!clean || mask.length === 0) return char;
    return mask[index % mask.length] ? upper : lower;
  }).join("");
}

function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

function fold(text: string): string {
  return stripAccents(text).toLowerCase();
}

/** A decision with the owner's spelling folded out: what must not depend on case or accents. */
function spellingFree(decision: Decision): unknown {
  return {
    ...decision,
    reasons: decision.reasons.map((reason) => ({
      ...reason,
      matched: fold(reason.matched),
      learnedWords: reason.learnedWords?.map((word) => ({ ...word, written: fold(word.written) })),
    })),
    invalidOverride:
      decision.invalidOverride === undefined ? undefined : fold(decision.invalidOverride),
  };
}

describe("classify, for any input", () => {
  test("never throws and returns a well-formed decision", () => {
    fc.assert(
      fc.property(anyTask, (task) => {
        expectWellFormed(task, decideRow(classifier, task));
      })
    );
  });

  test("never throws on texts as long as an Excel cell allows", () => {
    fc.assert(
      fc.property(longTask, (task) => {
        expectWellFormed(task, decideRow(classifier, task));
      }),
      LONG_RUNS
    );
  });

  test.each([
    ["letters", "a".repeat(EXCEL_CELL_MAX)],
    [
      "one customer word, repeated",
      "klant ".repeat(Math.ceil(EXCEL_CELL_MAX / 6)).slice(0, EXCEL_CELL_MAX),
    ],
    ["negations only", "zonder geen niet no not without ".repeat(1100).slice(0, EXCEL_CELL_MAX)],
    ["one word, no spaces", "klantenservicefacturen".repeat(1500).slice(0, EXCEL_CELL_MAX)],
    ["stacked combining marks", "e" + "\u0301".repeat(EXCEL_CELL_MAX - 1)],
    ["lone surrogates", "\ud800".repeat(EXCEL_CELL_MAX)],
    ["control characters", "\u0000\u0007\u001b\u200b\ufeff".repeat(6600).slice(0, EXCEL_CELL_MAX)],
    ["separators only", " -/.,;:()'\n\t".repeat(2800).slice(0, EXCEL_CELL_MAX)],
    ["empty", ""],
  ])("never throws on %s", (_name, text) => {
    const task = { text, role: text, override: text };
    expectWellFormed(task, decideRow(classifier, task));
    expectWellFormed({ text }, classifier.classify({ text }));
  });

  test("answers the same every time, from the same or a new classifier", () => {
    const other = createClassifier(BUILTIN_RULES);
    fc.assert(
      fc.property(anyTask, (task) => {
        const first = decideRow(classifier, task);
        expect(decideRow(classifier, task)).toEqual(first);
        expect(decideRow(other, task)).toEqual(first);
      })
    );
  });

  test("answers the same every time for long texts", () => {
    fc.assert(
      fc.property(longTask, (task) => {
        expect(decideRow(classifier, task)).toEqual(decideRow(classifier, task));
      }),
      LONG_RUNS
    );
  });

  test("lets a recognised override decide, whatever the text and role", () => {
    const overrides: readonly (readonly [string, Side])[] = [
      ["Front office", "front"],
      ["front", "front"],
      ["Frontoffice", "front"],
      ["FO", "front"],
      ["Back office", "back"],
      ["back", "back"],
      ["Backoffice", "back"],
      ["BO", "back"],
    ];
    fc.assert(
      fc.property(
        anyString,
        optionalString(anyString),
        fc.constantFrom(...overrides),
        (text, role, [override, side]) => {
          const decision = decideRow(classifier, { text, role, override });
          expect(decision.officeType).toBe(side);
          expect(decision.override).toBe(side);
        }
      )
    );
  });
});

describe("classify ignores case and accents", () => {
  test("a text, role and override decide the same with other letter case and no accents", () => {
    const mask = fc.array(fc.boolean(), { minLength: 1, maxLength: 64 });
    fc.assert(
      fc.property(
        taskText,
        optionalString(taskText),
        optionalString(fc.constantFrom(...OVERRIDES)),
        mask,
        (text, role, override, flips) => {
          const variant = (value: string | undefined): string | undefined =>
            value === undefined ? undefined : stripAccents(flipCase(value, flips));
          const original = decideRow(classifier, { text, role, override });
          const respelled = decideRow(classifier, {
            text: variant(text) ?? "",
            role: variant(role),
            override: variant(override),
          });
          expect(spellingFree(respelled)).toEqual(spellingFree(original));
        }
      )
    );
  });

  test.each([
    ["Patiënt bellen ivm afspraak", "PATIENT BELLEN IVM AFSPRAAK"],
    ["Klantenservice mails beantwoorden", "kLaNtEnSeRvIcE MAILS beantwoorden"],
    ["Financiële administratie", "financiele ADMINISTRATIE"],
    ["Bel leverancier over late levering", "BEL LEVERANCIER OVER LATE LEVERING"],
    ["No customer contact: count stock", "no CUSTOMER contact: COUNT stock"],
  ])("%s decides as %s", (text, respelled) => {
    expect(spellingFree(classifier.classify({ text: respelled }))).toEqual(
      spellingFree(classifier.classify({ text }))
    );
  });
});

describe("classify leaves its rule set alone", () => {
  const frozenRules = deepFreeze(structuredClone(BUILTIN_RULES));
  const frozenClassifier = createClassifier(frozenRules);

  test("classifies with a deep-frozen copy of the rules exactly as with the originals", () => {
    fc.assert(
      fc.property(anyTask, (task) => {
        expect(decideRow(frozenClassifier, task)).toEqual(decideRow(classifier, task));
      })
    );
    expect(frozenRules).toEqual(BUILTIN_SNAPSHOT);
  });

  test("does not change the built-in rules", () => {
    fc.assert(
      fc.property(anyTask, (task) => {
        decideRow(classifier, task);
      })
    );
    expect(BUILTIN_RULES).toEqual(BUILTIN_SNAPSHOT);
  });
});
