/**
 * What can be wrong with the rows of a rule set (a Rules sheet, a rules file, the built-in rows):
 * a code with the values it names, turned into words in the owner's language only where it is
 * shown (ruleProblemText), by the message catalogue.
 */

import { messagesOf } from "../language/languages";
import type { Language } from "../types";

/** The values each problem names, by its code. */
export interface RuleProblemParams {
  /** The first row does not name the Side and Phrases columns; `seen` are its headers, folded. */
  readonly "no-header": { readonly seen: readonly string[] };
  readonly "learned-id": { readonly id: string };
  readonly "bad-side": { readonly value: string };
  readonly "no-phrases": Readonly<Record<never, never>>;
  readonly "empty-phrase": Readonly<Record<never, never>>;
  /** A `*` inside a word of a phrase ("cust*mer"). */
  readonly "misplaced-star": { readonly part: string };
  /** A word of a phrase with no letters or digits ("--"). */
  readonly "no-letters": { readonly part: string };
  readonly "bad-weight": { readonly value: string; readonly max: number };
  readonly "unknown-skill": { readonly name: string };
  readonly "bad-level": { readonly name: string; readonly value: string };
  readonly "bad-counterpart": { readonly value: string };
  readonly "duplicate-id": { readonly id: string };
}

/** A code of RuleProblemParams. */
export type RuleProblemCode = keyof RuleProblemParams;

/** One row that could not be used; the other rows still apply. */
export type RuleProblem = {
  readonly [Code in RuleProblemCode]: {
    readonly code: Code;
    /** 1-based row number as the owner sees it (the header is row 1). */
    readonly row: number;
  } & RuleProblemParams[Code];
}[RuleProblemCode];

/** How a catalogue words each problem: the detail after "Row N:", or the whole header message. */
export type RuleProblemMessages = {
  readonly [Code in RuleProblemCode]: (params: RuleProblemParams[Code]) => string;
};

/** A problem in the owner's language, as one sentence ("Row 3: the side must be ..."). */
export function ruleProblemText(problem: RuleProblem, lang: Language): string {
  const messages = messagesOf(lang).ruleSheet;
  // Each code's message takes that code's values: the union is narrowed by the code at runtime.
  const say = messages.problems[problem.code] as (params: RuleProblem) => string;
  const detail = say(problem);
  return problem.code === "no-header" ? detail : messages.row(problem.row, detail);
}
