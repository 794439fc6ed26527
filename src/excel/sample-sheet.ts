/**
 * "Try it with sample data": a small task sheet for a made-up shop, in the owner's language, with
 * employees, roles and hours, and a skills matrix for those employees, so a first-time owner
 * sees FrontBack work before pointing it at their own sheet. One Excel.run, two round trips (a
 * look, then the writes); also `activateSheet`, the pane's link to a sheet FrontBack wrote.
 */

import { SKILL_CATALOGUE, skillLabel } from "../core/skills";
import type { Language, SkillId } from "../core/types";
import { stop } from "./errors";
import type { FrontBackError } from "./errors";
import type { ExcelHost } from "./excel-api";
import { freeSheetName } from "./other-sheets";
import { withLook } from "./sheet-action";
import { cellValue } from "./text-values";
import { SKILLS_SHEET_ALIASES, SKILLS_SHEET_NAMES, STOPS } from "./words";

/** The sample's cells: the task sheet and the skills matrix, header rows first. */
export interface SampleData {
  readonly taskSheet: string;
  readonly tasks: readonly (readonly (string | number)[])[];
  readonly skillsSheet: string;
  readonly skills: readonly (readonly (string | number)[])[];
}

type Row = readonly [task: string, employee: string, role: string, hours: number];

const TASKS: Readonly<Record<Language, readonly Row[]>> = {
  en: [
    ["Welcome customers at the counter and answer their questions", "Anna", "Sales assistant", 12],
    ["Handle customer complaints by phone and e-mail", "Anna", "Sales assistant", 4],
    ["Advise customers on which product fits their needs", "Ben", "Sales assistant", 10],
    ["Run the cash register and take payments", "Ben", "Sales assistant", 8],
    ["Process supplier invoices in the accounting system", "Carla", "Office manager", 6],
    ["Prepare the monthly payroll", "Carla", "Office manager", 4],
    ["File employment contracts and keep staff records up to date", "Carla", "Office manager", 3],
    ["Order stock from suppliers", "Dev", "Shop manager", 5],
    ["Maintain the shop's network and back up the server", "Dev", "Shop manager", 2],
    ["Post offers on social media and reply to customer messages", "Dev", "Shop manager", 3],
    ["Prepare the VAT return for the accountant", "Carla", "Office manager", 2],
    ["Clean the storeroom", "Ben", "Sales assistant", 2],
  ],
  nl: [
    ["Klanten aan de balie ontvangen en hun vragen beantwoorden", "Anna", "Verkoopmedewerker", 12],
    ["Klachten van klanten telefonisch en per e-mail afhandelen", "Anna", "Verkoopmedewerker", 4],
    ["Klanten adviseren welk product bij hen past", "Ben", "Verkoopmedewerker", 10],
    ["De kassa bedienen en betalingen aannemen", "Ben", "Verkoopmedewerker", 8],
    ["Inkoopfacturen van leveranciers verwerken in de boekhouding", "Carla", "Officemanager", 6],
    ["De maandelijkse salarisadministratie voorbereiden", "Carla", "Officemanager", 4],
    [
      "Arbeidscontracten archiveren en het personeelsdossier bijhouden",
      "Carla",
      "Officemanager",
      3,
    ],
    ["Voorraad bestellen bij leveranciers", "Dev", "Filiaalmanager", 5],
    ["Het netwerk van de winkel beheren en de server back-uppen", "Dev", "Filiaalmanager", 2],
    [
      "Aanbiedingen op sociale media zetten en berichten van klanten beantwoorden",
      "Dev",
      "Filiaalmanager",
      3,
    ],
    ["De btw-aangifte voorbereiden voor de accountant", "Carla", "Officemanager", 2],
    ["Het magazijn schoonmaken", "Ben", "Verkoopmedewerker", 2],
  ],
};

const HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: ["Task", "Employee", "Role", "Hours per week"],
  nl: ["Taak", "Medewerker", "Functie", "Uren per week"],
};

const SHEET_NAMES: Readonly<Record<Language, string>> = {
  en: "Sample tasks",
  nl: "Voorbeeldtaken",
};

/** Levels 0-4 per employee; skills not listed are 1 (basic). Chosen to show a few real gaps. */
const LEVELS: Readonly<Record<string, Partial<Record<SkillId, number>>>> = {
  Anna: { interpersonal: 4, clarity: 3, listening: 3, friendliness: 4, patience: 2, conflict: 1 },
  Ben: { interpersonal: 3, clarity: 2, listening: 2, friendliness: 3, patience: 3, numeracy: 2 },
  Carla: { correspondence: 3, numeracy: 4, organising: 3, filing: 2, "office-software": 3 },
  Dev: { correspondence: 2, organising: 2, "advanced-it": 1, interpersonal: 2, clarity: 2 },
};

/** The sample's cells in the given language. Pure, so the pane's tests and the demo can use it. */
export function sampleData(lang: Language): SampleData {
  const tasks = [HEADERS[lang], ...TASKS[lang]];
  const employees = Object.keys(LEVELS);
  const skills = [
    [
      lang === "nl" ? "Medewerker" : "Employee",
      ...SKILL_CATALOGUE.map((d) => skillLabel(d.id, lang)),
    ],
    ...employees.map((name) => [name, ...SKILL_CATALOGUE.map((d) => LEVELS[name][d.id] ?? 1)]),
  ];
  return { taskSheet: SHEET_NAMES[lang], tasks, skillsSheet: SKILLS_SHEET_NAMES[lang], skills };
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
    if (look.workbookProtected) throw stop("protected-workbook", STOPS.protectedWorkbook());
    const data = sampleData(lang);
    const lower = new Set(look.sheetNames.map((name) => name.toLowerCase()));
    const hasSkills = SKILLS_SHEET_ALIASES.some((alias) => lower.has(alias.toLowerCase()));
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
