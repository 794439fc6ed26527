/**
 * What the adapter writes or says in the workbook's language: the Override header, the names of
 * the sheets it adds, chart titles, and the messages of the stops and notices of a run.
 */

import type { Language } from "../core/types";
import type { Texts } from "./errors";

/** Names of the Rules sheet, by language; either is read back. */
export const RULES_SHEET_NAMES: Readonly<Record<Language, string>> = { en: "Rules", nl: "Regels" };

/** Names of the skills sheet, by language; these and the longer forms are read back. */
export const SKILLS_SHEET_NAMES: Readonly<Record<Language, string>> = {
  en: "Skills",
  nl: "Vaardigheden",
};

/** Sheet names that hold a skills matrix when FrontBack did not make the sheet itself. */
export const SKILLS_SHEET_ALIASES: readonly string[] = [
  "Skills",
  "Skills matrix",
  "Vaardigheden",
  "Vaardighedenmatrix",
];

/** Chart titles on the summary sheet. */
export interface ChartWords {
  readonly shareOfTasks: string;
  readonly shareOfHours: string;
  readonly hoursPerEmployee: string;
  readonly topEmployees: (count: number) => string;
  readonly peopleShort: string;
  readonly tasksNeeding: string;
}

export const CHART_WORDS: Readonly<Record<Language, ChartWords>> = {
  en: {
    shareOfTasks: "Tasks: front office and back office",
    shareOfHours: "Hours: front office and back office",
    hoursPerEmployee: "Hours per employee, front and back office",
    topEmployees: (count) => `Hours per employee, front and back office (top ${count})`,
    peopleShort: "People short of each skill",
    tasksNeeding: "Tasks needing each skill",
  },
  nl: {
    shareOfTasks: "Taken: frontoffice en backoffice",
    shareOfHours: "Uren: frontoffice en backoffice",
    hoursPerEmployee: "Uren per medewerker, frontoffice en backoffice",
    topEmployees: (count) => `Uren per medewerker, frontoffice en backoffice (top ${count})`,
    peopleShort: "Mensen met een tekort per vaardigheid",
    tasksNeeding: "Taken per benodigde vaardigheid",
  },
};

/** Comments on the names FrontBack adds, shown in Excel's Name Manager. */
export const NAME_COMMENT =
  "FrontBack finds its own columns and sheets by this name. Keep it, or FrontBack treats them as yours.";

/** Why a task cell was skipped, for the Why column. */
export const SKIP_WORDS: Readonly<
  Record<Language, Readonly<Record<"number" | "boolean" | "error" | "other", string>>>
> = {
  en: {
    number: "Skipped: the task cell holds a number or date, not a task description",
    boolean: "Skipped: the task cell holds TRUE or FALSE, not a task description",
    error: "Skipped: the task cell shows an error",
    other: "Skipped: the task cell holds no text FrontBack can read",
  },
  nl: {
    number: "Overgeslagen: de taakcel bevat een getal of datum, geen taakomschrijving",
    boolean: "Overgeslagen: de taakcel bevat WAAR of ONWAAR, geen taakomschrijving",
    error: "Overgeslagen: de taakcel toont een fout",
    other: "Overgeslagen: de taakcel bevat geen tekst die FrontBack kan lezen",
  },
};

/** Messages of the expected stops, by situation. */
export const STOPS = {
  protectedSheet: (sheet: string): Texts => ({
    en: `The sheet "${sheet}" is protected, so FrontBack cannot write its results there. Unprotect it (Review > Unprotect Sheet), then run FrontBack again. Nothing was changed.`,
    nl: `Het blad "${sheet}" is beveiligd, dus FrontBack kan daar geen resultaten schrijven. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en start FrontBack opnieuw. Er is niets gewijzigd.`,
  }),
  protectedWorkbook: (): Texts => ({
    en: "The workbook's structure is protected, so FrontBack cannot add its sheet. Unprotect it (Review > Protect Workbook), then run FrontBack again. Nothing was changed.",
    nl: "De structuur van de werkmap is beveiligd, dus FrontBack kan zijn blad niet toevoegen. Hef de beveiliging op (Controleren > Werkmap beveiligen) en start FrontBack opnieuw. Er is niets gewijzigd.",
  }),
  emptySheet: (sheet: string): Texts => ({
    en: `The sheet "${sheet}" is empty. Put the column names in the first row, with "Task" (or "Taak") above the tasks, and one task per row below it.`,
    nl: `Het blad "${sheet}" is leeg. Zet de kolomnamen in de eerste rij, met "Taak" (of "Task") boven de taken, en daaronder één taak per rij.`,
  }),
  noTasks: (sheet: string): Texts => ({
    en: `The sheet "${sheet}" has a header row but no tasks under it yet. Add one task per row below the header, then run FrontBack again.`,
    nl: `Het blad "${sheet}" heeft een kopregel maar nog geen taken eronder. Zet onder de kopregel één taak per rij en start FrontBack opnieuw.`,
  }),
  noTaskColumn: (en: string, nl: string): Texts => ({ en, nl }),
  noEmployeeColumn: (): Texts => ({
    en: 'FrontBack found no employee column, so it cannot list the people for a skills sheet. Name the column with the names "Employee" (or "Medewerker"), or choose it.',
    nl: 'FrontBack vond geen medewerkerkolom, dus kan het geen mensen voor een vaardighedenblad opsommen. Noem de kolom met de namen "Medewerker" (of "Employee"), of kies hem.',
  }),
  headerTaken: (column: string, header: string): Texts => ({
    en: `Your column ${column} is headed "${header}", a name FrontBack uses for a column it writes. FrontBack does not write over your columns, so it stopped: rename that column (or delete it if an earlier FrontBack made it), then run FrontBack again. Nothing was changed.`,
    nl: `Uw kolom ${column} heet "${header}", een naam die FrontBack gebruikt voor een kolom die het zelf schrijft. FrontBack schrijft niet over uw kolommen heen, dus het is gestopt: geef die kolom een andere naam (of verwijder hem als een eerdere FrontBack hem maakte) en start FrontBack opnieuw. Er is niets gewijzigd.`,
  }),
  dataInTheWay: (address: string): Texts => ({
    en: `There is data right of your table (${address}). Adding FrontBack's columns to the table would shift those cells, so FrontBack stopped. Move them elsewhere, then run FrontBack again. Nothing was changed.`,
    nl: `Er staan gegevens rechts van uw tabel (${address}). Als FrontBack zijn kolommen aan de tabel toevoegt, schuiven die cellen op, dus FrontBack is gestopt. Verplaats ze en start FrontBack opnieuw. Er is niets gewijzigd.`,
  }),
  noRoom: (): Texts => ({
    en: "There is no room right of your data for FrontBack's columns: the sheet's last column is in use. Move your data left, then run FrontBack again. Nothing was changed.",
    nl: "Rechts van uw gegevens is geen ruimte voor de kolommen van FrontBack: de laatste kolom van het blad is in gebruik. Verplaats uw gegevens naar links en start FrontBack opnieuw. Er is niets gewijzigd.",
  }),
  rulesSheetBroken: (sheet: string, detail: string): Texts => ({
    en: `FrontBack's rules sheet "${sheet}" cannot be read: ${detail} Fix its first row, or delete the sheet to use the built-in rules. Nothing was changed.`,
    nl: `Het regelsblad "${sheet}" van FrontBack is niet te lezen: ${detail} Herstel de eerste rij, of verwijder het blad om de ingebouwde regels te gebruiken. Er is niets gewijzigd.`,
  }),
} as const;

/** Notices of a run that went through: things the owner may want to fix. */
export const NOTICES = {
  notOurRules: (sheet: string): Texts => ({
    en: `The sheet "${sheet}" is not a FrontBack rules sheet (no Side and Phrases columns), so the built-in rules were used.`,
    nl: `Het blad "${sheet}" is geen regelsblad van FrontBack (geen kolommen Kant en Zinnen), dus de ingebouwde regels zijn gebruikt.`,
  }),
  noDropDowns: (): Texts => ({
    en: "This Excel cannot add drop-down lists (it needs Excel 2019 or Microsoft 365), so the cells have none; typing the values works the same.",
    nl: "Deze Excel kan geen keuzelijsten toevoegen (daarvoor is Excel 2019 of Microsoft 365 nodig), dus de cellen hebben er geen; de waarden intypen werkt hetzelfde.",
  }),
  invalidOverrides: (count: number, example: string): Texts => ({
    en: `${count} override cell(s) were not understood (for example "${example}"), so the task's words decided; write Front office or Back office, or leave the cell empty.`,
    nl: `${count} handmatige cel(len) werden niet begrepen (bijvoorbeeld "${example}"), dus de woorden van de taak beslisten; schrijf Frontoffice of Backoffice, of laat de cel leeg.`,
  }),
  skipped: (count: number): Texts => ({
    en: `${count} task cell(s) hold no text (a number, date, TRUE/FALSE or an error) and were skipped; the Why column says which.`,
    nl: `${count} taakcel(len) bevatten geen tekst (een getal, datum, WAAR/ONWAAR of een fout) en zijn overgeslagen; de kolom Waarom zegt welke.`,
  }),
  renamedSummary: (wanted: string, used: string): Texts => ({
    en: `A sheet named "${wanted}" is not FrontBack's, so the summary went to "${used}".`,
    nl: `Een blad met de naam "${wanted}" is niet van FrontBack, dus het overzicht staat op "${used}".`,
  }),
} as const;
