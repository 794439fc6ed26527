import { findName, namedCell, parseRefFormula } from "../../src/excel/owned-names";

describe("parseRefFormula", () => {
  it.each([
    ["=Tasks!$F$1", { sheet: "Tasks", row: 0, col: 5 }],
    ["='My tasks'!$AA$12", { sheet: "My tasks", row: 11, col: 26 }],
    ["='Anna''s list'!$B$2:$B$9", { sheet: "Anna's list", row: 1, col: 1 }],
    ["=Taken!C3", { sheet: "Taken", row: 2, col: 2 }],
  ])("reads %p", (formula, ref) => {
    expect(parseRefFormula(formula)).toEqual(ref);
  });

  it.each([["=#REF!"], ["=Tasks!#REF!"], ["=SUM(A1)"], [42], [undefined]])(
    "gives nothing for %p",
    (formula) => {
      expect(parseRefFormula(formula)).toBeUndefined();
    }
  );
});

describe("namedCell", () => {
  const items = [
    { name: "FrontBack_Why", type: "Range", formula: "=Tasks!$F$1" },
    { name: "FrontBack_Gap", type: "Error", formula: "=#REF!" },
  ];

  it("finds a name as Excel does, ignoring case", () => {
    expect(findName(items, "frontback_why")?.formula).toBe("=Tasks!$F$1");
    expect(namedCell(items, "FRONTBACK_WHY")).toEqual({
      ref: { sheet: "Tasks", row: 0, col: 5 },
      broken: false,
    });
  });

  it("calls a name whose cells were deleted broken, and a missing one not broken", () => {
    expect(namedCell(items, "FrontBack_Gap")).toEqual({ broken: true });
    expect(namedCell(items, "FrontBack_Summary")).toEqual({ broken: false });
  });
});
