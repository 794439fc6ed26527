import type { Side } from "../types";
import type { Signal } from "./signal";
import { TOPIC_FACTOR } from "./tuning";

/** Lowers a signal to TOPIC_FACTOR of its weight, once. */
function discount(s: Signal): void {
  if (s.discounted) return;
  s.weight = s.weight * TOPIC_FACTOR;
  s.discounted = true;
}

/**
 * What a contact is about is not the job: the contact is (step 4). After a contact with one
 * side's counterpart, the other side's subject words after "about", "over", "regarding" keep
 * TOPIC_FACTOR of their weight ("advise clients about tax, payroll and pensions"), and so do
 * those anywhere in a clause that is contact with one side only ("explain the tax rules to
 * clients", "bel leverancier over de klacht"). Signals come in reading order, so those of one
 * clause stand together. Changes the weights of the signals it is given.
 */
export function discountTopics(signals: Signal[]): void {
  let contactSide: Side | undefined;
  let contactSides = 0;
  for (const s of signals) {
    if (s.contact) {
      if (contactSide !== s.side) contactSides++;
      contactSide = s.side;
    } else if (
      s.topic &&
      contactSides === 1 &&
      s.side !== contactSide &&
      s.phrase.rule.counterpart !== true
    ) {
      discount(s);
    }
  }
  for (let from = 0; from < signals.length;) {
    const clause = signals[from].clause;
    let to = from;
    let front = false;
    let back = false;
    for (; to < signals.length && signals[to].clause === clause; to++) {
      if (!signals[to].contact) continue;
      if (signals[to].side === "front") front = true;
      else back = true;
    }
    if (front !== back) {
      const side: Side = front ? "front" : "back";
      for (let i = from; i < to; i++) {
        const s = signals[i];
        if (s.side !== side && s.phrase.rule.counterpart !== true) discount(s);
      }
    }
    from = to;
  }
}
