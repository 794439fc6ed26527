/**
 * "Try it with sample data": a small task sheet for a made-up shop, in the owner's language, with
 * employees, roles and hours, and a skills matrix for those employees, so a first-time owner
 * sees FrontBack work before pointing it at their own sheet. One Excel.run, two round trips (a
 * look, then the writes); also `activateSheet`, the pane's link to a sheet FrontBack wrote.
 */

import { messagesOf } from "../core/language/languages";
import { SKILLS_SHEET_NAMES } from "../core/pipeline/sheet-names";
import { SKILL_CATALOGUE, skillLabel } from "../core/skills";
import type { Language, SkillId } from "../core/types";
import { stop } from "./errors";
import type { FrontBackError } from "./errors";
import type { ExcelHost } from "./excel-api";
import { freeSheetName } from "./other-sheets";
import { withLook } from "./sheet-action";
import { cellValue } from "./text-values";

/** The sample's cells: the task sheet and the skills matrix, header rows first. */
export interface SampleData {
  readonly taskSheet: string;
  readonly tasks: readonly (readonly (string | number)[])[];
  readonly skillsSheet: string;
  readonly skills: readonly (readonly (string | number)[])[];
}

/** Levels 0-4 per employee; skills not listed are 1 (basic). Chosen to show a few real gaps. */
const LEVELS: Readonly<Record<string, Partial<Record<SkillId, number>>>> = {
  Anna: { interpersonal: 4, clarity: 3, listening: 3, friendliness: 4, patience: 2, conflict: 1 },
  Ben: { interpersonal: 3, clarity: 2, listening: 2, friendliness: 3, patience: 3, numeracy: 2 },
  Carla: { correspondence: 3, numeracy: 4, organising: 3, filing: 2, "office-software": 3 },
  Dev: { correspondence: 2, organising: 2, "advanced-it": 1, interpersonal: 2, clarity: 2 },
};

/** The sample's cells in the given language. Pure, so the pane's tests and the demo can use it. */
export function sampleData(lang: Language): SampleData {
  const messages = messagesOf(lang);
  const tasks = [messages.sample.headers, ...messages.sample.tasks];
  const employees = Object.keys(LEVELS);
  const skills = [
    [messages.matrix.employeeHeader, ...SKILL_CATALOGUE.map((d) => skillLabel(d.id, lang))],
    ...employees.map((name) => [name, ...SKILL_CATALOGUE.map((d) => LEVELS[name][d.id] ?? 1)]),
  ];
  return { taskSheet: messages.sample.sheet, tasks, skillsSheet: messages.sheets.skills, skills };
}

/** What creating the sample did. */
export type SampleResult =
  | {
      readonly status: "ok";
      readonly taskSheet: string;
      /** Absent when the workbook already has a skills sheet, which is then left as it is. */
      readonly skillsSheet?: string;
    }
  | { readonly status: "error"; readonly error: FrontBackError };

/**
 * Adds the sample task sheet (under a free name) and, when the workbook has no skills sheet, the
 * sample skills matrix, and makes the task sheet the active one. Loads sheets, names and
 * protection (the first look); 2 round trips.
 */
export async function createSampleSheet(
  options: { readonly lang?: Language } = {},
  host: ExcelHost
): Promise<SampleResult> {
  const lang = options.lang ?? "en";
  return withLook(host, async (context, look): Promise<SampleResult> => {
    if (look.workbookProtected) throw stop("protected-workbook", (m) => m.stops.protectedWorkbook);
    const data = sampleData(lang);
    const lower = new Set(look.sheetNames.map((name) => name.toLowerCase()));
    const hasSkills = SKILLS_SHEET_NAMES.some((alias) => lower.has(alias.toLowerCase()));
    const write = (name: string, rows: SampleData["tasks"]): void => {
      const sheet = context.workbook.worksheets.add(name);
      const width = rows[0].length;
      sheet.getRangeByIndexes(0, 0, rows.length, width).values = rows.map((row) =>
        row.map(cellValue)
      );
      sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
      if (name === taskSheet) {
        sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 320;
        sheet.getRangeByIndexes(0, 1, 1, width - 1).format.columnWidth = 100;
        sheet.activate();
      }
    };
    const taskSheet = freeSheetName(data.taskSheet, look.sheetNames);
    const skillsSheet = hasSkills ? undefined : data.skillsSheet;
    if (skillsSheet !== undefined) write(skillsSheet, data.skills);
    write(taskSheet, data.tasks);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    return { status: "ok", taskSheet, ...(skillsSheet !== undefined && { skillsSheet }) };
  });
}

/** Shows a sheet, e.g. the summary after a run. One Excel.run, two round trips (look, activate). */
export async function activateSheet(
  sheetName: string,
  host: ExcelHost
): Promise<
  { readonly status: "ok" } | { readonly status: "error"; readonly error: FrontBackError }
> {
  return withLook(host, async (context) => {
    context.workbook.worksheets.getItem(sheetName).activate();
    await context.sync();
    return { status: "ok" as const };
  });
}
