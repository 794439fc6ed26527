import { skillGap } from "../../src/core/gaps";
import { parseSkillsMatrix } from "../../src/core/matrix";
import type { SkillsMatrix } from "../../src/core/matrix";
import type { SkillNeed } from "../../src/core/types";

const matrix: SkillsMatrix = parseSkillsMatrix([
  ["Employee", "Patience", "Conflict handling", "Interpersonal skills", "Clear communication"],
  ["Anna de Vries", 3, 1, 2, ""],
  ["Bram", 4, 4, 4, 4],
]).matrix;

const needs: SkillNeed[] = [
  { skill: "interpersonal", level: 2 },
  { skill: "clarity", level: 2 },
  { skill: "patience", level: 3 },
  { skill: "conflict", level: 3 },
];

describe("skillGap", () => {
  it("lists each needed skill below the required level, with both levels", () => {
    expect(skillGap(needs, "Anna de Vries", matrix)).toEqual({
      status: "known",
      // Both fall 2 short (unrated clarity counts as 0), so catalogue order decides.
      gaps: [
        { skill: "clarity", required: 2, current: null },
        { skill: "conflict", required: 3, current: 1 },
      ],
    });
  });

  it("finds the employee whatever the case, accents or spacing", () => {
    expect(skillGap(needs, "  anna de VRIÉS ", matrix).status).toBe("known");
  });

  it("lists no items when the employee meets every need", () => {
    expect(skillGap(needs, "Bram", matrix)).toEqual({ status: "known", gaps: [] });
  });

  it("counts a skill rated exactly at the required level as met", () => {
    expect(skillGap([{ skill: "patience", level: 3 }], "Anna de Vries", matrix).gaps).toEqual([]);
  });

  it("lists an unrated skill with current null, short by the whole level", () => {
    const gap = skillGap(
      [
        { skill: "conflict", level: 2 },
        { skill: "clarity", level: 2 },
      ],
      "Anna de Vries",
      matrix
    );
    // Unrated clarity (short 2) comes before conflict rated 1 (short 1).
    expect(gap.gaps).toEqual([
      { skill: "clarity", required: 2, current: null },
      { skill: "conflict", required: 2, current: 1 },
    ]);
  });

  it("orders equal shortfalls in catalogue order", () => {
    const gap = skillGap(
      [
        { skill: "numeracy", level: 2 },
        { skill: "filing", level: 2 },
        { skill: "listening", level: 2 },
      ],
      "Bram",
      matrix
    );
    expect(gap.gaps.map((item) => item.skill)).toEqual(["listening", "numeracy", "filing"]);
  });

  it("says the gap is unknown, not zero, for someone missing from the matrix", () => {
    expect(skillGap(needs, "Carla", matrix)).toEqual({ status: "not-in-matrix", gaps: [] });
  });

  it("says there is no matrix when none was given", () => {
    expect(skillGap(needs, "Anna de Vries", undefined)).toEqual({ status: "no-matrix", gaps: [] });
  });

  it.each([[undefined], [""], ["   "]])("says there is no employee for %j", (employee) => {
    expect(skillGap(needs, employee, matrix)).toEqual({ status: "no-employee", gaps: [] });
  });

  it("uses the higher level when a skill is needed twice", () => {
    const gap = skillGap(
      [
        { skill: "conflict", level: 2 },
        { skill: "conflict", level: 4 },
      ],
      "Anna de Vries",
      matrix
    );
    expect(gap.gaps).toEqual([{ skill: "conflict", required: 4, current: 1 }]);
  });

  it("ignores a need of level 0, which asks for nothing", () => {
    expect(skillGap([{ skill: "numeracy", level: 0 }], "Anna de Vries", matrix).gaps).toEqual([]);
  });

  it("is known and empty when nothing is needed", () => {
    expect(skillGap([], "Anna de Vries", matrix)).toEqual({ status: "known", gaps: [] });
  });
});
