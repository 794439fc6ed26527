/**
 * Small closed word lists that shape how rule phrases are read: words that carry no signal,
 * negations and their limits, and the verbs of contacting someone. The words are in the message
 * catalogue of each language (language/en.ts, nl.ts: `words`), combined here, since a task's
 * language need not be known.
 */

import { wordsOfEveryLanguage } from "../language/languages";

/** Words that carry no signal and do not break a phrase: "answer the phone" = "answer phone". */
export const STOP_WORDS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.stopWords);

/** Words that turn what follows around: "no customer contact", "zonder klantcontact". */
export const NEGATIONS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.negations);

/** Words that end a negation's reach: "no calls, but e-mail customers". */
export const CLAUSE_BREAKS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.clauseBreaks);

/**
 * Verbs of contacting or serving someone: the first thing named after one is who the work is
 * with ("bel leverancier", "explain the policy to clients" reads "explain ... clients").
 */
export const CONTACT_VERBS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.contactVerbs);

/**
 * Words that start examples: "prepare documents, such as invoices and claims". What follows
 * illustrates the job; the words before say what it is.
 */
export const DETAIL_MARKERS: ReadonlySet<string> = wordsOfEveryLanguage(
  (m) => m.words.detailMarkers
);

/**
 * Words that say what a contact is about: "advise clients about tax and payroll", "klanten
 * informeren over de btw". What follows them is the topic, not the job.
 */
export const TOPIC_MARKERS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.topicMarkers);

/**
 * Words that name whom the work is done with: "overleg met leveranciers", "meet with clients",
 * "take orders from customers".
 */
export const WITH_WORDS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.withWords);
