import type { CompiledPhrase } from "../rules/matcher";
import type { Reason, ReasonSource, Side } from "../types";

/**
 * A phrase match read in context (steps 1 to 4): its side after negation, its weight, and whether
 * it names a contact. Steps 4 and 5 adjust the weights of a task's own signals; step 6 turns them
 * into reasons.
 */
export interface Signal {
  readonly phrase: CompiledPhrase;
  readonly side: Side;
  /** Not readonly: discountTopics and stressFirst change a task's own signals in place. */
  weight: number;
  readonly matched: string;
  readonly negated: boolean;
  readonly contact: boolean;
  readonly clause: number;
  /** True for a word after "about", "over", "regarding": what a contact is about. */
  readonly topic: boolean;
  /** Not readonly: set when discountTopics has lowered this signal's weight, so it is lowered once. */
  discounted: boolean;
  /** The content word the match starts at, so one word counts once per side. */
  readonly at: number;
  readonly source: ReasonSource;
  /**
   * A role's signal is shared by every row with that role, and so are its reasons, counted in
   * full or as a repeat: made the first time they are needed (see toReasons).
   */
  reason: Reason | undefined;
  repeatReason: Reason | undefined;
}
