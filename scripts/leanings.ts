/**
 * Learns word leanings from labelled tasks: how much more often a word stands in front-office
 * tasks than in back-office ones, as a weight the classifier adds under the rules (step 7,
 * src/core/classifier/learned.ts). Pure: rows in, table out; scripts/learn-leanings.ts reads the
 * corpus and writes the table.
 */
import { tokenize } from "../src/core/normalize";
import { CLAUSE_BREAKS, NEGATIONS, STOP_WORDS } from "../src/core/rules/language";
import type { Leaning, Side } from "../src/core/types";

/** A labelled task as the learner reads it. */
export interface LearningRow {
  readonly text: string;
  readonly label: Side;
}

/** A word must stand in at least this many labelled tasks to be learned: fewer is chance. */
export const MIN_TASKS = 3;
/** A word is kept when its log odds of front to back are at least this far from even. */
export const MIN_LOG_ODDS = 0.7;
/** Log odds to weight: a word that leans three times as often one way adds about 0.7. */
export const WEIGHT_PER_LOG_ODDS = 2 / 3;
/** No word alone weighs more than a rule's phrase can: the rules stay what decides. */
export const MAX_WEIGHT = 2;
/** Added to each count, so a word seen only on one side does not lean infinitely. */
const SMOOTHING = 1;

/**
 * Words that say nothing of whom the work is with, however often they stand on one side in a
 * corpus. General verbs: "take" is "take orders" and "take out the trash", "maken" is "afspraken
 * maken" and "kopieën maken". Times: a "Saturday shift" or "ochtenddienst" is worked on either
 * side, though a corpus has more shifts being planned than worked. Pronouns, quantifiers and
 * auxiliaries: front-office statements say "they will" more often, but an owner reading Why
 * would rightly find "will" no reason. Question words stay: "explain how", "advise which",
 * "uitleggen hoe" say that someone is being told something.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    "make makes making made take takes taking took get gets getting got do does doing done put puts " +
    "putting give gives giving gave go goes going went use uses using used have has having had come " +
    "comes coming keep keeps maken maak zetten zet geven geeft gaf doen doet deed gaan gaat ging " +
    "komen komt kwam hebben heeft had nemen neem krijgen krijgt " +
    "shift shifts routine day days daily week weeks weekly month monthly morning afternoon evening " +
    "today tomorrow monday tuesday wednesday thursday friday saturday sunday weekend " +
    "dienst diensten dag dagen dagelijks dagelijkse wekelijks wekelijkse maand maandelijks " +
    "maandelijkse ochtend middag avond vandaag morgen maandag dinsdag woensdag donderdag vrijdag " +
    "zaterdag zondag " +
    "them they we you he she him her also all any some other more most each every such only own " +
    "same than too very can will just should now via per within during under between through is " +
    "are was were be been being shall may might must would could hen zij wij jij hij men alle " +
    "andere ook wel nog meer veel elke iedere als waarbij waarin waarvan hierbij daarbij daar " +
    "hier worden wordt werd kan kunnen moet moeten zal zullen mag"
  ).split(" ")
);

/** The words of a task the learner counts, each once: no stop words, negations, numbers or short words. */
export function learnableWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of tokenize(text)) {
    if (word.length < 3 || /\d/.test(word)) continue;
    if (STOP_WORDS.has(word) || NEGATIONS.has(word) || CLAUSE_BREAKS.has(word)) continue;
    if (GENERIC_WORDS.has(word)) continue;
    words.add(word);
  }
  return words;
}

function roundWeight(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The leanings of the words in labelled tasks, sorted by word. */
export function learnLeanings(rows: readonly LearningRow[]): Leaning[] {
  const counts = new Map<string, { front: number; back: number }>();
  let frontTasks = 0;
  let backTasks = 0;
  for (const row of rows) {
    if (row.label === "front") frontTasks++;
    else backTasks++;
    for (const word of learnableWords(row.text)) {
      const count = counts.get(word) ?? { front: 0, back: 0 };
      count[row.label]++;
      counts.set(word, count);
    }
  }
  const leanings: Leaning[] = [];
  for (const [word, { front, back }] of counts) {
    if (front + back < MIN_TASKS) continue;
    const logOdds =
      Math.log((front + SMOOTHING) / (frontTasks + 2 * SMOOTHING)) -
      Math.log((back + SMOOTHING) / (backTasks + 2 * SMOOTHING));
    if (Math.abs(logOdds) < MIN_LOG_ODDS) continue;
    const weight = Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, logOdds * WEIGHT_PER_LOG_ODDS));
    leanings.push([word, roundWeight(weight)]);
  }
  return leanings.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The leanings as the lines of src/core/rules/leanings.json, which decodeLeanings reads back: one
 * line per weight, strongest front first, the weight and then its words space-separated, in the
 * order given.
 */
export function encodeLeanings(leanings: readonly Leaning[]): string[] {
  const byWeight = new Map<number, string[]>();
  for (const [word, weight] of leanings) {
    const words = byWeight.get(weight) ?? [];
    words.push(word);
    byWeight.set(weight, words);
  }
  return [...byWeight]
    .sort(([a], [b]) => b - a)
    .map(([weight, words]) => [String(weight), ...words].join(" "));
}
