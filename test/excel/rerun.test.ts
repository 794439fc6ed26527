/** Running again: FrontBack finds its own columns and summary after the owner's edits. */

import {
  cellMap,
  columnValues,
  deleteColumns,
  deleteRows,
  deleteSheet,
  insertColumns,
  insertRows,
  putCell,
  renameSheet,
  sheetOf,
  valueAt,
  workbookSnapshot,
} from "../../src/fake-excel/builders";
import { BACK_TASK, classifyOk, FRONT_TASK, taskWorkbook, typicalRows } from "./helpers";

describe("classifyActiveSheet, run again", () => {
  it("rewrites its own columns in place and gives the same workbook as one run", async () => {
    const fake = taskWorkbook(typicalRows(4));
    await classifyOk(fake);
    const once = workbookSnapshot(fake);
    await classifyOk(fake);
    expect(workbookSnapshot(fake)).toEqual(once);
  });

  it("classifies rows inserted between two runs, in its own columns", async () => {
    const fake = taskWorkbook(typicalRows(4));
    await classifyOk(fake);
    insertRows(fake, "Tasks", 3, 2);
    const sheet = sheetOf(fake, "Tasks");
    putCell(sheet, 2, 0, BACK_TASK);
    putCell(sheet, 3, 0, FRONT_TASK);
    const result = await classifyOk(fake);
    expect(result.columns.officeType).toBe("D1");
    expect(valueAt(fake, "Tasks", "J1")).toBe("");
    expect(columnValues(fake, "Tasks", "D", 2, 6)).toEqual([
      "Front office",
      "Back office",
      "Front office",
      "Back office",
      "Front office",
      "Back office",
    ]);
  });

  it("keeps results beside their tasks after rows are deleted between two runs", async () => {
    const fake = taskWorkbook([
      [FRONT_TASK, "Anna", 1],
      [BACK_TASK, "Bram", 2],
      [FRONT_TASK, "Cas", 3],
    ]);
    await classifyOk(fake);
    deleteRows(fake, "Tasks", 3);
    await classifyOk(fake);
    expect(columnValues(fake, "Tasks", "B", 2, 2)).toEqual(["Anna", "Cas"]);
    expect(columnValues(fake, "Tasks", "D", 2, 3)).toEqual(["Front office", "Front office", ""]);
  });

  it("follows its columns when the owner inserts a column before them", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyOk(fake);
    insertColumns(fake, "Tasks", "B");
    putCell(sheetOf(fake, "Tasks"), 0, 1, "Notes");
    const result = await classifyOk(fake);
    expect(result.columns.officeType).toBe("E1");
    expect(valueAt(fake, "Tasks", "K1")).toBe("");
  });

  it("recognises its columns after the owner renamed their headers, and keeps the new names", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyOk(fake);
    putCell(sheetOf(fake, "Tasks"), 0, 3, "Kind of work");
    putCell(sheetOf(fake, "Tasks"), 0, 5, "Reason");
    const result = await classifyOk(fake);
    expect(result.columns.officeType).toBe("D1");
    expect(valueAt(fake, "Tasks", "D1")).toBe("Kind of work");
    expect(valueAt(fake, "Tasks", "F1")).toBe("Reason");
    expect(valueAt(fake, "Tasks", "J1")).toBe("");
  });

  it("switches its headers to the run's language, without adding columns", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyOk(fake);
    await classifyOk(fake, { lang: "nl" });
    expect(columnValues(fake, "Tasks", "D", 1, 2)).toEqual(["Officetype", "Frontoffice"]);
    expect(valueAt(fake, "Tasks", "I1")).toBe("Handmatig");
    expect(valueAt(fake, "Tasks", "J1")).toBe("");
  });

  it("adds back a column the owner deleted, and no other", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyOk(fake);
    deleteColumns(fake, "Tasks", "F");
    const result = await classifyOk(fake);
    expect(result.columns.why).toBe("I1");
    expect(valueAt(fake, "Tasks", "I1")).toBe("Why");
    expect(valueAt(fake, "Tasks", "J1")).toBe("");
  });

  it("writes into its summary sheet after the owner renamed it", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyOk(fake);
    renameSheet(fake, "FrontBack summary", "Where the time goes");
    const result = await classifyOk(fake);
    expect(result.summarySheetName).toBe("Where the time goes");
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Tasks", "Where the time goes"]);
    expect(sheetOf(fake, "Where the time goes").charts).toHaveLength(3);
  });

  it("makes a new summary sheet after the owner deleted it", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyOk(fake);
    deleteSheet(fake, "FrontBack summary");
    const result = await classifyOk(fake);
    expect(result.summarySheetName).toBe("FrontBack summary");
    expect(valueAt(fake, "FrontBack summary", "A1")).toBe("FrontBack summary");
    const names = fake.model.names.filter((n) => n.name === "FrontBack_Summary");
    expect(names).toHaveLength(1);
  });

  it("leaves every owner cell as it was", async () => {
    const fake = taskWorkbook(typicalRows(3));
    putCell(sheetOf(fake, "Tasks"), 6, 0, "a note under the data");
    const before = cellMap(sheetOf(fake, "Tasks"));
    await classifyOk(fake);
    await classifyOk(fake);
    const after = cellMap(sheetOf(fake, "Tasks"));
    for (const [address, cell] of before) expect(after.get(address)).toEqual(cell);
  });
});
