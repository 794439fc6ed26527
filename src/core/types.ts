/**
 * The domain vocabulary of FrontBack: sides, rules, decisions, skills and the summary.
 * Every type here is plain data, so results can be compared, serialised and shown anywhere.
 */

/** The two sides of a business. */
export type Side = "front" | "back";

/** What the classifier says of a task: a side, or an honest "unclear". */
export type OfficeType = Side | "unclear";

/** The languages FrontBack speaks: one file of the message catalogue each (language/languages.ts). */
export type Language = import("./language/languages").Language;

/** Stable ids of the skill catalogue (domain.md). */
export type SkillId =
  | "interpersonal"
  | "clarity"
  | "listening"
  | "friendliness"
  | "patience"
  | "questioning"
  | "conflict"
  | "basic-computer"
  | "correspondence"
  | "numeracy"
  | "organising"
  | "filing"
  | "office-software"
  | "advanced-it";

/** Proficiency on the common skills-matrix scale: 0 none, 1 basic, 2 working, 3 good, 4 expert. */
export type Level = 0 | 1 | 2 | 3 | 4;

/** A skill at a level: what a task needs, or what a rule calls for. */
export interface SkillNeed {
  readonly skill: SkillId;
  readonly level: Level;
}

/**
 * One rule: phrases that point to a side, with a weight and the skills the phrases call for.
 *
 * A phrase is one or more words, matched against the words of a task after case and accents are
 * folded. In a word, `*` stands for any letters: `invoic*` matches invoice, invoices, invoicing;
 * `*klant*` also matches klant inside a compound such as vasteklanten. A word without `*` matches
 * itself and its common inflections (plural, -ing, -ed; -en, -s, -e).
 */
export interface Rule {
  readonly id: string;
  readonly side: Side;
  readonly phrases: readonly string[];
  /** How strongly a match points to the side, from 0 (rule switched off) to 10. */
  readonly weight: number;
  readonly skills: readonly SkillNeed[];
  /**
   * True for rules that name who the work is with (customers, suppliers, colleagues). When a
   * task is contact with one of them ("explain tax rules to clients"), what it is about
   * weighs less than whom it is with.
   */
  readonly counterpart?: boolean;
}

/**
 * A word that leans to one side in labelled tasks, and how far: the weight it adds, positive for
 * front office and negative for back office ("afspraken" leans front, "registers" back).
 */
export type Leaning = readonly [word: string, weight: number];

/** A rule set is plain data: the built-in rules, or those from a Rules sheet or file. */
export interface RuleSet {
  readonly rules: readonly Rule[];
  /**
   * Words learned from labelled tasks: a weaker signal under the rules, for the words no rule
   * names. The built-in set has them (rules/leanings.ts); a user rule set adds none.
   */
  readonly leanings?: readonly Leaning[];
}

/** Where the words that matched came from. */
export type ReasonSource = "task" | "role";

/** A word that counts by what it was learned to lean, not by a rule. */
export interface LearnedWord {
  /** As the task writes it (lowercased), as a rule's reason quotes its words. */
  readonly written: string;
  /** Folded, as the leanings name it. */
  readonly folded: string;
}

/**
 * One rule that fired on a task: which rule, on which words, with what effect. The words that
 * count by what they were learned to lean make one reason per side, with the rule id "learned".
 */
export interface Reason {
  readonly ruleId: string;
  /** The side this reason counts for (after negation). */
  readonly side: Side;
  /** The rule phrase that matched; for the learned reason, its words folded, joined with ", ". */
  readonly phrase: string;
  /**
   * The words of the task (or role) it matched, as written there; for the learned reason, its
   * words joined with ", ".
   */
  readonly matched: string;
  /** The weight it added to its side, after scaling for a role match. */
  readonly weight: number;
  readonly source: ReasonSource;
  /** True when a negation ("no customer contact", "zonder klantcontact") turned the rule around. */
  readonly negated: boolean;
  /** The skills the rule calls for; empty when negated, since a negated rule calls for none. */
  readonly skills: readonly SkillNeed[];
  /** The learned reason's words one by one, in reading order; only the learned reason has them. */
  readonly learnedWords?: readonly LearnedWord[];
}

/**
 * A classified task: the answer, how sure, and why. The classifier decides from the words alone;
 * the owner's override cell is applied after it (`applyOverride`), and only that sets `override`
 * or `invalidOverride`.
 */
export interface Decision {
  readonly officeType: OfficeType;
  /** 0 to 1. */
  readonly confidence: number;
  /** The rules that fired, strongest first (kept when an override decided, for reference). */
  readonly reasons: readonly Reason[];
  /** Summed weights per side. */
  readonly scores: { readonly front: number; readonly back: number };
  /** Set when the owner's override decided the side. */
  readonly override?: Side;
  /** An override cell that was filled in but not understood; it did not decide the row. */
  readonly invalidOverride?: string;
}

/** One task as the classifier reads it. */
export interface TaskInput {
  readonly text: string;
  /** Role or job title: a weaker signal than the task text. */
  readonly role?: string;
}
