import type { Decision, Reason } from "../types";
import { round, sideTotal } from "./reasons";
import type { Signal } from "./signal";
import { CLEAR_CLAUSE, LEARNED_ALONE_MIN, MIN_MARGIN } from "./tuning";

/**
 * True when a task is two jobs, one clearly front and one clearly back: "klanten bellen en
 * facturen versturen" (step 8). Only two signalled clauses count: a longer sentence that lists
 * many things is one job described in detail, and its sums decide. Signals come in reading
 * order, so those of one clause stand together.
 */
export function mixedClauses(signals: readonly Signal[]): boolean {
  let clauses = 0;
  let front = false;
  let back = false;
  for (let from = 0; from < signals.length;) {
    const clause = signals[from].clause;
    let sumFront = 0;
    let sumBack = 0;
    let to = from;
    for (; to < signals.length && signals[to].clause === clause; to++) {
      if (signals[to].side === "front") sumFront += signals[to].weight;
      else sumBack += signals[to].weight;
    }
    clauses++;
    if (sumFront >= CLEAR_CLAUSE && sumBack === 0) front = true;
    if (sumBack >= CLEAR_CLAUSE && sumFront === 0) back = true;
    from = to;
  }
  return clauses === 2 && front && back;
}

/** True when the first `count` reasons' sides are within `share` of their total of each other. */
export function withinMargin(reasons: readonly Reason[], count: number, share: number): boolean {
  const front = sideTotal(reasons, "front", count);
  const back = sideTotal(reasons, "back", count);
  return Math.abs(front - back) < share * (front + back);
}

/**
 * True when a task's learned words (the reasons from `ruleCount` on) do not count after all:
 * alone, they add up to less than LEARNED_ALONE_MIN ("Lunch" is no answer); or they only bring
 * the sides too close to call where the rules had an answer. They are then left out of the
 * reasons and the scores, so what is shown is what decided.
 */
export function learnedStandAside(reasons: readonly Reason[], ruleCount: number): boolean {
  let ruleTotal = 0;
  for (let i = 0; i < ruleCount; i++) ruleTotal += reasons[i].weight;
  if (ruleTotal === 0) {
    let lead = 0;
    for (const r of reasons) lead += r.side === "front" ? r.weight : -r.weight;
    return Math.abs(lead) < LEARNED_ALONE_MIN;
  }
  return (
    !withinMargin(reasons, ruleCount, MIN_MARGIN) &&
    withinMargin(reasons, reasons.length, MIN_MARGIN)
  );
}

/**
 * Weighs the reasons (step 8). Confidence is the winning side's margin (|front - back| / total)
 * times how much evidence there is (total / (total + 1)): one weak word is never "certain". Two
 * jobs in one row, or sums too close to call, are unclear at half that confidence.
 */
export function decide(reasons: readonly Reason[], twoJobs: boolean): Decision {
  // One pass over the reasons: a task that comes by again is decided from its kept reading alone.
  let front = 0;
  let back = 0;
  for (const r of reasons) {
    if (r.side === "front") front += r.weight;
    else back += r.weight;
  }
  const scores = { front: round(front), back: round(back) };
  const total = front + back;
  if (total === 0) return { officeType: "unclear", confidence: 0, reasons, scores };
  const margin = Math.abs(front - back) / total;
  const confidence = round(margin * (total / (total + 1)));
  const tooClose = margin < MIN_MARGIN || twoJobs;
  return {
    officeType: tooClose ? "unclear" : front > back ? "front" : "back",
    confidence: tooClose ? round(confidence / 2) : confidence,
    reasons,
    scores,
  };
}
