/** Reasons and decisions as the classifier makes them, for tests of what is made of them. */
import type { Decision, OfficeType, Reason, Side } from "../../src/core/types";

/** A rule's reason on the given words. */
export function reason(
  side: Side,
  matched: string,
  weight: number,
  extra: Partial<Reason> = {}
): Reason {
  return {
    ruleId: `rule-${matched}`,
    side,
    phrase: matched,
    matched,
    weight,
    source: "task",
    negated: false,
    skills: [],
    ...extra,
  };
}

/** A decision with the given reasons, 75% sure unless `extra` says otherwise. */
export function decision(
  officeType: OfficeType,
  reasons: Reason[] = [],
  extra: Partial<Decision> = {}
): Decision {
  return { officeType, confidence: 0.75, reasons, scores: { front: 0, back: 0 }, ...extra };
}
