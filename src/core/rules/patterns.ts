/**
 * Phrase patterns: how the words of a rule phrase match the words of a task.
 *
 * - `klant` matches the word and its common inflections in English and Dutch
 *   (klanten, invoices, invoicing, facturen from factuur, planning from plan);
 * - `klant*` matches every word that starts with klant (klantenservice);
 * - `*klant` matches a word that ends with klant or an inflection of it (stamklanten);
 * - `*klant*` matches klant anywhere inside a word (vasteklantenkaart).
 *
 * No user-supplied regular expressions: patterns compile to string look-ups, so matching stays
 * linear in the text whatever the rules say.
 */
import { tokenize } from "../normalize";

/** How one word of a phrase matches a word of a task. */
export type WordMatchKind = "word" | "prefix" | "suffix" | "infix";

/** One word of a compiled phrase. */
export interface WordPattern {
  readonly kind: WordMatchKind;
  /** Folded letters without the stars. */
  readonly text: string;
}

/** Result of reading a phrase as written by the owner or the built-in rules. */
export type PhraseParse =
  | { readonly ok: true; readonly words: readonly WordPattern[] }
  | { readonly ok: false; readonly code: "empty-phrase" }
  | { readonly ok: false; readonly code: "misplaced-star" | "no-letters"; readonly part: string };

/** Words too short to inflect safely: "it", "hr", "pr", "btw" stay exact. */
const MIN_INFLECT_LENGTH = 4;
const VOWELS = "aeiou";

/**
 * Reads a phrase such as `klant*`, `no customer contact` or `*administratie`. A star may stand
 * only at the start or end of a word; a phrase needs at least one letter or digit.
 */
export function parsePhrase(phrase: string): PhraseParse {
  const parts = phrase
    .trim()
    .split(/\s+/)
    .filter((p) => p.length > 0);
  if (parts.length === 0) return { ok: false, code: "empty-phrase" };
  const words: WordPattern[] = [];
  for (const part of parts) {
    const leading = part.startsWith("*");
    const trailing = part.length > 1 && part.endsWith("*");
    const core = part.slice(leading ? 1 : 0, trailing ? -1 : undefined);
    if (core.includes("*")) {
      return { ok: false, code: "misplaced-star", part };
    }
    const coreWords = tokenize(core);
    if (coreWords.length === 0) {
      return { ok: false, code: "no-letters", part };
    }
    coreWords.forEach((text, i) => {
      const starStart = leading && i === 0;
      const starEnd = trailing && i === coreWords.length - 1;
      const kind: WordMatchKind = starStart
        ? starEnd
          ? "infix"
          : "suffix"
        : starEnd
          ? "prefix"
          : "word";
      words.push({ kind, text });
    });
  }
  return { ok: true, words };
}

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/**
 * The inflected forms a plain word also matches: English plural, -ed, -ing, -er; Dutch plural,
 * -e, -er, diminutive, verb endings; with the spelling changes both languages make (invoice ->
 * invoicing, inquiry -> inquiries, plan -> planning, factuur -> facturen, gesprek -> gesprekken).
 * The word itself is not included.
 */
export function inflections(word: string): string[] {
  if (word.length < MIN_INFLECT_LENGTH || !/^[a-z]+$/.test(word)) return [];
  const forms = new Set<string>();
  const add = (stem: string, suffixes: readonly string[]): void => {
    for (const s of suffixes) forms.add(stem + s);
  };
  add(word, [
    "s",
    "es",
    "en",
    "n",
    "e",
    "er",
    "ers",
    "ed",
    "d",
    "ing",
    "ings",
    "je",
    "jes",
    "t",
    "te",
    "ten",
    "de",
    "den",
  ]);
  const last = word[word.length - 1];
  const beforeLast = word[word.length - 2];
  if (last === "e") add(word.slice(0, -1), ["ing", "ings", "ion", "ions", "ed", "er", "ers", "en"]);
  if (last === "y" && !isVowel(beforeLast)) add(word.slice(0, -1), ["ies", "ied"]);
  // A short vowel before a final consonant doubles it: plan -> planning, gesprek -> gesprekken.
  if (!isVowel(last) && isVowel(beforeLast) && !isVowel(word[word.length - 3])) {
    add(word + last, ["ing", "ed", "en", "er", "ers", "e"]);
  }
  // A Dutch long vowel written double loses one letter before a syllable: factuur -> facturen.
  if (!isVowel(last) && isVowel(beforeLast) && beforeLast === word[word.length - 3]) {
    add(word.slice(0, -2) + last, ["en", "e", "er", "ers"]);
  }
  forms.delete(word);
  return [...forms];
}
