import { planColumns } from "../../src/excel/column-plan";
import type { ColumnPlan, HeaderRow } from "../../src/excel/column-plan";
import type { FrontBackError } from "../../src/excel/errors";

function header(texts: string[], left = 0): HeaderRow {
  return { row: 0, left, texts, appendAt: left + texts.length };
}

function planOf(result: ReturnType<typeof planColumns>): ColumnPlan {
  if ("error" in result) throw new Error(result.error.message);
  return result.plan;
}

function errorOf(result: ReturnType<typeof planColumns>): FrontBackError {
  if (!("error" in result)) throw new Error("expected an error");
  return result.error;
}

describe("planColumns", () => {
  it("reads the owner's columns and adds its six to the right, in order", () => {
    const plan = planOf(planColumns(header(["Task", "Employee", "Hours p/w"], 2), {}, {}, "en"));
    expect(plan.input).toEqual({ task: 2, employee: 3, hours: 4 });
    expect(plan.hoursUnit).toBe("week");
    expect(plan.added.map((a) => [a.column, a.col, a.header])).toEqual([
      ["officeType", 5, "Office type"],
      ["confidence", 6, "Confidence"],
      ["why", 7, "Why"],
      ["skills", 8, "Skills needed"],
      ["gap", 9, "Skill gap"],
      ["override", 10, "Override"],
    ]);
    expect(plan.input.override).toBeUndefined();
  });

  it("uses the owner's own override column instead of adding one", () => {
    const plan = planOf(planColumns(header(["Task", "Correctie"]), {}, {}, "nl"));
    expect(plan.input.override).toBe(1);
    expect(plan.override).toBeUndefined();
    expect(plan.added.map((a) => a.header)).toEqual([
      "Officetype",
      "Zekerheid",
      "Waarom",
      "Benodigde vaardigheden",
      "Vaardigheidstekort",
    ]);
  });

  /** A sheet after a run in English, with the Why header renamed by the owner. */
  const RUN_BEFORE = [
    "Task",
    "Office type",
    "Confidence",
    "Reason",
    "Skills needed",
    "Skill gap",
    "Override",
  ];
  const OWNED = { officeType: 1, confidence: 2, why: 3, skills: 4, gap: 5, override: 6 };

  it("finds its own columns by name, never reads them as input, and adds only what is missing", () => {
    const plan = planOf(planColumns(header(RUN_BEFORE), OWNED, {}, "en"));
    expect(plan.added).toEqual([]);
    expect(plan.headers).toEqual([]);
    expect(plan.input).toEqual({ task: 0, override: 6 });
  });

  it("relabels its headers that are still in the other language, and keeps ones the owner renamed", () => {
    const plan = planOf(planColumns(header(RUN_BEFORE), OWNED, {}, "nl"));
    expect(plan.headers.map((h) => [h.col, h.text])).toEqual([
      [1, "Officetype"],
      [2, "Zekerheid"],
      [4, "Benodigde vaardigheden"],
      [5, "Vaardigheidstekort"],
      [6, "Handmatig"],
    ]);
  });

  it("stops when an owner's column has one of its headers, in either language", () => {
    expect(errorOf(planColumns(header(["Task", "waarom"]), {}, {}, "en")).code).toBe(
      "header-taken"
    );
    expect(errorOf(planColumns(header(["Task", "Skill gap"]), {}, {}, "nl")).texts.nl).toContain(
      'kolom B heet "Skill gap"'
    );
  });

  it("stops when the sheet has no room for its columns", () => {
    const result = planColumns(
      { row: 0, left: 16_380, texts: ["Task"], appendAt: 16_381 },
      {},
      {},
      "en"
    );
    expect(errorOf(result).code).toBe("no-room");
  });

  it("stops without a task column, with the message in both languages", () => {
    const error = errorOf(planColumns(header(["Name", "Hours"]), {}, {}, "en"));
    expect(error.code).toBe("no-task-column");
    expect(error.texts.en).toContain("No task column found");
    expect(error.texts.nl).toContain("Geen takenkolom gevonden");
  });
});
