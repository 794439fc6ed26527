import type { GapItem, SkillGap } from "../../src/core/gaps";
import { summarize } from "../../src/core/summary";
import type { SummaryRow } from "../../src/core/summary";
import type { OfficeType, SkillNeed } from "../../src/core/types";

const NO_GAP: SkillGap = { status: "known", gaps: [] };

function row(
  officeType: OfficeType,
  employee: string | undefined,
  hours: number | undefined,
  gaps: GapItem[] = [],
  needs: SkillNeed[] = []
): SummaryRow {
  return {
    officeType,
    ...(employee === undefined ? {} : { employee }),
    ...(hours === undefined ? {} : { hours }),
    needs,
    gap: { status: "known", gaps },
  };
}

describe("summarize", () => {
  it("counts tasks and hours per side", () => {
    const summary = summarize([
      row("front", "Anna", 4),
      row("front", "Bram", 2),
      row("back", "Anna", 3),
      row("unclear", "Bram", 1),
    ]);
    expect(summary.perSide).toEqual({
      front: { tasks: 2, hours: 6 },
      back: { tasks: 1, hours: 3 },
      unclear: { tasks: 1, hours: 1 },
    });
    expect(summary.totalTasks).toBe(4);
    expect(summary.totalHours).toBe(10);
  });

  it("is all zeros for no tasks, and still lists every skill", () => {
    const summary = summarize([]);
    expect(summary.totalTasks).toBe(0);
    expect(summary.totalHours).toBe(0);
    expect(summary.perEmployee).toEqual([]);
    expect(summary.perSide.front).toEqual({ tasks: 0, hours: 0 });
    expect(summary.perSkill).toHaveLength(14);
    expect(summary.perSkill[0]).toEqual({
      skill: "interpersonal",
      tasksNeeding: 0,
      peopleShort: 0,
    });
  });

  it.each([[NaN], [-2], [Infinity], [-Infinity]])(
    "counts the task but not the hours %p",
    (hours) => {
      const summary = summarize([row("back", "Anna", hours), row("back", "Anna", 2)]);
      expect(summary.perSide.back).toEqual({ tasks: 2, hours: 2 });
      expect(summary.totalHours).toBe(2);
      expect(summary.perEmployee[0]).toMatchObject({ tasks: 2, back: 2 });
    }
  );

  it("counts a task without hours, and zero hours as zero", () => {
    const summary = summarize([row("front", "Anna", undefined), row("front", "Anna", 0)]);
    expect(summary.perSide.front).toEqual({ tasks: 2, hours: 0 });
  });

  it("gives each employee's hours per side, most hours first", () => {
    const summary = summarize([
      row("front", "Anna", 2),
      row("back", "Bram", 10),
      row("back", "Anna", 3),
      row("unclear", "Anna", 1),
    ]);
    expect(summary.perEmployee.map((e) => [e.name, e.tasks, e.front, e.back, e.unclear])).toEqual([
      ["Bram", 1, 0, 10, 0],
      ["Anna", 3, 2, 3, 1],
    ]);
  });

  it("orders employees with equal hours by name", () => {
    const summary = summarize([row("front", "Eva", 2), row("front", "anna", 2)]);
    expect(summary.perEmployee.map((e) => e.name)).toEqual(["anna", "Eva"]);
  });

  it("groups spellings of one name and shows the first", () => {
    const summary = summarize([
      row("front", "Anna de Vries", 1),
      row("back", " anna  de vriés", 2),
    ]);
    expect(summary.perEmployee).toHaveLength(1);
    expect(summary.perEmployee[0]).toMatchObject({ name: "Anna de Vries", tasks: 2 });
  });

  it("counts tasks without an employee per side, but not per employee", () => {
    const summary = summarize([row("front", undefined, 2), row("front", "  ", 1)]);
    expect(summary.perSide.front).toEqual({ tasks: 2, hours: 3 });
    expect(summary.perEmployee).toEqual([]);
  });

  it("shows an employee's three largest gaps, each skill once", () => {
    const summary = summarize([
      row("front", "Anna", 1, [
        { skill: "conflict", required: 3, current: 2 },
        { skill: "patience", required: 3, current: null },
      ]),
      row("front", "Anna", 1, [
        { skill: "conflict", required: 4, current: 2 },
        { skill: "clarity", required: 2, current: 1 },
        { skill: "listening", required: 2, current: 1 },
      ]),
    ]);
    expect(summary.perEmployee[0].largestGaps).toEqual([
      { skill: "patience", required: 3, current: null, shortBy: 3 },
      { skill: "conflict", required: 4, current: 2, shortBy: 2 },
      { skill: "clarity", required: 2, current: 1, shortBy: 1 },
    ]);
  });

  it("has no gaps for an employee whose gap is unknown", () => {
    const summary = summarize([
      {
        officeType: "front",
        employee: "Carla",
        hours: 1,
        needs: [],
        gap: { status: "not-in-matrix", gaps: [] },
      },
    ]);
    expect(summary.perEmployee[0].largestGaps).toEqual([]);
  });

  it("counts per skill the tasks that need it and the people who fall short", () => {
    const conflict: SkillNeed = { skill: "conflict", level: 3 };
    const numbers: SkillNeed = { skill: "numeracy", level: 3 };
    const short: GapItem = { skill: "conflict", required: 3, current: 1 };
    const summary = summarize([
      row("front", "Anna", 1, [short], [conflict]),
      row("front", "anna", 1, [short], [conflict]),
      row("front", "Bram", 1, [short], [conflict]),
      row("front", "Eva", 1, [], [conflict]),
      row("back", undefined, 1, [], [numbers]),
      { officeType: "back", employee: "Dirk", needs: [numbers], gap: NO_GAP },
    ]);
    const bySkill = new Map(summary.perSkill.map((s) => [s.skill, s]));
    expect(bySkill.get("conflict")).toEqual({ skill: "conflict", tasksNeeding: 4, peopleShort: 2 });
    expect(bySkill.get("numeracy")).toEqual({ skill: "numeracy", tasksNeeding: 2, peopleShort: 0 });
    expect(summary.perSkill.map((s) => s.skill).slice(0, 3)).toEqual([
      "interpersonal",
      "clarity",
      "listening",
    ]);
  });

  it("counts a task that names a skill twice once", () => {
    const summary = summarize([
      row(
        "front",
        "Anna",
        1,
        [],
        [
          { skill: "patience", level: 2 },
          { skill: "patience", level: 3 },
        ]
      ),
    ]);
    expect(summary.perSkill.find((s) => s.skill === "patience")?.tasksNeeding).toBe(1);
  });
});
