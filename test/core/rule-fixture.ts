import type { Rule } from "../../src/core/types";

/** A rule for a classifier test: no skills, weight 2 unless given, a counterpart when asked. */
export function rule(
  id: string,
  side: Rule["side"],
  phrases: string[],
  weight = 2,
  counterpart = false
): Rule {
  return { id, side, phrases, weight, skills: [], ...(counterpart ? { counterpart: true } : {}) };
}
