import type { ClassifySuccess } from "../../src/excel/classify-sheet";
import { choicesFrom, progressView, resultView, sourceView } from "../../src/taskpane/view-model";

const RUN: ClassifySuccess = {
  status: "ok",
  sheetName: "Tasks",
  rows: 3,
  counts: { front: 1200, back: 1, unclear: 0 },
  hours: { front: 10.25, back: 2, unclear: 0, total: 12.25 },
  topGaps: [{ skill: "conflict", label: "Conflict handling", peopleShort: 1 }],
  skipped: 0,
  skippedRows: [],
  summarySheetName: "FrontBack summary",
  columns: {},
  notices: [{ texts: { en: "Look here", nl: "Kijk hier" } }],
  roundTrips: 3,
};

describe("sourceView", () => {
  it("says which sheet, table and how many rows, in the owner's language", () => {
    const info = {
      status: "ok" as const,
      sheetName: "Taken",
      tableName: "Team",
      headers: ["Taak", "Uren"],
      columns: { task: "Taak", hours: "Uren" },
      rows: 1500,
    };
    const nl = sourceView(info, "nl");
    expect(nl.where).toBe('Blad "Taken", tabel "Team", 1.500 rijen');
    expect(nl.selected).toEqual({ task: "Taak", employee: "", role: "", hours: "Uren" });
    expect(sourceView({ ...info, rows: 1 }, "en").where).toBe('Sheet "Taken", table "Team", 1 row');
  });

  it("passes on why a run would stop, in the pane's language", () => {
    const view = sourceView(
      {
        status: "ok",
        sheetName: "S",
        headers: ["Name"],
        rows: 2,
        problem: { en: "No task", nl: "Geen taak" },
      },
      "nl"
    );
    expect(view.problem).toBe("Geen taak");
    expect(view.selected.task).toBe("");
  });
});

describe("choicesFrom", () => {
  const detected = { task: "Task", employee: "Employee", role: "", hours: "Hours" };

  it("sends only what the owner changed, with none as an empty choice", () => {
    expect(choicesFrom(detected, detected)).toEqual({});
    expect(choicesFrom(detected, { ...detected, hours: "", role: "Job" })).toEqual({
      hours: "",
      role: "Job",
    });
  });

  it("never sends an empty task choice", () => {
    expect(choicesFrom(detected, { ...detected, task: "" })).toEqual({});
  });
});

describe("progressView", () => {
  it("words the phase and rows, and gives a fraction", () => {
    expect(progressView({ phase: "writing", rowsDone: 5000, rows: 20000 }, "en")).toEqual({
      value: 0.25,
      text: "Writing results: 5,000 of 20,000 rows",
    });
    expect(progressView({ phase: "reading", rowsDone: 0, rows: 0 }, "nl")).toEqual({
      value: 1,
      text: "Taken lezen: 0 van 0 rijen",
    });
  });
});

describe("resultView", () => {
  it("lists counts and hours per side with a total, in the workbook's words", () => {
    const view = resultView(RUN, "en");
    expect(view.lines.map((line) => [line.label, line.tasks, line.hours])).toEqual([
      ["Front office", "1,200", "10.3"],
      ["Back office", "1", "2"],
      ["Unclear", "0", "0"],
      ["Total", "1,201", "12.3"],
    ]);
    expect(view.headline).toBe('1,201 tasks classified on sheet "Tasks".');
    expect(view.gaps).toEqual(["Conflict handling: 1 person short"]);
    expect(view.gapsNote).toBeUndefined();
    expect(view.summarySheet).toBe("FrontBack summary");
    expect(view.notices).toEqual(["Look here"]);
  });

  it("speaks Dutch, and leaves hours and the summary link out when there are none", () => {
    const { hours: _hours, ...withoutHours } = RUN;
    const view = resultView({ ...withoutHours, summarySheetName: "", topGaps: [] }, "nl");
    expect(view.hasHours).toBe(false);
    expect(view.lines[0]).toEqual({ side: "front", label: "Frontoffice", tasks: "1.200" });
    expect(view.summarySheet).toBeUndefined();
    expect(view.gapsNote).toMatch(/Geen tekorten/);
    expect(view.notices).toEqual(["Kijk hier"]);
  });
});
