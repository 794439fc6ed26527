import { formatGap, formatSkills, formatWhy } from "../../src/core/format";
import { messagesOf } from "../../src/core/language/languages";
import { LEARNED_RULE_ID } from "../../src/core/classifier/learned";
import type { SkillGap } from "../../src/core/gaps";
import type { Reason, Side } from "../../src/core/types";
import { decision, reason } from "./decision-fixture";

/** The learned reason of a side, as the classifier makes it: its words one by one, and joined. */
function learned(side: Side, written: string[], weight: number): Reason {
  return reason(side, written.join(", "), weight, {
    ruleId: LEARNED_RULE_ID,
    phrase: written.join(", "),
    learnedWords: written.map((word) => ({ written: word, folded: word })),
  });
}

describe("labels", () => {
  it("names the office types in English and Dutch", () => {
    expect(messagesOf("en").officeTypes).toEqual({
      front: "Front office",
      back: "Back office",
      unclear: "Unclear",
    });
    expect(messagesOf("nl").officeTypes).toEqual({
      front: "Frontoffice",
      back: "Backoffice",
      unclear: "Onduidelijk",
    });
  });
});

describe("formatWhy", () => {
  it("quotes the matched words, grouped by side, strongest side first", () => {
    const d = decision("front", [
      reason("front", "customers", 3),
      reason("back", "invoice", 1),
      reason("front", "complaint", 2),
    ]);
    expect(formatWhy(d, "en")).toBe('Front: "customers", "complaint"; Back: "invoice"');
  });

  it("puts the back-office words first when they weigh more", () => {
    const d = decision("back", [reason("front", "phone", 1), reason("back", "payroll", 4)]);
    expect(formatWhy(d, "en")).toBe('Back: "payroll"; Front: "phone"');
  });

  it("names the sides in Dutch", () => {
    const d = decision("back", [reason("back", "facturen", 2), reason("front", "klant", 1)]);
    expect(formatWhy(d, "nl")).toBe('Backoffice: "facturen"; Frontoffice: "klant"');
  });

  it("marks a negated match", () => {
    const d = decision("back", [
      reason("back", "no customer contact", 2, { negated: true }),
      reason("back", "invoices", 1),
    ]);
    expect(formatWhy(d, "en")).toBe('Back: "no customer contact" (negated), "invoices"');
    expect(formatWhy(d, "nl")).toBe('Backoffice: "no customer contact" (ontkend), "invoices"');
  });

  it("quotes learned words one by one and marks them, after the rules' words", () => {
    const d = decision("back", [
      reason("back", "records", 1),
      learned("back", ["houdt", "registers"], 1.5),
      learned("front", ["balie"], 0.5),
    ]);
    expect(formatWhy(d, "en")).toBe(
      'Back: "houdt", "registers" (learned), "records"; Front: "balie" (learned)'
    );
    expect(formatWhy(d, "nl")).toBe(
      'Backoffice: "houdt", "registers" (geleerd), "records"; Frontoffice: "balie" (geleerd)'
    );
  });

  it("says a learned word once, by the rule, when a rule's reason already quotes it", () => {
    const d = decision("back", [
      reason("back", "facturen", 3),
      learned("back", ["openstaande", "facturen"], 1.5),
      reason("front", "klanten", 3),
      learned("front", ["klanten"], 1),
    ]);
    expect(formatWhy(d, "en")).toBe('Back: "facturen", "openstaande" (learned); Front: "klanten"');
  });

  it("marks a match on the role", () => {
    const d = decision("front", [reason("front", "receptionist", 1, { source: "role" })]);
    expect(formatWhy(d, "en")).toBe('Front: "receptionist" (role)');
    expect(formatWhy(d, "nl")).toBe('Frontoffice: "receptionist" (functie)');
  });

  it("marks a negated match on the role with both", () => {
    const d = decision("back", [
      reason("back", "geen klantcontact", 1, { source: "role", negated: true }),
    ]);
    expect(formatWhy(d, "en")).toBe('Back: "geen klantcontact" (role, negated)');
  });

  it("shows the same words once when two rules fire on them", () => {
    const d = decision("front", [reason("front", "customer", 2), reason("front", "customer", 1)]);
    expect(formatWhy(d, "en")).toBe('Front: "customer"');
  });

  it("says so when no words were found", () => {
    expect(formatWhy(decision("unclear"), "en")).toBe("No front- or back-office words found");
    expect(formatWhy(decision("unclear"), "nl")).toBe("Geen front- of backofficewoorden gevonden");
  });

  it("says the signals cancel out when an unclear task has words on both sides", () => {
    const d = decision("unclear", [reason("front", "customer", 2), reason("back", "invoice", 2)]);
    expect(formatWhy(d, "en")).toBe('Front: "customer"; Back: "invoice" — signals cancel out');
    expect(formatWhy(d, "nl")).toBe(
      'Frontoffice: "customer"; Backoffice: "invoice" — signalen heffen elkaar op'
    );
  });

  it("does not say signals cancel out for a weak one-sided task", () => {
    const d = decision("unclear", [reason("front", "visit", 0.2)]);
    expect(formatWhy(d, "en")).toBe('Front: "visit"');
  });

  it("shows the override instead of the words", () => {
    const d = decision("back", [reason("front", "customers", 3)], { override: "back" });
    expect(formatWhy(d, "en")).toBe("Override: Back office");
    expect(formatWhy(d, "nl")).toBe("Handmatig: Backoffice");
  });

  it("tells the owner an override was not understood", () => {
    const d = decision("front", [reason("front", "customers", 3)], { invalidOverride: "maybe" });
    expect(formatWhy(d, "en")).toBe(
      'Front: "customers". Override "maybe" not understood: write Front office or Back office'
    );
    expect(formatWhy(decision("unclear", [], { invalidOverride: "misschien" }), "nl")).toBe(
      'Geen front- of backofficewoorden gevonden. Handmatige waarde "misschien" niet begrepen: schrijf Frontoffice of Backoffice'
    );
  });
});

describe("formatSkills", () => {
  it("lists each skill with its level", () => {
    const needs = [
      { skill: "interpersonal", level: 2 },
      { skill: "conflict", level: 3 },
    ] as const;
    expect(formatSkills(needs, "en")).toBe("Interpersonal skills 2, Conflict handling 3");
    expect(formatSkills(needs, "nl")).toBe("Interpersoonlijke vaardigheden 2, Conflicthantering 3");
  });

  it("is empty when nothing is needed", () => {
    expect(formatSkills([], "en")).toBe("");
  });
});

describe("formatGap", () => {
  const gap: SkillGap = {
    status: "known",
    gaps: [
      { skill: "conflict", required: 3, current: 1 },
      { skill: "patience", required: 3, current: null },
    ],
  };

  it("gives each short skill with both levels, then the skills with no rating", () => {
    expect(formatGap(gap, "en")).toBe("Conflict handling: needs 3, has 1; Not rated: Patience");
    expect(formatGap(gap, "nl")).toBe(
      "Conflicthantering: nodig 3, heeft 1; Niet beoordeeld: Geduld"
    );
  });

  it("lists every unrated skill once, after the rated shortfalls", () => {
    const unrated: SkillGap = {
      status: "known",
      gaps: [
        { skill: "patience", required: 3, current: null },
        { skill: "filing", required: 2, current: 1 },
        { skill: "friendliness", required: 2, current: null },
      ],
    };
    expect(formatGap(unrated, "en")).toBe(
      "Accurate, on-time filing: needs 2, has 1; Not rated: Patience, Friendly manner"
    );
  });

  it("shows a skill rated 0 as has 0, not as not rated", () => {
    const zero: SkillGap = {
      status: "known",
      gaps: [{ skill: "filing", required: 2, current: 0 }],
    };
    expect(formatGap(zero, "en")).toBe("Accurate, on-time filing: needs 2, has 0");
  });

  it("says None when the employee meets every need", () => {
    expect(formatGap({ status: "known", gaps: [] }, "en")).toBe("None");
    expect(formatGap({ status: "known", gaps: [] }, "nl")).toBe("Geen");
  });

  it("says the employee is not in the matrix, rather than showing no gap", () => {
    expect(formatGap({ status: "not-in-matrix", gaps: [] }, "en")).toBe("Not in skills matrix");
    expect(formatGap({ status: "not-in-matrix", gaps: [] }, "nl")).toBe(
      "Niet in vaardighedenmatrix"
    );
  });

  it("is empty without an employee or a matrix", () => {
    expect(formatGap({ status: "no-employee", gaps: [] }, "en")).toBe("");
    expect(formatGap({ status: "no-matrix", gaps: [] }, "nl")).toBe("");
  });
});
