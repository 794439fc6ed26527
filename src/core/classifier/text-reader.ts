import type { ReasonSource, Side } from "../types";
import { negatesContact, negationStart, nextToContactVerb } from "./context";
import { resolveOverlaps } from "./overlaps";
import type { Signal } from "./signal";
import { TextLists } from "./text-lists";
import { COUNTERPART_FACTOR, DETAIL_FACTOR } from "./tuning";
import type { WordInfoOf } from "./word-info";

function otherSide(side: Side): Side {
  return side === "front" ? "back" : "front";
}

/**
 * Reads one text at a time (steps 1 to 4 of the classifier's header) into the lists it keeps
 * from text to text: its content words, the phrase matches among them, and from those, with
 * overlaps settled and negations and contacts read, its signals.
 */
export class TextReader extends TextLists {
  constructor(private readonly infoOf: WordInfoOf) {
    super();
  }

  /** The signals of one text (the task, or its role scaled down), in reading order. */
  read(raw: string, source: ReasonSource, scale: number): Signal[] {
    this.scanner.scan(raw);
    this.collectContent();
    this.findHits();
    // Most words of most texts match no rule: with no match there is nothing more to read.
    if (this.hitCount === 0) return [];
    resolveOverlaps(this);
    const signals: Signal[] = [];
    for (let h = 0; h < this.hitCount; h++) {
      if (this.hitDropped[h]) continue;
      const phrase = this.hitPhrase[h];
      const at = this.hitAt[h];
      const length = this.hitLength[h];
      const negatedFrom = this.hasNegation ? negationStart(this, at) : at;
      const negated = negatedFrom !== at;
      // Only "no customer contact" says the work is without customers. "Zonder administratie" or
      // "without a receipt" says nothing about whom the work is with: those negations are dropped.
      if (negated && !negatesContact(phrase.rule)) continue;
      const contact =
        !negated && phrase.rule.counterpart === true && nextToContactVerb(this, at, length);
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

  /** Step 1, first half: the content words, with their clause and what stands before them. */
  private collectContent(): void {
    const text = this.scanner;
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

  /** Step 1, second half: every phrase whose words stand in a row among the content words. */
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
}
