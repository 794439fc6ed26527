/**
 * The classifier: reads a task (and optionally its role) with a rule set and decides front
 * office, back office or unclear, with the reasons that decided it. The owner's override is not
 * its business: the caller applies it to the decision (see ../override.ts).
 *
 * How a text is read, in order, and the module of this folder that does each step:
 * 1. words are matched against the rule phrases (case, accents and stop words ignored)
 *    (text-reader.ts, with what each word is in word-info.ts);
 * 2. where phrases overlap, the longer phrase and, inside a compound, the head word win
 *    (overlaps.ts);
 * 3. a negation ("no", "zonder", "geen") in the same clause turns whom the work is with into a
 *    back reason ("no customer contact", "zonder klantcontact") and cancels any other phrase
 *    ("without a receipt", "zonder administratie") (context.ts);
 * 4. a counterpart after "with" or a contact verb ("afspraken met klanten", "bel leverancier",
 *    "explain the new rules to clients") or right before one ("klanten bellen") is whom the work
 *    is with: it weighs more (context.ts), and in that clause, or after "about", "over",
 *    "regarding", the other side's subject words weigh less ("advise clients about tax and
 *    payroll" is front) (topics.ts);
 * 5. the first signal of a task names its main job and weighs a little more: task statements
 *    put the job first and qualify it after ("keep records of sales" is record keeping)
 *    (reasons.ts);
 * 6. a rule that matches again adds a quarter of its weight each time (reasons.ts);
 * 7. where they could change the answer (no phrase, a near tie, or a lead they could overturn),
 *    words no rule reads the other way add what they were learned to lean (rules/leanings.ts): a
 *    weaker signal that fills the gaps between phrases ("houdt de registers bij") (learned.ts);
 * 8. the sides are summed; a clear front clause and a clear back clause in one task, or sums
 *    too close to call, make it unclear. Learned words count only when they add up to
 *    LEARNED_ALONE_MIN on their own (one word that leans a little is no answer: "Lunch"), and
 *    not when all they do is make a rules' answer too close to call (decide.ts).
 *
 * Every weight, margin and reach these steps are tuned by is in tuning.ts.
 *
 * Lists of tens of thousands of rows are read in one go, so reading is kept cheap: a TextReader
 * does steps 1 to 4 in lists it reuses from text to text (text-lists.ts), a role's reading is
 * shared by every row with that role, and the whole reading of a text that comes by again is
 * looked up, not redone (memo.ts).
 */
import { CompiledRules } from "../rules/matcher";
import type { Decision, RuleSet, TaskInput } from "../types";
import { decide, learnedStandAside, mixedClauses, withinMargin } from "./decide";
import { LearnedWords, learnedMayDecide } from "./learned";
import { ReadingMemo, RoleMemo } from "./memo";
import { reasonOrder, stressFirst, toReasons } from "./reasons";
import type { Signal } from "./signal";
import { TextReader } from "./text-reader";
import { discountTopics } from "./topics";
import { MIXED_MARGIN, MIXED_MAX_WORDS, ROLE_FACTOR } from "./tuning";
import { createWordInfoOf } from "./word-info";

/** Classifies tasks with one compiled rule set. Create once per run, reuse for every row. */
export interface Classifier {
  classify(task: TaskInput): Decision;
}

/**
 * Compiles a rule set into a classifier. The rule set is read, never changed; invalid phrases
 * are skipped here (validation and its messages belong to the rule-set reader).
 */
export function createClassifier(ruleSet: RuleSet): Classifier {
  const rules = new CompiledRules(ruleSet);
  const reader = new TextReader(createWordInfoOf(rules, ruleSet.leanings));
  const learned = new LearnedWords();
  const byWeightThenRule = reasonOrder(rules);
  const memo = new ReadingMemo();
  const roles = new RoleMemo();

  const roleSignalsOf = (role: string): readonly Signal[] => {
    const known = roles.find(role);
    if (known) return known;
    const signals = role.trim() !== "" ? reader.read(role, "role", ROLE_FACTOR) : [];
    roles.keep(role, signals);
    return signals;
  };

  return {
    classify(task: TaskInput): Decision {
      const text = typeof task.text === "string" ? task.text : "";
      const role = typeof task.role === "string" ? task.role : "";
      const known = memo.find(text, role);
      if (known) return decide(known.reasons, known.twoJobs);
      // The role is read before the task: the reader holds one text at a time, and the task's
      // learned words are looked up last.
      const roleSignals = roleSignalsOf(role);
      const fromTask = reader.read(text, "task", 1);
      discountTopics(fromTask);
      stressFirst(fromTask);
      const mixed = reader.contentCount <= MIXED_MAX_WORDS && mixedClauses(fromTask);
      // toReasons sorts the list it is given: the task's list is this reading's own, so the
      // role's shared signals join it, not the other way round.
      for (const signal of roleSignals) fromTask.push(signal);
      const reasons = toReasons(fromTask, byWeightThenRule);
      // Two jobs in one row are judged on the rules' sums alone, before any learned word.
      const twoJobs = mixed && withinMargin(reasons, reasons.length, MIXED_MARGIN);
      const ruleCount = reasons.length;
      if (learnedMayDecide(reasons, reader) && learned.add(reader, reasons)) {
        if (learnedStandAside(reasons, ruleCount)) reasons.length = ruleCount;
        else reasons.sort(byWeightThenRule);
      }
      memo.offer(text, role, reader.textHash, reasons, twoJobs);
      return decide(reasons, twoJobs);
    },
  };
}
