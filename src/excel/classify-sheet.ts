/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   Loads are queued in one function and read in the closure it returns, which the caller calls only
   after context.sync(), so that one sync serves several readers; the rules cannot follow a closure.
   The fake Excel throws PropertyNotLoaded on any read before load and sync, so the tests check it. */
/**
 * The add-in's main use case: classify the tasks of the active sheet and write the results back
 * beside them (or as table columns), with a summary sheet and its charts. One `Excel.run`.
 *
 * Round trips, for data of B blocks (a block is at most 5,000 rows and about 4 MB):
 *   1. look: protection, sheets, FrontBack's names, tables, used ranges;
 *   2. the header of the data, its first block with every column, the Rules and skills sheets
 *      and the summary sheet's state. Everything that can stop the run is known now, before
 *      anything is written;
 *   3. ... B+1. each writes the results of one block and reads the next (task, employee, role,
 *      hours and override columns only);
 *   B+2. the last block's results, then formats, the summary sheet and its charts.
 * So 2 + B in all. A sheet with several tables, or a table with cells on its right to check,
 * costs one more. Calculation is suspended in every request that writes; screen updating
 * (ExcelApi 1.9) once, for the final request, as the reference advises against repeating it.
 */

import type { ColumnChoices } from "../core/column-choices";
import { columnLetter } from "../core/column-letter";
import type { SkillsMatrix } from "../core/matrix";
import { createSummaryRun } from "../core/pipeline/task-run";
import type { ClassifyRow, RunSummary, SkillShortage } from "../core/pipeline/task-run";
import { messagesOf } from "../core/language/languages";
import type { Language, OfficeType } from "../core/types";
import { cellText, hoursOf, taskCell } from "./cell-input";
import type { SkipReason } from "./cell-input";
import { planCharts } from "./chart-plan";
import { planColumns } from "./column-plan";
import type { ColumnPlan } from "./column-plan";
import { officeErrorCode, stop, toFrontBackError, unsupportedExcel } from "./errors";
import type { FrontBackError } from "./errors";
import type { ExcelContext, ExcelHost } from "./excel-api";
import { matrixFrom, notice, otherSheets, queueSheetValues, rulesFrom } from "./other-sheets";
import type { Notice, SheetValues } from "./other-sheets";
import { OWNED_COLUMNS } from "./owned-names";
import type { OwnedColumn } from "./owned-names";
import { BLOCK_LIMITS, rowsPerBlock } from "./plan-blocks";
import { queueFormats, queueResults, queueStructure, rowValues } from "./result-writer";
import type { BlockResults, RowValues } from "./result-writer";
import { queueSummary } from "./summary-writer";
import { queueSummaryState, summaryTarget } from "./summary-target";
import type { SummaryState } from "./summary-target";
import type { SummaryTarget } from "./summary-writer";
import {
  bandBlock,
  ownedColumns,
  ownedInRegion,
  queueColumns,
  queueLook,
  queueRegions,
} from "./task-sheet";
import type { ColumnsBlock, Look, OwnedCells, Region } from "./task-sheet";
import { valueBytes } from "./text-values";

/** What the caller can ask of a run. */
export interface ClassifyOptions {
  /** The language of the result headers and cells; English when absent. */
  readonly lang?: Language;
  /** The owner's choice of columns, by header, over what detection finds. */
  readonly columns?: ColumnChoices;
  /** False: write no summary sheet (an earlier one is left as it is). Default true. */
  readonly summary?: boolean;
  /** Called after every round trip. */
  readonly onProgress?: (progress: Progress) => void;
}

export interface Progress {
  readonly phase: "reading" | "writing" | "finishing";
  /** Data rows read so far, of `rows`. */
  readonly rowsDone: number;
  readonly rows: number;
}

/** A task row that was not classified, and why. */
export interface SkippedRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly reason: SkipReason;
}

/** A run that went through. */
export interface ClassifySuccess {
  readonly status: "ok";
  readonly sheetName: string;
  readonly tableName?: string;
  /** Data rows below the header, blank ones included. */
  readonly rows: number;
  readonly counts: Readonly<Record<OfficeType, number>>;
  /** Hours per side, when the sheet has an hours column. */
  readonly hours?: Readonly<Record<OfficeType | "total", number>>;
  /** Skills most people fall short of, most first; empty without a skills matrix. */
  readonly topGaps: readonly SkillShortage[];
  readonly skipped: number;
  /** The first skipped rows, for the pane to point at. */
  readonly skippedRows: readonly SkippedRow[];
  /** Empty when the run was asked to write no summary. */
  readonly summarySheetName: string;
  /** The columns FrontBack wrote this run, by the letters of their header cells (e.g. "F1"). */
  readonly columns: Readonly<Partial<Record<OwnedColumn, string>>>;
  readonly notices: readonly Notice[];
  readonly roundTrips: number;
}

export type ClassifyResult =
  ClassifySuccess | { readonly status: "error"; readonly error: FrontBackError };

/** Cells read with the first block, at most; wide sheets get a shorter first block. */
const FIRST_BLOCK_CELLS = 60_000;
/** Reads are sized from what earlier rows cost, with room to spare. */
const READ_MARGIN = 1.5;
const SKIPPED_LISTED = 50;

/**
 * Classifies the active sheet's tasks and writes the results. Loads what the header above says,
 * costs 2 + 1 per block round trips (see above), and never throws: every failure comes back as
 * `{ status: "error" }` with a message for the owner.
 */
export async function classifyActiveSheet(
  options: ClassifyOptions = {},
  host: ExcelHost
): Promise<ClassifyResult> {
  if (!host.isSetSupported("ExcelApi", "1.7"))
    return { status: "error", error: unsupportedExcel() };
  const state = { wrote: false };
  try {
    return await host.run((context) => new ClassifyRun(context, host, options, state).run());
  } catch (cause) {
    return { status: "error", error: toFrontBackError(cause, state.wrote) };
  }
}

/** What the second look queued, to read after its sync. */
interface SecondLook {
  readonly readRegions: () => Region[];
  readonly readRules?: () => SheetValues | undefined;
  readonly readSkills?: () => SheetValues | undefined;
  readonly summaryState: () => SummaryState;
}

const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";
const REQUEST_TOO_LARGE = "RequestPayloadSizeLimitExceeded";

class ClassifyRun {
  private readonly lang: Language;
  private syncs = 0;
  private readonly notices: Notice[] = [];
  private readonly skippedRows: SkippedRow[] = [];
  private skipped = 0;
  private structureQueued = false;

  constructor(
    private readonly context: ExcelContext,
    private readonly host: ExcelHost,
    private readonly options: ClassifyOptions,
    private readonly state: { wrote: boolean }
  ) {
    this.lang = options.lang ?? "en";
  }

  private async sync(writes: boolean): Promise<void> {
    if (writes) this.context.workbook.application.suspendApiCalculationUntilNextSync();
    this.syncs++;
    await this.context.sync();
    if (writes) this.state.wrote = true;
  }

  async run(): Promise<ClassifySuccess> {
    const readLook = queueLook(this.context);
    await this.sync(false);
    const look = readLook();
    if (look.sheetProtected)
      throw stop("protected-sheet", (m) => m.stops.protectedSheet(look.sheetName));
    if (look.tableNames.length === 0 && look.usedValues === undefined) {
      throw stop("empty-sheet", (m) => m.stops.emptySheet(look.sheetName));
    }

    const found = otherSheets(look);
    const second = await this.secondLook(look, found);
    const { readRegions, readRules, readSkills, summaryState } = second;

    const owned = ownedColumns(look);
    const { region, plan } = this.chooseRegion(readRegions(), owned);
    if (region.dataRows === 0) throw stop("no-tasks", (m) => m.stops.noTasks(look.sheetName));
    const ruleSet = rulesFrom(found.rules, readRules?.(), this.notices);
    const matrix: SkillsMatrix | undefined = matrixFrom(found.skills, readSkills?.(), this.notices);
    const target =
      this.options.summary === false
        ? undefined
        : summaryTarget(look, summaryState(), this.lang, this.notices);
    if (region.kind === "table" && plan.added.length > 0)
      await this.checkRightOfTable(look, region);

    // The pane shows hours and gaps from the summary even when no summary sheet is written.
    const taskRun = createSummaryRun({
      ruleSet,
      ...(matrix !== undefined && { matrix }),
      lang: this.lang,
    });
    const readCols = [...new Set(Object.values(plan.input))];
    let pending: BlockResults | undefined;
    let done = 0;
    let bytesRead = 0;
    if (region.band !== undefined) {
      const band = bandBlock(region, region.band, valueBytes);
      pending = this.classifyBlock(band, 0, region, plan, taskRun.row);
      done = band.count;
      bytesRead =
        (band.bytes * readCols.length) / Math.max(1, region.right - region.header.left + 1);
    }
    this.progress("reading", done, region.dataRows);
    while (done < region.dataRows) {
      const perRow = done === 0 ? 200 * readCols.length : (bytesRead / done) * READ_MARGIN;
      const count = Math.min(rowsPerBlock(perRow), region.dataRows - done);
      const writes = pending !== undefined;
      if (pending !== undefined) await this.queueResults(look, region, plan, pending);
      const read = queueColumns(look.sheet, region, done, count, readCols, valueBytes);
      await this.sync(writes);
      const block = read();
      bytesRead += block.bytes;
      pending = this.classifyBlock(block, done, region, plan, taskRun.row);
      done += count;
      this.progress(writes ? "writing" : "reading", done, region.dataRows);
    }
    if (pending !== undefined) await this.queueResults(look, region, plan, pending);
    const outcome = taskRun.finish({
      hasHours: plan.input.hours !== undefined,
      ...(plan.hoursUnit !== undefined && { hoursUnit: plan.hoursUnit }),
    });
    this.queueFinish(look, region, plan, target, outcome);
    if (this.host.isSetSupported("ExcelApi", "1.9")) {
      this.context.workbook.application.suspendScreenUpdatingUntilNextSync();
    }
    await this.sync(true);
    this.progress("finishing", region.dataRows, region.dataRows);
    return this.result(look, region, plan, target?.name ?? "", outcome);
  }

  /**
   * The second look: headers, the first block, the other sheets. It writes nothing, so when the
   * first block is too large for Excel on the web it is asked again with a quarter of the rows.
   */
  private async secondLook(look: Look, found: ReturnType<typeof otherSheets>): Promise<SecondLook> {
    let bandRows = Math.max(
      1,
      Math.min(BLOCK_LIMITS.maxRows, Math.floor(FIRST_BLOCK_CELLS / look.usedAll.cols))
    );
    for (;;) {
      const readRegions = queueRegions(look, bandRows);
      const readRules = found.rules && queueSheetValues(this.context, found.rules.name);
      const readSkills = found.skills && queueSheetValues(this.context, found.skills.name);
      const summaryState = queueSummaryState(this.context, look);
      try {
        await this.sync(false);
        return { readRegions, readRules, readSkills, summaryState };
      } catch (cause) {
        const code = officeErrorCode(cause);
        if (bandRows === 1 || (code !== RESPONSE_TOO_LARGE && code !== REQUEST_TOO_LARGE))
          throw cause;
        bandRows = Math.max(1, Math.floor(bandRows / 4));
      }
    }
  }

  private progress(phase: Progress["phase"], rowsDone: number, rows: number): void {
    this.options.onProgress?.({ phase, rowsDone, rows });
  }

  /** The region with the tasks: the first whose header has a task column (tables first). */
  private chooseRegion(
    regions: readonly Region[],
    owned: OwnedCells
  ): { region: Region; plan: ColumnPlan } {
    let firstError: FrontBackError | undefined;
    for (const region of regions) {
      const here = ownedInRegion(owned, region);
      const planned = planColumns(region.header, here, this.options.columns ?? {}, this.lang);
      if ("plan" in planned) return { region, plan: planned.plan };
      firstError ??= planned.error;
      // A header that names FrontBack's columns decides: never look past it for another region.
      if (planned.error.code === "header-taken") throw planned.error;
    }
    throw firstError ?? stop("empty-sheet", (m) => m.stops.emptySheet(""));
  }

  /**
   * Adding columns to a table shifts the cells right of it in its rows; when the sheet has
   * values beyond the table, look there first (one more round trip, first runs only).
   */
  private async checkRightOfTable(look: Look, region: Region): Promise<void> {
    const usedRight = (look.usedValues?.col ?? 0) + (look.usedValues?.cols ?? 0) - 1;
    if (look.usedValues === undefined || usedRight <= region.right) return;
    const rows = region.dataRows + 1;
    const right = look.sheet
      .getRangeByIndexes(region.header.row, region.right + 1, rows, usedRight - region.right)
      .getUsedRangeOrNullObject(true);
    right.load("address");
    await this.sync(false);
    if (!right.isNullObject)
      throw stop("data-in-the-way", (m) => m.stops.dataInTheWay(right.address));
  }

  private classifyBlock(
    block: ColumnsBlock,
    start: number,
    region: Region,
    plan: ColumnPlan,
    classifyRow: ClassifyRow
  ): BlockResults {
    const { input } = plan;
    const rows = new Array<RowValues>(block.count);
    const text = (i: number, col: number | undefined): string | undefined =>
      col === undefined ? undefined : cellText(block.value(i, col), block.type(i, col));
    for (let i = 0; i < block.count; i++) {
      const task = taskCell(block.value(i, input.task), block.type(i, input.task));
      if (task.kind === "blank") {
        rows[i] = rowValues(undefined);
        continue;
      }
      const sheetRow = region.firstDataRow + start + i + 1;
      if (task.kind === "skip") {
        this.skipped++;
        if (this.skippedRows.length < SKIPPED_LISTED) {
          this.skippedRows.push({ row: sheetRow, reason: task.reason });
        }
        rows[i] = rowValues({ skipped: messagesOf(this.lang).skipped[task.reason] });
        continue;
      }
      const hours =
        input.hours === undefined
          ? undefined
          : hoursOf(block.value(i, input.hours), block.type(i, input.hours));
      const outcome = classifyRow(
        {
          text: task.text,
          employee: text(i, input.employee),
          role: text(i, input.role),
          override: text(i, input.override),
          hours,
        },
        sheetRow
      );
      rows[i] = rowValues(outcome.cells);
    }
    return { start, rows };
  }

  /** Queues one block's results; the first time, the new columns and their names before them. */
  private async queueResults(
    look: Look,
    region: Region,
    plan: ColumnPlan,
    results: BlockResults
  ): Promise<void> {
    if (!this.structureQueued) {
      queueStructure(look.sheet, region, plan, look.sheetScopeNames);
      this.structureQueued = true;
    }
    await queueResults(look.sheet, region, plan, results, () => this.sync(true));
  }

  /** Formats after values, then the summary sheet and its charts. */
  private queueFinish(
    look: Look,
    region: Region,
    plan: ColumnPlan,
    target: SummaryTarget | undefined,
    outcome: RunSummary
  ): void {
    const dropDowns = this.host.isSetSupported("ExcelApi", "1.8");
    if (!queueFormats(look.sheet, region, plan, this.lang, dropDowns)) {
      this.notices.push(notice((m) => m.notices.noDropDowns));
    }
    if (target === undefined) return;
    const layout = outcome.summarySheet;
    queueSummary(
      this.context,
      look.sheet,
      target,
      layout,
      planCharts(layout, this.lang, outcome.summary.totalHours),
      this.lang
    );
  }

  private result(
    look: Look,
    region: Region,
    plan: ColumnPlan,
    summarySheetName: string,
    outcome: RunSummary
  ): ClassifySuccess {
    if (this.skipped > 0) this.notices.push(notice((m) => m.notices.skipped(this.skipped)));
    const invalid = outcome.overrideProblems;
    if (invalid.length > 0) {
      this.notices.push(
        notice((m) => m.notices.invalidOverrides(invalid.length, invalid[0].value))
      );
    }
    const columns: Partial<Record<OwnedColumn, string>> = {};
    for (const column of OWNED_COLUMNS) {
      const col = placedCol(plan, column);
      if (col !== undefined) columns[column] = `${columnLetter(col)}${region.header.row + 1}`;
    }
    const { perSide, totalHours } = outcome.summary;
    return {
      status: "ok",
      sheetName: look.sheetName,
      ...(region.tableName !== undefined && { tableName: region.tableName }),
      rows: region.dataRows,
      counts: outcome.counts,
      ...(plan.input.hours !== undefined && {
        hours: {
          front: perSide.front.hours,
          back: perSide.back.hours,
          unclear: perSide.unclear.hours,
          total: totalHours,
        },
      }),
      topGaps: outcome.largestShortages,
      skipped: this.skipped,
      skippedRows: [...this.skippedRows],
      summarySheetName,
      columns,
      notices: [...this.notices],
      roundTrips: this.syncs,
    };
  }
}

/** The sheet column of one of FrontBack's columns in the plan, if it has one. */
function placedCol(plan: ColumnPlan, column: OwnedColumn): number | undefined {
  return column === "override" ? plan.override?.col : plan.results[column].col;
}
