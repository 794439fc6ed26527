/**
 * The Excel adapter: what the task pane and the ribbon command call. Each function is one user
 * action, one `Excel.run`, and returns a result value instead of throwing. The host defaults to
 * the Excel the add-in runs in; tests and the demo page pass the fake's.
 */
import { classifyActiveSheet as classify } from "./classify-sheet";
import type { ClassifyOptions, ClassifyResult } from "./classify-sheet";
import type { FrontBackError } from "./errors";
import type { ExcelHost } from "./excel-api";
import { officeHost } from "./office-host";
import { createRulesSheet as createRules } from "./rules-sheet";
import type { SheetResult } from "./rules-sheet";
import { createSkillsSheet as createSkills } from "./skills-sheet";
import { readTaskSheet as readSheet } from "./read-task-sheet";
import { activateSheet as activate, createSampleSheet as createSample } from "./sample-sheet";
import type { SampleResult } from "./sample-sheet";
import type { TaskSheetInfo } from "./read-task-sheet";
import type { ColumnChoices } from "../core/column-choices";
import type { Language } from "../core/types";

/** The active sheet's headers and the columns a run would read, for the pane to show. */
export function readTaskSheet(
  options: { readonly lang?: Language; readonly columns?: ColumnChoices } = {},
  host: ExcelHost = officeHost()
): Promise<TaskSheetInfo> {
  return readSheet(options, host);
}

/** Classifies the active sheet and writes the results; see classify-sheet.ts for what it costs. */
export function classifyActiveSheet(
  options: ClassifyOptions = {},
  host: ExcelHost = officeHost()
): Promise<ClassifyResult> {
  return classify(options, host);
}

/** Adds the Rules sheet with the built-in rules (or reports FrontBack's existing one). */
export function createRulesSheet(
  options: { readonly lang?: Language } = {},
  host: ExcelHost = officeHost()
): Promise<SheetResult> {
  return createRules(options, host);
}

/** Adds the skills sheet for the employees of the active sheet, or extends FrontBack's own. */
export function createSkillsSheet(
  options: { readonly lang?: Language; readonly columns?: ColumnChoices } = {},
  host: ExcelHost = officeHost()
): Promise<SheetResult> {
  return createSkills(options, host);
}

/** Adds the sample task sheet and skills matrix in the given language, and shows the sample. */
export function createSampleSheet(
  options: { readonly lang?: Language } = {},
  host: ExcelHost = officeHost()
): Promise<SampleResult> {
  return createSample(options, host);
}

/** Shows the named sheet (the pane's link to the summary). */
export function activateSheet(
  sheetName: string,
  host: ExcelHost = officeHost()
): Promise<
  { readonly status: "ok" } | { readonly status: "error"; readonly error: FrontBackError }
> {
  return activate(sheetName, host);
}

export type {
  ClassifyOptions,
  ClassifyResult,
  ClassifySuccess,
  Progress,
  SkippedRow,
} from "./classify-sheet";
export type { SkillShortage } from "../core/pipeline/task-run";
export type { SheetResult } from "./rules-sheet";
export type { ChosenHeaders, TaskSheetInfo } from "./read-task-sheet";
export { FrontBackError, toFrontBackError } from "./errors";
export { sampleData } from "./sample-sheet";
export type { SampleData, SampleResult } from "./sample-sheet";
export type { FrontBackErrorCode, Texts } from "./errors";
export type { Notice } from "./other-sheets";
export type { ExcelHost } from "./excel-api";
export { officeHost } from "./office-host";
