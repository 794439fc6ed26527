/**
 * Measures the built-in rules on labelled tasks: a CSV with columns id, text, lang, label, source
 * (such as ../shared/benchmark/external-tasks.csv), or an owner's task list with a label column,
 * or a folder of such CSVs (test/fixtures/owner-lists):
 *
 *   npm run eval -- <labelled.csv|folder> [--split report|tune|all] [--errors N] [--json]
 *
 * Rows with ids are split in two halves by id (eval-metrics.ts); the default `report` half is
 * the one nobody tunes rules on. Files without an id column are measured whole. The benchmark's
 * occupation column is context, not a role: feeding it in would leak the answer; an owner's
 * Role column is used as the add-in uses it. Always exits 0 once the files are read: low
 * accuracy is a finding, not a failure.
 */

import { readFileSync } from "fs";
import { basename } from "path";

import { parseCsv } from "../src/csv/csv";
import { createClassifier } from "../src/core/classifier/classifier";
import { formatWhy } from "../src/core/format";
import { BUILTIN_RULES } from "../src/core/rules/builtin";
import type { Decision } from "../src/core/types";
import { csvFilesOf } from "./csv-files";
import { computeMetrics, formatMetrics, inSplit, readLabelledRows } from "./eval-metrics";
import type { EvalMetrics, LabelledRow, Outcome, Split } from "./eval-metrics";

const USAGE =
  "Usage: npm run eval -- <labelled.csv|folder> [--split report|tune|all] [--errors N] [--json]";

interface EvalArgs {
  readonly file: string;
  readonly split: Split;
  readonly errors: number;
  readonly json: boolean;
}

function parseArgs(argv: readonly string[]): EvalArgs | string {
  let file: string | undefined;
  let split: Split = "report";
  let errors = 0;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--split") {
      const value = argv[++i];
      if (value !== "report" && value !== "tune" && value !== "all") {
        return `--split takes report, tune or all, not "${value ?? ""}".`;
      }
      split = value;
    } else if (arg === "--errors") {
      errors = Number(argv[++i]);
      if (!Number.isInteger(errors) || errors < 0) return "--errors takes a whole number.";
    } else if (arg.startsWith("--")) return `Unknown option ${arg}.`;
    else if (file === undefined) file = arg;
    else return `Only one file, please: "${file}" and "${arg}".`;
  }
  return file === undefined ? "Which labelled CSV?" : { file, split, errors, json };
}

/** A misclassified row as the report lists it. */
interface Miss {
  readonly id: string;
  readonly label: string;
  readonly got: string;
  readonly text: string;
  readonly why: string;
}

interface EvalReport {
  readonly file: string;
  readonly split: Split;
  readonly counts: {
    readonly read: number;
    readonly skipped: number;
    readonly unscored: number;
    readonly measured: number;
  };
  readonly metrics: EvalMetrics;
  readonly problems: readonly string[];
  readonly misses: readonly Miss[];
}

/** A file name such as nl-bakery.csv says its language. */
function langOfFileName(file: string): string | undefined {
  const match = /^(en|nl)[-_]/i.exec(basename(file));
  return match ? match[1].toLowerCase() : undefined;
}

function evaluate(args: EvalArgs, files: readonly { name: string; text: string }[]): EvalReport {
  const rows: LabelledRow[] = [];
  const problems: string[] = [];
  let read = 0;
  let unscored = 0;
  for (const file of files) {
    const labelled = readLabelledRows(parseCsv(file.text).rows, {
      source: basename(file.name),
      ...(langOfFileName(file.name) ? { lang: langOfFileName(file.name) } : {}),
    });
    read += labelled.rows.length;
    unscored += labelled.unscored;
    problems.push(...labelled.problems.map((p) => `${basename(file.name)}: ${p}`));
    rows.push(...labelled.rows.filter((row) => !labelled.hasIds || inSplit(row.id, args.split)));
  }
  const classifier = createClassifier(BUILTIN_RULES);
  const measured = rows;
  const decisions: Decision[] = measured.map((row) =>
    classifier.classify({ text: row.text, ...(row.role === undefined ? {} : { role: row.role }) })
  );
  const outcomes: Outcome[] = measured.map((row, i) => ({
    row,
    got: decisions[i].officeType,
    confidence: decisions[i].confidence,
  }));
  const misses: Miss[] = [];
  for (let i = 0; i < outcomes.length && misses.length < args.errors; i++) {
    const { row, got } = outcomes[i];
    if (got === row.label) continue;
    misses.push({
      id: row.id,
      label: row.label,
      got,
      text: row.text,
      why: formatWhy(decisions[i], "en"),
    });
  }
  return {
    file: args.file,
    split: args.split,
    counts: { read, skipped: problems.length, unscored, measured: measured.length },
    metrics: computeMetrics(outcomes),
    problems,
    misses,
  };
}

function formatReport(report: EvalReport): string {
  const { counts } = report;
  const lines = [
    `FrontBack eval: ${basename(report.file)}, split "${report.split}": ` +
      `${counts.measured} of ${counts.read} labelled rows` +
      (counts.skipped > 0 ? ` (${counts.skipped} unreadable rows skipped)` : "") +
      (counts.unscored > 0
        ? `; ${counts.unscored} rows labelled neither front nor back not scored`
        : ""),
    "",
    formatMetrics(report.metrics),
  ];
  if (report.problems.length > 0) {
    lines.push("", "Rows skipped:", ...report.problems.slice(0, 10).map((p) => `  ${p}`));
  }
  if (report.misses.length > 0) {
    lines.push("", `First ${report.misses.length} misclassified rows:`);
    for (const miss of report.misses) {
      lines.push(
        "",
        `${miss.id}: label ${miss.label}, got ${miss.got}`,
        `  text: ${miss.text.replace(/\s+/g, " ")}`,
        `  why:  ${miss.why}`
      );
    }
  }
  return lines.join("\n");
}

function main(argv: readonly string[]): void {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(`${args}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  let files: { name: string; text: string }[];
  try {
    files = csvFilesOf(args.file).map((name) => ({ name, text: readFileSync(name, "utf8") }));
  } catch (error) {
    process.stderr.write(
      `Cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
    return;
  }
  const report = evaluate(args, files);
  process.stdout.write(
    args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`
  );
}

main(process.argv.slice(2));
