import { languageFromQuery, languageOf } from "../../src/shared/language";

describe("languageOf", () => {
  it.each(["nl-NL", "nl-BE", "NL-nl", "nl", "nl_NL", " nl-NL "])("reads %p as Dutch", (tag) => {
    expect(languageOf(tag)).toBe("nl");
  });

  it.each(["en-US", "en-GB", "de-DE", "fr-BE", "nds-DE", "", "nlx"])(
    "reads %p as English",
    (tag) => {
      expect(languageOf(tag)).toBe("en");
    }
  );

  it("falls back to English outside Office, where there is no display language", () => {
    expect(languageOf(undefined)).toBe("en");
    expect(languageOf(null)).toBe("en");
    expect(languageOf(42)).toBe("en");
  });
});

describe("languageFromQuery", () => {
  it("takes lang=nl or lang=en from the page address", () => {
    expect(languageFromQuery("?lang=nl")).toBe("nl");
    expect(languageFromQuery("?x=1&lang=en")).toBe("en");
  });

  it("ignores a missing or unknown language", () => {
    expect(languageFromQuery("")).toBeUndefined();
    expect(languageFromQuery("?lang=de")).toBeUndefined();
  });
});
