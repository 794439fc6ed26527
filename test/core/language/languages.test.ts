import { readFileSync } from "fs";
import { join } from "path";
import {
  CATALOGUES,
  inEveryLanguage,
  LANGUAGES,
  messagesOf,
  wordsOfEveryLanguage,
} from "../../../src/core/language/languages";
import type { Language } from "../../../src/core/types";
import { normalize } from "../../../src/core/normalize";
import { parseOverride } from "../../../src/core/override";

describe("the languages FrontBack speaks", () => {
  it("are really translated", () => {
    expect(messagesOf("nl").pane.classify).not.toBe(messagesOf("en").pane.classify);
    expect(messagesOf("nl").pane.introWhat).not.toBe(messagesOf("en").pane.introWhat);
    expect(messagesOf("nl").stops.noRoom).not.toBe(messagesOf("en").stops.noRoom);
  });

  it("are English and Dutch, English first", () => {
    expect(LANGUAGES).toEqual(["en", "nl"]);
    expect(Object.keys(CATALOGUES)).toEqual(LANGUAGES);
  });

  it("answer in English for a language outside the catalogue", () => {
    expect(messagesOf("de" as Language)).toBe(CATALOGUES.en);
  });

  it("say one text in every language", () => {
    expect(inEveryLanguage((m) => m.officeTypes.front)).toEqual({
      en: "Front office",
      nl: "Frontoffice",
    });
    expect(inEveryLanguage((_m, lang) => lang)).toEqual({ en: "en", nl: "nl" });
  });

  it("combine a word list over every language", () => {
    const negations = wordsOfEveryLanguage((m) => m.words.negations);
    expect(negations.has("without")).toBe(true);
    expect(negations.has("zonder")).toBe(true);
    expect(negations.has("")).toBe(false);
  });
});

/** Every leaf of a catalogue (a text, a list, a function that words a message) with its path. */
function leaves(value: unknown, path: string): [string, unknown][] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [[path, value]];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
}

describe.each(LANGUAGES)("the %s catalogue", (lang) => {
  const messages = messagesOf(lang);

  it("has what English has, and no word left empty", () => {
    const paths = (catalogue: unknown): string[] => leaves(catalogue, "").map(([path]) => path);
    expect(new Set(paths(messages))).toEqual(new Set(paths(messagesOf("en"))));
    for (const [path, value] of leaves(messages, "")) {
      if (
        typeof value === "string" &&
        !path.startsWith(".words.") &&
        path !== ".sheets.skillsAliases"
      ) {
        expect([path, value.trim()]).not.toEqual([path, ""]);
      }
    }
  });

  it("has a word for every text of the task pane", () => {
    const html = readFileSync(join(__dirname, "../../../src/taskpane/taskpane.html"), "utf8");
    const keys = [...html.matchAll(/data-(?:text|placeholder)="(\w+)"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) expect(Object.keys(messages.pane)).toContain(key);
  });

  it("writes its word lists folded, as tasks are read", () => {
    const lists = [
      messages.words.stopWords,
      messages.words.negations,
      messages.words.clauseBreaks,
      messages.words.contactVerbs,
      messages.words.detailMarkers,
      messages.words.topicMarkers,
      messages.words.withWords,
      messages.words.employeeHeaders,
      messages.words.yes,
      messages.words.no,
    ];
    for (const list of lists) {
      for (const word of list.split(" ").filter((w) => w !== ""))
        expect(normalize(word)).toBe(word);
    }
  });

  it("reads back its own office types as overrides, as the Override drop-down writes them", () => {
    expect(parseOverride(messages.officeTypes.front).side).toBe("front");
    expect(parseOverride(messages.officeTypes.back).side).toBe("back");
  });

  it("names every skill of the catalogue once", () => {
    const labels = Object.values(messages.skills);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
