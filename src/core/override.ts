/** The owner's manual override: a cell saying Front office or Back office, in either language. */
import { cellText } from "./cell-text";
import { normalize } from "./normalize";
import type { Side } from "./types";

const SPELLINGS: ReadonlyMap<string, Side> = new Map<string, Side>([
  ["front office", "front"],
  ["frontoffice", "front"],
  ["front", "front"],
  ["fo", "front"],
  ["f", "front"],
  ["voorkant", "front"],
  ["back office", "back"],
  ["backoffice", "back"],
  ["back", "back"],
  ["bo", "back"],
  ["b", "back"],
  ["achterkant", "back"],
]);

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
