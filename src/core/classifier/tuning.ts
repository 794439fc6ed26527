/**
 * Every number the classifier is tuned by, in one place: how much each reading step weighs, where
 * the answer turns unclear, how far a word reaches, and how much the classifier keeps between
 * rows. The steps they belong to are those of the header of classifier.ts.
 */

/** A role or job title is a weaker signal than the task's own words. */
export const ROLE_FACTOR = 0.4;

/** A counterpart next to a contact verb is whom the work is with (step 4). */
export const COUNTERPART_FACTOR = 1.5;

/** In contact with someone, what the contact is about keeps this share of its weight (step 4). */
export const TOPIC_FACTOR = 0.5;

/**
 * Words after "such as", "including", "zoals", "waaronder" give examples of the job, not the job
 * itself: they keep this share of their weight.
 */
export const DETAIL_FACTOR = 0.5;

/** The first signal of a task, its main job, weighs this much more than the words that qualify it (step 5). */
export const FIRST_FACTOR = 1.25;

/** Each further match of a rule already matched adds this share of its weight (step 6). */
export const REPEAT_FACTOR = 0.25;

/** With no rule phrase in a task, its learned words decide only when they add up to this much (step 8). */
export const LEARNED_ALONE_MIN = 1.5;

/** Below this margin (|front - back| / total) the task is unclear (step 8). */
export const MIN_MARGIN = 0.03;

/**
 * A short task (at most this many words that carry meaning) with a clear front clause and a
 * clear back clause is two jobs in one row: "klanten bellen en facturen versturen". A longer
 * one is more often one job with a list in it: "legt allergieën en intoleranties vast in het
 * dossier".
 */
export const MIXED_MAX_WORDS = 4;

/** A task with a clear front clause and a clear back clause is mixed below this margin (step 8). */
export const MIXED_MARGIN = 0.3;

/** How much weight makes a clause clearly one side's (step 8). */
export const CLEAR_CLAUSE = 1.5;

/** How many words after "no", "zonder", "geen"... a negation reaches (step 3). */
export const NEGATION_REACH = 3;

/**
 * How many content words before a counterpart its contact verb may stand ("explain the payroll
 * tax deposit rules to clients"), unless another counterpart stands between them (step 4).
 */
export const VERB_BEFORE_REACH = 8;

/**
 * Slots of the table of distinct words: a power of two, so a hash's low bits pick the slot. It is
 * only a cache: emptied when three quarters full, so a probe always ends at an empty slot.
 */
export const WORD_SLOTS = 1 << 18;

/**
 * The readings of repeated texts kept at a time: they are only a cache, so past this many they
 * start again rather than hold on to the memory of a list without end.
 */
export const READING_MEMO_LIMIT = 20_000;

/**
 * The readings of distinct roles kept at a time: a list has a handful of job titles, but a role
 * column of free text must not hold on to memory without end.
 */
export const ROLE_MEMO_LIMIT = 20_000;

/** Slots of the table of texts seen once: a power of two, so a hash's low bits pick the slot. */
export const SEEN_SLOTS = 1 << 15;

/** Lists up to this long are sorted by insertion: a task has a handful of signals. */
export const SHORT_LIST = 16;
