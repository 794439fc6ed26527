/**
 * What can be wrong with a skills sheet: a code with the values it names, turned into words in
 * the owner's language only where it is shown (matrixProblemText), by the message catalogue.
 */

import { messagesOf } from "./language/languages";
import type { Language, SkillId } from "./types";

/** The values each problem names, by its code. */
export interface MatrixProblemParams {
  readonly "empty-sheet": Readonly<Record<never, never>>;
  readonly "empty-header": Readonly<Record<never, never>>;
  readonly "no-employee-column": Readonly<Record<never, never>>;
  readonly "unknown-skill-column": { readonly label: string };
  /** A second column for a skill; `first` is the header of the one that is used. */
  readonly "second-skill-column": {
    readonly label: string;
    readonly skill: SkillId;
    readonly first: string;
  };
  readonly "no-skill-columns": Readonly<Record<never, never>>;
  readonly "no-name": { readonly nameHeader: string };
  readonly "repeated-employee": { readonly name: string; readonly firstRow: number };
  /** A cell that is not a level 0-4; `cell` is how it reads (`"good"`, 7), absent when it shows nothing. */
  readonly "bad-level": { readonly label: string; readonly cell?: string };
  readonly "unnamed-column": { readonly letter: string };
  readonly "no-employees": Readonly<Record<never, never>>;
}

/** A code of MatrixProblemParams. */
export type MatrixProblemCode = keyof MatrixProblemParams;

/** Something in the skills sheet the owner should fix; the rest of the sheet is still used. */
export type MatrixProblem = {
  readonly [Code in MatrixProblemCode]: {
    readonly code: Code;
    /** 1-based row number as the owner sees it (the header is row 1). */
    readonly row?: number;
    /** The column's header as written, or its letter (A, B, ...) when the header is empty. */
    readonly column?: string;
  } & MatrixProblemParams[Code];
}[MatrixProblemCode];

/** How a catalogue words each problem, given its row number when it has one. */
export type MatrixProblemMessages = {
  readonly [Code in MatrixProblemCode]: (
    params: MatrixProblemParams[Code] & { readonly row: number }
  ) => string;
};

/** A problem in the owner's language, as it reads in a notice or a warning. */
export function matrixProblemText(problem: MatrixProblem, lang: Language): string {
  // Each code's message takes that code's values: the union is narrowed by the code at runtime.
  const say = messagesOf(lang).matrix.problems[problem.code] as (
    params: MatrixProblem & { readonly row: number }
  ) => string;
  return say({ ...problem, row: problem.row ?? 0 });
}
