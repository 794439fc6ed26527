/**
 * The built-in rule set, written from the owner's own description of the two sides
 * (seed/backoffice-vs-frontoffice.nl.txt, domain.md): front office is work done with customers
 * (serving, selling, advising, reception, the till, complaints, marketing to them); back office is
 * the administrative, legal and support work done without them (bookkeeping, invoices, payroll,
 * tax, HR, contracts and compliance, IT, purchasing and suppliers, filing).
 *
 * The rules are data: builtin-rules.json holds them as the rows a Rules sheet has and
 * `frontback rules` writes (Id, Side, Phrases, Weight, Skills, Counterpart), and the Rules
 * sheet's parser reads them, so a rule shipped here obeys what an owner's rule must. Phrases are
 * in English and Dutch, separated by `;`; `*` marks where a word may go on (see patterns.ts).
 * Weights: 3 = the word alone settles it (payroll, klacht), 2 = a clear signal, 1-1.5 = a hint
 * that needs company. Skills are catalogue ids with the level the work needs (conflict:3).
 * Counterparts (customer versus supplier, employee) carry the contact tasks.
 */
import type { Rule, RuleSet } from "../types";
import BUILTIN_ROWS from "./builtin-rules.json";
import { LEANINGS } from "./leanings";
import { ruleProblemText } from "./rule-problems";
import { parseRuleRows } from "./rule-rows";

/**
 * Reads rule rows that ship with FrontBack. A row that does not read is a defect of the shipped
 * data, not an owner's mistake to report in the pane, so it throws, naming every such row; the
 * tests read the built-in rows through it.
 */
export function readBuiltinRules(rows: readonly (readonly unknown[])[]): readonly Rule[] {
  const { ruleSet, errors } = parseRuleRows(rows);
  if (errors.length > 0) {
    const messages = errors.map((error) => ruleProblemText(error, "en")).join(" ");
    throw new Error(
      `The built-in rules (src/core/rules/builtin-rules.json) do not read: ${messages}`
    );
  }
  return ruleSet.rules;
}

/**
 * The rules FrontBack ships with, and the word leanings learned under them: used when the workbook
 * has no Rules sheet of its own (a Rules sheet adds to them).
 */
export const BUILTIN_RULES: RuleSet = { rules: readBuiltinRules(BUILTIN_ROWS), leanings: LEANINGS };
