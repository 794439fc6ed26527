/** classifyActiveSheet against the strict fake: each case of the issue, as the owner sees it. */

import {
  addSheet,
  cellAt,
  columnValues,
  errorCell,
  formula,
  hideRows,
  merge,
  protectSheet,
  protectStructure,
  sheetOf,
  valueAt,
  workbookSnapshot,
} from "../../src/fake-excel/builders";
import { FakeExcel } from "../../src/fake-excel/fake-excel";
import {
  BACK_TASK,
  classify,
  classifyError,
  classifyOk,
  FRONT_TASK,
  HEADER_STYLE,
  taskWorkbook,
  typicalRows,
} from "./helpers";

describe("classifyActiveSheet: what it reads", () => {
  it("stops on an empty sheet and says what to put in it", async () => {
    const fake = new FakeExcel();
    fake.model.addSheet("Tasks");
    const before = workbookSnapshot(fake);
    const error = await classifyError(fake);
    expect(error.code).toBe("empty-sheet");
    expect(error.texts.en).toContain('"Task"');
    expect(error.texts.nl).toContain('"Taak"');
    expect(workbookSnapshot(fake)).toEqual(before);
  });

  it("stops on a header without tasks, before writing anything", async () => {
    const fake = taskWorkbook([]);
    const before = workbookSnapshot(fake);
    const error = await classifyError(fake);
    expect(error.code).toBe("no-tasks");
    expect(error.message).toContain("no tasks under it");
    expect(workbookSnapshot(fake)).toEqual(before);
  });

  it("stops without a task column and lists the headers it saw, in both languages", async () => {
    const fake = taskWorkbook([["Anna", 4]], { header: ["Name", "Hours"] });
    const before = workbookSnapshot(fake);
    const error = await classifyError(fake);
    expect(error.code).toBe("no-task-column");
    expect(error.texts.en).toContain('Headers seen: "Name", "Hours"');
    expect(error.texts.nl).toContain('Gevonden kolomkoppen: "Name", "Hours"');
    expect(workbookSnapshot(fake)).toEqual(before);
  });

  it("uses the task column the owner chose", async () => {
    const fake = taskWorkbook([[FRONT_TASK, "Anna", 4]], {
      header: ["Notes", "Employee", "Hours"],
    });
    const result = await classifyOk(fake, { columns: { task: "Notes" } });
    expect(result.counts.front).toBe(1);
  });

  it("classifies text, skips numbers, dates, TRUE/FALSE and errors with a reason, and never crashes", async () => {
    const fake = taskWorkbook([
      [FRONT_TASK, "Anna", 1],
      [42, "Anna", 1],
      [45_356, "Anna", 1],
      [true, "Bram", 1],
      [errorCell("#N/A"), "Bram", 1],
      [formula('="Run the monthly "&"payroll"', BACK_TASK), "Bram", 1],
      [formula("=1/0", 0), "Bram", 1],
      ["   ", "Bram", 1],
    ]);
    sheetOf(fake, "Tasks").numberFormats.set(3 * 16384, "dd-mm-yyyy");
    const result = await classifyOk(fake);
    expect(result.counts).toEqual({ front: 1, back: 1, unclear: 0 });
    expect(result.skipped).toBe(5);
    expect(result.skippedRows.map((row) => [row.row, row.reason])).toEqual([
      [3, "number"],
      [4, "number"],
      [5, "boolean"],
      [6, "error"],
      [8, "number"],
    ]);
    expect(valueAt(fake, "Tasks", "F6")).toBe("Skipped: the task cell shows an error");
    expect(valueAt(fake, "Tasks", "D6")).toBe("");
    expect(valueAt(fake, "Tasks", "D7")).toBe("Back office");
    expect(columnValues(fake, "Tasks", "D", 9, 1)).toEqual([""]);
    expect(result.notices.map((n) => n.texts.en)).toContainEqual(
      expect.stringContaining("5 task cell(s)")
    );
    expect(cellAt(fake, "Tasks", "A7").formula).toBe('="Run the monthly "&"payroll"');
  });

  it("reads a header with merged cells and leaves the merge as it was", async () => {
    const fake = new FakeExcel();
    addSheet(fake, {
      name: "Tasks",
      rows: [
        ["Task", "", "Employee"],
        [FRONT_TASK, "", "Anna"],
        [BACK_TASK, "", "Bram"],
      ],
    });
    merge(fake, "Tasks", "A1:B1");
    const result = await classifyOk(fake);
    expect(result.columns.officeType).toBe("D1");
    expect(columnValues(fake, "Tasks", "D", 2, 2)).toEqual(["Front office", "Back office"]);
    expect(sheetOf(fake, "Tasks").merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 2 }]);
  });

  it("classifies a task of 32,767 characters and keeps every result cell within a cell's limit", async () => {
    const words = "handle customer complaints and invoices for suppliers ";
    const task = words.repeat(Math.ceil(32_767 / words.length)).slice(0, 32_767);
    const fake = taskWorkbook([[task, "Anna", 2]]);
    const result = await classifyOk(fake);
    expect(result.counts.front + result.counts.back + result.counts.unclear).toBe(1);
    for (const column of ["D", "F", "G", "H"]) {
      expect(String(valueAt(fake, "Tasks", `${column}2`)).length).toBeLessThanOrEqual(32_767);
    }
    expect(valueAt(fake, "Tasks", "A2")).toBe(task);
  });

  it("classifies hidden and filtered rows too", async () => {
    const fake = taskWorkbook(typicalRows(6));
    hideRows(fake, "Tasks", 3, 5);
    await classifyOk(fake);
    expect(columnValues(fake, "Tasks", "D", 2, 6)).toEqual([
      "Front office",
      "Back office",
      "Front office",
      "Back office",
      "Front office",
      "Back office",
    ]);
  });
});

describe("classifyActiveSheet: what it writes", () => {
  it("writes beside a plain range: result columns, an empty Override column, the header's style", async () => {
    const fake = taskWorkbook(typicalRows(2));
    const result = await classifyOk(fake);
    expect(result.columns).toEqual({
      officeType: "D1",
      confidence: "E1",
      why: "F1",
      skills: "G1",
      gap: "H1",
      override: "I1",
    });
    expect(
      [1, 2, 3].map((row) => ["D", "E", "F", "I"].map((c) => valueAt(fake, "Tasks", `${c}${row}`)))
    ).toEqual([
      ["Office type", "Confidence", "Why", "Override"],
      ["Front office", expect.any(Number), expect.stringContaining("Front:"), ""],
      ["Back office", expect.any(Number), 'Back: "payroll"', ""],
    ]);
    expect(cellAt(fake, "Tasks", "E2").numberFormat).toBe("0%");
    expect(cellAt(fake, "Tasks", "D1").format).toMatchObject(HEADER_STYLE);
    expect(result.roundTrips).toBe(3);
  });

  it("writes as table columns when the tasks are an Excel table", async () => {
    const fake = taskWorkbook(typicalRows(3), { table: "TaskTable" });
    const result = await classifyOk(fake);
    expect(result.tableName).toBe("TaskTable");
    const table = sheetOf(fake, "Tasks").tables[0];
    expect(table.rect).toEqual({ row: 0, col: 0, rows: 4, cols: 9 });
    expect(columnValues(fake, "Tasks", "D", 1, 4)).toEqual([
      "Office type",
      "Front office",
      "Back office",
      "Front office",
    ]);
    expect(valueAt(fake, "Tasks", "I1")).toBe("Override");
    expect(result.roundTrips).toBe(3);
  });

  it("stops when data right of a table would shift as the table grows", async () => {
    const fake = taskWorkbook(typicalRows(3), { table: "TaskTable" });
    sheetOf(fake, "Tasks").cells.set(2 * 16384 + 6, "owner's note in G3");
    const before = workbookSnapshot(fake);
    const error = await classifyError(fake);
    expect(error.code).toBe("data-in-the-way");
    expect(error.message).toContain("G3");
    expect(workbookSnapshot(fake)).toEqual(before);
  });

  it("lets an override win, says so in Why, and offers Front office / Back office in a drop-down", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyOk(fake);
    fake.model.sheetByName("Tasks")!.cells.set(1 * 16384 + 8, "Back office");
    await classifyOk(fake);
    expect(valueAt(fake, "Tasks", "D2")).toBe("Back office");
    expect(valueAt(fake, "Tasks", "F2")).toBe("Override: Back office");
    expect(sheetOf(fake, "Tasks").dataValidations).toEqual([
      {
        rect: { row: 1, col: 8, rows: 2, cols: 1 },
        rule: { list: { inCellDropDown: true, source: "Front office,Back office" } },
      },
    ]);
  });

  it("colours the sides and highlights gaps with conditional formats", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyOk(fake);
    const formats = sheetOf(fake, "Tasks").conditionalFormats.map((cf) => [
      cf.rect.col,
      cf.text,
      cf.fill,
    ]);
    expect(formats).toEqual([
      [3, "Front office", "#DDEBF7"],
      [3, "Back office", "#FCE4D6"],
      [3, "Unclear", "#EDEDED"],
      [7, ": needs ", "#FFF2CC"],
    ]);
  });

  it("writes text that starts with = + - @ or looks like a number as text", async () => {
    const names = [
      '=HYPERLINK("x")',
      "+31 6 1234",
      "-Bob",
      "@anna",
      "'t Hooft",
      "0612",
      "2024-03-05",
    ];
    const fake = taskWorkbook(names.map((name) => [FRONT_TASK, name, 1]));
    await classifyOk(fake);
    const summary = sheetOf(fake, "FrontBack summary");
    const shown = new Set<unknown>();
    for (const [key, value] of summary.cells) if (key % 16384 === 0) shown.add(value);
    for (const name of names) expect(shown).toContain(name);
    for (const key of summary.formulas.keys()) throw new Error(`a formula at ${key}`);
  });

  it("writes headers and cells in Dutch", async () => {
    const fake = taskWorkbook([["Klachten van klanten afhandelen", "Anna", 2]], {
      header: ["Taak", "Medewerker", "Uren"],
    });
    const result = await classifyOk(fake, { lang: "nl" });
    expect(columnValues(fake, "Tasks", "D", 1, 2)).toEqual(["Officetype", "Frontoffice"]);
    expect(valueAt(fake, "Tasks", "I1")).toBe("Handmatig");
    expect(result.summarySheetName).toBe("FrontBack overzicht");
  });

  it("builds a summary sheet with the tables and native charts beside them", async () => {
    const fake = taskWorkbook(typicalRows(4));
    const result = await classifyOk(fake);
    const summary = sheetOf(fake, result.summarySheetName);
    expect(valueAt(fake, result.summarySheetName, "A1")).toBe("FrontBack summary");
    expect(summary.charts.map((c) => [c.type, c.title, c.seriesBy])).toEqual([
      ["Doughnut", "Hours: front office and back office", "Columns"],
      ["BarStacked", "Hours per employee, front and back office", "Columns"],
      ["BarClustered", "Tasks needing each skill", "Columns"],
    ]);
    const used = summary.usedRect(true)!;
    for (const chart of summary.charts) {
      expect(chart.position!.col).toBeGreaterThanOrEqual(used.col + used.cols);
      expect(chart.xAxisValues).toHaveLength(chart.seriesCount);
    }
  });
});

describe("classifyActiveSheet: when it must not write", () => {
  it("stops on a protected sheet with a plain message, before anything is written", async () => {
    const fake = taskWorkbook(typicalRows(2));
    protectSheet(fake, "Tasks");
    const before = workbookSnapshot(fake);
    const error = await classifyError(fake);
    expect(error.code).toBe("protected-sheet");
    expect(error.texts.en).toContain("Unprotect");
    expect(error.texts.nl).toContain("beveiliging");
    expect(workbookSnapshot(fake)).toEqual(before);
  });

  it("stops on a protected workbook structure when it needs to add its summary sheet", async () => {
    const fake = taskWorkbook(typicalRows(2));
    protectStructure(fake);
    const before = workbookSnapshot(fake);
    const error = await classifyError(fake);
    expect(error.code).toBe("protected-workbook");
    expect(workbookSnapshot(fake)).toEqual(before);
  });

  it("stops before writing when its own summary sheet has been protected", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyOk(fake);
    protectSheet(fake, "FrontBack summary");
    sheetOf(fake, "Tasks").cells.set(1 * 16384, BACK_TASK);
    const before = workbookSnapshot(fake);
    const error = await classifyError(fake);
    expect(error.code).toBe("protected-sheet");
    expect(error.message).toContain('"FrontBack summary" is protected');
    expect(workbookSnapshot(fake)).toEqual(before);
  });

  it("runs again on a protected workbook structure once its summary sheet exists", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyOk(fake);
    protectStructure(fake);
    await classifyOk(fake);
  });

  it("stops while Excel is in cell-edit mode, saying what to do, in both languages", async () => {
    const fake = taskWorkbook(typicalRows(2), { cellEditMode: true });
    const before = workbookSnapshot(fake);
    const error = await classifyError(fake);
    expect(error.code).toBe("cell-edit-mode");
    expect(error.texts.en).toContain("Press Enter or Esc");
    expect(error.texts.nl).toContain("Druk op Enter of Esc");
    expect(error.technical).toContain("InvalidOperationInCellEditMode");
    expect(workbookSnapshot(fake)).toEqual(before);
  });

  it("stops when an owner's column carries one of its header names", async () => {
    const fake = taskWorkbook([[FRONT_TASK, "Anna", "my own reason"]], {
      header: ["Task", "Employee", "Why"],
    });
    const before = workbookSnapshot(fake);
    const error = await classifyError(fake);
    expect(error.code).toBe("header-taken");
    expect(error.message).toContain('column C is headed "Why"');
    expect(workbookSnapshot(fake)).toEqual(before);
  });

  it("leaves a sheet named like its summary alone and picks another name", async () => {
    const fake = taskWorkbook(typicalRows(2));
    addSheet(fake, { name: "FrontBack summary", rows: [["The owner's own notes"]] });
    const result = await classifyOk(fake);
    expect(result.summarySheetName).toBe("FrontBack summary (2)");
    expect(valueAt(fake, "FrontBack summary", "A1")).toBe("The owner's own notes");
    expect(sheetOf(fake, "FrontBack summary").charts).toEqual([]);
  });
});

describe("classifyActiveSheet: requirement sets", () => {
  it("works on ExcelApi 1.7: no drop-down (with a notice), no screen-updating suspension", async () => {
    const fake = taskWorkbook(typicalRows(2), { apiVersion: "1.7" });
    const result = await classifyOk(fake);
    expect(sheetOf(fake, "Tasks").dataValidations).toEqual([]);
    expect(fake.counters.screenUpdatingSuspended).toBe(0);
    expect(fake.counters.calculationSuspended).toBeGreaterThan(0);
    expect(result.notices.map((n) => n.texts.en)).toContainEqual(
      expect.stringContaining("drop-down")
    );
  });

  it("suspends screen updating once, for the final request, where ExcelApi 1.9 allows", async () => {
    const fake = taskWorkbook(typicalRows(2), { apiVersion: "1.9" });
    await classifyOk(fake);
    expect(fake.counters.screenUpdatingSuspended).toBe(1);
  });

  it("refuses to start below ExcelApi 1.7", async () => {
    const fake = taskWorkbook(typicalRows(2), { apiVersion: "1.6" });
    const error = await classifyError(fake);
    expect(error.code).toBe("unsupported");
    expect(fake.roundTrips).toBe(0);
  });
});

describe("classifyActiveSheet: reporting", () => {
  it("reports counts, hours per side and progress", async () => {
    const fake = taskWorkbook(typicalRows(4));
    const phases: string[] = [];
    const result = await classifyOk(fake, { onProgress: (p) => phases.push(p.phase) });
    expect(result.counts).toEqual({ front: 2, back: 2, unclear: 0 });
    expect(result.hours).toEqual({ front: 8, back: 15, unclear: 0, total: 23 });
    expect(phases[phases.length - 1]).toBe("finishing");
  });

  it("returns a failure from Excel as a value with a plain message and the cause", async () => {
    const fake = taskWorkbook(typicalRows(2));
    const result = await classify(fake, { lang: "en" });
    expect(result.status).toBe("ok");
    const broken = taskWorkbook(typicalRows(2));
    broken.options.payloadLimitBytes = 10;
    const failed = await classify(broken);
    expect(failed.status === "error" && failed.error.code).toBe("too-large");
  });
});
