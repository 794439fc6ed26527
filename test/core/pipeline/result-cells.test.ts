import { confidenceCell, resultCells } from "../../../src/core/pipeline/result-cells";
import { decision, reason } from "../decision-fixture";

describe("confidenceCell", () => {
  it.each([
    [0.75, 0.75],
    [0.666, 0.67],
    [0.5712, 0.57],
    [1, 1],
    [0, 0],
    [1.5, 1],
    [-0.2, 0],
    [NaN, 0],
  ])("keeps confidence %p as the fraction %p, in whole percents", (confidence, fraction) => {
    expect(confidenceCell(decision("front", [], { confidence }))).toBe(fraction);
  });
});

describe("resultCells", () => {
  it("fills every result cell in English", () => {
    const d = decision("front", [reason("front", "complaint", 2)], { confidence: 0.8 });
    const cells = resultCells(
      d,
      [{ skill: "conflict", level: 3 }],
      { status: "known", gaps: [{ skill: "conflict", required: 3, current: 1 }] },
      "en"
    );
    expect(cells).toEqual({
      officeType: "Front office",
      confidence: 0.8,
      why: 'Front: "complaint"',
      skills: "Conflict handling 3",
      gap: "Conflict handling: needs 3, has 1",
    });
  });

  it("fills every result cell in Dutch", () => {
    const cells = resultCells(
      decision("unclear", [], { confidence: 0 }),
      [],
      { status: "no-matrix", gaps: [] },
      "nl"
    );
    expect(cells).toEqual({
      officeType: "Onduidelijk",
      confidence: 0,
      why: "Geen front- of backofficewoorden gevonden",
      skills: "",
      gap: "",
    });
  });

  it("shows the overridden side", () => {
    const d = decision("back", [], { override: "back", confidence: 1 });
    const cells = resultCells(d, [], { status: "no-employee", gaps: [] }, "nl");
    expect(cells.officeType).toBe("Backoffice");
    expect(cells.confidence).toBe(1);
    expect(cells.why).toBe("Handmatig: Backoffice");
  });
});
