/**
 * Column detection: which column of an owner's task sheet holds the tasks, the employee, the role,
 * the hours and the override, found by header in English or Dutch.
 *
 * Owners name their columns freely ("Taak:", "Omschrijving taak", "Uren p/w", "Assigned to"), so
 * headers are compared after folding case, accents, punctuation and spacing, against a vocabulary
 * per field. Matches are ranked, and every column serves one field at most.
 */

import { cellText } from "./cell-text";
import { RESULT_HEADERS } from "./format";
import { normalize, tokenize } from "./normalize";
import type { Language } from "./types";

/** 0-based indexes of the columns FrontBack reads; only the task column is required. */
export interface ColumnMap {
  readonly task: number;
  readonly employee?: number;
  readonly role?: number;
  readonly hours?: number;
  readonly override?: number;
}

/** The period the hours column counts in, when its header says so. */
export type HoursUnit = "week" | "month";

/**
 * The outcome of {@link detectColumns}: the columns found, or a message the owner can act on.
 * `headers` and `seen` hold every header as text (trimmed), in sheet order, so a host can offer
 * them as choices.
 */
export type ColumnDetection =
  | {
      readonly status: "ok";
      readonly columns: ColumnMap;
      readonly hoursUnit?: HoursUnit;
      readonly headers: readonly string[];
    }
  | { readonly status: "not-found"; readonly message: string; readonly seen: readonly string[] };

/** Options of {@link detectColumns}. */
export interface DetectColumnsOptions {
  /** The header of the task column, as the owner chose it; compared with case, accents and punctuation folded. */
  readonly task?: string;
  /** Language of the messages; English when absent. */
  readonly lang?: Language;
}

type Field = keyof ColumnMap;

/**
 * The words of each field. `strong` names are specific enough to count when a header only
 * contains them ("Task description (short)"); `generic` names ("Name", "Description", "Time")
 * count only as the whole header, since "Product name" or "Start time" are not ours.
 */
interface Vocabulary {
  readonly strong: readonly string[];
  readonly generic: readonly string[];
  /** Dutch compound heads that keep the field whatever comes before: "hoofdtaak", "teammedewerker". */
  readonly tails: readonly string[];
}

const VOCABULARY: Readonly<Record<Field, Vocabulary>> = {
  task: {
    strong: [
      "task",
      "tasks",
      "task description",
      "task name",
      "task title",
      "task details",
      "taak",
      "taken",
      "taakomschrijving",
      "omschrijving taak",
      "omschrijving taken",
      "taakbeschrijving",
      "beschrijving taak",
      "taaknaam",
      "naam taak",
      "activity",
      "activities",
      "activiteit",
      "activiteiten",
      "werkzaamheden",
      "werkzaamheid",
      "omschrijving werkzaamheden",
      "to do",
      "to dos",
      "te doen",
      "klus",
      "klussen",
      "duty",
      "duties",
      "responsibilities",
      "opdracht",
      "opdrachten",
      "bezigheden",
      "work item",
    ],
    generic: [
      "description",
      "omschrijving",
      "beschrijving",
      "title",
      "titel",
      "subject",
      "onderwerp",
      "item",
      "what",
      "wat",
      "werk",
      "work",
      "action",
      "actie",
      "acties",
    ],
    tails: ["taak", "taken", "klus", "klussen", "activiteit", "activiteiten", "werkzaamheden"],
  },
  employee: {
    strong: [
      "employee",
      "employees",
      "employee name",
      "staff",
      "staff member",
      "team member",
      "worker",
      "colleague",
      "assigned to",
      "assignee",
      "owner",
      "task owner",
      "done by",
      "performed by",
      "carried out by",
      "responsible",
      "responsible person",
      "medewerker",
      "medewerkers",
      "naam medewerker",
      "medewerkersnaam",
      "werknemer",
      "werknemers",
      "naam werknemer",
      "personeelslid",
      "teamlid",
      "collega",
      "toegewezen aan",
      "uitgevoerd door",
      "gedaan door",
      "uitvoerder",
      "verantwoordelijke",
      "eigenaar",
      "taakeigenaar",
      "door wie",
    ],
    generic: [
      "name",
      "naam",
      "full name",
      "volledige naam",
      "who",
      "wie",
      "by",
      "door",
      "person",
      "persoon",
      "member",
      "lid",
    ],
    tails: ["medewerker", "medewerkers", "werknemer", "werknemers", "collega"],
  },
  role: {
    strong: [
      "role",
      "roles",
      "job title",
      "job role",
      "job function",
      "job position",
      "position",
      "function",
      "occupation",
      "functie",
      "functies",
      "functietitel",
      "functienaam",
      "functieomschrijving",
      "rol",
      "rollen",
      "positie",
      "beroep",
    ],
    // "Title" alone is more often a task title (Planner, To Do exports) than a job title.
    generic: ["job", "baan"],
    tails: ["functie"],
  },
  hours: {
    strong: [
      "hours",
      "hour",
      "hrs",
      "hr",
      "uren",
      "uur",
      "aantal uren",
      "number of hours",
      "werkuren",
      "weekuren",
      "maanduren",
      "contracturen",
      "arbeidsuren",
      "manuren",
      "time spent",
      "tijdsbesteding",
      "tijdbesteding",
      "bestede tijd",
    ],
    generic: ["time", "tijd", "duration", "duur", "h", "u"],
    tails: [],
  },
  override: {
    strong: [
      "override",
      "overrides",
      "manual override",
      "manual",
      "handmatig",
      "handmatige",
      "handmatige keuze",
      "handmatig type",
      "correctie",
      "correction",
      "overrule",
      "overruled",
      "forced",
      "geforceerd",
    ],
    generic: ["keuze", "choice", "eigen keuze", "own choice"],
    tails: [],
  },
};

/**
 * When one column names two fields equally well, the field such a header is usually about wins:
 * "Task hours" counts hours, "Employee role" is a role. Task and employee come last because they
 * are the words owners put in front of others.
 */
const FIELD_PRIORITY: readonly Field[] = ["hours", "override", "role", "employee", "task"];

/** Articles and prepositions that do not change what a header names ("Naam van de medewerker"). */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "of",
  "de",
  "het",
  "een",
  "van",
]);

/** Words that say over what period hours count, ignored when naming the field ("Uren p/w"). */
const PERIOD_WORDS: ReadonlySet<string> = new Set([
  "per",
  "p",
  "w",
  "m",
  "pw",
  "pm",
  "in",
  "week",
  "weeks",
  "weekly",
  "wk",
  "wekelijks",
  "month",
  "months",
  "monthly",
  "mo",
  "mnd",
  "maand",
  "maanden",
  "maandelijks",
]);

const WEEK_WORDS: ReadonlySet<string> = new Set([
  "week",
  "weeks",
  "weekly",
  "wk",
  "pw",
  "wekelijks",
  "wekelijkse",
]);
const MONTH_WORDS: ReadonlySet<string> = new Set([
  "month",
  "months",
  "monthly",
  "mo",
  "mnd",
  "pm",
  "maand",
  "maanden",
  "maandelijks",
  "maandelijkse",
]);

/** Heads of Dutch compounds that keep the field of their first part: "medewerkersnaam", "taaktitel". */
const DESCRIPTIVE_HEADS: ReadonlySet<string> = new Set([
  "omschrijving",
  "beschrijving",
  "naam",
  "titel",
  "tekst",
  "lijst",
]);

/** Shorter field words ("rol", "uur") hide inside too many other words to start a compound. */
const MIN_COMPOUND_PART = 4;

/** How well a header names a field; higher wins. */
const SCORE = {
  none: 0,
  /** A Dutch compound built on a field word: "hoofdtaak", "medewerkersnaam". */
  compound: 1,
  /** The header contains a strong name: "Omschrijving werkzaamheden", "Task (short)". */
  contains: 2,
  /** The header is a generic name: "Name", "Description". */
  genericExact: 3,
  /** The header is a strong name: "Taak", "Assigned to", "Uren p/w". */
  exact: 4,
} as const;

type Score = (typeof SCORE)[keyof typeof SCORE];

/** A field's vocabulary, folded once. */
interface FoldedVocabulary {
  readonly strongCompact: ReadonlySet<string>;
  readonly genericCompact: ReadonlySet<string>;
  readonly strongPhrases: readonly (readonly string[])[];
  /** Strong one-word names that start a compound with a descriptive head. */
  readonly compoundStarts: readonly string[];
  readonly tails: readonly string[];
}

/** The words of a header that name something, fillers removed. */
function meaningfulWords(text: string): string[] {
  return tokenize(text).filter((word) => !FILLER_WORDS.has(word));
}

function foldVocabulary(vocabulary: Vocabulary): FoldedVocabulary {
  const strongWords = vocabulary.strong.map(meaningfulWords);
  return {
    strongCompact: new Set(strongWords.map((words) => words.join(""))),
    genericCompact: new Set(vocabulary.generic.map((name) => meaningfulWords(name).join(""))),
    strongPhrases: strongWords,
    compoundStarts: strongWords
      .filter((words) => words.length === 1 && words[0].length >= MIN_COMPOUND_PART)
      .map((words) => words[0]),
    tails: vocabulary.tails.map(normalize),
  };
}

const FOLDED_VOCABULARY: Readonly<Record<Field, FoldedVocabulary>> = {
  task: foldVocabulary(VOCABULARY.task),
  employee: foldVocabulary(VOCABULARY.employee),
  role: foldVocabulary(VOCABULARY.role),
  hours: foldVocabulary(VOCABULARY.hours),
  override: foldVocabulary(VOCABULARY.override),
};

/**
 * The headers FrontBack writes itself, in every language. Reading one of them back as input
 * would classify FrontBack's own output.
 */
const RESULT_HEADERS_COMPACT: ReadonlySet<string> = new Set(
  Object.values(RESULT_HEADERS).flatMap((headers) =>
    Object.values(headers).map((header: string) => tokenize(header).join(""))
  )
);

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/** "taakomschrijving", "medewerkersnaam": a field word, maybe a linking s or -en, and a descriptive head. */
function startsCompound(word: string, part: string): boolean {
  if (word.length <= part.length || !word.startsWith(part)) return false;
  const rest = word.slice(part.length);
  return ["", "s", "en", "e"].some(
    (link) => rest.startsWith(link) && DESCRIPTIVE_HEADS.has(rest.slice(link.length))
  );
}

function isCompound(word: string, vocabulary: FoldedVocabulary): boolean {
  return (
    vocabulary.tails.some((tail) => word.length > tail.length && word.endsWith(tail)) ||
    vocabulary.compoundStarts.some((part) => startsCompound(word, part))
  );
}

function scoreAgainst(words: readonly string[], vocabulary: FoldedVocabulary): Score {
  const compact = words.join("");
  if (compact === "") return SCORE.none;
  if (vocabulary.strongCompact.has(compact)) return SCORE.exact;
  if (vocabulary.genericCompact.has(compact)) return SCORE.genericExact;
  if (vocabulary.strongPhrases.some((phrase) => containsPhrase(words, phrase))) {
    return SCORE.contains;
  }
  return words.some((word) => isCompound(word, vocabulary)) ? SCORE.compound : SCORE.none;
}

function scoreField(field: Field, words: readonly string[]): Score {
  const vocabulary = FOLDED_VOCABULARY[field];
  const score = scoreAgainst(words, vocabulary);
  if (field !== "hours" || score === SCORE.exact) return score;
  // "Uren p/w", "Hours per month": the period does not change what the column is.
  const withoutPeriod = words.filter((word) => !PERIOD_WORDS.has(word));
  if (withoutPeriod.length > 0) {
    return Math.max(score, scoreAgainst(withoutPeriod, vocabulary)) as Score;
  }
  // A header that is only a period ("Per week") can only be counting time.
  return hoursUnitOfWords(words) === undefined ? score : SCORE.genericExact;
}

function hoursUnitOfWords(words: readonly string[]): HoursUnit | undefined {
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

function isResultHeader(header: string): boolean {
  return RESULT_HEADERS_COMPACT.has(tokenize(header).join(""));
}

interface Candidate {
  readonly field: Field;
  readonly column: number;
  readonly score: Score;
}

/** The best columns for the fields still open, each column used once; ties go to the first column. */
function assignFields(
  headers: readonly string[],
  fixed: Partial<Record<Field, number>>
): Partial<Record<Field, number>> {
  const taken = new Set(Object.values(fixed));
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    if (taken.has(column) || isResultHeader(header)) return;
    const words = meaningfulWords(header);
    for (const field of FIELD_PRIORITY) {
      if (fixed[field] !== undefined) continue;
      const score = scoreField(field, words);
      if (score !== SCORE.none) candidates.push({ field, column, score });
    }
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.column - b.column ||
      FIELD_PRIORITY.indexOf(a.field) - FIELD_PRIORITY.indexOf(b.field)
  );
  const assigned: Partial<Record<Field, number>> = { ...fixed };
  for (const candidate of candidates) {
    if (assigned[candidate.field] !== undefined || taken.has(candidate.column)) continue;
    assigned[candidate.field] = candidate.column;
    taken.add(candidate.column);
  }
  return assigned;
}

/** How many headers a message lists before it says "and N more". */
const MAX_LISTED_HEADERS = 12;

function listHeaders(headers: readonly string[], lang: Language): string {
  const named = headers
    .filter((header) => header !== "")
    .map((header) => header.replace(/\s+/g, " "));
  const listed = named
    .slice(0, MAX_LISTED_HEADERS)
    .map((header) => `"${header}"`)
    .join(", ");
  const more = named.length - MAX_LISTED_HEADERS;
  if (more <= 0) return listed;
  return lang === "nl" ? `${listed} en nog ${more}` : `${listed} and ${more} more`;
}

const MESSAGES = {
  en: {
    noHeaderRow:
      'The sheet has no header row. Put the column names in the first row, with "Task" (or "Taak") above the tasks.',
    noTaskColumn: (seen: string) =>
      `No task column found. Headers seen: ${seen}. Name the column with the tasks "Task" (or "Taak"), or choose it.`,
    chosenMissing: (chosen: string, seen: string) =>
      `The chosen task column "${chosen}" is not in the header row. Headers seen: ${seen}. Choose one of these, or rename the column.`,
    chosenIsResult: (chosen: string) =>
      `"${chosen}" is a column FrontBack writes itself, so it cannot hold the tasks. Choose the column with the tasks.`,
  },
  nl: {
    noHeaderRow:
      'Het blad heeft geen kopregel. Zet de kolomnamen in de eerste rij, met "Taak" (of "Task") boven de taken.',
    noTaskColumn: (seen: string) =>
      `Geen takenkolom gevonden. Gevonden kolomkoppen: ${seen}. Noem de kolom met de taken "Taak" (of "Task"), of kies hem.`,
    chosenMissing: (chosen: string, seen: string) =>
      `De gekozen takenkolom "${chosen}" staat niet in de kopregel. Gevonden kolomkoppen: ${seen}. Kies een van deze, of geef de kolom die naam.`,
    chosenIsResult: (chosen: string) =>
      `"${chosen}" is een kolom die FrontBack zelf schrijft, dus daar staan geen taken in. Kies de kolom met de taken.`,
  },
} as const;

/**
 * Finds the task, employee, role, hours and override columns of a header row.
 *
 * Headers are compared in English and Dutch with case, accents, punctuation and extra spaces
 * ignored. A header that is exactly a field's name beats one that only contains it, the first
 * column wins a tie, and a column serves one field at most. FrontBack's own result headers are
 * never read as input. `options.task` names the task column explicitly.
 *
 * @param headers - the header row's cells, in sheet order; non-text cells count as empty.
 * @returns `ok` with 0-based column indexes (and the hours unit when the hours header names one),
 *   or `not-found` with a message for the owner. Never throws.
 */
export function detectColumns(
  headers: readonly unknown[],
  options: DetectColumnsOptions = {}
): ColumnDetection {
  const texts = Array.isArray(headers) ? Array.from(headers, cellText) : [];
  const lang: Language = options.lang === "nl" ? "nl" : "en";
  const messages = MESSAGES[lang];
  if (texts.every((text) => text === "")) {
    return { status: "not-found", message: messages.noHeaderRow, seen: texts };
  }

  const fixed: Partial<Record<Field, number>> = {};
  const chosen = typeof options.task === "string" ? options.task.trim() : "";
  if (chosen !== "") {
    if (isResultHeader(chosen)) {
      return { status: "not-found", message: messages.chosenIsResult(chosen), seen: texts };
    }
    const wanted = normalize(chosen);
    const index = texts.findIndex((text) => normalize(text) === wanted);
    if (index === -1) {
      const message = messages.chosenMissing(chosen, listHeaders(texts, lang));
      return { status: "not-found", message, seen: texts };
    }
    fixed.task = index;
  }

  const found = assignFields(texts, fixed);
  if (found.task === undefined) {
    return {
      status: "not-found",
      message: messages.noTaskColumn(listHeaders(texts, lang)),
      seen: texts,
    };
  }
  const columns: ColumnMap = {
    task: found.task,
    ...(found.employee !== undefined && { employee: found.employee }),
    ...(found.role !== undefined && { role: found.role }),
    ...(found.hours !== undefined && { hours: found.hours }),
    ...(found.override !== undefined && { override: found.override }),
  };
  const hoursUnit = columns.hours === undefined ? undefined : hoursUnitOf(texts[columns.hours]);
  return {
    status: "ok",
    columns,
    ...(hoursUnit !== undefined && { hoursUnit }),
    headers: texts,
  };
}
