import type { Decision, RuleSet } from "../../../src/core/types";
import { rule } from "../rule-fixture";

/** A small rule set whose weights make each step of the classifier visible on its own. */
export const SMALL: RuleSet = {
  rules: [
    rule("customer", "front", ["customer*", "*klant*"], 2, true),
    rule("supplier", "back", ["supplier*", "*leverancier*"], 2, true),
    rule("invoice", "back", ["invoice", "factu*", "*factu*"], 3),
    rule("advice", "front", ["advis*", "*adviseur*"], 2),
    rule("tax", "back", ["tax", "belasting*"], 3),
    rule("desk", "front", ["front desk"], 2),
    rule("administration", "back", ["*administratie*"], 2),
  ],
};

/** Rules for tasks and the job titles that do them: a role is read with the same rules. */
export const ROLE_RULES: RuleSet = {
  rules: [
    rule("customer", "front", ["customer*", "*klant*"]),
    rule("invoice", "back", ["invoice*", "factu*"], 3),
    rule("receptionist", "front", ["receptionist"]),
    rule("bookkeeper", "back", ["bookkeeper", "boekhouder"]),
  ],
};

/** A decision's reasons as "side:words", marked when negated. */
export function sides(d: Decision): string[] {
  return d.reasons.map((r) => `${r.side}:${r.matched}${r.negated ? " (negated)" : ""}`);
}
