/**
 * Measures the built-in rules on a labelled CSV (columns id, text, lang, label, source), such as
 * ../shared/benchmark/external-tasks.csv:
 *
 *   npm run eval -- <labelled.csv> [--split report|tune|all] [--errors N] [--json]
 *
 * Rows are split in two halves by id (eval-metrics.ts); the default `report` half is the one
 * nobody tunes rules on. Only the text is classified: the benchmark's occupation column is
 * context, and feeding it in as a role would leak the answer. Always exits 0 once the file is
 * read: low accuracy is a finding, not a failure.
 */

import { readFileSync } from "fs";
import { basename } from "path";

import { parseCsv } from "../src/cli/csv";
import { createClassifier } from "../src/core/classifier";
import { formatWhy } from "../src/core/format";
import { BUILTIN_RULES } from "../src/core/rules/builtin";
import type { Decision } from "../src/core/types";
import { computeMetrics, formatMetrics, inSplit, readLabelledRows } from "./eval-metrics";
import type { EvalMetrics, LabelledRow, Outcome, Split } from "./eval-metrics";

const USAGE =
  "Usage: npm run eval -- <labelled.csv> [--split report|tune|all] [--errors N] [--json]";

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
  readonly counts: { readonly read: number; readonly skipped: number; readonly measured: number };
  readonly metrics: EvalMetrics;
  readonly problems: readonly string[];
  readonly misses: readonly Miss[];
}

function evaluate(args: EvalArgs, text: string): EvalReport {
  const { rows: table } = parseCsv(text);
  const { rows, problems } = readLabelledRows(table);
  const classifier = createClassifier(BUILTIN_RULES);
  const measured: LabelledRow[] = rows.filter((row) => inSplit(row.id, args.split));
  const decisions: Decision[] = measured.map((row) => classifier.classify({ text: row.text }));
  const outcomes: Outcome[] = measured.map((row, i) => ({ row, got: decisions[i].officeType }));
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
    counts: { read: rows.length, skipped: problems.length, measured: measured.length },
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
      (counts.skipped > 0 ? ` (${counts.skipped} unreadable rows skipped)` : ""),
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
  let text: string;
  try {
    text = readFileSync(args.file, "utf8");
  } catch (error) {
    process.stderr.write(
      `Cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
    return;
  }
  const report = evaluate(args, text);
  process.stdout.write(
    args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`
  );
}

main(process.argv.slice(2));
