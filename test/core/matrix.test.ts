import fc from "fast-check";
import { buildMatrixRows, employeeKey, parseSkillsMatrix } from "../../src/core/matrix";
import { matrixProblemText } from "../../src/core/matrix-problems";
import type { MatrixProblem } from "../../src/core/matrix-problems";
import { SKILL_CATALOGUE, skillLabel } from "../../src/core/skills";

const english = (problem: MatrixProblem): string => matrixProblemText(problem, "en");

function levelsOf(rows: unknown[][], name: string): unknown {
  return parseSkillsMatrix(rows).matrix.employees.get(employeeKey(name))?.levels;
}

describe("employeeKey", () => {
  it("folds case, accents and spacing so hand-typed names meet", () => {
    expect(employeeKey("  Ánna   de Vries ")).toBe("anna de vries");
    expect(employeeKey("ANNA DE VRIES")).toBe(employeeKey("anna de vries"));
    expect(employeeKey("Zoë\tJansen")).toBe("zoe jansen");
  });

  it("keeps different people apart", () => {
    expect(employeeKey("Anna")).not.toBe(employeeKey("Anne"));
  });
});

describe("parseSkillsMatrix", () => {
  it("reads an English sheet with numbers", () => {
    const { matrix, problems } = parseSkillsMatrix([
      ["Employee", "Patience", "Conflict handling", "Working with numbers"],
      ["Anna", 3, 1, 4],
      ["Bram", 0, 2, ""],
    ]);
    expect(problems).toEqual([]);
    expect(matrix.employees.size).toBe(2);
    expect(matrix.employees.get("anna")).toEqual({
      name: "Anna",
      levels: { patience: 3, conflict: 1, numeracy: 4 },
    });
    expect(matrix.employees.get("bram")?.levels).toEqual({ patience: 0, conflict: 2 });
  });

  it("reads a Dutch sheet with accents and stray spaces in the headers", () => {
    const { matrix, problems } = parseSkillsMatrix([
      ["Medewerker", "Conflicthantering", "vriendelijkheid ", "Kantoor- en boekhoudsoftware"],
      ["Sanne", "3", "2", "4"],
    ]);
    expect(problems).toEqual([]);
    expect(matrix.employees.get("sanne")?.levels).toEqual({
      conflict: 3,
      friendliness: 2,
      "office-software": 4,
    });
  });

  it("accepts skill ids as headers", () => {
    expect(
      levelsOf(
        [
          ["Name", "patience", "advanced-it"],
          ["Ali", 1, 2],
        ],
        "Ali"
      )
    ).toEqual({ patience: 1, "advanced-it": 2 });
  });

  it.each([["Employee"], ["name"], ["Staff"], ["PERSON"], ["Werknemer"], ["Naam"], ["Persoon"]])(
    "finds the names under a %s column, wherever it stands",
    (header) => {
      const { matrix, problems } = parseSkillsMatrix([
        ["Patience", header, "Geduld x"],
        [2, "Eva", ""],
      ]);
      expect(matrix.employees.get("eva")?.levels).toEqual({ patience: 2 });
      expect(problems.map((p) => p.column)).toEqual(["Geduld x"]);
    }
  );

  it("takes the first column as names when no header says so", () => {
    const { matrix, problems } = parseSkillsMatrix([
      ["Wie", "Geduld"],
      ["Eva", 2],
    ]);
    expect(problems).toEqual([]);
    expect(matrix.employees.get("eva")?.levels).toEqual({ patience: 2 });
  });

  it("does not take a skill column as names", () => {
    const { matrix } = parseSkillsMatrix([
      ["Geduld", "", "Organising"],
      [2, "Eva", 3],
    ]);
    expect(matrix.employees.get("eva")?.levels).toEqual({ patience: 2, organising: 3 });
  });

  it("reports a sheet where every column is a skill", () => {
    const { matrix, problems } = parseSkillsMatrix([
      ["Geduld", "Organising"],
      [2, 3],
    ]);
    expect(matrix.employees.size).toBe(0);
    expect(problems).toHaveLength(1);
    expect(english(problems[0])).toMatch(/No employee column/);
  });

  it("accepts levels written as text: '3', ' 3 ', '3.0' and '3,0'", () => {
    expect(
      levelsOf(
        [
          ["Employee", "Patience", "Organising", "Filing", "Numeracy"],
          ["Anna", "3", " 3 ", "3.0", "3,0"],
        ],
        "Anna"
      )
    ).toEqual({ patience: 3, organising: 3, filing: 3, numeracy: 3 });
  });

  it("treats empty cells as not rated, not as 0", () => {
    const levels = levelsOf(
      [
        ["Employee", "Patience", "Organising", "Filing"],
        ["Anna", "", null, "   "],
      ],
      "Anna"
    );
    expect(levels).toEqual({});
  });

  it.each([[5], [-1], [2.5], ["good"], ["2.5"], ["-1"], ["3 stars"], [true], [NaN], [{}]])(
    "reports the level %j with its row and column and leaves it unrated",
    (value) => {
      const { matrix, problems } = parseSkillsMatrix([
        ["Employee", "Patience", "Organising"],
        ["Anna", 1, 2],
        ["Bram", value, 3],
      ]);
      expect(matrix.employees.get("bram")?.levels).toEqual({ organising: 3 });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ row: 3, column: "Patience" });
      expect(english(problems[0])).toContain('Row 3, column "Patience"');
      expect(english(problems[0])).toContain("0 (none) to 4 (expert)");
    }
  );

  it("quotes a bad text level so the owner can find it", () => {
    const { problems } = parseSkillsMatrix([
      ["Employee", "Patience"],
      ["Anna", "good"],
    ]);
    expect(english(problems[0])).toContain('"good" is not a level');
  });

  it("reports an unknown column and ignores it", () => {
    const { matrix, problems } = parseSkillsMatrix([
      ["Employee", "Typing", "Patience"],
      ["Anna", 4, 2],
    ]);
    expect(matrix.employees.get("anna")?.levels).toEqual({ patience: 2 });
    expect(problems).toEqual([
      { code: "unknown-skill-column", row: 1, column: "Typing", label: "Typing" },
    ]);
    expect(english(problems[0])).toBe(
      'Column "Typing" is not a known skill: use a skill\'s name or id, e.g. Patience / Geduld / patience'
    );
    expect(matrixProblemText(problems[0], "nl")).toBe(
      'Kolom "Typing" is geen bekende vaardigheid: gebruik de naam of id van een vaardigheid, bijv. Geduld / Patience / patience'
    );
  });

  it("reports a second column for the same skill and uses the first", () => {
    const { matrix, problems } = parseSkillsMatrix([
      ["Employee", "Patience", "Geduld"],
      ["Anna", 2, 4],
    ]);
    expect(matrix.employees.get("anna")?.levels).toEqual({ patience: 2 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 1, column: "Geduld" });
    expect(english(problems[0])).toMatch(/second column for Patience/);
  });

  it("reports levels under a column without a header", () => {
    const { problems } = parseSkillsMatrix([
      ["Employee", "Patience", ""],
      ["Anna", 2, 4],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 1, column: "C" });
  });

  it("ignores an empty column without a header", () => {
    const { problems } = parseSkillsMatrix([
      ["Employee", "", "Patience"],
      ["Anna", "", 2],
    ]);
    expect(problems).toEqual([]);
  });

  it("reports a repeated employee and keeps the first row", () => {
    const { matrix, problems } = parseSkillsMatrix([
      ["Employee", "Patience"],
      ["Anna de Vries", 1],
      ["Bram", 2],
      ["anna  de vriés", 4],
    ]);
    expect(matrix.employees.size).toBe(2);
    expect(matrix.employees.get("anna de vries")).toEqual({
      name: "Anna de Vries",
      levels: { patience: 1 },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 4 });
    expect(english(problems[0])).toContain("already on row 2");
  });

  it("skips empty rows without a problem, and keeps the owner's row numbers", () => {
    const { matrix, problems } = parseSkillsMatrix([
      ["Employee", "Patience"],
      [],
      ["", null],
      ["Anna", "x"],
    ]);
    expect(matrix.employees.has("anna")).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0].row).toBe(4);
  });

  it("reports a row with levels but no name", () => {
    const { matrix, problems } = parseSkillsMatrix([
      ["Employee", "Patience"],
      ["Anna", 2],
      ["  ", 3],
    ]);
    expect(matrix.employees.size).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 3, column: "Employee" });
    expect(english(problems[0])).toMatch(/no employee name/);
  });

  it("uses a number as a name, e.g. a staff number", () => {
    const { matrix } = parseSkillsMatrix([
      ["Employee", "Patience"],
      [1001, 2],
    ]);
    expect(matrix.employees.get("1001")?.levels).toEqual({ patience: 2 });
  });

  it.each([[[]], [[[]]], [[[""], [null, "  "]]]])("says the sheet %j is empty", (rows) => {
    const { matrix, problems } = parseSkillsMatrix(rows);
    expect(matrix.employees.size).toBe(0);
    expect(problems).toHaveLength(1);
    expect(english(problems[0])).toMatch(/^The skills sheet is empty/);
  });

  it("says the sheet is empty for missing input instead of failing", () => {
    const missing: unknown = undefined;
    const { problems } = parseSkillsMatrix(missing as unknown[][]);
    expect(english(problems[0])).toMatch(/^The skills sheet is empty/);
  });

  it("reports a sheet whose first row is empty", () => {
    const { problems } = parseSkillsMatrix([[], ["Anna", 2]]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 1 });
  });

  it("reports a header without employees", () => {
    const { problems } = parseSkillsMatrix([["Employee", "Patience"]]);
    expect(problems).toHaveLength(1);
    expect(english(problems[0])).toMatch(/no employees/);
  });

  it("reports a header without any skill column, but still lists the people", () => {
    const { matrix, problems } = parseSkillsMatrix([["Employee"], ["Anna"]]);
    expect(matrix.employees.get("anna")?.levels).toEqual({});
    expect(problems).toHaveLength(1);
    expect(english(problems[0])).toMatch(/No skill columns/);
  });

  const anyCell = fc.oneof(
    fc.anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    }),
    fc.constantFrom("Employee", "Naam", "Patience", "geduld", "3", " 4 ", "2.0", "5", "", "  ")
  );

  it("never throws, whatever the cells hold", () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 6 }), (rows) => {
        const { matrix, problems } = parseSkillsMatrix(rows);
        expect(matrix.employees).toBeInstanceOf(Map);
        for (const problem of problems) {
          expect(english(problem)).not.toBe("");
          expect(matrixProblemText(problem, "nl")).not.toBe("");
        }
      }),
      { numRuns: 500 }
    );
  });

  it("never throws when rows are not arrays", () => {
    fc.assert(
      fc.property(fc.array(anyCell, { maxLength: 6 }), (rows) => {
        expect(() => parseSkillsMatrix(rows as unknown[][])).not.toThrow();
      }),
      { numRuns: 300 }
    );
  });

  it("never throws on sheets with real headers and arbitrary values", () => {
    const header = [
      "Employee",
      ...SKILL_CATALOGUE.slice(0, 4).map((def) => skillLabel(def.id, "en")),
    ];
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 8 }), (body) => {
        const { matrix } = parseSkillsMatrix([header, ...body]);
        for (const employee of matrix.employees.values()) {
          for (const level of Object.values(employee.levels)) {
            expect([0, 1, 2, 3, 4]).toContain(level);
          }
        }
      }),
      { numRuns: 500 }
    );
  });
});

describe("buildMatrixRows", () => {
  it("makes an English sheet: Employee, every skill, one empty row per person", () => {
    const rows = buildMatrixRows(["Anna", "Bram"], "en");
    expect(rows[0]).toEqual([
      "Employee",
      ...SKILL_CATALOGUE.map((def) => skillLabel(def.id, "en")),
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(["Anna", ...SKILL_CATALOGUE.map(() => "")]);
    expect(rows[2][0]).toBe("Bram");
  });

  it("makes a Dutch sheet", () => {
    const rows = buildMatrixRows(["Sanne"], "nl");
    expect(rows[0][0]).toBe("Medewerker");
    expect(rows[0]).toContain("Conflicthantering");
    expect(rows[0]).toHaveLength(1 + SKILL_CATALOGUE.length);
  });

  it("lists each person once, as first written, and leaves out blank names", () => {
    const rows = buildMatrixRows(["Anna de Vries", " anna de vriés ", "", "  ", "Bram"], "en");
    expect(rows.slice(1).map((row) => row[0])).toEqual(["Anna de Vries", "Bram"]);
  });

  it("makes a sheet that reads back without problems", () => {
    const { matrix, problems } = parseSkillsMatrix(buildMatrixRows(["Anna", "Bram"], "nl"));
    expect(problems).toEqual([]);
    expect([...matrix.employees.values()].map((e) => e.name)).toEqual(["Anna", "Bram"]);
  });

  it("makes a header-only sheet when there are no employees", () => {
    expect(buildMatrixRows([], "en")).toHaveLength(1);
  });
});
