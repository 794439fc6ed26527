/** The text of `frontback --help`. */
export const USAGE = `Usage:
  frontback classify <tasks.csv|tasks.xlsx> [options]
  frontback rules [--lang en|nl] [--out rules.csv|rules.xlsx]
  frontback --help

frontback classify sorts every task into front office or back office, says why, lists the
skills it needs and, with --skills, what its employee lacks. It finds the task column by its
header (Task, Taak, ...) and, when present, Employee, Role, Hours and Override columns.
Without --out it writes CSV to standard output: your columns unchanged, then Office type,
Confidence, Why, Skills needed and Skill gap.

Options for classify:
  --out <file.csv|file.xlsx>  write to this file instead; .xlsx keeps the input workbook's
                              sheets and adds a summary sheet
  --skills <file>             skills matrix (.csv or .xlsx): an Employee column and one column
                              per skill, levels 0 (none) to 4 (expert)
  --rules <file>              rules file (.csv or .xlsx) from "frontback rules"; a rule replaces
                              the built-in rule with the same Id, new Ids are added
  --lang en|nl                language of the result headers, labels and summary (default en)
  --sheet <name>              worksheet with the tasks in an .xlsx file (default: the first)
  --task-column <header>      header of the task column, when it is not found by itself

Options for rules:
  --lang en|nl                language of the rules file (default en)
  --out <rules.csv|rules.xlsx>  write to this file instead of standard output

CSV is written as UTF-8 with CRLF line ends, separated by commas, or by semicolons when the
input was (and for "rules --lang nl"). A cell whose text starts with = + - or @ gets a leading '
so a spreadsheet shows it as text, not as a formula; this applies to your echoed columns too.
Output files are written whole or not at all; the input files are never changed.

Exit status: 0 done, 2 bad input (one line on stderr says what to fix), 1 unexpected error.
`;
