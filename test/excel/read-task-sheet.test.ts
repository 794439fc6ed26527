import { classifyActiveSheet } from "../../src/excel/classify-sheet";
import { readTaskSheet } from "../../src/excel/read-task-sheet";
import type { TaskSheetInfo } from "../../src/excel/read-task-sheet";
import { workbookSnapshot } from "../../src/fake-excel/builders";
import { FRONT_TASK, taskWorkbook, typicalRows } from "./helpers";

function ok(info: TaskSheetInfo): Extract<TaskSheetInfo, { status: "ok" }> {
  if (info.status !== "ok") throw new Error(info.error.message);
  return info;
}

describe("readTaskSheet", () => {
  it("lists the owner's headers and the columns a run would read, writing nothing, in 2 round trips", async () => {
    const fake = taskWorkbook(typicalRows(3));
    const before = workbookSnapshot(fake);
    const info = ok(await readTaskSheet({}, fake.host()));
    expect(info).toMatchObject({
      sheetName: "Tasks",
      headers: ["Task", "Employee", "Hours"],
      columns: { task: "Task", employee: "Employee", hours: "Hours" },
      rows: 3,
    });
    expect(workbookSnapshot(fake)).toEqual(before);
    expect(fake.roundTrips).toBe(2);
  });

  it("leaves FrontBack's own columns out after a run, but shows its Override column as the override", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await classifyActiveSheet({}, fake.host());
    const info = ok(await readTaskSheet({}, fake.host()));
    expect(info.headers).toEqual(["Task", "Employee", "Hours"]);
  });

  it("applies the owner's choices", async () => {
    const fake = taskWorkbook([[FRONT_TASK, "Anna", 2]], { header: ["Task", "Who", "Hours"] });
    const info = ok(await readTaskSheet({ columns: { employee: "Who", hours: "" } }, fake.host()));
    expect(info.columns).toEqual({ task: "Task", employee: "Who" });
  });

  it("still lists the headers when no task column is found, with the problem in both languages", async () => {
    const fake = taskWorkbook([["Anna", 2]], { header: ["Name", "Hours"] });
    const info = ok(await readTaskSheet({ lang: "nl" }, fake.host()));
    expect(info.headers).toEqual(["Name", "Hours"]);
    expect(info.columns).toBeUndefined();
    expect(info.problem?.en).toContain("No task column found");
    expect(info.problem?.nl).toContain("Geen takenkolom gevonden");
  });
});
