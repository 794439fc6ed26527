/** The owner's manual override: a cell saying Front office or Back office, in either language. */
import { cellText } from "./cell-text";
import { LANGUAGES, messagesOf } from "./language/languages";
import { normalize } from "./normalize";
import type { Decision, Side } from "./types";

const SIDES: readonly Side[] = ["front", "back"];

/** Every way an override cell may say a side, in every language, folded. */
const SPELLINGS: ReadonlyMap<string, Side> = new Map(
  LANGUAGES.flatMap((lang) => {
    const overrides = messagesOf(lang).words.overrides;
    return SIDES.flatMap((side) =>
      overrides[side].map((spelling) => [normalize(spelling), side] as const)
    );
  })
);

/** What an override cell says: a side, nothing (empty), or text that is not understood. */
export interface OverrideValue {
  readonly side?: Side;
  readonly invalid?: string;
}

/** An empty override cell: shared, since most rows have one. */
const NO_OVERRIDE: OverrideValue = Object.freeze({});

/**
 * Reads an override cell: "Front office", "Frontoffice", "front", "FO", "Back office",
 * "Backoffice", "back", "BO" (any case, accents or punctuation). Empty means no override.
 */
export function parseOverride(value: unknown): OverrideValue {
  const text = cellText(value);
  const folded = normalize(text);
  if (folded === "") return NO_OVERRIDE;
  const side = SPELLINGS.get(folded);
  return side ? { side } : { invalid: text };
}

/**
 * A decision with the owner's override cell applied: a side it names decides, at confidence 1,
 * with the words' reasons and scores kept for reference; a cell that is filled in but not
 * understood is reported on the decision and leaves the side to the words; an empty cell changes
 * nothing. The decision it is given is left as it is.
 */
export function applyOverride(decision: Decision, cell: unknown): Decision {
  const override = parseOverride(cell);
  if (override.side) {
    return {
      officeType: override.side,
      confidence: 1,
      reasons: decision.reasons,
      scores: decision.scores,
      override: override.side,
    };
  }
  return override.invalid === undefined
    ? decision
    : { ...decision, invalidOverride: override.invalid };
}
