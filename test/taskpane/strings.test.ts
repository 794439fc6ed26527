import { PANE_STRINGS } from "../../src/taskpane/strings";

describe("PANE_STRINGS", () => {
  it("has every word in both languages", () => {
    expect(Object.keys(PANE_STRINGS.nl).sort()).toEqual(Object.keys(PANE_STRINGS.en).sort());
    for (const strings of [PANE_STRINGS.en, PANE_STRINGS.nl]) {
      for (const value of Object.values(strings)) {
        if (typeof value === "string") expect(value.trim()).not.toBe("");
      }
    }
  });

  it("is really translated", () => {
    expect(PANE_STRINGS.nl.classify).not.toBe(PANE_STRINGS.en.classify);
    expect(PANE_STRINGS.nl.introWhat).not.toBe(PANE_STRINGS.en.introWhat);
  });
});
