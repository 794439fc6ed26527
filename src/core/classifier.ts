/**
 * The classifier: reads a task (and optionally its role) with a rule set and decides front
 * office, back office or unclear, with the reasons that decided it.
 *
 * How a text is read, in order:
 * 1. words are matched against the rule phrases (case, accents and stop words ignored);
 * 2. where phrases overlap, the longer phrase and, inside a compound, the head word win;
 * 3. a negation ("no", "zonder", "geen") in the same clause turns whom the work is with into a
 *    back reason ("no customer contact", "zonder klantcontact") and cancels any other phrase
 *    ("without a receipt", "zonder administratie");
 * 4. a counterpart after "with" or a contact verb ("afspraken met klanten", "bel leverancier",
 *    "explain the new rules to clients") or right before one ("klanten bellen") is whom the work
 *    is with: it weighs more, and in that clause, or after "about", "over", "regarding", the
 *    other side's subject words weigh less ("advise clients about tax and payroll" is front);
 * 5. the first signal of a task names its main job and weighs a little more: task statements
 *    put the job first and qualify it after ("keep records of sales" is record keeping);
 * 6. a rule that matches again adds a quarter of its weight each time;
 * 7. where they could change the answer (no phrase, a near tie, or a lead they could overturn),
 *    words no rule reads the other way add what they were learned to lean (rules/leanings.ts): a
 *    weaker signal that fills the gaps between phrases ("houdt de registers bij");
 * 8. the sides are summed; a clear front clause and a clear back clause in one task, or sums
 *    too close to call, make it unclear. Learned words count only when they add up to
 *    LEARNED_ALONE_MIN on their own (one word that leans a little is no answer: "Lunch"), and
 *    not when all they do is make a rules' answer too close to call.
 *
 * Lists of tens of thousands of rows are read in one go, so reading is kept cheap: a TextReader
 * does steps 1 to 4 in lists it reuses from text to text, a role's reading is shared by every row
 * with that role, and the whole reading of a text that comes by again is looked up, not redone.
 */
import { TextScanner } from "./normalize";
import { parseOverride } from "./override";
import {
  CLAUSE_BREAKS,
  CONTACT_VERBS,
  DETAIL_MARKERS,
  NEGATIONS,
  STOP_WORDS,
  TOPIC_MARKERS,
  WITH_WORDS,
} from "./rules/language";
import { CompiledRules, type CompiledPhrase, type WordMatches } from "./rules/matcher";
import type { Decision, Reason, ReasonSource, Rule, RuleSet, Side, TaskInput } from "./types";

/** The rule id of the reasons that come from learned word leanings, not from a rule. */
export const LEARNED_RULE_ID = "learned";
/** With no rule phrase in a task, its learned words decide only when they add up to this much. */
const LEARNED_ALONE_MIN = 1.5;

/** The rule that names working with customers itself: "front office", "face to face". */
const FRONT_OFFICE_RULE = "front-office";
/** A role or job title is a weaker signal than the task's own words. */
export const ROLE_FACTOR = 0.4;
/** A counterpart next to a contact verb is whom the work is with. */
const COUNTERPART_FACTOR = 1.5;
/** In contact with someone, what the contact is about keeps this share of its weight. */
const TOPIC_FACTOR = 0.5;
/** The first signal of a task, its main job, weighs this much more than the words that qualify it. */
export const FIRST_FACTOR = 1.25;
/**
 * Words after "such as", "including", "zoals", "waaronder" give examples of the job, not the job
 * itself: they keep this share of their weight.
 */
const DETAIL_FACTOR = 0.5;
/** Each further match of a rule already matched adds this share of its weight. */
export const REPEAT_FACTOR = 0.25;
/** Below this margin (|front - back| / total) the task is unclear. */
const MIN_MARGIN = 0.03;
/**
 * A short task (at most this many words that carry meaning) with a clear front clause and a
 * clear back clause is two jobs in one row: "klanten bellen en facturen versturen". A longer
 * one is more often one job with a list in it: "legt allergieën en intoleranties vast in het
 * dossier".
 */
const MIXED_MAX_WORDS = 4;
/** A task with a clear front clause and a clear back clause is mixed below this margin. */
const MIXED_MARGIN = 0.3;
/** How much weight makes a clause clearly one side's. */
const CLEAR_CLAUSE = 1.5;
/** How many words after "no", "zonder", "geen"... a negation reaches. */
const NEGATION_REACH = 3;
/**
 * How many content words before a counterpart its contact verb may stand ("explain the payroll
 * tax deposit rules to clients"), unless another counterpart stands between them.
 */
const VERB_BEFORE_REACH = 8;
/** Slots of the table of distinct words: a power of two, kept at most three quarters full. */
const WORD_SLOTS = 1 << 18;
const READING_MEMO_LIMIT = 20_000;
const ROLE_MEMO_LIMIT = 20_000;
/** Slots of the table of texts seen once: a power of two, so a hash's low bits pick the slot. */
const SEEN_SLOTS = 1 << 15;
/** Lists up to this long are sorted by insertion: a task has a handful of signals. */
const SHORT_LIST = 16;

/** What a task's words say, before any override: shared by every row with the same text and role. */
interface Reading {
  readonly reasons: readonly Reason[];
  /** Two jobs in one row, one clearly front and one clearly back: unclear, whatever else. */
  readonly twoJobs: boolean;
}

/** A phrase that may begin at a word, and where in that word its first pattern's match ends. */
interface PhraseStart {
  readonly phrase: CompiledPhrase;
  readonly end: number;
}

/** What one distinct word is to the rules: worked out once, then looked up. */
interface WordInfo {
  readonly matches: WordMatches;
  /** The phrases whose first word pattern this word matches, in the order the rules give them. */
  readonly starts: readonly PhraseStart[];
  readonly stop: boolean;
  readonly negation: boolean;
  readonly clauseBreak: boolean;
  readonly detailMarker: boolean;
  readonly topicMarker: boolean;
  readonly withWord: boolean;
  readonly contactVerb: boolean;
  /** What the word was learned to lean: positive front, negative back, 0 for no leaning. */
  readonly leaning: number;
}

/** A phrase match read in context: its side after negation, its weight, and whether it names a contact. */
interface Signal {
  readonly phrase: CompiledPhrase;
  readonly side: Side;
  /** Not readonly: discountTopics lowers a topic's weight in place (a task's signals are its own). */
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

/**
 * What each distinct word is, found by the hash the scanner took of it on the way: a word of a
 * new text is a new string, which a Map would read once more to hash. Open addressing over a
 * power-of-two table, emptied when it is three quarters full (it is only a cache).
 */
class WordTable<T> {
  private keys = new Array<string | undefined>(WORD_SLOTS);
  private values = new Array<T | undefined>(WORD_SLOTS);
  private size = 0;

  get(word: string, hash: number): T | undefined {
    for (let i = hash & (WORD_SLOTS - 1); ; i = (i + 1) & (WORD_SLOTS - 1)) {
      const key = this.keys[i];
      if (key === undefined) return undefined;
      if (key === word) return this.values[i];
    }
  }

  set(word: string, hash: number, value: T): void {
    if (this.size >= (WORD_SLOTS >> 2) * 3) {
      this.keys = new Array<string | undefined>(WORD_SLOTS);
      this.values = new Array<T | undefined>(WORD_SLOTS);
      this.size = 0;
    }
    let i = hash & (WORD_SLOTS - 1);
    while (this.keys[i] !== undefined) i = (i + 1) & (WORD_SLOTS - 1);
    this.keys[i] = word;
    this.values[i] = value;
    this.size++;
  }
}

/** Classifies tasks with one compiled rule set. Create once per run, reuse for every row. */
export interface Classifier {
  classify(task: TaskInput): Decision;
}

const NUMBER_INFO: WordInfo = {
  matches: { ids: [], ends: [] },
  starts: [],
  stop: false,
  negation: false,
  clauseBreak: false,
  detailMarker: false,
  topicMarker: false,
  withWord: false,
  contactVerb: false,
  leaning: 0,
};

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** True for a front rule whose negation puts the work away from customers: whom, or face to face. */
function negatesContact(rule: Rule): boolean {
  return rule.side === "front" && (rule.counterpart === true || rule.id === FRONT_OFFICE_RULE);
}

function otherSide(side: Side): Side {
  return side === "front" ? "back" : "front";
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Reads one text at a time (steps 1 to 4 of the header) into lists kept from text to text. The
 * classifier is synchronous and reads a text to the end before it starts the next, so one set of
 * lists serves every row: a new text allocates its words and signals, not the working lists in
 * between. Entries past a list's count are left over from an earlier text and never read.
 */
class TextReader {
  private readonly text = new TextScanner();
  /** The content words: stop words neither break phrases nor count towards reach. */
  private contentCount = 0;

  /** Whether the text has a negation at all: most do not, and need no look for one. */
  private hasNegation = false;
  /** The learned leanings of the text's content words, summed per side (see leaningAtMost). */
  private leaningFront = 0;
  private leaningBack = 0;

  /** How many content words the last text read had. */
  get wordCount(): number {
    return this.contentCount;
  }

  private readonly contentInfo: WordInfo[] = [];
  /** Where each content word stands among the text's words. */
  private readonly contentWord: number[] = [];
  private readonly contentClause: number[] = [];
  /** Whether a content word stands after "such as", "zoals", "including": an example, not the job. */
  private readonly contentDetail: boolean[] = [];
  /** Whether a content word stands after "about", "over", "regarding": what a contact is about. */
  private readonly contentTopic: boolean[] = [];
  /** Whether a content word comes right after "with", "met" or "from": whom the work is done with. */
  private readonly contentWith: boolean[] = [];
  /** Phrase matches, in reading order: content words at..at+length-1; `end` is where in its word a one-word match ends. */
  private hitCount = 0;
  private readonly hitPhrase: CompiledPhrase[] = [];
  private readonly hitAt: number[] = [];
  private readonly hitLength: number[] = [];
  private readonly hitEnd: number[] = [];
  /** True for a match settled away by an overlapping one (step 2). */
  private readonly hitDropped: boolean[] = [];
  /** Per content word: the longest match over it, and the furthest end of a one-word match on each side. */
  private readonly longest: number[] = [];
  private readonly headEndFront: number[] = [];
  private readonly headEndBack: number[] = [];
  /** The learned words already counted in a long text, where looking back would take quadratic time. */
  private readonly seenInfo = new Set<WordInfo>();
  /** The content words whose learned leaning counts, per side. */
  private readonly learnedFront: number[] = [];
  private readonly learnedBack: number[] = [];

  constructor(private readonly infoOf: (word: string, hash: number) => WordInfo) {}

  /** A hash of the text last read, lowercased (see TextScanner.hash). */
  get textHash(): number {
    return this.text.hash;
  }

  /** The signals of one text (the task, or its role scaled down), in reading order. */
  read(raw: string, source: ReasonSource, scale: number): Signal[] {
    this.text.scan(raw);
    this.collectContent();
    this.findHits();
    // Most words of most texts match no rule: with no match there is nothing more to read.
    if (this.hitCount === 0) return [];
    this.resolveOverlaps();
    const signals: Signal[] = [];
    for (let h = 0; h < this.hitCount; h++) {
      if (this.hitDropped[h]) continue;
      const phrase = this.hitPhrase[h];
      const at = this.hitAt[h];
      const length = this.hitLength[h];
      const negatedFrom = this.hasNegation ? this.negationStart(at) : at;
      const negated = negatedFrom !== at;
      // Only "no customer contact" says the work is without customers. "Zonder administratie" or
      // "without a receipt" says nothing about whom the work is with: those negations are dropped.
      if (negated && !negatesContact(phrase.rule)) continue;
      const contact =
        !negated && phrase.rule.counterpart === true && this.nextToContactVerb(at, length);
      signals.push({
        phrase,
        side: negated ? otherSide(phrase.rule.side) : phrase.rule.side,
        weight:
          phrase.rule.weight *
          scale *
          (contact ? COUNTERPART_FACTOR : 1) *
          (this.contentDetail[at] ? DETAIL_FACTOR : 1),
        // A negated match quotes its negation too: "zonder klantcontact".
        matched: this.quote(negatedFrom, at + length - 1),
        negated,
        contact,
        clause: this.contentClause[at],
        topic: this.contentTopic[at],
        discounted: false,
        at,
        source,
        reason: undefined,
        repeatReason: undefined,
      });
    }
    return signals;
  }

  private collectContent(): void {
    const text = this.text;
    this.hasNegation = false;
    let clause = 0;
    let count = 0;
    let leaningFront = 0;
    let leaningBack = 0;
    let detail = false;
    let topic = false;
    let withNext = false;
    for (let i = 0; i < text.count; i++) {
      if (text.breakBefore[i]) {
        clause++;
        // What a contact is about runs on through a list ("about tax, payroll and pensions") and
        // ends at any other punctuation.
        if (topic && text.lower.slice(text.ends[i - 1], text.starts[i]).trim() !== ",") {
          topic = false;
        }
      }
      const info = this.infoOf(text.words[i], text.wordHashes[i]);
      if (info.topicMarker) topic = true;
      if (info.withWord) withNext = true;
      if (info.detailMarker) detail = true;
      if (info.clauseBreak) clause++;
      if (info.negation) this.hasNegation = true;
      if (info.stop || info.clauseBreak) continue;
      if (info.leaning > 0) leaningFront += info.leaning;
      else leaningBack -= info.leaning;
      this.contentInfo[count] = info;
      this.contentWord[count] = i;
      this.contentClause[count] = clause;
      this.contentDetail[count] = detail;
      this.contentTopic[count] = topic;
      this.contentWith[count] = withNext;
      withNext = false;
      count++;
    }
    this.contentCount = count;
    this.leaningFront = leaningFront;
    this.leaningBack = leaningBack;
  }

  private findHits(): void {
    const count = this.contentCount;
    let hits = 0;
    for (let at = 0; at < count; at++) {
      for (const { phrase, end } of this.contentInfo[at].starts) {
        const patterns = phrase.patterns;
        const length = patterns.length;
        if (at + length > count) continue;
        let whole = true;
        for (let k = 1; k < length && whole; k++) {
          whole = this.contentInfo[at + k].matches.ids.includes(patterns[k]);
        }
        if (!whole) continue;
        this.hitPhrase[hits] = phrase;
        this.hitAt[hits] = at;
        this.hitLength[hits] = length;
        this.hitEnd[hits] = end;
        this.hitDropped[hits] = false;
        hits++;
      }
    }
    this.hitCount = hits;
  }

  /**
   * Settles words claimed by more than one phrase. A longer phrase owns its words ("account
   * manager" is not also "manager"); within one word, when the two sides both match, the part
   * that ends last is the compound's head and wins ("belastingadviseur" is an adviser,
   * "klantenadministratie" is administration).
   */
  private resolveOverlaps(): void {
    const hits = this.hitCount;
    if (hits < 2) return;
    // Two phrases of one rule on the same words ("factu*" and "*factu*" on "facturen") are one
    // match: the first found keeps its place and takes the furthest end. Matches are found word by
    // word, so those on the same words stand together.
    let sameStart = 0;
    for (let h = 1; h < hits; h++) {
      if (this.hitAt[h] !== this.hitAt[sameStart]) sameStart = h;
      for (let j = sameStart; j < h; j++) {
        if (
          this.hitDropped[j] ||
          this.hitLength[j] !== this.hitLength[h] ||
          this.hitPhrase[j].rule.id !== this.hitPhrase[h].rule.id
        ) {
          continue;
        }
        if (this.hitEnd[j] < this.hitEnd[h]) {
          this.hitPhrase[j] = this.hitPhrase[h];
          this.hitEnd[j] = this.hitEnd[h];
        }
        this.hitDropped[h] = true;
        break;
      }
    }
    for (let k = 0; k < this.contentCount; k++) {
      this.longest[k] = 0;
      this.headEndFront[k] = -1;
      this.headEndBack[k] = -1;
    }
    for (let h = 0; h < hits; h++) {
      if (this.hitDropped[h]) continue;
      const length = this.hitLength[h];
      for (let k = this.hitAt[h]; k < this.hitAt[h] + length; k++) {
        if (this.longest[k] < length) this.longest[k] = length;
      }
    }
    for (let h = 0; h < hits; h++) {
      if (this.hitDropped[h]) continue;
      const length = this.hitLength[h];
      for (let k = this.hitAt[h]; k < this.hitAt[h] + length; k++) {
        if (this.longest[k] > length) this.hitDropped[h] = true;
      }
      if (this.hitDropped[h] || length !== 1) continue;
      const heads = this.hitPhrase[h].rule.side === "front" ? this.headEndFront : this.headEndBack;
      const at = this.hitAt[h];
      if (heads[at] < this.hitEnd[h]) heads[at] = this.hitEnd[h];
    }
    for (let h = 0; h < hits; h++) {
      if (this.hitDropped[h] || this.hitLength[h] !== 1) continue;
      const at = this.hitAt[h];
      const front = this.hitPhrase[h].rule.side === "front";
      const own = front ? this.headEndFront[at] : this.headEndBack[at];
      const other = front ? this.headEndBack[at] : this.headEndFront[at];
      if (other > own) this.hitDropped[h] = true;
    }
  }

  /** The position of the negation word that reaches content word `at`, or `at` itself when none does. */
  private negationStart(at: number): number {
    const clause = this.contentClause[at];
    for (let k = at - 1; k >= 0 && k >= at - NEGATION_REACH; k--) {
      if (this.contentClause[k] !== clause) break;
      if (this.contentInfo[k].negation) return k;
      // A negation reaches the first phrase after it: "zonder kassabon, met de klant".
      if (this.contentInfo[k].matches.ids.length > 0 && this.covered(k, "any")) break;
    }
    return at;
  }

  /**
   * True when the work is done with this counterpart: it comes right after "with", "met" or
   * "from" ("overleg met leveranciers", "take orders from customers"), a contact verb stands
   * before it in its clause with no other counterpart between ("explain the new rules to
   * clients"), or one stands right after it (Dutch "klanten bellen"). A contact word inside a
   * longer phrase is a noun there: "incoming calls".
   */
  private nextToContactVerb(at: number, length: number): boolean {
    const clause = this.contentClause[at];
    if (this.contentWith[at]) return true;
    for (let k = at - 1; k >= 0 && k >= at - VERB_BEFORE_REACH; k--) {
      if (this.contentClause[k] !== clause) break;
      const info = this.contentInfo[k];
      if (info.contactVerb && !this.covered(k, "inside")) return true;
      if (info.matches.ids.length > 0 && this.covered(k, "counterpart")) break;
    }
    const after = at + length;
    return (
      after < this.contentCount &&
      this.contentClause[after] === clause &&
      this.contentInfo[after].contactVerb
    );
  }

  /**
   * True when a phrase match that still counts covers content word `k`: any match, a counterpart's
   * match (customer, supplier, staff), a longer match that `k` is a later word of, or a match of
   * one side's rule or of any counterpart.
   */
  private covered(k: number, how: "any" | "counterpart" | "inside" | Side): boolean {
    for (let h = 0; h < this.hitCount; h++) {
      const at = this.hitAt[h];
      if (this.hitDropped[h] || k < at || k >= at + this.hitLength[h]) continue;
      if (how === "counterpart" && this.hitPhrase[h].rule.counterpart !== true) continue;
      if (how === "inside" && k === at) continue;
      if (
        (how === "front" || how === "back") &&
        this.hitPhrase[h].rule.side !== how &&
        this.hitPhrase[h].rule.counterpart !== true
      ) {
        continue;
      }
      return true;
    }
    return false;
  }

  /**
   * Adds what the task's learned words say (step 7), once each: one reason per side that has any;
   * true when it added any. A word does not count when a negation reaches it, when a rule reads
   * it for the other side (a rule says what its words mean: an owner's rule that "kassa" is back
   * office is not argued with), or when it names a counterpart: whom the work is with is read in
   * context ("factuur sturen naar klant"), and a leaning would count the counterpart again.
   */
  addLearned(reasons: Reason[]): boolean {
    let fronts = 0;
    let backs = 0;
    let frontWeight = 0;
    let backWeight = 0;
    const seen = this.contentCount > SHORT_LIST ? this.seenInfo : undefined;
    seen?.clear();
    for (let k = 0; k < this.contentCount; k++) {
      const info = this.contentInfo[k];
      const leaning = info.leaning;
      if (leaning === 0) continue;
      if (seen ? seen.has(info) : this.contentInfo.indexOf(info) < k) continue;
      seen?.add(info);
      if (this.hasNegation && this.negationStart(k) !== k) continue;
      if (info.matches.ids.length > 0 && this.covered(k, leaning > 0 ? "back" : "front")) continue;
      if (leaning > 0) {
        this.learnedFront[fronts++] = k;
        frontWeight += leaning;
      } else {
        this.learnedBack[backs++] = k;
        backWeight -= leaning;
      }
    }
    if (fronts > 0)
      reasons.push(this.learnedReason("front", this.learnedFront, fronts, frontWeight));
    if (backs > 0) reasons.push(this.learnedReason("back", this.learnedBack, backs, backWeight));
    return fronts + backs > 0;
  }

  /**
   * Learned words of one side as a reason, joined with ", " (formatWhy splits them there): the
   * phrase names them as learned (folded), `matched` as written. They call for no skills.
   */
  private learnedReason(side: Side, at: readonly number[], count: number, weight: number): Reason {
    let phrase = "";
    let matched = "";
    for (let i = 0; i < count; i++) {
      const separator = i === 0 ? "" : ", ";
      phrase += separator + this.text.words[this.contentWord[at[i]]];
      matched += separator + this.quote(at[i], at[i]);
    }
    return {
      ruleId: LEARNED_RULE_ID,
      side,
      phrase,
      matched,
      weight: round(weight),
      source: "task",
      negated: false,
      skills: [],
    };
  }

  /**
   * The most the task's learned words could add to one side: every word that leans that way, as
   * if none were covered, negated or repeated. Summed while the words are collected, so a task
   * whose rules are clear costs no second look at its words.
   */
  leaningAtMost(side: Side): number {
    return side === "front" ? this.leaningFront : this.leaningBack;
  }

  /** Content words first..last as written, lowercased. */
  private quote(first: number, last: number): string {
    const text = this.text;
    const from = this.contentWord[first];
    const to = this.contentWord[last];
    if (from === to && !text.folded) return text.words[from];
    return text.lower.slice(text.starts[from], text.ends[to]);
  }
}

/**
 * Compiles a rule set into a classifier. The rule set is read, never changed; invalid phrases
 * are skipped here (validation and its messages belong to the rule-set reader).
 */
export function createClassifier(ruleSet: RuleSet): Classifier {
  const rules = new CompiledRules(ruleSet);
  const leanings = new Map<string, number>();
  for (const [word, weight] of ruleSet.leanings ?? []) {
    if (Number.isFinite(weight) && weight !== 0) leanings.set(word, weight);
  }
  const infoMemo = new WordTable<WordInfo>();

  const infoOf = (word: string, hash: number): WordInfo => {
    // Numbers (dates, amounts, row numbers) are never rule words unless a rule says so.
    if (!rules.hasDigits && isDigits(word)) return NUMBER_INFO;
    const known = infoMemo.get(word, hash);
    if (known) return known;
    const matches = rules.matchWord(word);
    const starts: PhraseStart[] = [];
    for (let m = 0; m < matches.ids.length; m++) {
      for (const phrase of rules.phrasesByFirst.get(matches.ids[m]) ?? []) {
        starts.push({ phrase, end: matches.ends[m] });
      }
    }
    const info: WordInfo = {
      matches,
      starts,
      stop: STOP_WORDS.has(word),
      negation: NEGATIONS.has(word),
      clauseBreak: CLAUSE_BREAKS.has(word),
      detailMarker: DETAIL_MARKERS.has(word),
      topicMarker: TOPIC_MARKERS.has(word),
      withWord: WITH_WORDS.has(word),
      contactVerb: CONTACT_VERBS.has(word),
      leaning: leanings.get(word) ?? 0,
    };
    infoMemo.set(word, hash, info);
    return info;
  };

  const reader = new TextReader(infoOf);
  const byWeightThenRule = (a: Reason, b: Reason): number =>
    heavierFirst(a.weight, b.weight) ||
    rules.collationRank(a.ruleId) - rules.collationRank(b.ruleId);

  // A role is one of a handful of job titles, repeated over the whole list: its signals are read
  // once and shared (they are never changed: only a task's own signals are discounted).
  const roleSignals = new Map<string, readonly Signal[]>();
  const roleSignalsOf = (role: string): readonly Signal[] => {
    const known = roleSignals.get(role);
    if (known) return known;
    const signals = role.trim() !== "" ? reader.read(role, "role", ROLE_FACTOR) : [];
    if (roleSignals.size >= ROLE_MEMO_LIMIT) roleSignals.clear();
    roleSignals.set(role, signals);
    return signals;
  };

  // Task lists repeat themselves ("Kassa opmaken" every day): the reading of a text and role is
  // kept, bounded, so a repeated row costs one look-up. Readings are immutable, so sharing is safe.
  // A reading is kept once its text comes by a second time; the first time, the text only leaves
  // its hash in a fixed table (the hash is taken while scanning, of the text lowercased). In a
  // list whose texts never repeat (a row number in each), keeping every reading cost more than
  // the reading itself: each lived just long enough for the garbage collector to copy it. Hashes
  // that collide or overwrite each other only make a reading kept sooner or later; what a
  // reading says never depends on them.
  const seen = new Int32Array(SEEN_SLOTS);
  const readings = new Map<string, Map<string, Reading>>();
  let readingCount = 0;
  const keep = (text: string, role: string, reading: Reading): void => {
    if (readingCount >= READING_MEMO_LIMIT) {
      readings.clear();
      readingCount = 0;
    }
    let byText = readings.get(role);
    if (byText === undefined) {
      byText = new Map<string, Reading>();
      readings.set(role, byText);
    }
    byText.set(text, reading);
    readingCount++;
  };

  return {
    classify(task: TaskInput): Decision {
      const text = typeof task.text === "string" ? task.text : "";
      const role = typeof task.role === "string" ? task.role : "";
      const known = readings.get(role)?.get(text);
      if (known) return decide(known.reasons, known.twoJobs, task.override);
      // The role is read before the task: the reader holds one text at a time, and the task's
      // learned words are looked up last.
      const roleSignals = roleSignalsOf(role);
      const fromTask = reader.read(text, "task", 1);
      discountTopics(fromTask);
      stressFirst(fromTask);
      const mixed = reader.wordCount <= MIXED_MAX_WORDS && mixedClauses(fromTask);
      // toReasons sorts the list it is given: the task's list is this reading's own, so the
      // role's shared signals join it, not the other way round.
      for (const signal of roleSignals) fromTask.push(signal);
      const reasons = toReasons(fromTask, byWeightThenRule);
      // Two jobs in one row are judged on the rules' sums alone, before any learned word.
      const twoJobs = mixed && withinMargin(reasons, reasons.length, MIXED_MARGIN);
      const ruleCount = reasons.length;
      if (learnedMayDecide(reasons, reader) && reader.addLearned(reasons)) {
        if (learnedStandAside(reasons, ruleCount)) reasons.length = ruleCount;
        else reasons.sort(byWeightThenRule);
      }
      const slot = reader.textHash & (SEEN_SLOTS - 1);
      if (seen[slot] === reader.textHash) keep(text, role, { reasons, twoJobs });
      else seen[slot] = reader.textHash;
      return decide(reasons, twoJobs, task.override);
    },
  };
}

/** Lowers a signal to TOPIC_FACTOR of its weight, once. */
function discount(s: Signal): void {
  if (s.discounted) return;
  s.weight = s.weight * TOPIC_FACTOR;
  s.discounted = true;
}

/**
 * What a contact is about is not the job: the contact is. After a contact with one side's
 * counterpart, the other side's subject words after "about", "over", "regarding" keep
 * TOPIC_FACTOR of their weight ("advise clients about tax, payroll and pensions"), and so do
 * those anywhere in a clause that is contact with one side only ("explain the tax rules to
 * clients", "bel leverancier over de klacht"). Signals come in reading order, so those of one
 * clause stand together.
 */
function discountTopics(signals: Signal[]): void {
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

/**
 * The first signal of a task names its main job ("keep records of purchases and sales", "maintain
 * records related to sales"): the signals at its word weigh FIRST_FACTOR more than those after.
 */
function stressFirst(signals: readonly Signal[]): void {
  if (signals.length === 0) return;
  const first = signals[0].at;
  for (const s of signals) {
    if (s.at === first) s.weight = s.weight * FIRST_FACTOR;
  }
}

/**
 * True when a task is two jobs, one clearly front and one clearly back: "klanten bellen en
 * facturen versturen". Only two signalled clauses count: a longer sentence that lists many
 * things is one job described in detail, and its sums decide. Signals come in reading order, so
 * those of one clause stand together.
 */
function mixedClauses(signals: readonly Signal[]): boolean {
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

/**
 * Orders weights heaviest first as -1, 0 or 1. A whole number, not the difference: the sort calls
 * its comparer through a parameter, and a fractional result returned that way is a new heap
 * object each time, for every comparison of every row.
 */
function heavierFirst(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

function byWeight(a: Signal, b: Signal): number {
  return heavierFirst(a.weight, b.weight);
}

/** True when a signal before `i` counted the same rule, or the same word, for the same side. */
function countedBefore(sorted: readonly Signal[], i: number): boolean {
  const s = sorted[i];
  for (let j = 0; j < i; j++) {
    const earlier = sorted[j];
    if (
      earlier.side === s.side &&
      (earlier.phrase.rule === s.phrase.rule ||
        (earlier.at === s.at && earlier.source === s.source))
    ) {
      return true;
    }
  }
  return false;
}

/** What countedBefore tells, kept in sets: for the many signals of a long text, in constant time each. */
class Counted {
  private readonly rules: Record<Side, Set<Rule>> = { front: new Set(), back: new Set() };
  private readonly words = new Set<number>();

  /** Counts a signal; true when its rule or its word was already counted for its side. */
  count(s: Signal): boolean {
    const wordKey = (s.at * 2 + (s.source === "role" ? 1 : 0)) * 2 + (s.side === "front" ? 1 : 0);
    const repeat = this.rules[s.side].has(s.phrase.rule) || this.words.has(wordKey);
    this.rules[s.side].add(s.phrase.rule);
    this.words.add(wordKey);
    return repeat;
  }
}

function reasonOf(s: Signal, repeat: boolean): Reason {
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
}

/**
 * One reason per match. A rule matched again, or a word already counted for the same side by
 * another rule ("salarisadministratie" is payroll and administration), adds REPEAT_FACTOR of
 * its weight: more evidence, not a second full vote. Strongest first; equal weights by rule id.
 * Sorts the signals it is given in place.
 */
function toReasons(sorted: Signal[], order: (a: Reason, b: Reason) => number): Reason[] {
  if (sorted.length > SHORT_LIST) {
    // A long pasted text can have thousands of signals: the general sort (stable, as the
    // insertion below is), and counting in sets where looking back would take quadratic time.
    sorted.sort(byWeight);
    const counted = new Counted();
    return sorted.map((s) => reasonFor(s, counted.count(s))).sort(order);
  }
  // A task has a handful of signals: sorted by insertion with the rules' ranks at hand (the same
  // order as `order`, without a call per comparison), and looking back is cheaper than hashing.
  sortByWeight(sorted, undefined);
  const reasons: Reason[] = [];
  for (let i = 0; i < sorted.length; i++) {
    reasons.push(reasonFor(sorted[i], countedBefore(sorted, i)));
    shortRanks[i] = sorted[i].phrase.rank;
  }
  sortByWeight(reasons, shortRanks);
  return reasons;
}

/** A signal's reason: a role's is made once and shared by every row with that role. */
function reasonFor(s: Signal, repeat: boolean): Reason {
  if (s.source !== "role") return reasonOf(s, repeat);
  if (repeat) return (s.repeatReason ??= reasonOf(s, true));
  return (s.reason ??= reasonOf(s, false));
}

/** The rule ranks of a short list of reasons while it is sorted, kept from call to call. */
const shortRanks: number[] = [];

/**
 * Sorts a short list in place, heaviest first, keeping the order of equals. With `ranks` (one per
 * item, moved along with it), equal weights go by rank, as byWeightThenRule orders them.
 */
function sortByWeight(items: { readonly weight: number }[], ranks: number[] | undefined): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    const rank = ranks === undefined ? 0 : ranks[i];
    let j = i - 1;
    for (; j >= 0; j--) {
      const weight = items[j].weight;
      if (weight > item.weight) break;
      if (weight === item.weight && (ranks === undefined || ranks[j] <= rank)) break;
      items[j + 1] = items[j];
      if (ranks !== undefined) ranks[j + 1] = ranks[j];
    }
    items[j + 1] = item;
    if (ranks !== undefined) ranks[j + 1] = rank;
  }
}

/**
 * True when the task's learned words could change what its rules decide: the rules say nothing,
 * are too close to call, or their lead is smaller than all the other side's learned words could
 * add. Otherwise the rules' reasons alone say why, and the learned words are not looked up.
 */
function learnedMayDecide(reasons: readonly Reason[], reader: TextReader): boolean {
  let front = 0;
  let back = 0;
  for (const r of reasons) {
    if (r.side === "front") front += r.weight;
    else back += r.weight;
  }
  const lead = Math.abs(front - back);
  if (lead < MIN_MARGIN * (front + back) || front + back === 0) return true;
  return reader.leaningAtMost(front > back ? "back" : "front") >= lead;
}

/**
 * Weighs the reasons. Confidence is the winning side's margin (|front - back| / total) times
 * how much evidence there is (total / (total + 1)): one weak word is never "certain".
 */
function decide(
  reasons: readonly Reason[],
  twoJobs: boolean,
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
  const total = front + back;
  let answer: Decision;
  if (total === 0) {
    answer = { officeType: "unclear", confidence: 0, reasons, scores };
  } else {
    const margin = Math.abs(front - back) / total;
    const confidence = round(margin * (total / (total + 1)));
    const tooClose = margin < MIN_MARGIN || twoJobs;
    answer = {
      officeType: tooClose ? "unclear" : front > back ? "front" : "back",
      confidence: tooClose ? round(confidence / 2) : confidence,
      reasons,
      scores,
    };
  }
  return override.invalid === undefined ? answer : { ...answer, invalidOverride: override.invalid };
}

/** True when the first `count` reasons' sides are within `share` of their total of each other. */
function withinMargin(reasons: readonly Reason[], count: number, share: number): boolean {
  let front = 0;
  let back = 0;
  for (let i = 0; i < count; i++) {
    if (reasons[i].side === "front") front += reasons[i].weight;
    else back += reasons[i].weight;
  }
  return Math.abs(front - back) < share * (front + back);
}

/**
 * True when a task's learned words (the reasons from `ruleCount` on) do not count after all:
 * alone, they add up to less than LEARNED_ALONE_MIN ("Lunch" is no answer); or they only bring
 * the sides too close to call where the rules had an answer. They are then left out of the
 * reasons and the scores, so what is shown is what decided.
 */
function learnedStandAside(reasons: readonly Reason[], ruleCount: number): boolean {
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
