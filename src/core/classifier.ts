/**
 * The classifier: reads a task (and optionally its role) with a rule set and decides front
 * office, back office or unclear, with the reasons that decided it.
 *
 * How a text is read, in order:
 * 1. words are matched against the rule phrases (case, accents and stop words ignored);
 * 2. where phrases overlap, the longer phrase and, inside a compound, the head word win;
 * 3. a negation ("no", "zonder", "geen") in the same clause turns a front phrase into a back
 *    reason ("no customer contact") and cancels a back phrase;
 * 4. a counterpart right next to a contact verb ("bel leverancier", "klanten bellen") is whom
 *    the work is with: it weighs more, and in that clause the other side's subject words weigh
 *    less ("explain the tax rules to clients" is front);
 * 5. a rule that matches again adds a quarter of its weight each time;
 * 6. the sides are summed; a clear front clause and a clear back clause in one task, or sums
 *    too close to call, make it unclear.
 */
import { scan, type ScannedText } from "./normalize";
import { parseOverride } from "./override";
import { CLAUSE_BREAKS, CONTACT_VERBS, NEGATIONS, STOP_WORDS } from "./rules/language";
import { CompiledRules, type CompiledPhrase, type WordMatches } from "./rules/matcher";
import type { Decision, Reason, ReasonSource, Rule, RuleSet, Side, TaskInput } from "./types";

/** A role or job title is a weaker signal than the task's own words. */
export const ROLE_FACTOR = 0.4;
/** A counterpart next to a contact verb is whom the work is with. */
export const COUNTERPART_FACTOR = 1.5;
/** In contact with someone, what the contact is about keeps this share of its weight. */
export const TOPIC_FACTOR = 0.5;
/** Each further match of a rule already matched adds this share of its weight. */
export const REPEAT_FACTOR = 0.25;
/** Below this margin (|front - back| / total) the task is unclear. */
export const MIN_MARGIN = 0.1;
/** A task with a clear front clause and a clear back clause is mixed below this margin. */
export const MIXED_MARGIN = 0.3;
/** How much weight makes a clause clearly one side's. */
const CLEAR_CLAUSE = 1.5;
/** How many words after "no", "zonder", "geen"... a negation reaches. */
const NEGATION_REACH = 3;
/** How many words before a counterpart its contact verb may stand ("call the new customers"). */
const VERB_BEFORE_REACH = 2;
const MEMO_LIMIT = 200_000;
const READING_MEMO_LIMIT = 20_000;

/** What a task's words say, before any override: shared by every row with the same text and role. */
interface Reading {
  readonly reasons: readonly Reason[];
  readonly mixed: boolean;
}

interface WordInfo {
  readonly matches: WordMatches;
  readonly stop: boolean;
  readonly negation: boolean;
  readonly clauseBreak: boolean;
  readonly contactVerb: boolean;
}

/** A content word of the text being read, with the clause it stands in. */
interface ContentWord {
  readonly index: number;
  readonly info: WordInfo;
  readonly clause: number;
}

/** One place a phrase matched: content words at..at+length-1; `end` is where in its word a one-word match ends. */
interface Hit {
  readonly phrase: CompiledPhrase;
  readonly at: number;
  readonly length: number;
  readonly end: number;
}

/** A hit read in context: its side after negation, its weight, and whether it names a contact. */
interface Signal {
  readonly phrase: CompiledPhrase;
  readonly side: Side;
  readonly weight: number;
  readonly matched: string;
  readonly negated: boolean;
  readonly contact: boolean;
  readonly clause: number;
  /** The content word the match starts at, so one word counts once per side. */
  readonly at: number;
  readonly source: ReasonSource;
}

/** Classifies tasks with one compiled rule set. Create once per run, reuse for every row. */
export interface Classifier {
  classify(task: TaskInput): Decision;
}

const NUMBER_INFO: WordInfo = {
  matches: { ids: [], ends: [] },
  stop: false,
  negation: false,
  clauseBreak: false,
  contactVerb: false,
};

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function otherSide(side: Side): Side {
  return side === "front" ? "back" : "front";
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Compiles a rule set into a classifier. The rule set is read, never changed; invalid phrases
 * are skipped here (validation and its messages belong to the rule-set reader).
 */
export function createClassifier(ruleSet: RuleSet): Classifier {
  const rules = new CompiledRules(ruleSet);
  const infoMemo = new Map<string, WordInfo>();

  const infoOf = (word: string): WordInfo => {
    // Numbers (dates, amounts, row numbers) are never rule words unless a rule says so.
    if (!rules.hasDigits && isDigits(word)) return NUMBER_INFO;
    const known = infoMemo.get(word);
    if (known) return known;
    const info: WordInfo = {
      matches: rules.matchWord(word),
      stop: STOP_WORDS.has(word),
      negation: NEGATIONS.has(word),
      clauseBreak: CLAUSE_BREAKS.has(word),
      contactVerb: CONTACT_VERBS.has(word),
    };
    if (infoMemo.size >= MEMO_LIMIT) infoMemo.clear();
    infoMemo.set(word, info);
    return info;
  };

  /** The content words of a text: stop words neither break phrases nor count towards reach. */
  const contentOf = (text: ScannedText): ContentWord[] => {
    const content: ContentWord[] = [];
    let clause = 0;
    for (let i = 0; i < text.words.length; i++) {
      if (text.breakBefore[i]) clause++;
      const info = infoOf(text.words[i]);
      if (info.clauseBreak) clause++;
      if (info.stop || info.clauseBreak) continue;
      content.push({ index: i, info, clause });
    }
    return content;
  };

  const findHits = (content: readonly ContentWord[]): Hit[] => {
    const hits: Hit[] = [];
    for (let at = 0; at < content.length; at++) {
      const { ids, ends } = content[at].info.matches;
      for (let m = 0; m < ids.length; m++) {
        for (const phrase of rules.phrasesByFirst.get(ids[m]) ?? []) {
          const length = phrase.patterns.length;
          if (at + length > content.length) continue;
          let whole = true;
          for (let k = 1; k < length && whole; k++) {
            whole = content[at + k].info.matches.ids.includes(phrase.patterns[k]);
          }
          if (whole) hits.push({ phrase, at, length, end: ends[m] });
        }
      }
    }
    return hits;
  };

  /** The signals of one text (the task, or its role scaled down). */
  const read = (raw: string, source: ReasonSource, scale: number): Signal[] => {
    const text = scan(raw);
    const content = contentOf(text);
    const signals: Signal[] = [];
    for (const { phrase, at, length } of resolveOverlaps(findHits(content))) {
      const negatedFrom = negationStart(content, at);
      const negated = negatedFrom !== at;
      // "Zonder administratie" says nothing about customers: a negated back phrase is dropped.
      if (negated && phrase.rule.side === "back") continue;
      const contact =
        !negated && phrase.rule.counterpart === true && nextToContactVerb(content, at, length);
      signals.push({
        phrase,
        side: negated ? otherSide(phrase.rule.side) : phrase.rule.side,
        weight: phrase.rule.weight * scale * (contact ? COUNTERPART_FACTOR : 1),
        // A negated match quotes its negation too: "zonder klantcontact".
        matched: text.lower.slice(
          text.starts[content[negatedFrom].index],
          text.ends[content[at + length - 1].index]
        ),
        negated,
        contact,
        clause: content[at].clause,
        at,
        source,
      });
    }
    return signals;
  };

  // Task lists repeat themselves ("Kassa opmaken" every day): the reading of a text and role is
  // kept, bounded, so a repeated row costs one look-up. Readings are immutable, so sharing is safe.
  const readings = new Map<string, Map<string, Reading>>();
  let readingCount = 0;
  const readingOf = (text: string, role: string): Reading => {
    const byText = readings.get(role);
    const known = byText?.get(text);
    if (known) return known;
    const fromTask = discountTopics(read(text, "task", 1));
    const fromRole = role.trim() !== "" ? read(role, "role", ROLE_FACTOR) : [];
    const reading: Reading = {
      reasons: toReasons([...fromTask, ...fromRole]),
      mixed: mixedClauses(fromTask),
    };
    if (readingCount >= READING_MEMO_LIMIT) {
      readings.clear();
      readingCount = 0;
    }
    const map = readings.get(role) ?? new Map<string, Reading>();
    map.set(text, reading);
    readings.set(role, map);
    readingCount++;
    return reading;
  };

  return {
    classify(task: TaskInput): Decision {
      const text = typeof task.text === "string" ? task.text : "";
      const role = typeof task.role === "string" ? task.role : "";
      const { reasons, mixed } = readingOf(text, role);
      return decide(reasons, mixed, task.override);
    },
  };
}

/** The position of the negation word that reaches content word `at`, or `at` itself when none does. */
function negationStart(content: readonly ContentWord[], at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - NEGATION_REACH; k--) {
    if (content[k].clause !== content[at].clause) break;
    if (content[k].info.negation) return k;
  }
  return at;
}

/** True when a contact verb stands just before the phrase (English) or right after it (Dutch "klanten bellen"). */
function nextToContactVerb(content: readonly ContentWord[], at: number, length: number): boolean {
  const clause = content[at].clause;
  for (let k = at - 1; k >= 0 && k >= at - VERB_BEFORE_REACH; k--) {
    const word = content[k];
    if (word.clause !== clause) break;
    if (word.info.contactVerb) return true;
    if (word.info.matches.ids.length > 0) break;
  }
  const after = content[at + length];
  return after !== undefined && after.clause === clause && after.info.contactVerb;
}

/**
 * Settles words claimed by more than one phrase. A longer phrase owns its words ("account
 * manager" is not also "manager"); within one word, when the two sides both match, the part
 * that ends last is the compound's head and wins ("belastingadviseur" is an adviser,
 * "klantenadministratie" is administration).
 */
function resolveOverlaps(all: readonly Hit[]): Hit[] {
  if (all.length < 2) return [...all];
  // Two phrases of one rule on the same words ("factu*" and "*factu*" on "facturen") are one match.
  const unique = new Map<string, Hit>();
  for (const h of all) {
    const key = `${h.phrase.rule.id}|${h.at}|${h.length}`;
    const known = unique.get(key);
    if (!known || known.end < h.end) unique.set(key, h);
  }
  const hits = [...unique.values()];
  const longest = new Map<number, number>();
  for (const h of hits) {
    for (let k = h.at; k < h.at + h.length; k++)
      longest.set(k, Math.max(longest.get(k) ?? 0, h.length));
  }
  const kept = hits.filter((h) => {
    for (let k = h.at; k < h.at + h.length; k++) if ((longest.get(k) ?? 0) > h.length) return false;
    return true;
  });
  const headEnd = new Map<string, number>();
  for (const h of kept) {
    if (h.length !== 1) continue;
    const key = `${h.at}|${h.phrase.rule.side}`;
    headEnd.set(key, Math.max(headEnd.get(key) ?? 0, h.end));
  }
  return kept.filter((h) => {
    if (h.length !== 1) return true;
    const other = headEnd.get(`${h.at}|${otherSide(h.phrase.rule.side)}`);
    return other === undefined || other <= (headEnd.get(`${h.at}|${h.phrase.rule.side}`) ?? 0);
  });
}

/**
 * In a clause that is contact with one side's counterpart only ("explain the tax rules to
 * clients", "bel leverancier over de klacht"), the other side's subject words are what the
 * contact is about: they keep TOPIC_FACTOR of their weight and the counterpart decides.
 */
function discountTopics(signals: readonly Signal[]): Signal[] {
  const contactSides = new Map<number, Set<Side>>();
  for (const s of signals) {
    if (!s.contact) continue;
    const sides = contactSides.get(s.clause) ?? new Set<Side>();
    sides.add(s.side);
    contactSides.set(s.clause, sides);
  }
  if (contactSides.size === 0) return [...signals];
  return signals.map((s) => {
    const sides = contactSides.get(s.clause);
    const isTopic = sides?.size === 1 && !sides.has(s.side) && s.phrase.rule.counterpart !== true;
    return isTopic ? { ...s, weight: s.weight * TOPIC_FACTOR } : s;
  });
}

/**
 * True when a task is two jobs, one clearly front and one clearly back: "klanten bellen en
 * facturen versturen". Only two signalled clauses count: a longer sentence that lists many
 * things is one job described in detail, and its sums decide.
 */
function mixedClauses(signals: readonly Signal[]): boolean {
  const sums = new Map<number, { front: number; back: number }>();
  for (const s of signals) {
    const sum = sums.get(s.clause) ?? { front: 0, back: 0 };
    sum[s.side] += s.weight;
    sums.set(s.clause, sum);
  }
  if (sums.size !== 2) return false;
  let front = false;
  let back = false;
  for (const sum of sums.values()) {
    if (sum.front >= CLEAR_CLAUSE && sum.back === 0) front = true;
    if (sum.back >= CLEAR_CLAUSE && sum.front === 0) back = true;
  }
  return front && back;
}

/**
 * One reason per match. A rule matched again, or a word already counted for the same side by
 * another rule ("salarisadministratie" is payroll and administration), adds REPEAT_FACTOR of
 * its weight: more evidence, not a second full vote.
 */
function toReasons(signals: readonly Signal[]): Reason[] {
  if (signals.length === 0) return [];
  const sorted = [...signals].sort((a, b) => b.weight - a.weight);
  const rulesSeen: Record<Side, Set<Rule>> = { front: new Set(), back: new Set() };
  const wordsSeen = new Set<number>();
  const reasons = sorted.map((s): Reason => {
    const wordKey = (s.at * 2 + (s.source === "role" ? 1 : 0)) * 2 + (s.side === "front" ? 1 : 0);
    const repeat = rulesSeen[s.side].has(s.phrase.rule) || wordsSeen.has(wordKey);
    rulesSeen[s.side].add(s.phrase.rule);
    wordsSeen.add(wordKey);
    return {
      ruleId: s.phrase.rule.id,
      side: s.side,
      phrase: s.phrase.phrase,
      matched: s.matched,
      weight: round(s.weight * (repeat ? REPEAT_FACTOR : 1)),
      source: s.source,
      negated: s.negated,
      skills: s.negated ? [] : s.phrase.rule.skills,
    };
  });
  return reasons.sort((a, b) => b.weight - a.weight || a.ruleId.localeCompare(b.ruleId));
}

/**
 * Weighs the reasons. Confidence is the winning side's margin (|front - back| / total) times
 * how much evidence there is (total / (total + 1)): one weak word is never "certain".
 */
function decide(
  reasons: readonly Reason[],
  mixed: boolean,
  overrideValue: string | undefined
): Decision {
  let front = 0;
  let back = 0;
  for (const r of reasons) {
    if (r.side === "front") front += r.weight;
    else back += r.weight;
  }
  const scores = { front: round(front), back: round(back) };
  const override = parseOverride(overrideValue);
  if (override.side) {
    return { officeType: override.side, confidence: 1, reasons, scores, override: override.side };
  }
  const invalid = override.invalid === undefined ? {} : { invalidOverride: override.invalid };
  const total = front + back;
  if (total === 0) return { officeType: "unclear", confidence: 0, reasons, scores, ...invalid };
  const margin = Math.abs(front - back) / total;
  const confidence = round(margin * (total / (total + 1)));
  const tooClose = margin < MIN_MARGIN || (mixed && margin < MIXED_MARGIN);
  const officeType = tooClose ? "unclear" : front > back ? "front" : "back";
  return {
    officeType,
    confidence: tooClose ? round(confidence / 2) : confidence,
    reasons,
    scores,
    ...invalid,
  };
}
