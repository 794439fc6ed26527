/**
 * The rule set of a run, the step every host shares: the rows of a Rules sheet or rules file in,
 * the rule set to classify with and what is wrong with the rows out. The owner's rules go on top
 * of the built-in ones (the same id replaces a rule, a new id adds one).
 */

import { BUILTIN_RULES } from "../rules/builtin";
import { mergeRuleSets, parseRuleRows } from "../rules/rule-rows";
import type { RuleProblem } from "../rules/rule-problems";
import type { RuleSet } from "../types";

/**
 * What the rows were: `ok` with at least one rule of the owner's; `no-header` when the first row
 * does not name the rule columns (so the rows are not a rule set at all); `no-rules` when the
 * header is there but no row below it is a valid rule. The rule set is always usable: without
 * valid rules of the owner's it is the built-in one. Host policy decides what each means: a
 * sheet FrontBack made that lost its header stops the add-in, a file that is not a rule set stops
 * the CLI, an owner's sheet that only happens to be called Rules is left alone.
 */
export type RulesStatus = "ok" | "no-header" | "no-rules";

/** The rule set of a run and the problems of the rows it came from. */
export interface RulesInput {
  readonly status: RulesStatus;
  readonly ruleSet: RuleSet;
  /** Rows that could not be used, with their 1-based row number in the rows given. */
  readonly problems: readonly RuleProblem[];
}

/** Reads the owner's rule rows (header first) into the rule set of a run. */
export function readRules(rows: readonly (readonly unknown[])[]): RulesInput {
  const { ruleSet, errors } = parseRuleRows(rows);
  if (errors.some((error) => error.code === "no-header")) {
    return { status: "no-header", ruleSet: BUILTIN_RULES, problems: errors };
  }
  if (ruleSet.rules.length === 0) {
    return { status: "no-rules", ruleSet: BUILTIN_RULES, problems: errors };
  }
  return { status: "ok", ruleSet: mergeRuleSets(BUILTIN_RULES, ruleSet), problems: errors };
}
