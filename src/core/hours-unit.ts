/**
 * The period an hours column counts in, read from its header: "Uren p/w" counts per week,
 * "Hours per month" per month.
 */
import { wordsOfEveryLanguage } from "./language/languages";
import { tokenize } from "./normalize";

/** The period the hours column counts in, when its header says so. */
export type HoursUnit = "week" | "month";

const WEEK_WORDS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.weekWords);
const MONTH_WORDS: ReadonlySet<string> = wordsOfEveryLanguage((m) => m.words.monthWords);

/** The period that header words name, when they name one period and not both. */
export function hoursUnitOfWords(words: readonly string[]): HoursUnit | undefined {
  let week = false;
  let month = false;
  words.forEach((word, index) => {
    const next = words[index + 1];
    // "p/w" and "p/m" fold to two words.
    if (word === "p" && next === "w") week = true;
    if (word === "p" && next === "m") month = true;
    if (WEEK_WORDS.has(word) || (word.includes("week") && !word.includes("weekend"))) week = true;
    if (MONTH_WORDS.has(word) || word.includes("maand") || word.includes("month")) month = true;
  });
  if (week === month) return undefined;
  return week ? "week" : "month";
}

/**
 * The period an hours header counts in: "Uren p/w", "Hours per week", "Weekuren" -> week; "Hours/month",
 * "Uren per maand", "Maandelijks" -> month; anything else (or both) -> undefined.
 */
export function hoursUnitOf(header: string): HoursUnit | undefined {
  return hoursUnitOfWords(tokenize(header));
}
