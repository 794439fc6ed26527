/** Everything FrontBack says, writes and reads in English. */

import type { Messages } from "./messages";

const SKILL_EXAMPLE = "use a skill's name or id, e.g. Patience / Geduld / patience";

const FIELD_WORDS = { employee: "employee", role: "role", hours: "hours", override: "override" };

const SKILLS: Messages["skills"] = {
  interpersonal: "Interpersonal skills",
  clarity: "Clear communication",
  listening: "Active listening",
  friendliness: "Friendly manner",
  patience: "Patience",
  questioning: "Questioning techniques",
  conflict: "Conflict handling",
  "basic-computer": "Basic computer skills",
  correspondence: "Oral and written communication",
  numeracy: "Working with numbers",
  organising: "Organising",
  filing: "Accurate, on-time filing",
  "office-software": "Office and accounting software",
  "advanced-it": "Advanced IT (networks, systems)",
};

export const en: Messages = {
  locale: "en-US",
  csvDelimiter: ",",
  officeTypes: { front: "Front office", back: "Back office", unclear: "Unclear" },
  columns: {
    officeType: "Office type",
    confidence: "Confidence",
    why: "Why",
    skills: "Skills needed",
    gap: "Skill gap",
    override: "Override",
  },
  skills: SKILLS,

  levels: ["none", "basic", "working", "good", "expert"],
  why: {
    override: "Override",
    sides: { front: "Front", back: "Back" },
    negated: "negated",
    role: "role",
    learned: "learned",
    noReasons: "No front- or back-office words found",
    cancelOut: " — signals cancel out",
    invalidOverride: (value) =>
      `Override "${value}" not understood: write Front office or Back office`,
  },
  gap: {
    needs: "needs",
    has: "has",
    notRated: "Not rated",
    none: "None",
    notInMatrix: "Not in skills matrix",
  },
  summary: {
    title: "FrontBack summary",
    officeType: "Office type",
    tasks: "Tasks",
    hours: { none: "Hours", week: "Hours per week", month: "Hours per month" },
    total: "Total",
    employee: "Employee",
    hoursOn: (side) => `${side} hours`,
    largestGaps: "Largest skill gaps",
    skill: "Skill",
    tasksNeeding: "Tasks needing it",
    peopleShort: "People short",
    rewrittenNote:
      "FrontBack rewrites this sheet each time it runs; keep your own notes on another sheet.",
  },
  sheets: {
    rules: "Rules",
    skills: "Skills",
    skillsAliases: ["Skills matrix"],
    summary: "FrontBack summary",
    tasks: "Tasks",
  },
  charts: {
    shareOfTasks: "Tasks: front office and back office",
    shareOfHours: "Hours: front office and back office",
    hoursPerEmployee: "Hours per employee, front and back office",
    topEmployees: (count) => `Hours per employee, front and back office (top ${count})`,
    peopleShort: "People short of each skill",
    tasksNeeding: "Tasks needing each skill",
  },
  skipped: {
    number: "Skipped: the task cell holds a number or date, not a task description",
    boolean: "Skipped: the task cell holds TRUE or FALSE, not a task description",
    error: "Skipped: the task cell shows an error",
    other: "Skipped: the task cell holds no text FrontBack can read",
  },
  stops: {
    protectedSheet: (sheet) =>
      `The sheet "${sheet}" is protected, so FrontBack cannot write its results there. Unprotect it (Review > Unprotect Sheet), then run FrontBack again. Nothing was changed.`,
    protectedWorkbook:
      "The workbook's structure is protected, so FrontBack cannot add its sheet. Unprotect it (Review > Protect Workbook), then run FrontBack again. Nothing was changed.",
    emptySheet: (sheet) =>
      `The sheet "${sheet}" is empty. Put the column names in the first row, with "Task" (or "Taak") above the tasks, and one task per row below it.`,
    noTasks: (sheet) =>
      `The sheet "${sheet}" has a header row but no tasks under it yet. Add one task per row below the header, then run FrontBack again.`,
    noEmployeeColumn:
      'FrontBack found no employee column, so it cannot list the people for a skills sheet. Name the column with the names "Employee" (or "Medewerker"), or choose it.',
    headerTaken: (column, header) =>
      `Your column ${column} is headed "${header}", a name FrontBack uses for a column it writes. FrontBack does not write over your columns, so it stopped: rename that column (or delete it if an earlier FrontBack made it), then run FrontBack again. Nothing was changed.`,
    dataInTheWay: (address) =>
      `There is data right of your table (${address}). Adding FrontBack's columns to the table would shift those cells, so FrontBack stopped. Move them elsewhere, then run FrontBack again. Nothing was changed.`,
    noRoom:
      "There is no room right of your data for FrontBack's columns: the sheet's last column is in use. Move your data left, then run FrontBack again. Nothing was changed.",
    rulesSheetBroken: (sheet, detail) =>
      `FrontBack's rules sheet "${sheet}" cannot be read: ${detail} Fix its first row, or delete the sheet to use the built-in rules. Nothing was changed.`,
  },
  notices: {
    notOurRules: (sheet) =>
      `The sheet "${sheet}" is not a FrontBack rules sheet (no Side and Phrases columns), so the built-in rules were used.`,
    noDropDowns:
      "This Excel cannot add drop-down lists (it needs Excel 2019 or Microsoft 365), so the cells have none; typing the values works the same.",
    invalidOverrides: (count, example) =>
      `${count} override cell(s) were not understood (for example "${example}"), so the task's words decided; write Front office or Back office, or leave the cell empty.`,
    skipped: (count) =>
      `${count} task cell(s) hold no text (a number, date, TRUE/FALSE or an error) and were skipped; the Why column says which.`,
    renamedSummary: (wanted, used) =>
      `A sheet named "${wanted}" is not FrontBack's, so the summary went to "${used}".`,
  },
  officeErrors: {
    cellEditMode:
      "Excel is busy editing a cell. Press Enter or Esc to finish editing, then run FrontBack again.",
    accessDenied:
      "Excel did not allow the change: the sheet or workbook may be protected or opened read-only. Unprotect it (Review > Unprotect Sheet) or open an editable copy, then run FrontBack again.",
    notFound:
      "A sheet, table or name FrontBack was working with disappeared while it ran (deleted or renamed). Run FrontBack again.",
    rejected:
      "Excel refused what FrontBack tried to write there, often because of merged cells, a filter or a table in the way. Unmerge those cells or clear the filter, then run FrontBack again.",
    tooLarge:
      "The sheet is too large for Excel to pass in one go (Excel on the web limits each exchange to 5 MB). Try Excel on the desktop, or split the tasks over two sheets.",
    unsupported:
      "This version of Excel lacks something FrontBack needs. FrontBack works in Excel 2016 or later, Microsoft 365 and Excel on the web: update Excel and try again.",
    unexpected:
      "Something unexpected went wrong, so FrontBack stopped. Your own cells are as you left them. Try again; if it happens again, send the technical details below to whoever supports FrontBack.",
  },
  partlyWritten:
    "FrontBack had written part of its results when this happened, so some rows may show results from an earlier run; running it again finishes the job.",
  columnDetection: {
    noHeaderRow:
      'The sheet has no header row. Put the column names in the first row, with "Task" (or "Taak") above the tasks.',
    noTaskColumn: (seen) =>
      `No task column found. Headers seen: ${seen}. Name the column with the tasks "Task" (or "Taak"), or choose it.`,
    chosenMissing: (chosen, seen) =>
      `The chosen task column "${chosen}" is not in the header row. Headers seen: ${seen}. Choose one of these, or rename the column.`,
    chosenIsResult: (chosen) =>
      `"${chosen}" is a column FrontBack writes itself, so it cannot hold the tasks. Choose the column with the tasks.`,
    andMore: (listed, more) => `${listed} and ${more} more`,
    optionalMissing: (field, chosen) =>
      `The chosen ${FIELD_WORDS[field]} column "${chosen}" is not in the header row. Choose another column, or none.`,
    taskTaken: (field, chosen) =>
      `"${chosen}" is already the task column, so it cannot also be the ${FIELD_WORDS[field]} column. Choose another column.`,
  },
  matrix: {
    employeeHeader: "Employee",
    problems: {
      "empty-sheet": () =>
        "The skills sheet is empty: put Employee and the skill names in row 1, then one row per employee with levels from 0 (none) to 4 (expert).",
      "empty-header": () =>
        "Row 1 of the skills sheet is empty: put Employee and the skill names in row 1, above the levels.",
      "no-employee-column": () =>
        "No employee column found: add a column headed Employee (or Medewerker) with each person's name.",
      "unknown-skill-column": ({ label }) =>
        `Column "${label}" is not a known skill: ${SKILL_EXAMPLE}`,
      "second-skill-column": ({ label, skill, first }) =>
        `Column "${label}" is a second column for ${SKILLS[skill]} (the first is "${first}"): only the first is used, so merge them into one column.`,
      "no-skill-columns": () =>
        `No skill columns found in row 1: head each column with a skill; ${SKILL_EXAMPLE}.`,
      "no-name": ({ row, nameHeader }) =>
        `Row ${row} has no employee name: type the name in column "${nameHeader}", or delete the row.`,
      "repeated-employee": ({ row, name, firstRow }) =>
        `Row ${row}: ${name} is already on row ${firstRow}, so this row is not used. Keep one row per employee.`,
      "bad-level": ({ row, label, cell }) =>
        `Row ${row}, column "${label}": ${cell ?? "This value"} is not a level; use a whole number from 0 (none) to 4 (expert), or leave the cell empty if it is not rated.`,
      "unnamed-column": ({ letter }) =>
        `Column ${letter} has levels but no header, so it is not used: type the skill in row 1; ${SKILL_EXAMPLE}.`,
      "no-employees": () =>
        "The skills sheet has no employees yet: add one row per employee below row 1.",
    },
  },
  ruleSheet: {
    headers: {
      id: "Id",
      side: "Side",
      phrases: "Phrases",
      weight: "Weight",
      skills: "Skills",
      counterpart: "Counterpart",
    },
    yes: "yes",
    problems: {
      "no-header": ({ seen }) =>
        `The first row must name the rule columns Side and Phrases (Kant, Zinnen); optional: Id, Weight, Skills, Counterpart. Headers seen: ${seen.join(", ") || "none"}.`,
      "learned-id": ({ id }) =>
        `the id "${id}" is kept for the learned words in the Why column; give the rule another id`,
      "bad-side": ({ value }) =>
        `the side must be Front office or Back office (or front / back), not "${value}"`,
      "no-phrases": () => "it has no phrases: write one or more, separated by ;",
      "empty-phrase": () => "phrase the phrase is empty",
      "misplaced-star": ({ part }) =>
        `phrase "${part}": a * may only stand at the start or end of a word`,
      "no-letters": ({ part }) => `phrase "${part}" has no letters or digits`,
      "bad-weight": ({ value, max }) =>
        `the weight must be a number from 0 to ${max}, not "${value}"`,
      "unknown-skill": ({ name }) =>
        `"${name}" is not a skill of the catalogue (use an id such as conflict or a label such as Patience / Geduld)`,
      "bad-level": ({ name, value }) =>
        `the level of "${name}" must be a whole number from 0 to 4, not "${value}"`,
      "bad-counterpart": ({ value }) => `counterpart must be yes or no (ja / nee), not "${value}"`,
      "duplicate-id": ({ id }) => `the id "${id}" is used twice; give each rule its own id`,
    },
    row: (row, detail) => `Row ${row}: ${detail}.`,
    rowIgnored: (problem) => `${problem} This row is ignored.`,
    empty: "it is empty.",
  },
  pane: {
    title: "FrontBack",
    introWhat: "FrontBack sorts your team's tasks into front office and back office, and says why.",
    introSkills: "It also lists the skills each task needs, so you can see whom to train or hire.",
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
    errorIntro:
      "Something went wrong. Close and reopen FrontBack; if it happens again, pass on this message:",
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
  runView: {
    sheet: (name) => `Sheet "${name}"`,
    table: (name) => `table "${name}"`,
    rows: (count, formatted) => `${formatted} ${count === 1 ? "row" : "rows"}`,
    progress: { reading: "Reading tasks", writing: "Writing results", finishing: "Done" },
    progressOf: (done, all) => `${done} of ${all} rows`,
    peopleShort: (skill, count) => `${skill}: ${count} ${count === 1 ? "person" : "people"} short`,
    classified: (count, formatted, sheet) =>
      `${formatted} ${count === 1 ? "task" : "tasks"} classified on sheet "${sheet}".`,
    commandDone: (sheet, counts) => `FrontBack classified the tasks on "${sheet}": ${counts}.`,
  },
  sample: {
    sheet: "Sample tasks",
    headers: ["Task", "Employee", "Role", "Hours per week"],
    tasks: [
      [
        "Welcome customers at the counter and answer their questions",
        "Anna",
        "Sales assistant",
        12,
      ],
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
  },
  demo: {
    more: (count) => `… and ${count.toLocaleString("en-US")} more rows`,
    sheets: "Sheets",
    paneTitle: "FrontBack task pane",
    blankSheet: "Sheet1",
    largeSheet: "All tasks",
    rota: { sheet: "Rota", headers: ["Name", "Day", "Start"], days: ["Monday", "Tuesday"] },
  },
  words: {
    stopWords:
      "a an the this that these those its their our your his her my to for of from with about " +
      "at on in into by as s",
    negations: "no not without never non none",
    clauseBreaks: "and or but plus then",
    contactVerbs:
      "call calls calling called phone phones phoning phoned email emails emailing emailed e " +
      "mail mails mailing contact contacts contacting contacted write writes writing reply " +
      "replies answer answers answering inform informs informing informed explain explains " +
      "explaining explained advise advises advising advised recommend recommends help helps " +
      "helping assist assists assisting guide guides guiding meet meets meeting interview " +
      "interviews interviewing serve serves serving greet greets greeting visit visits " +
      "visiting tell tells ask asks asking show shows showing quote quotes quoting consult " +
      "consults consulting counsel counsels counseling counselling negotiate negotiates " +
      "negotiating confer confers conferring notify notifies notifying instruct instructs " +
      "instructing talk talks talking speak speaks speaking communicate communicates " +
      "communicating correspond corresponds corresponding liaise liaises liaising refer refers " +
      "referring support supports supporting walk walks walking ring rings ringing rang chase " +
      "chases chasing",
    detailMarkers: "such including includes eg",
    topicMarkers: "about regarding concerning re",
    withWords: "with w from",
    employeeHeaders: "employee employees name names staff person",
    yes: "yes y true",
    no: "no n false",
    headerFillers: "the a an of",
    periodWords: "per p w m pw pm in week weeks weekly wk month months monthly mo",
    weekWords: "week weeks weekly wk pw",
    monthWords: "month months monthly mo pm",
    compoundHeads: "",
    columnHeaders: {
      task: {
        strong: [
          "task",
          "tasks",
          "task description",
          "task name",
          "task title",
          "task details",
          "activity",
          "activities",
          "to do",
          "to dos",
          "duty",
          "duties",
          "responsibilities",
          "work item",
        ],
        generic: ["description", "title", "subject", "item", "what", "work", "action"],
        tails: [],
      },
      employee: {
        strong: [
          "employee",
          "employees",
          "employee name",
          "staff",
          "staff member",
          "team member",
          "worker",
          "colleague",
          "assigned to",
          "assignee",
          "owner",
          "task owner",
          "done by",
          "performed by",
          "carried out by",
          "responsible",
          "responsible person",
        ],
        generic: ["name", "full name", "who", "by", "person", "member"],
        tails: [],
      },
      role: {
        strong: [
          "role",
          "roles",
          "job title",
          "job role",
          "job function",
          "job position",
          "position",
          "function",
          "occupation",
        ],
        // "Title" alone is more often a task title (Planner, To Do exports) than a job title.
        generic: ["job"],
        tails: [],
      },
      hours: {
        strong: ["hours", "hour", "hrs", "hr", "number of hours", "time spent"],
        generic: ["time", "duration", "h"],
        tails: [],
      },
      override: {
        strong: [
          "override",
          "overrides",
          "manual override",
          "manual",
          "correction",
          "overrule",
          "overruled",
          "forced",
        ],
        generic: ["choice", "own choice"],
        tails: [],
      },
    },
    ruleHeaders: {
      id: ["id", "rule", "name"],
      side: ["side", "office", "office type", "officetype"],
      phrases: ["phrases", "phrase", "words", "keywords"],
      weight: ["weight"],
      skills: ["skills"],
      counterpart: ["counterpart"],
    },
    overrides: {
      front: ["front office", "frontoffice", "front", "fo", "f"],
      back: ["back office", "backoffice", "back", "bo", "b"],
    },
  },
};
