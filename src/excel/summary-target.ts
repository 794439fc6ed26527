/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   The load is queued here and read in the closure it returns, which the caller calls only after
   context.sync(), so that one sync serves several readers; the rules cannot follow a closure.
   The fake Excel throws PropertyNotLoaded on any read before load and sync, so the tests check it. */
/**
 * Where a run's summary goes, decided before anything is written: FrontBack's own summary sheet
 * of an earlier run (found by the task sheet's name for it), or a new sheet under a free name.
 */

import { messagesOf } from "../core/language/languages";
import type { Language } from "../core/types";
import { stop } from "./errors";
import type { ChartApi, ExcelContext } from "./excel-api";
import { freeSheetName, notice } from "./other-sheets";
import type { Notice } from "./other-sheets";
import { namedCell, sameSheet, SUMMARY_NAME } from "./owned-names";
import type { SummaryTarget } from "./summary-writer";
import type { Look } from "./task-sheet";

/** What a look found of the summary sheet of an earlier run. */
export interface SummaryState {
  readonly sheet?: string;
  readonly charts: readonly ChartApi[];
  readonly protected: boolean;
}

/**
 * Queues a look at the summary sheet of an earlier run, if the task sheet's name finds one: its
 * protection and its charts. Costs no sync of its own; read the result after the caller's.
 */
export function queueSummaryState(context: ExcelContext, look: Look): () => SummaryState {
  const { ref } = namedCell(look.sheetScopeNames, SUMMARY_NAME);
  const sheetName =
    ref === undefined ? undefined : look.sheetNames.find((name) => sameSheet(name, ref.sheet));
  if (sheetName === undefined) return () => ({ charts: [], protected: false });
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.protection.load("protected");
  sheet.charts.load("items/name");
  return () => ({
    sheet: sheetName,
    charts: sheet.charts.items,
    protected: sheet.protection.protected,
  });
}

/**
 * The summary sheet of a run: FrontBack's own from an earlier run, or a new one under a free
 * name (with a notice when the usual name is taken by a sheet of the owner's). Throws the stop
 * for a protected summary sheet, or a protected workbook that cannot take a new sheet.
 */
export function summaryTarget(
  look: Look,
  state: SummaryState,
  lang: Language,
  notices: Notice[]
): SummaryTarget {
  const sheet = state.sheet;
  if (sheet !== undefined) {
    if (state.protected) throw stop("protected-sheet", (m) => m.stops.protectedSheet(sheet));
    return {
      name: sheet,
      create: false,
      oldCharts: state.charts,
      addName: false,
      replaceName: false,
    };
  }
  if (look.workbookProtected) throw stop("protected-workbook", (m) => m.stops.protectedWorkbook);
  const named = namedCell(look.sheetScopeNames, SUMMARY_NAME);
  const wanted = messagesOf(lang).sheets.summary;
  const name = freeSheetName(wanted, look.sheetNames);
  if (name !== wanted) notices.push(notice((m) => m.notices.renamedSummary(wanted, name)));
  return {
    name,
    create: true,
    oldCharts: [],
    addName: true,
    replaceName: named.broken || named.ref !== undefined,
  };
}
