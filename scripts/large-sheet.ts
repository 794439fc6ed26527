/**
 * A large task sheet in the fake, built straight into the model (as an owner's pasted list would
 * be): generated tasks with employee, role and hours. Shared by the 100k-row test and the bench.
 */

import { generateTasks, GENERATED_HEADER } from "./generate-tasks";
import type { GeneratedTask } from "./generate-tasks";
import { cellKey } from "../src/fake-excel/model";
import { FakeExcel } from "../src/fake-excel/fake-excel";
import type { FakeOptions } from "../src/fake-excel/session";

/** A fake Excel whose active sheet "Tasks" holds the given tasks under a header. */
export function taskSheetOf(
  tasks: readonly GeneratedTask[],
  options: Partial<FakeOptions> = {}
): FakeExcel {
  const fake = new FakeExcel(options);
  const sheet = fake.model.addSheet("Tasks");
  GENERATED_HEADER.forEach((header, col) => sheet.cells.set(cellKey(0, col), header));
  tasks.forEach((task, i) => {
    const row = i + 1;
    sheet.cells.set(cellKey(row, 0), task.employee);
    sheet.cells.set(cellKey(row, 1), task.role);
    sheet.cells.set(cellKey(row, 2), task.task);
    sheet.cells.set(cellKey(row, 3), task.hours);
  });
  return fake;
}

/** A fake Excel with `rows` generated tasks. */
export function largeTaskWorkbook(
  rows: number,
  options: Partial<FakeOptions> = {},
  seed = 1
): FakeExcel {
  return taskSheetOf(generateTasks(rows, seed), options);
}
