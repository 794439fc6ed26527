/**
 * What the pane asks of the workbook: the adapter's use cases with the host bound, so the same
 * pane drives the real Excel (index.ts) and the demo page's in-browser workbook.
 */

import {
  activateSheet,
  classifyActiveSheet,
  createRulesSheet,
  createSampleSheet,
  createSkillsSheet,
  readTaskSheet,
} from "../excel";
import type { ExcelHost } from "../excel/excel-api";

export interface WorkbookServices {
  readonly readTaskSheet: (
    options: Parameters<typeof readTaskSheet>[0]
  ) => ReturnType<typeof readTaskSheet>;
  readonly classify: (
    options: Parameters<typeof classifyActiveSheet>[0]
  ) => ReturnType<typeof classifyActiveSheet>;
  readonly createRulesSheet: (
    options: Parameters<typeof createRulesSheet>[0]
  ) => ReturnType<typeof createRulesSheet>;
  readonly createSkillsSheet: (
    options: Parameters<typeof createSkillsSheet>[0]
  ) => ReturnType<typeof createSkillsSheet>;
  readonly createSampleSheet: (
    options: Parameters<typeof createSampleSheet>[0]
  ) => ReturnType<typeof createSampleSheet>;
  readonly activateSheet: (name: string) => ReturnType<typeof activateSheet>;
}

/** The use cases against one host. */
export function servicesFor(host: ExcelHost): WorkbookServices {
  return {
    readTaskSheet: (options) => readTaskSheet(options, host),
    classify: (options) => classifyActiveSheet(options, host),
    createRulesSheet: (options) => createRulesSheet(options, host),
    createSkillsSheet: (options) => createSkillsSheet(options, host),
    createSampleSheet: (options) => createSampleSheet(options, host),
    activateSheet: (name) => activateSheet(name, host),
  };
}
