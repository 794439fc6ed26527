/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   Loads are queued in one function and read in the closure it returns, which the caller calls only
   after context.sync(), so that one sync serves several readers; the rules cannot follow a closure.
   The fake Excel throws PropertyNotLoaded on any read before load and sync, so the tests check it. */
/**
 * The Rules sheet and the skills sheet as a classify run reads them: found by FrontBack's
 * workbook name, or by their usual sheet names when the owner made them, read whole (they are
 * small) and parsed by the core. Problems come back as notices with the owner's row numbers.
 */

import { parseSkillsMatrix } from "../core/matrix";
import { matrixProblemText } from "../core/matrix-problems";
import type { SkillsMatrix } from "../core/matrix";
import { readRules } from "../core/pipeline/rules-input";
import { BUILTIN_RULES } from "../core/rules/builtin";
import { ruleProblemText } from "../core/rules/rule-problems";
import type { RuleSet } from "../core/types";
import { RULES_SHEET_NAMES, SKILLS_SHEET_NAMES } from "../core/pipeline/sheet-names";
import { inEveryLanguage } from "../core/language/languages";
import { stop } from "./errors";
import type { Say, Texts } from "./errors";
import type { ExcelContext } from "./excel-api";
import { namedCell, RULES_NAME, sameSheet, SKILLS_NAME } from "./owned-names";
import type { Look } from "./task-sheet";

/** Something the owner may want to fix; the run went on without it. */
export interface Notice {
  readonly texts: Texts;
  readonly sheet?: string;
  /** 1-based row of that sheet. */
  readonly row?: number;
}

/** A notice in every language, of a sheet (and a row of it) when it is about one. */
export function notice(say: Say, sheet?: string, row?: number): Notice {
  return {
    texts: inEveryLanguage(say),
    ...(sheet !== undefined && { sheet }),
    ...(row !== undefined && { row }),
  };
}

/** One of the other sheets, found, and whether FrontBack made it (its workbook name points at it). */
export interface FoundSheet {
  readonly name: string;
  readonly ours: boolean;
}

/** The sheet a workbook name of FrontBack's points at, else the first sheet with one of `names`. */
export function findSheet(
  look: Look,
  nameOfOurs: string,
  names: readonly string[]
): FoundSheet | undefined {
  const { ref } = namedCell(look.workbookNames, nameOfOurs);
  const ours =
    ref === undefined ? undefined : look.sheetNames.find((sheet) => sameSheet(sheet, ref.sheet));
  if (ours !== undefined) return { name: ours, ours: true };
  for (const wanted of names) {
    const found = look.sheetNames.find((sheet) => sameSheet(sheet, wanted));
    if (found !== undefined) return { name: found, ours: false };
  }
  return undefined;
}

/** A whole small sheet, as loaded: its values and the sheet row of the first. */
export interface SheetValues {
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based sheet row of `rows[0]`. */
  readonly top: number;
}

/** Queues a load of a sheet's used values; undefined after the sync when it has none. */
export function queueSheetValues(
  context: ExcelContext,
  sheetName: string
): () => SheetValues | undefined {
  const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
  used.load("values, rowIndex");
  return () => (used.isNullObject ? undefined : { rows: used.values, top: used.rowIndex });
}

/**
 * The rule set of a run: the built-in rules with the Rules sheet's rules on top (same id
 * replaces, new ids add), every invalid row a notice. A sheet FrontBack made that has lost its
 * header stops the run, since a shared workbook must classify the same for everyone; a sheet of
 * the owner's that only happens to be called Rules is left alone.
 */
export function rulesFrom(
  found: FoundSheet | undefined,
  values: SheetValues | undefined,
  notices: Notice[]
): RuleSet {
  if (found === undefined) return BUILTIN_RULES;
  const input = values === undefined ? undefined : readRules(values.rows);
  if (values === undefined || input === undefined || input.status === "no-header") {
    if (found.ours) {
      const problem = input?.problems[0];
      throw stop("rules-sheet-broken", (m, lang) =>
        m.stops.rulesSheetBroken(
          found.name,
          problem === undefined ? m.ruleSheet.empty : ruleProblemText(problem, lang)
        )
      );
    }
    notices.push(notice((m) => m.notices.notOurRules(found.name), found.name));
    return BUILTIN_RULES;
  }
  for (const problem of input.problems) {
    const say: Say = (m, lang) => m.ruleSheet.rowIgnored(ruleProblemText(problem, lang));
    notices.push(notice(say, found.name, values.top + problem.row));
  }
  return input.ruleSet;
}

/** The skills matrix of a run, every problem of the sheet a notice; none without a sheet. */
export function matrixFrom(
  found: FoundSheet | undefined,
  values: SheetValues | undefined,
  notices: Notice[]
): SkillsMatrix | undefined {
  if (found === undefined || values === undefined) return undefined;
  const { matrix, problems } = parseSkillsMatrix(values.rows);
  for (const problem of problems) {
    const row = problem.row === undefined ? undefined : values.top + problem.row;
    notices.push(notice((_m, lang) => matrixProblemText(problem, lang), found.name, row));
  }
  return matrix;
}

/** Where the rules and skills sheets are, by FrontBack's names or their usual names. */
export function otherSheets(look: Look): { rules?: FoundSheet; skills?: FoundSheet } {
  const rules = findSheet(look, RULES_NAME, RULES_SHEET_NAMES);
  const skills = findSheet(look, SKILLS_NAME, SKILLS_SHEET_NAMES);
  return { ...(rules !== undefined && { rules }), ...(skills !== undefined && { skills }) };
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/** `wanted`, or "wanted (2)", "(3)"...: the first name no sheet has (compared as Excel does). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${wanted.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
