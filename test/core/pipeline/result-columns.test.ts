import {
  cellAsText,
  headerOf,
  headersOf,
  OVERRIDE_COLUMN,
  columnSpec,
  RESULT_COLUMNS,
  widthInCharacters,
  wholePercent,
} from "../../../src/core/pipeline/result-columns";
import type { ResultCells } from "../../../src/core/pipeline/result-columns";

const CELLS: ResultCells = {
  officeType: "Front office",
  confidence: 0.57,
  why: 'Front: "complaint"',
  skills: "Conflict handling 3",
  gap: "",
};

describe("the result columns", () => {
  it("are headed in English and Dutch, left to right", () => {
    expect(RESULT_COLUMNS.map((column) => headerOf(column, "en"))).toEqual([
      "Office type",
      "Confidence",
      "Why",
      "Skills needed",
      "Skill gap",
    ]);
    expect(RESULT_COLUMNS.map((column) => headerOf(column, "nl"))).toEqual([
      "Officetype",
      "Zekerheid",
      "Waarom",
      "Benodigde vaardigheden",
      "Vaardigheidstekort",
    ]);
    expect(headersOf(OVERRIDE_COLUMN)).toEqual(["Override", "Handmatig"]);
  });

  it("are found by key", () => {
    for (const column of RESULT_COLUMNS) expect(columnSpec(column.key)).toBe(column);
    expect(columnSpec("override")).toBe(OVERRIDE_COLUMN);
  });

  it("show confidence as a percent and everything else as text", () => {
    expect(RESULT_COLUMNS.filter((c) => c.kind === "percent").map((c) => c.key)).toEqual([
      "confidence",
    ]);
  });
});

describe("cellAsText", () => {
  it("writes a percent as a whole number and text as it is", () => {
    expect(RESULT_COLUMNS.map((column) => cellAsText(column, CELLS))).toEqual([
      "Front office",
      "57",
      'Front: "complaint"',
      "Conflict handling 3",
      "",
    ]);
  });

  it.each([
    [0.57, 57],
    [0.29, 29],
    [1, 100],
    [0, 0],
  ])("shows %p as %p%", (fraction, percent) => {
    expect(wholePercent(fraction)).toBe(percent);
  });
});

describe("widthInCharacters", () => {
  it("turns points into characters of the default font", () => {
    // 300 points are 400 pixels: (400 - 5) / 7 characters.
    expect(widthInCharacters(300)).toBe(56.43);
    expect(widthInCharacters(90)).toBe(16.43);
  });
});
