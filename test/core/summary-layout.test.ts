import { parseSkillsMatrix } from "../../src/core/matrix";
import { summarize } from "../../src/core/summary";
import type { SummaryRow } from "../../src/core/summary";
import { buildSummarySheet } from "../../src/core/summary-layout";
import type { SummarySheet, SummaryTable } from "../../src/core/summary-layout";

const ROWS: SummaryRow[] = [
  {
    officeType: "front",
    employee: "Anna",
    hours: 4,
    needs: [{ skill: "conflict", level: 3 }],
    gap: { status: "known", gaps: [{ skill: "conflict", required: 3, current: 1 }] },
  },
  {
    officeType: "back",
    employee: "Bram",
    hours: 7.5,
    needs: [],
    gap: { status: "known", gaps: [] },
  },
  { officeType: "unclear", hours: 1, needs: [], gap: { status: "no-employee", gaps: [] } },
];

const { matrix } = parseSkillsMatrix([
  ["Employee", "Conflict handling"],
  ["Anna", 1],
  ["Bram", 3],
]);

/** The cells of one table's data rows, read back through the layout's own positions. */
function column<C extends string>(sheet: SummarySheet, table: SummaryTable<C>, name: C): unknown[] {
  const index = table.columns[name];
  if (index === undefined) throw new Error(`no column ${name}`);
  return sheet.rows
    .slice(table.firstDataRow, table.firstDataRow + table.dataRows)
    .map((row) => row[index]);
}

describe("buildSummarySheet", () => {
  const sheet = buildSummarySheet(summarize(ROWS), { lang: "en", hasHours: true, matrix });

  it("names the sheet in the run's language", () => {
    expect(sheet.name).toBe("FrontBack summary");
    expect(buildSummarySheet(summarize(ROWS), { lang: "nl", hasHours: false }).name).toBe(
      "FrontBack overzicht"
    );
  });

  it("says where the per-side table is, without the total row", () => {
    expect(sheet.rows[sheet.sides.headerRow]).toEqual(["Office type", "Tasks", "Hours"]);
    expect(column(sheet, sheet.sides, "label")).toEqual(["Front office", "Back office", "Unclear"]);
    expect(column(sheet, sheet.sides, "hours")).toEqual([4, 7.5, 1]);
    expect(sheet.rows[sheet.sides.firstDataRow + sheet.sides.dataRows][0]).toBe("Total");
  });

  it("says where the per-employee table and its hours and gap columns are", () => {
    const employees = sheet.employees!;
    expect(column(sheet, employees, "name")).toEqual(["Bram", "Anna"]);
    expect(column(sheet, employees, "front")).toEqual([0, 4]);
    expect(column(sheet, employees, "back")).toEqual([7.5, 0]);
    expect(column(sheet, employees, "largestGaps")).toEqual([
      "None",
      "Conflict handling: needs 3, has 1",
    ]);
  });

  it("says where the per-skill table is, with people short only when there is a matrix", () => {
    expect(column(sheet, sheet.skills, "label")).toHaveLength(14);
    expect(column(sheet, sheet.skills, "peopleShort")[6]).toBe(1);
    const noMatrix = buildSummarySheet(summarize(ROWS), { lang: "en", hasHours: false });
    expect(noMatrix.skills.columns.peopleShort).toBeUndefined();
    expect(noMatrix.sides.columns.hours).toBeUndefined();
    expect(noMatrix.employees!.columns).toEqual({ name: 0, tasks: 1 });
  });

  it("has no employee table when no task names an employee", () => {
    const sheetWithout = buildSummarySheet(summarize([ROWS[2]]), { lang: "en", hasHours: true });
    expect(sheetWithout.employees).toBeUndefined();
    expect(sheetWithout.headingRows).toContain(sheetWithout.skills.headerRow);
  });
});
