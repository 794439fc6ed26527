/**
 * The demo page's workbooks: the sample (as "Try it with sample data" writes it), 20,000 tasks,
 * and a sheet without a task column. Built on the strict fake Excel (src/fake-excel) that the
 * adapter's tests run against.
 */

import { messagesOf } from "../core/language/languages";
import type { Language } from "../core/types";
import { createSampleSheet, sampleData } from "../excel/sample-sheet";
import { addSheet } from "../fake-excel/builders";
import { FakeExcel } from "../fake-excel/fake-excel";

export type Scenario = "sample" | "large" | "no-task-column" | "blank";

export const SCENARIOS: readonly Scenario[] = ["sample", "large", "no-task-column", "blank"];

export function scenarioOf(value: string | null): Scenario {
  return SCENARIOS.find((scenario) => scenario === value) ?? "sample";
}

/** Rows of the large sheet. */
export const LARGE_ROWS = 20_000;

/** A new workbook for the scenario, in the owner's language. */
export async function buildWorkbook(scenario: Scenario, lang: Language): Promise<FakeExcel> {
  const fake = new FakeExcel();
  const words = messagesOf(lang).demo;
  const blank = words.blankSheet;
  if (scenario === "sample") {
    addSheet(fake, { name: blank, rows: [] });
    const made = await createSampleSheet({ lang }, fake.host());
    if (made.status === "error") throw made.error;
  } else if (scenario === "large") {
    const sample = sampleData(lang);
    const [header, ...tasks] = sample.tasks;
    const rows = [header];
    for (let i = 0; i < LARGE_ROWS; i++) {
      const [task, employee, role, hours] = tasks[i % tasks.length];
      rows.push([task, `${String(employee)} ${Math.floor(i / tasks.length) % 50}`, role, hours]);
    }
    addSheet(fake, { name: words.largeSheet, rows });
  } else if (scenario === "no-task-column") {
    const rota = words.rota;
    addSheet(fake, {
      name: rota.sheet,
      rows: [[...rota.headers], ["Anna", rota.days[0], "09:00"], ["Ben", rota.days[1], "13:00"]],
    });
  } else {
    addSheet(fake, { name: blank, rows: [] });
  }
  fake.resetStats();
  return fake;
}
