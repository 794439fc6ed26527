/**
 * Every word the task pane shows, in English and Dutch. Words that also appear in the workbook
 * (office types, skill names, the Why text) come from the core, so pane and sheet read alike;
 * the words of an error, which the ribbon command shows too, from shared/error-view.ts.
 */

import type { Language, Level } from "../core/types";

/** The pane's own words; keys are also the `data-text` names in taskpane.html. */
export interface PaneStrings {
  readonly title: string;
  readonly introWhat: string;
  readonly introSkills: string;
  readonly tryHeading: string;
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
  /** Names of the proficiency levels 0-4 of the skills-matrix scale. */
  readonly levels: Readonly<Record<Level, string>>;
}

/** The pane's words by language. */
export const PANE_STRINGS: Readonly<Record<Language, PaneStrings>> = {
  en: {
    title: "FrontBack",
    introWhat: "FrontBack sorts your team's tasks into front office and back office, and says why.",
    introSkills: "It also lists the skills each task needs, so you can see whom to train or hire.",
    tryHeading: "Try a task",
    taskLabel: "Task",
    taskPlaceholder: "e.g. Answer customer questions at the counter",
    roleLabel: "Role (optional)",
    rolePlaceholder: "e.g. Receptionist",
    classify: "Classify",
    confidence: "Confidence",
    why: "Why",
    skillsNeeded: "Skills needed",
    noSkills: "No particular skills found for this task.",
    emptyTask: "Type a task first, then press Classify.",
    levels: { 0: "none", 1: "basic", 2: "working", 3: "good", 4: "expert" },
    trySample: "Try it with sample data",
    sampleAdded: "Sample sheets added. Press Classify tasks to see FrontBack at work.",
    sourceHeading: "What FrontBack reads",
    refresh: "Read the sheet again",
    columnsHeading: "Columns",
    fieldTask: "Task",
    fieldEmployee: "Employee",
    fieldRole: "Role or job title",
    fieldHours: "Hours",
    noColumn: "(none)",
    optionsHeading: "Options",
    optionRules:
      "Add a Rules sheet with the built-in rules, to edit (a Rules sheet in the workbook is always used)",
    optionSkills: "Create the skills matrix for the employees found",
    optionSummary: "Create the summary sheet with charts",
    classifyTasks: "Classify tasks",
    working: "Working…",
    resultHeading: "Result",
    side: "Side",
    tasks: "Tasks",
    hours: "Hours",
    total: "Total",
    gapsHeading: "Largest skill gaps",
    noGaps:
      "No skill gaps found. FrontBack compares the tasks with a skills sheet, when the workbook has one.",
    openSummary: "Open the summary sheet",
    notesHeading: "Worth a look",
    details: "Technical details",
    dismiss: "Dismiss",
    tryOneHeading: "Try a single task",
  },
  nl: {
    title: "FrontBack",
    introWhat:
      "FrontBack deelt de taken van uw team in als frontoffice of backoffice, en zegt waarom.",
    introSkills:
      "Het toont ook welke vaardigheden elke taak vraagt, zodat u ziet wie u moet opleiden of aannemen.",
    tryHeading: "Probeer een taak",
    taskLabel: "Taak",
    taskPlaceholder: "bijv. Vragen van klanten aan de balie beantwoorden",
    roleLabel: "Functie (niet verplicht)",
    rolePlaceholder: "bijv. Receptionist",
    classify: "Indelen",
    confidence: "Zekerheid",
    why: "Waarom",
    skillsNeeded: "Benodigde vaardigheden",
    noSkills: "Geen bijzondere vaardigheden gevonden voor deze taak.",
    emptyTask: "Typ eerst een taak en kies dan Indelen.",
    levels: { 0: "geen", 1: "basis", 2: "werkniveau", 3: "goed", 4: "expert" },
    trySample: "Probeer het met voorbeeldgegevens",
    sampleAdded:
      "Voorbeeldbladen toegevoegd. Kies Taken indelen om FrontBack aan het werk te zien.",
    sourceHeading: "Wat FrontBack leest",
    refresh: "Blad opnieuw lezen",
    columnsHeading: "Kolommen",
    fieldTask: "Taak",
    fieldEmployee: "Medewerker",
    fieldRole: "Functie",
    fieldHours: "Uren",
    noColumn: "(geen)",
    optionsHeading: "Opties",
    optionRules:
      "Een regelsblad met de ingebouwde regels toevoegen, om aan te passen (een regelsblad in de werkmap wordt altijd gebruikt)",
    optionSkills: "De vaardighedenmatrix maken voor de gevonden medewerkers",
    optionSummary: "Het overzichtsblad met grafieken maken",
    classifyTasks: "Taken indelen",
    working: "Bezig…",
    resultHeading: "Resultaat",
    side: "Kant",
    tasks: "Taken",
    hours: "Uren",
    total: "Totaal",
    gapsHeading: "Grootste tekorten aan vaardigheden",
    noGaps:
      "Geen tekorten gevonden. FrontBack vergelijkt de taken met een vaardighedenblad, als de werkmap er een heeft.",
    openSummary: "Overzichtsblad openen",
    notesHeading: "Het bekijken waard",
    details: "Technische details",
    dismiss: "Sluiten",
    tryOneHeading: "Probeer één taak",
  },
};
