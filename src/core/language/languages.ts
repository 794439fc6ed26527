/**
 * The languages FrontBack speaks, each one file of the message catalogue. A new language is one
 * more file that fills `Messages` (the compiler checks it is complete) and one more entry here.
 */

import { en } from "./en";
import type { Messages } from "./messages";
import { nl } from "./nl";

/** Every language's catalogue, English first: it is the language of last resort. */
export const CATALOGUES = { en, nl } as const satisfies Readonly<Record<string, Messages>>;

/** A language FrontBack speaks, by its ISO 639-1 code. */
export type Language = keyof typeof CATALOGUES;

/** Every language FrontBack speaks, English first. */
export const LANGUAGES = Object.keys(CATALOGUES) as readonly Language[];

/**
 * The catalogue of a language. A value outside the type can only come from an unchecked cast
 * (a cell, a query string): English is read widest, so it answers then.
 */
export function messagesOf(lang: Language): Messages {
  return Object.prototype.hasOwnProperty.call(CATALOGUES, lang) ? CATALOGUES[lang] : CATALOGUES.en;
}

/** One text in every language, so a pane or a report can show whichever the owner reads. */
export function inEveryLanguage(
  text: (messages: Messages, lang: Language) => string
): Record<Language, string> {
  const texts = {} as Record<Language, string>;
  for (const lang of LANGUAGES) texts[lang] = text(CATALOGUES[lang], lang);
  return texts;
}

/**
 * The words of one list of every language, combined: FrontBack reads a task without knowing its
 * language.
 */
export function wordsOfEveryLanguage(list: (messages: Messages) => string): Set<string> {
  const words = new Set<string>();
  for (const lang of LANGUAGES) {
    for (const word of list(CATALOGUES[lang]).split(" ")) if (word !== "") words.add(word);
  }
  return words;
}
