import { meaningfulWords, SCORE, scoreField } from "../../src/core/header-score";

describe("meaningfulWords", () => {
  it("folds a header and leaves out its articles and prepositions", () => {
    expect(meaningfulWords("Naam van de Medewerker:")).toEqual(["naam", "medewerker"]);
  });
});

describe("scoreField", () => {
  it.each([
    ["task", "Taak", SCORE.exact],
    ["task", "Omschrijving", SCORE.genericExact],
    ["task", "Task description (short)", SCORE.contains],
    ["task", "Hoofdtaak", SCORE.compound],
    ["employee", "Medewerkersnaam", SCORE.exact],
    ["employee", "Product name", SCORE.none],
    ["hours", "Uren p/w", SCORE.exact],
    ["hours", "Per week", SCORE.genericExact],
    ["hours", "Weekend", SCORE.none],
  ] as const)("%s in %j scores %d", (field, header, score) => {
    expect(scoreField(field, meaningfulWords(header))).toBe(score);
  });
});
