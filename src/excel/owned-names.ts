/**
 * How FrontBack knows what it made. Each column it writes carries a name scoped to the task sheet
 * (NamedItemCollection.add, ExcelApi 1.4), pointing at the column's header cell; the summary sheet
 * has one too, and the rules and skills sheets carry workbook names. Excel moves a name with its
 * cells when rows or columns are inserted or deleted, renames the sheet in it when the sheet is
 * renamed, and turns it into #REF! when its cells are deleted (Excel.NamedItem: `type` "Error").
 * So a re-run finds its own columns and sheets whatever the owner did around them, and a column
 * or sheet without its name is the owner's, even when it has one of FrontBack's headers.
 */

import { RESULT_COLUMNS } from "../core/pipeline/result-columns";
import type { ColumnKey, ResultKey } from "../core/pipeline/result-columns";

/** The columns FrontBack writes, in the order it adds them: the result columns, then Override. */
export type OwnedColumn = ColumnKey;

/** The result columns; the Override column is the owner's input even when FrontBack made it. */
export const RESULT_KEYS: readonly ResultKey[] = RESULT_COLUMNS.map((column) => column.key);

export const OWNED_COLUMNS: readonly OwnedColumn[] = [...RESULT_KEYS, "override"];

/** The sheet-scoped name of each column FrontBack writes. */
export const COLUMN_NAMES: Readonly<Record<OwnedColumn, string>> = {
  officeType: "FrontBack_OfficeType",
  confidence: "FrontBack_Confidence",
  why: "FrontBack_Why",
  skills: "FrontBack_SkillsNeeded",
  gap: "FrontBack_SkillGap",
  override: "FrontBack_Override",
};

/** The comment on each name FrontBack adds, shown in Excel's Name Manager. */
export const NAME_COMMENT =
  "FrontBack finds its own columns and sheets by this name. Keep it, or FrontBack treats them as yours.";

/** Scoped to the task sheet: its summary sheet (A1 of it). */
export const SUMMARY_NAME = "FrontBack_Summary";
/** Scoped to the workbook: the rules sheet and the skills sheet FrontBack made (A1 of each). */
export const RULES_NAME = "FrontBack_Rules";
export const SKILLS_NAME = "FrontBack_Skills";

/** A name as loaded from a NamedItemCollection. */
export interface NameItem {
  readonly name: string;
  readonly type: string;
  readonly formula: unknown;
}

/** The top-left cell a name points at. */
export interface CellRef {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/**
 * The cell a name's formula points at: "=Tasks!$F$1", "='My tasks'!$F$1" or a range whose
 * top-left cell is taken. Undefined for #REF! and anything else.
 */
export function parseRefFormula(formula: unknown): CellRef | undefined {
  if (typeof formula !== "string") return undefined;
  const match =
    /^=(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/.exec(
      formula.trim()
    );
  if (match === null) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  return { sheet, row: Number(match[4]) - 1, col: columnNumber(match[3]) };
}

/** A name, looked up as Excel does (case-insensitive). */
export function findName(items: readonly NameItem[], name: string): NameItem | undefined {
  const wanted = name.toLowerCase();
  return items.find((item) => item.name.toLowerCase() === wanted);
}

/**
 * Where one of FrontBack's names points, if it still points at a cell; `broken` when the name is
 * there but no longer points anywhere usable (its cells were deleted), so it must be replaced.
 */
export function namedCell(
  items: readonly NameItem[],
  name: string
): { readonly ref?: CellRef; readonly broken: boolean } {
  const item = findName(items, name);
  if (item === undefined) return { broken: false };
  const ref = item.type === "Range" ? parseRefFormula(item.formula) : undefined;
  return ref === undefined ? { broken: true } : { ref, broken: false };
}

/** Same sheet name as Excel compares them: case-insensitive. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
