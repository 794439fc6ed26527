/**
 * The message catalogue: every word FrontBack shows or writes, as one typed object per language
 * (en.ts, nl.ts). A language is one file that fills this interface, so the compiler checks it is
 * complete; languages.ts lists them. Words FrontBack reads (stop words, negations, header words,
 * override spellings) are data here too, and are combined over every language when loaded, since
 * a task's language need not be known.
 */

import type { OptionalField } from "../column-choices";
import type { ColumnField } from "../column-vocabulary";
import type { MatrixProblemMessages } from "../matrix-problems";
import type { ColumnKey } from "../pipeline/result-columns";
import type { RuleProblemMessages } from "../rules/rule-problems";
import type { OfficeType, Side, SkillId } from "../types";

/** Why a task cell was skipped: it holds a number or date, TRUE/FALSE, an error, or no text. */
export type SkipReason = "number" | "boolean" | "error" | "other";

/** The kinds of Office error FrontBack explains in plain words. */
export type OfficeErrorKind =
  | "cellEditMode"
  | "accessDenied"
  | "notFound"
  | "rejected"
  | "tooLarge"
  | "unsupported"
  | "unexpected";

/** What the Why cell says. */
export interface WhyMessages {
  readonly override: string;
  /** Group names in the Why cell; Dutch owners say frontoffice/backoffice, not voor/achter. */
  readonly sides: Readonly<Record<Side, string>>;
  readonly negated: string;
  readonly role: string;
  /** Marks the words whose weight was learned from labelled tasks, not given by a rule. */
  readonly learned: string;
  readonly noReasons: string;
  readonly cancelOut: string;
  readonly invalidOverride: (value: string) => string;
}

/** What the Skill gap cell says. */
export interface GapMessages {
  readonly needs: string;
  readonly has: string;
  readonly notRated: string;
  readonly none: string;
  readonly notInMatrix: string;
}

/** The summary sheet's headings. */
export interface SummaryMessages {
  readonly title: string;
  readonly officeType: string;
  readonly tasks: string;
  readonly hours: Readonly<Record<"none" | "week" | "month", string>>;
  readonly total: string;
  readonly employee: string;
  readonly hoursOn: (side: string) => string;
  readonly largestGaps: string;
  readonly skill: string;
  readonly tasksNeeding: string;
  readonly peopleShort: string;
  /** The note under the title: the sheet is FrontBack's and is rewritten. */
  readonly rewrittenNote: string;
}

/** The names of the sheets FrontBack adds, and those it reads when the owner made them. */
export interface SheetNames {
  readonly rules: string;
  readonly skills: string;
  /** More names of a skills matrix the owner made, besides `skills` in every language. */
  readonly skillsAliases: readonly string[];
  readonly summary: string;
  /** The task sheet of a workbook the CLI makes from a CSV. */
  readonly tasks: string;
}

/** Chart titles on the summary sheet. */
export interface ChartMessages {
  readonly shareOfTasks: string;
  readonly shareOfHours: string;
  readonly hoursPerEmployee: string;
  readonly topEmployees: (count: number) => string;
  readonly peopleShort: string;
  readonly tasksNeeding: string;
}

/** Why a run stopped before writing anything. */
export interface StopMessages {
  readonly protectedSheet: (sheet: string) => string;
  readonly protectedWorkbook: string;
  readonly emptySheet: (sheet: string) => string;
  readonly noTasks: (sheet: string) => string;
  readonly noEmployeeColumn: string;
  readonly headerTaken: (column: string, header: string) => string;
  readonly dataInTheWay: (address: string) => string;
  readonly noRoom: string;
  readonly rulesSheetBroken: (sheet: string, detail: string) => string;
}

/** What a run that went through says the owner may want to fix. */
export interface NoticeMessages {
  readonly notOurRules: (sheet: string) => string;
  readonly noDropDowns: string;
  readonly invalidOverrides: (count: number, example: string) => string;
  readonly skipped: (count: number) => string;
  readonly renamedSummary: (wanted: string, used: string) => string;
}

/** What column detection says when it cannot find the columns. */
export interface ColumnMessages {
  readonly noHeaderRow: string;
  readonly noTaskColumn: (seen: string) => string;
  readonly chosenMissing: (chosen: string, seen: string) => string;
  readonly chosenIsResult: (chosen: string) => string;
  /** A list of headers cut short: `"A", "B" and 3 more`. */
  readonly andMore: (listed: string, more: number) => string;
  readonly optionalMissing: (field: OptionalField, chosen: string) => string;
  readonly taskTaken: (field: OptionalField, chosen: string) => string;
}

/** The skills matrix, as FrontBack makes it and reads it. */
export interface MatrixMessages {
  /** The header of the employee column of a new skills sheet. */
  readonly employeeHeader: string;
  readonly problems: MatrixProblemMessages;
}

/** The Rules sheet's columns, as FrontBack writes them. */
export interface RuleSheetMessages {
  readonly headers: Readonly<
    Record<"id" | "side" | "phrases" | "weight" | "skills" | "counterpart", string>
  >;
  /** A yes in the Counterpart column. */
  readonly yes: string;
  /** What a row problem says after its row number. */
  readonly problems: RuleProblemMessages;
  /** A row problem as one sentence: "Row 3: the side must be ...". */
  readonly row: (row: number, detail: string) => string;
  /** Added to a row problem in a run that goes on without that row. */
  readonly rowIgnored: (problem: string) => string;
  /** Why FrontBack's own Rules sheet cannot be read when it has no cells at all. */
  readonly empty: string;
}

/** The task pane's own words; keys are also the `data-text` names in taskpane.html. */
export interface PaneMessages {
  readonly title: string;
  readonly introWhat: string;
  readonly introSkills: string;
  readonly taskLabel: string;
  readonly taskPlaceholder: string;
  readonly roleLabel: string;
  readonly rolePlaceholder: string;
  readonly classify: string;
  readonly confidence: string;
  readonly why: string;
  readonly skillsNeeded: string;
  readonly noSkills: string;
  readonly emptyTask: string;
  readonly errorIntro: string;
  readonly trySample: string;
  readonly sampleAdded: string;
  readonly sourceHeading: string;
  readonly refresh: string;
  readonly columnsHeading: string;
  readonly fieldTask: string;
  readonly fieldEmployee: string;
  readonly fieldRole: string;
  readonly fieldHours: string;
  readonly noColumn: string;
  readonly optionsHeading: string;
  readonly optionRules: string;
  readonly optionSkills: string;
  readonly optionSummary: string;
  readonly classifyTasks: string;
  readonly working: string;
  readonly resultHeading: string;
  readonly side: string;
  readonly tasks: string;
  readonly hours: string;
  readonly total: string;
  readonly gapsHeading: string;
  readonly noGaps: string;
  readonly openSummary: string;
  readonly notesHeading: string;
  readonly details: string;
  readonly dismiss: string;
  readonly tryOneHeading: string;
}

/** What the pane says about a sheet, a run in progress and a finished run. */
export interface RunViewMessages {
  readonly sheet: (name: string) => string;
  readonly table: (name: string) => string;
  readonly rows: (count: number, formatted: string) => string;
  readonly progress: Readonly<Record<"reading" | "writing" | "finishing", string>>;
  readonly progressOf: (done: string, all: string) => string;
  readonly peopleShort: (skill: string, count: number) => string;
  readonly classified: (count: number, formatted: string, sheet: string) => string;
  /** What the ribbon command says after a run. */
  readonly commandDone: (sheet: string, counts: string) => string;
}

/** The sample workbook of "Try it with sample data". */
export interface SampleMessages {
  readonly sheet: string;
  readonly headers: readonly [task: string, employee: string, role: string, hours: string];
  readonly tasks: readonly (readonly [
    task: string,
    employee: string,
    role: string,
    hours: number,
  ])[];
}

/** The demo page's own words, and the sheets of its workbooks besides the sample. */
export interface DemoMessages {
  readonly more: (count: number) => string;
  readonly sheets: string;
  readonly paneTitle: string;
  /** The name Excel gives the first sheet of a new workbook. */
  readonly blankSheet: string;
  readonly largeSheet: string;
  /** A sheet without a task column: a rota of who starts when. */
  readonly rota: {
    readonly sheet: string;
    readonly headers: readonly [name: string, day: string, start: string];
    readonly days: readonly [first: string, second: string];
  };
}

/**
 * Words FrontBack reads in tasks and headers, in this language, each list as words separated by
 * spaces (folded: lower case, no accents). Lists are combined over every language when loaded.
 */
export interface WordLists {
  /** Words that carry no signal and do not break a phrase: "answer the phone" = "answer phone". */
  readonly stopWords: string;
  /** Words that turn what follows around: "no customer contact", "zonder klantcontact". */
  readonly negations: string;
  /** Words that end a negation's reach: "no calls, but e-mail customers". */
  readonly clauseBreaks: string;
  /** Verbs of contacting or serving someone: the first thing named after one is who it is with. */
  readonly contactVerbs: string;
  /** Words that start examples: "prepare documents, such as invoices and claims". */
  readonly detailMarkers: string;
  /** Words that say what a contact is about: "advise clients about tax and payroll". */
  readonly topicMarkers: string;
  /** Words that name whom the work is done with: "overleg met leveranciers". */
  readonly withWords: string;
  /** Headers of the employee column of a skills matrix. */
  readonly employeeHeaders: string;
  /** Yes and no in a Rules sheet's Counterpart column. */
  readonly yes: string;
  readonly no: string;
  /** Articles and prepositions that do not change what a header names ("Naam van de medewerker"). */
  readonly headerFillers: string;
  /** Words that say over what period hours count ("Uren p/w"), ignored when naming the field. */
  readonly periodWords: string;
  /** Header words that say hours count per week, or per month. */
  readonly weekWords: string;
  readonly monthWords: string;
  /** Heads of compounds that keep the field of their first part: "medewerkersnaam", "taaktitel". */
  readonly compoundHeads: string;
  /**
   * How a header names each column FrontBack reads, as phrases. `strong` names count when a
   * header only contains them ("Task description (short)"); `generic` names ("Name", "Time")
   * only as the whole header; `tails` are compound heads that keep the field ("hoofdtaak").
   */
  readonly columnHeaders: Readonly<
    Record<
      ColumnField,
      {
        readonly strong: readonly string[];
        readonly generic: readonly string[];
        readonly tails: readonly string[];
      }
    >
  >;
  /** How a header names each column of a Rules sheet, as phrases. */
  readonly ruleHeaders: Readonly<
    Record<"id" | "side" | "phrases" | "weight" | "skills" | "counterpart", readonly string[]>
  >;
  /**
   * How an override cell may say each side ("Front office", "FO", "voorkant"), folded: a list of
   * phrases, since some are two words.
   */
  readonly overrides: Readonly<Record<Side, readonly string[]>>;
}

/** Everything FrontBack says or reads in one language. */
export interface Messages {
  /** The locale numbers are formatted in ("1,234.5" or "1.234,5"). */
  readonly locale: string;
  /** What Excel in this language splits a CSV file on: Dutch Excel reads semicolons. */
  readonly csvDelimiter: "," | ";";
  readonly officeTypes: Readonly<Record<OfficeType, string>>;
  readonly columns: Readonly<Record<ColumnKey, string>>;
  readonly skills: Readonly<Record<SkillId, string>>;
  /** Names of the proficiency levels 0-4 of the skills-matrix scale. */
  readonly levels: readonly [string, string, string, string, string];
  readonly why: WhyMessages;
  readonly gap: GapMessages;
  readonly summary: SummaryMessages;
  readonly sheets: SheetNames;
  readonly charts: ChartMessages;
  readonly skipped: Readonly<Record<SkipReason, string>>;
  readonly stops: StopMessages;
  readonly notices: NoticeMessages;
  readonly officeErrors: Readonly<Record<OfficeErrorKind, string>>;
  /** Added to an error when part of the results was already written. */
  readonly partlyWritten: string;
  readonly columnDetection: ColumnMessages;
  readonly matrix: MatrixMessages;
  readonly ruleSheet: RuleSheetMessages;
  readonly pane: PaneMessages;
  readonly runView: RunViewMessages;
  readonly sample: SampleMessages;
  readonly demo: DemoMessages;
  readonly words: WordLists;
}
