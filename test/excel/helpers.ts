/** Shared helpers of the adapter tests: an owner's task sheet, and a run that must succeed. */

import { classifyActiveSheet } from "../../src/excel/classify-sheet";
import type {
  ClassifyOptions,
  ClassifyResult,
  ClassifySuccess,
} from "../../src/excel/classify-sheet";
import type { FrontBackError } from "../../src/excel/errors";
import { addSheet } from "../../src/fake-excel/builders";
import type { CellInput, SheetSpec } from "../../src/fake-excel/builders";
import { FakeExcel } from "../../src/fake-excel/fake-excel";
import type { FakeOptions } from "../../src/fake-excel/session";
import { renderText } from "../../src/fake-excel/render";

export const FRONT_TASK = "Handle customer complaints at the counter";
export const BACK_TASK = "Run the monthly payroll";

/** The owner's header style: bold white on blue. */
export const HEADER_STYLE = { bold: true, fontColor: "#FFFFFF", fill: "#1D4E89" };

/** A fake Excel with one task sheet "Tasks" (header Task, Employee, Hours) and the given rows. */
export function taskWorkbook(
  rows: readonly (readonly CellInput[])[],
  options: Partial<FakeOptions> & {
    readonly table?: string;
    readonly header?: readonly CellInput[];
  } = {}
): FakeExcel {
  const fake = new FakeExcel(options);
  const spec: SheetSpec = {
    name: "Tasks",
    rows: [options.header ?? ["Task", "Employee", "Hours"], ...rows],
    headerFormat: HEADER_STYLE,
    ...(options.table !== undefined && { table: options.table }),
  };
  addSheet(fake, spec);
  return fake;
}

/** Rows of typical tasks: front, back, front, back... with two employees and hours. */
export function typicalRows(count: number): CellInput[][] {
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? [FRONT_TASK, "Anna", 4] : [BACK_TASK, "Bram", 7.5]
  );
}

export async function classify(
  fake: FakeExcel,
  options: ClassifyOptions = {}
): Promise<ClassifyResult> {
  return classifyActiveSheet(options, fake.host());
}

/** A run that must go through; the failure message and the sheet show when it does not. */
export async function classifyOk(
  fake: FakeExcel,
  options: ClassifyOptions = {}
): Promise<ClassifySuccess> {
  const result = await classify(fake, options);
  if (result.status !== "ok") {
    throw new Error(
      `expected ok, got ${result.error.code}: ${result.error.message} (${result.error.technical})\n${renderText(fake, "Tasks")}`
    );
  }
  return result;
}

/** A run that must stop; returns its error. */
export async function classifyError(
  fake: FakeExcel,
  options: ClassifyOptions = {}
): Promise<FrontBackError> {
  const result = await classify(fake, options);
  if (result.status !== "error") throw new Error(`expected an error\n${renderText(fake, "Tasks")}`);
  return result.error;
}
