/**
 * The arithmetic of `npm run eval`: which half of a labelled set a row belongs to, reading the
 * labelled CSV's rows, and accuracy, unclear rate and confusion per group. Pure, so it is tested
 * apart from the files and the classifier.
 */

import { detectColumns } from "../src/core/columns";
import { normalize } from "../src/core/normalize";
import { parseOverride } from "../src/core/override";
import { formatTable, percent } from "./text-table";
import type { OfficeType, Side } from "../src/core/types";

/** The half of a labelled set to measure: `report` is never tuned on, `tune` may be. */
export type Split = "report" | "tune" | "all";

/** One labelled text of the benchmark. */
export interface LabelledRow {
  readonly id: string;
  readonly text: string;
  readonly lang: string;
  readonly label: Side;
  readonly source: string;
  /** The owner's role or job title for the task, when the file has one. */
  readonly role?: string;
  /** The kind of work (office, hands-on, operational), when the file says. */
  readonly kind?: string;
  /** The id of a task written in more than one language (a parallel corpus's row). */
  readonly pair?: string;
}

/** How many tasks written in both languages got the same side in each. */
export interface PairMetrics {
  /** Tasks with an answer in every language they are written in. */
  readonly n: number;
  /** Of those, the ones answered with the same side (front or back) in every language. */
  readonly alike: number;
}

/** A labelled row with what the classifier said. */
export interface Outcome {
  readonly row: LabelledRow;
  readonly got: OfficeType;
  /** The classifier's confidence in its answer, 0 to 1. */
  readonly confidence: number;
}

/**
 * One band of confidence: of the answers given with a side at a confidence in [from, to), how
 * many, how sure on average, and how many were right. Honest confidence has `accuracy` close to
 * `meanConfidence` in every band.
 */
export interface ReliabilityBand {
  readonly from: number;
  readonly to: number;
  readonly n: number;
  readonly meanConfidence: number;
  readonly accuracy: number;
}

/** Counts and rates of one group of outcomes. Unclear counts as wrong in `accuracy`. */
export interface GroupMetrics {
  readonly n: number;
  readonly correct: number;
  readonly unclear: number;
  /** correct / n; 0 for an empty group. */
  readonly accuracy: number;
  /** unclear / n; 0 for an empty group. */
  readonly unclearRate: number;
}

/** How often each label got each answer. */
export type Confusion = Readonly<Record<Side, Readonly<Record<OfficeType, number>>>>;

/** Everything `npm run eval` reports. */
export interface EvalMetrics {
  readonly overall: GroupMetrics;
  readonly byLang: Readonly<Record<string, GroupMetrics>>;
  readonly bySource: Readonly<Record<string, GroupMetrics>>;
  /** Per kind of work; empty when no row says its kind. */
  readonly byKind: Readonly<Record<string, GroupMetrics>>;
  readonly byLabel: Readonly<Record<string, GroupMetrics>>;
  /** Answers with a side, in bands of confidence a fifth wide. */
  readonly reliability: readonly ReliabilityBand[];
  /** Absent unless the rows are a parallel corpus. */
  readonly pairs?: PairMetrics;
  readonly confusion: Confusion;
  /** Of the rows answered with a side, the share whose label is that side; 0 when none. */
  readonly precision: Readonly<Record<Side, number>>;
}

/** FNV-1a, 32 bits: a stable hash for ids without a digit. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The half a row belongs to, from its id alone so it never changes: the last digit of the id
 * even -> tune, odd -> report. An id without a digit goes by a bit of its hash.
 */
export function splitOf(id: string): "report" | "tune" {
  const digits = id.match(/\d/g);
  // FNV's lowest bit only mixes the lowest bits of the characters; its highest bit mixes them all.
  const value = digits === null ? fnv1a(id) >>> 31 : Number(digits[digits.length - 1]);
  return value % 2 === 0 ? "tune" : "report";
}

/** True when a row with this id is part of the split. */
export function inSplit(id: string, split: Split): boolean {
  return split === "all" || splitOf(id) === split;
}

/**
 * How a labelled file's columns are found. The benchmark's columns are id, text, lang, label,
 * source (and occupation, which is context only); an owner's task list with a label column
 * works too: its task and role columns are found as the add-in finds them.
 */
export interface LabelledDefaults {
  /** Source of every row when the file has no source column: usually the file name. */
  readonly source: string;
  /** Language of every row when the file has no lang column (e.g. from a "nl-" file name). */
  readonly lang?: string;
}

/** Labelled rows read from CSV rows (row 0 the header), with what could not be read. */
export interface LabelledRead {
  readonly rows: LabelledRow[];
  /** Whether the rows carry ids of their own, so they can be split into tune and report halves. */
  readonly hasIds: boolean;
  /** Rows whose label is not front or back (e.g. "skip"): kept out of the scores. */
  readonly unscored: number;
  /** Problems a person can act on: a missing column, or a row without text (by 1-based line). */
  readonly problems: string[];
}

const LABEL_HEADERS = ["label", "expected", "answer"];
/** The languages a parallel corpus's columns are named by. */
const PARALLEL_LANGUAGES = ["en", "nl"];

function columnOf(header: readonly string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(h));
}

/**
 * Reads the rows of a labelled CSV. Required: a label column and a text column (named text, or
 * found as a task column). Labels are front/back or Front office/Back office in either language;
 * any other label (skip, neither) is not scored. A role column is passed to the classifier as
 * the role, except the benchmark's occupation column, which would leak the answer.
 */
export function readLabelledRows(
  table: readonly (readonly string[])[],
  defaults: LabelledDefaults
): LabelledRead {
  if (table.length === 0) {
    return { rows: [], hasIds: false, unscored: 0, problems: ["The file is empty."] };
  }
  const header = table[0].map((cell) => normalize(cell));
  const detected = detectColumns(table[0]);
  const textColumn =
    columnOf(header, ["text"]) >= 0
      ? columnOf(header, ["text"])
      : detected.status === "ok"
        ? detected.columns.task
        : -1;
  const labelColumn = columnOf(header, LABEL_HEADERS);
  // A parallel corpus has a column per language instead of a text column: each of its rows is
  // one task written in every language, read as one row per language.
  const languageColumns = PARALLEL_LANGUAGES.map((lang) => ({
    lang,
    column: columnOf(header, [lang]),
  }));
  const parallel = textColumn < 0 && languageColumns.every(({ column }) => column >= 0);
  const missing = [
    ...(textColumn < 0 && !parallel ? ["text (or a task column)"] : []),
    ...(labelColumn < 0 ? ["label"] : []),
  ];
  if (missing.length > 0) {
    return {
      rows: [],
      hasIds: false,
      unscored: 0,
      problems: [`Missing column(s): ${missing.join(", ")}.`],
    };
  }
  const roleColumn =
    detected.status === "ok" &&
    detected.columns.role !== undefined &&
    header[detected.columns.role] !== "occupation"
      ? detected.columns.role
      : -1;
  const idColumn = columnOf(header, ["id"]);
  const langColumn = columnOf(header, ["lang", "language", "taal"]);
  const sourceColumn = columnOf(header, ["source", "bron"]);
  const kindColumn = columnOf(header, ["kind", "soort"]);
  const rows: LabelledRow[] = [];
  const problems: string[] = [];
  let unscored = 0;
  table.slice(1).forEach((cells, i) => {
    const cell = (index: number): string => (index < 0 ? "" : (cells[index] ?? "").trim());
    const id = cell(idColumn) || `row ${i + 2}`;
    if (cells.every((c) => c.trim() === "")) return;
    const label = parseOverride(cell(labelColumn)).side;
    if (!label) {
      unscored++;
      return;
    }
    const role = cell(roleColumn);
    const kind = cell(kindColumn);
    const texts = parallel
      ? languageColumns.map(({ lang, column }) => ({ lang, text: cell(column) }))
      : [{ lang: cell(langColumn) || defaults.lang || "?", text: cell(textColumn) }];
    if (texts.some(({ text }) => text === "")) {
      problems.push(`Record ${i + 2} (${id}): no text.`);
      return;
    }
    for (const { lang, text } of texts) {
      rows.push({
        id,
        text,
        lang,
        label,
        source: cell(sourceColumn) || defaults.source,
        ...(role === "" ? {} : { role }),
        ...(kind === "" ? {} : { kind }),
        ...(parallel ? { pair: id } : {}),
      });
    }
  });
  return { rows, hasIds: idColumn >= 0, unscored, problems };
}

function group(outcomes: readonly Outcome[]): GroupMetrics {
  const n = outcomes.length;
  const correct = outcomes.filter((o) => o.got === o.row.label).length;
  const unclear = outcomes.filter((o) => o.got === "unclear").length;
  return {
    n,
    correct,
    unclear,
    accuracy: n === 0 ? 0 : correct / n,
    unclearRate: n === 0 ? 0 : unclear / n,
  };
}

/** Groups by a key, keys sorted so reports and JSON come out in the same order every run. */
function groupBy(
  outcomes: readonly Outcome[],
  key: (outcome: Outcome) => string
): Record<string, GroupMetrics> {
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    const k = key(outcome) || "(none)";
    const list = groups.get(k);
    if (list) list.push(outcome);
    else groups.set(k, [outcome]);
  }
  return Object.fromEntries([...groups.keys()].sort().map((k) => [k, group(groups.get(k) ?? [])]));
}

/** How many tasks of a parallel corpus got the same side in every language; none without pairs. */
function pairsOf(outcomes: readonly Outcome[]): { pairs?: PairMetrics } {
  const answers = new Map<string, OfficeType[]>();
  for (const { row, got } of outcomes) {
    if (row.pair === undefined) continue;
    const list = answers.get(row.pair);
    if (list) list.push(got);
    else answers.set(row.pair, [got]);
  }
  if (answers.size === 0) return {};
  const lists = [...answers.values()].filter((list) => list.length > 1);
  const alike = lists.filter(
    (list) => list[0] !== "unclear" && list.every((got) => got === list[0])
  );
  return { pairs: { n: lists.length, alike: alike.length } };
}

/** How many bands of confidence the reliability table has. */
const BANDS = 5;

/** The answers with a side in bands of confidence, the top band closed at 1. */
function reliabilityOf(outcomes: readonly Outcome[]): ReliabilityBand[] {
  const answered = outcomes.filter((o) => o.got !== "unclear");
  return Array.from({ length: BANDS }, (_, band) => {
    const from = band / BANDS;
    const to = (band + 1) / BANDS;
    const inBand = answered.filter(
      (o) =>
        o.confidence >= from && (o.confidence < to || (band === BANDS - 1 && o.confidence <= to))
    );
    const n = inBand.length;
    const sum = inBand.reduce((total, o) => total + o.confidence, 0);
    const right = inBand.filter((o) => o.got === o.row.label).length;
    return {
      from,
      to,
      n,
      meanConfidence: n === 0 ? 0 : sum / n,
      accuracy: n === 0 ? 0 : right / n,
    };
  });
}

/** Accuracy (unclear counts as wrong), unclear rate, per-group figures, confusion and precision. */
export function computeMetrics(outcomes: readonly Outcome[]): EvalMetrics {
  const confusion = {
    front: { front: 0, back: 0, unclear: 0 },
    back: { front: 0, back: 0, unclear: 0 },
  };
  for (const { row, got } of outcomes) confusion[row.label][got]++;
  const precisionOf = (side: Side): number => {
    const answered = confusion.front[side] + confusion.back[side];
    return answered === 0 ? 0 : confusion[side][side] / answered;
  };
  return {
    overall: group(outcomes),
    byLang: groupBy(outcomes, (o) => o.row.lang),
    bySource: groupBy(outcomes, (o) => o.row.source),
    byKind: groupBy(
      outcomes.filter((o) => o.row.kind !== undefined),
      (o) => o.row.kind ?? ""
    ),
    byLabel: groupBy(outcomes, (o) => o.row.label),
    reliability: reliabilityOf(outcomes),
    ...pairsOf(outcomes),
    confusion,
    precision: { front: precisionOf("front"), back: precisionOf("back") },
  };
}

function groupRows(title: string, groups: Readonly<Record<string, GroupMetrics>>): string[][] {
  return Object.entries(groups).map(([name, g]) => [
    `${title} ${name}`,
    String(g.n),
    String(g.correct),
    percent(g.correct, g.n),
    percent(g.unclear, g.n),
  ]);
}

/** The metrics as the text report `npm run eval` prints. */
export function formatMetrics(metrics: EvalMetrics): string {
  const { overall, confusion } = metrics;
  const accuracy = formatTable([
    ["", "n", "correct", "accuracy", "unclear"],
    [
      "overall",
      String(overall.n),
      String(overall.correct),
      percent(overall.correct, overall.n),
      percent(overall.unclear, overall.n),
    ],
    ...groupRows("lang", metrics.byLang),
    ...groupRows("source", metrics.bySource),
    ...groupRows("kind", metrics.byKind),
    ...groupRows("label", metrics.byLabel),
  ]);
  const reliability = formatTable([
    ["confidence", "answers", "mean confidence", "right"],
    ...metrics.reliability.map((band) => [
      `${Math.round(band.from * 100)}-${Math.round(band.to * 100)}%`,
      String(band.n),
      band.n === 0 ? "-" : `${(band.meanConfidence * 100).toFixed(1)}%`,
      band.n === 0 ? "-" : `${(band.accuracy * 100).toFixed(1)}%`,
    ]),
  ]);
  const matrix = formatTable([
    ["label \\ got", "front", "back", "unclear"],
    ...(["front", "back"] as const).map((label) => [
      label,
      String(confusion[label].front),
      String(confusion[label].back),
      String(confusion[label].unclear),
    ]),
  ]);
  const precisionOf = (side: Side): string =>
    percent(confusion[side][side], confusion.front[side] + confusion.back[side]);
  const precisionLine =
    `Precision: front ${precisionOf("front")}, back ${precisionOf("back")} ` +
    "(of the rows answered with a side, the share labelled that side)";
  return [
    "Accuracy (unclear counts as wrong)",
    accuracy,
    "",
    "Confusion",
    matrix,
    "",
    precisionLine,
    "",
    "Reliability (answers with a side, by the confidence they were given with)",
    reliability,
    ...(metrics.pairs === undefined
      ? []
      : [
          "",
          `Pairs: ${metrics.pairs.alike} of ${metrics.pairs.n} tasks (${percent(metrics.pairs.alike, metrics.pairs.n)}) ` +
            "got the same side in both languages",
        ]),
  ].join("\n");
}
