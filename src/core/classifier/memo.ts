import type { Reason } from "../types";
import type { Signal } from "./signal";
import { READING_MEMO_LIMIT, ROLE_MEMO_LIMIT, SEEN_SLOTS } from "./tuning";

/** What a task's words say: shared by every row with the same text and role. */
export interface Reading {
  readonly reasons: readonly Reason[];
  /** Two jobs in one row, one clearly front and one clearly back: unclear, whatever else. */
  readonly twoJobs: boolean;
}

/**
 * The readings of texts that come by again. Task lists repeat themselves ("Kassa opmaken" every
 * day): the reading of a text and role is kept, bounded, so a repeated row costs one look-up.
 * Readings are immutable, so sharing is safe.
 *
 * A reading is kept once its text comes by a second time; the first time, the text only leaves
 * its hash in a fixed table (the hash is taken while scanning, of the text lowercased). In a
 * list whose texts never repeat (a row number in each), keeping every reading cost more than
 * the reading itself: each lived just long enough for the garbage collector to copy it. Hashes
 * that collide or overwrite each other only make a reading kept sooner or later; what a
 * reading says never depends on them.
 */
export class ReadingMemo {
  private readonly seen = new Int32Array(SEEN_SLOTS);
  private readonly readings = new Map<string, Map<string, Reading>>();
  private count = 0;

  /** The reading kept for a text with a role, if any. */
  find(text: string, role: string): Reading | undefined {
    return this.readings.get(role)?.get(text);
  }

  /**
   * Offers the reading of a text just read, whose lowercased text hashed to `hash`: kept when the
   * text has been seen before, otherwise only its hash is. The reading is made into an object only
   * when kept, so a text seen once costs none.
   */
  offer(
    text: string,
    role: string,
    hash: number,
    reasons: readonly Reason[],
    twoJobs: boolean
  ): void {
    const slot = hash & (SEEN_SLOTS - 1);
    if (this.seen[slot] === hash) this.keep(text, role, { reasons, twoJobs });
    else this.seen[slot] = hash;
  }

  private keep(text: string, role: string, reading: Reading): void {
    if (this.count >= READING_MEMO_LIMIT) {
      this.readings.clear();
      this.count = 0;
    }
    let byText = this.readings.get(role);
    if (byText === undefined) {
      byText = new Map<string, Reading>();
      this.readings.set(role, byText);
    }
    byText.set(text, reading);
    this.count++;
  }
}

/**
 * The signals of each role read so far. A role is one of a handful of job titles, repeated over
 * the whole list: its signals are read once and shared (they are never changed: only a task's
 * own signals are discounted).
 */
export class RoleMemo {
  private readonly signals = new Map<string, readonly Signal[]>();

  /** The signals kept for a role, if it was read before. */
  find(role: string): readonly Signal[] | undefined {
    return this.signals.get(role);
  }

  /** Keeps the signals of a role just read. */
  keep(role: string, signals: readonly Signal[]): void {
    if (this.signals.size >= ROLE_MEMO_LIMIT) this.signals.clear();
    this.signals.set(role, signals);
  }
}
