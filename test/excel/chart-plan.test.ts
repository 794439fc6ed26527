import { parseSkillsMatrix } from "../../src/core/matrix";
import { summarize } from "../../src/core/summary";
import type { SummaryRow } from "../../src/core/summary";
import { buildSummarySheet } from "../../src/core/summary-layout";
import { MAX_CHART_EMPLOYEES, planCharts, tablesWidth } from "../../src/excel/chart-plan";
import type { CellArea } from "../../src/excel/chart-plan";

function rows(employees: number): SummaryRow[] {
  return Array.from({ length: employees * 2 }, (_, i) => ({
    officeType: i % 2 === 0 ? "front" : "back",
    employee: `Employee ${Math.floor(i / 2)}`,
    hours: 1 + (i % 5),
    needs: [{ skill: "conflict", level: 3 }],
    gap: { status: "known", gaps: [{ skill: "conflict", required: 3, current: 1 }] },
  }));
}

function area(from: string, to: string): CellArea {
  const cell = (a1: string): [number, number] => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return [Number(digits) - 1, col];
  };
  const [row, col] = cell(from);
  const [bottom, right] = cell(to);
  return { row, col, rows: bottom - row + 1, cols: right - col + 1 };
}

describe("planCharts", () => {
  const { matrix } = parseSkillsMatrix([
    ["Employee", "Conflict handling"],
    ["Employee 0", 1],
  ]);

  it("plans the share, hours per employee and people short, each titled, series by columns", () => {
    const sheet = buildSummarySheet(summarize(rows(3)), { lang: "en", hasHours: true, matrix });
    const charts = planCharts(sheet, "en", 18);
    expect(charts.map((c) => [c.kind, c.title, c.series])).toEqual([
      ["Doughnut", "Hours: front office and back office", 1],
      ["BarStacked", "Hours per employee, front and back office", 2],
      ["BarClustered", "People short of each skill", 1],
    ]);
    expect(sheet.rows[charts[1].source.row]).toEqual(
      expect.arrayContaining(["Front office hours", "Back office hours"])
    );
  });

  it("puts every chart right of the tables, without overlapping each other", () => {
    const sheet = buildSummarySheet(summarize(rows(40)), { lang: "nl", hasHours: true, matrix });
    const charts = planCharts(sheet, "nl", 100);
    const width = tablesWidth(sheet);
    const places = charts.map((c) => area(c.from, c.to));
    for (const place of places) expect(place.col).toBeGreaterThan(width - 1);
    for (let i = 1; i < places.length; i++) {
      expect(places[i].row).toBeGreaterThanOrEqual(places[i - 1].row + places[i - 1].rows);
    }
  });

  it("charts the busiest employees only when there are many, and says so", () => {
    const sheet = buildSummarySheet(summarize(rows(40)), { lang: "en", hasHours: true });
    const perEmployee = planCharts(sheet, "en", 100)[1];
    expect(perEmployee.categories.rows).toBe(MAX_CHART_EMPLOYEES);
    expect(perEmployee.title).toContain(`top ${MAX_CHART_EMPLOYEES}`);
  });

  it("charts tasks when there are no hours, and tasks needing each skill without a matrix", () => {
    const sheet = buildSummarySheet(summarize(rows(2)), { lang: "en", hasHours: false });
    expect(planCharts(sheet, "en", 0).map((c) => c.title)).toEqual([
      "Tasks: front office and back office",
      "Tasks needing each skill",
    ]);
  });
});
