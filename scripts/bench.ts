/**
 * How fast FrontBack is on a big sheet, printed as tables:
 *
 *   npm run bench [-- --n 200000]
 *
 * 1. in memory: a bare pass of `tokenize` over every task text (the floor: reading the words at
 *    all) against `classify` on every task, in 7 turns of one each after a warm-up, each pass
 *    from a collected heap; the median of the turns' ratios should be at most about 3x;
 * 2. memory: peak RSS and heap, with a garbage collection between phases (run with --expose-gc,
 *    as `npm run bench` does);
 * 3. the CLI end to end on a CSV of the same tasks, median of 3 runs;
 * 4. the Excel adapter against the fake Excel (src/fake-excel) as Excel on the web: round trips
 *    and the largest request and response of one classify run on 1k, 10k, 50k and 100k rows.
 *
 * It never fails on time: these machines are noisy, so the numbers are for people to read.
 * Each section is one function returning a table; add a section by adding a function to SECTIONS.
 */

import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";

import { parseCsv } from "../src/csv/csv";
import { classifyActiveSheet } from "../src/excel/classify-sheet";
import { WEB_PAYLOAD_LIMIT } from "../src/fake-excel/fake-excel";
import { taskSheetOf } from "./large-sheet";
import { createClassifier } from "../src/core/classifier/classifier";
import { tokenize } from "../src/core/normalize";
import { BUILTIN_RULES } from "../src/core/rules/builtin";
import type { OfficeType } from "../src/core/types";
import { generateTasks, toCsv } from "./generate-tasks";
import type { GeneratedTask } from "./generate-tasks";
import { formatTable } from "./text-table";
import type { TextTable } from "./text-table";

const DEFAULT_ROWS = 200_000;
const SEED = 1;
const IN_MEMORY_RUNS = 7;
const CLI_RUNS = 3;
/** The classifier should cost at most this many bare tokenize passes (the brief's target). */
const TARGET_RATIO = 3;

/** What every section may use. */
interface BenchContext {
  readonly tasks: readonly GeneratedTask[];
  readonly rootDir: string;
  readonly memory: MemoryLog;
}

/** One block of the report. */
interface Section {
  readonly title: string;
  readonly table: TextTable;
  readonly notes: readonly string[];
}

/** Heap and RSS seen at the end of each phase, before the collection that follows it. */
interface MemoryLog {
  readonly phases: { phase: string; heapUsed: number; rss: number }[];
}

const collectGarbage: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

function gcAndRecord(memory: MemoryLog, phase: string): void {
  const { heapUsed, rss } = process.memoryUsage();
  memory.phases.push({ phase, heapUsed, rss });
  collectGarbage?.();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `work` once to warm up, then `runs` times; the checksum keeps the work from being optimised away. */
/**
 * Times two passes in turns (a, b, a, b, ...) after one warm-up each, so that a slow moment of a
 * shared machine falls on both alike: the medians of each, and the median of b's time over a's in
 * each turn, which is steadier than the ratio of the two medians.
 */
function timeInTurns(
  runs: number,
  a: () => number,
  b: () => number
): { aMs: number; bMs: number; ratio: number; checksum: number } {
  let checksum = a() + b();
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < runs; r++) {
    // Each pass starts from a collected heap, so that neither pays for the other's garbage.
    collectGarbage?.();
    const aStart = process.hrtime.bigint();
    checksum += a();
    aTimes.push(elapsedMs(aStart));
    collectGarbage?.();
    const bStart = process.hrtime.bigint();
    checksum += b();
    bTimes.push(elapsedMs(bStart));
    if (aTimes[r] > 0) ratios.push(bTimes[r] / aTimes[r]);
  }
  return {
    aMs: median(aTimes),
    bMs: median(bTimes),
    ratio: ratios.length > 0 ? median(ratios) : 0,
    checksum,
  };
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

function perSecond(count: number, ms: number): string {
  return ms === 0 ? "-" : `${integer.format((count * 1000) / ms)}/s`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One in-memory comparison: the bare word pass against classify, over the same task and role texts. */
function compareWithBare(
  texts: readonly { readonly text: string; readonly role: string }[],
  label: string
): { rows: string[][]; note: string; counts: Record<OfficeType, number> } {
  const classifier = createClassifier(BUILTIN_RULES);
  let counts: Record<OfficeType, number> = { front: 0, back: 0, unclear: 0 };
  const timed = timeInTurns(
    IN_MEMORY_RUNS,
    () => {
      let words = 0;
      for (const t of texts) words += tokenize(t.text).length + tokenize(t.role).length;
      return words;
    },
    () => {
      counts = { front: 0, back: 0, unclear: 0 };
      for (const t of texts)
        counts[classifier.classify({ text: t.text, role: t.role }).officeType]++;
      return counts.front;
    }
  );
  const ratio =
    timed.ratio > 0
      ? `${timed.ratio.toFixed(2)}x (${timed.ratio <= TARGET_RATIO ? "within" : "over"} the ${TARGET_RATIO}x target; median of ${IN_MEMORY_RUNS} turns)`
      : "- (too few tasks to time the bare pass)";
  return {
    rows: [
      [
        `${label}: tokenize(text) + tokenize(role)`,
        `${timed.aMs.toFixed(0)} ms`,
        perSecond(texts.length, timed.aMs),
      ],
      [
        `${label}: classify({ text, role })`,
        `${timed.bMs.toFixed(0)} ms`,
        perSecond(texts.length, timed.bMs),
      ],
    ],
    note: `${label}: classify / bare = ${ratio}`,
    counts,
  };
}

/**
 * Owner lists repeat their tasks, and the classifier keeps the reading of a repeated text; the
 * second comparison makes every text unique (a row number appended), so that memo never helps
 * and the cost of reading a new text shows.
 */
function inMemorySection(ctx: BenchContext): Section {
  const { tasks, memory } = ctx;
  const asGenerated = compareWithBare(
    tasks.map((t) => ({ text: t.task, role: t.role })),
    "as generated"
  );
  gcAndRecord(memory, "classify, as generated");
  const unique = compareWithBare(
    tasks.map((t, i) => ({ text: `${t.task} #${i}`, role: t.role })),
    "every text unique"
  );
  gcAndRecord(memory, "classify, unique texts");
  const { counts } = asGenerated;
  return {
    title: `In memory: ${integer.format(tasks.length)} tasks, median of ${IN_MEMORY_RUNS} runs after a warm-up`,
    table: [["phase", "median", "tasks/s"], ...asGenerated.rows, ...unique.rows],
    notes: [
      asGenerated.note,
      unique.note,
      `answers: ${integer.format(counts.front)} front, ${integer.format(counts.back)} back, ` +
        `${integer.format(counts.unclear)} unclear`,
    ],
  };
}

function memorySection(ctx: BenchContext): Section {
  // maxRSS is the peak of the whole process, in kilobytes, including the generated tasks.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  return {
    title: "Memory (at the end of each phase, before a garbage collection)",
    table: [
      ["phase", "heap used", "RSS"],
      ...ctx.memory.phases.map(({ phase, heapUsed, rss }) => [
        phase,
        megabytes(heapUsed),
        megabytes(rss),
      ]),
    ],
    notes: [
      `peak RSS of the process: ${megabytes(peakRss)}`,
      ...(collectGarbage === undefined
        ? ["no garbage collection between phases: run node with --expose-gc (npm run bench does)"]
        : []),
    ],
  };
}

/**
 * Preloaded into each CLI run (node --require) to record the child's peak RSS as it exits, since
 * spawnSync does not report the child's resource usage.
 */
const RSS_PROBE =
  'process.on("exit", () => require("fs").writeFileSync(process.env.FRONTBACK_BENCH_RSS_FILE, ' +
  "String(process.resourceUsage().maxRSS * 1024)));\n";

function cliSection(ctx: BenchContext): Section {
  const title = `CLI end to end: frontback classify on ${integer.format(ctx.tasks.length)} rows, median of ${CLI_RUNS} runs`;
  const bin = join(ctx.rootDir, "bin", "frontback.js");
  if (!existsSync(bin)) {
    return { title, table: [], notes: [`skipped: ${bin} does not exist yet`] };
  }
  const dir = mkdtempSync(join(tmpdir(), "frontback-bench-"));
  try {
    const input = join(dir, "tasks.csv");
    const output = join(dir, "tasks-out.csv");
    const probe = join(dir, "rss-probe.js");
    const rssFile = join(dir, "rss.txt");
    writeFileSync(input, toCsv(ctx.tasks));
    writeFileSync(probe, RSS_PROBE);
    const times: number[] = [];
    let peakRss = 0;
    for (let r = 0; r < CLI_RUNS; r++) {
      rmSync(output, { force: true });
      const start = process.hrtime.bigint();
      const run = spawnSync(
        process.execPath,
        ["--require", probe, bin, "classify", input, "--out", output],
        {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
          env: { ...process.env, FRONTBACK_BENCH_RSS_FILE: rssFile },
        }
      );
      const ms = elapsedMs(start);
      if (run.status !== 0 || !existsSync(output)) {
        const why = (run.stderr || run.error?.message || `exit ${String(run.status)}`).trim();
        return {
          title,
          table: [],
          notes: [`the CLI failed: ${why.split("\n").slice(0, 5).join(" | ")}`],
        };
      }
      times.push(ms);
      if (existsSync(rssFile)) peakRss = Math.max(peakRss, Number(readFileSync(rssFile, "utf8")));
    }
    const ms = median(times);
    const outputRows = parseCsv(readFileSync(output, "utf8")).rows.length - 1;
    return {
      title,
      table: [
        ["", "seconds", "rows/s", "peak RSS", "input", "output"],
        [
          "classify --out",
          (ms / 1000).toFixed(2),
          perSecond(ctx.tasks.length, ms),
          peakRss > 0 ? megabytes(peakRss) : "-",
          megabytes(statSync(input).size),
          megabytes(statSync(output).size),
        ],
      ],
      notes: [
        `runs: ${times.map((t) => (t / 1000).toFixed(2)).join(", ")} s; ${integer.format(outputRows)} data rows written`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sheet sizes the Excel section runs, whatever --n is. */
const EXCEL_ROWS: readonly number[] = [1_000, 10_000, 50_000, 100_000];

/**
 * One classify run per size against the fake Excel with Excel on the web's 5 MB limit: what the
 * adapter costs in round trips, and how close its largest request and response come to the limit.
 * The fake answers at once, so the time is the adapter's and the core's, not Excel's.
 */
async function excelSection(ctx: BenchContext): Promise<Section> {
  const table: string[][] = [
    ["rows", "round trips", "largest request", "largest response", "time", "result"],
  ];
  const notes: string[] = [];
  for (const rows of EXCEL_ROWS) {
    const tasks = ctx.tasks.length >= rows ? ctx.tasks.slice(0, rows) : generateTasks(rows, SEED);
    const fake = taskSheetOf(tasks);
    const start = process.hrtime.bigint();
    const result = await classifyActiveSheet({}, fake.host());
    const ms = elapsedMs(start);
    table.push([
      integer.format(rows),
      String(fake.roundTrips),
      megabytes(fake.largestRequestBytes),
      megabytes(fake.largestResponseBytes),
      `${ms.toFixed(0)} ms`,
      result.status === "ok" ? "ok" : `${result.error.code}: ${result.error.technical}`,
    ]);
    gcAndRecord(ctx.memory, `excel adapter, ${integer.format(rows)} rows`);
  }
  notes.push(
    `limit per request and response: ${megabytes(WEB_PAYLOAD_LIMIT)} (Excel on the web); ` +
      "round trips are 2 + 1 per block of at most 5,000 rows"
  );
  return { title: "Excel adapter against the fake Excel (Excel on the web limits)", table, notes };
}

/** The report, in order. */
const SECTIONS: readonly ((ctx: BenchContext) => Section | Promise<Section>)[] = [
  inMemorySection,
  excelSection,
  memorySection,
  cliSection,
];

/** The repository root: the nearest folder up from here with FrontBack's package.json. */
function findRootDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const parsed: unknown = JSON.parse(readFileSync(manifest, "utf8"));
      if (
        typeof parsed === "object" &&
        parsed !== null &&
        (parsed as { name?: unknown }).name === "frontback"
      ) {
        return dir;
      }
    }
    if (dirname(dir) === dir) return from;
  }
}

function parseRows(argv: readonly string[]): number | string {
  const at = argv.indexOf("--n");
  if (at === -1) return DEFAULT_ROWS;
  const n = Number(argv[at + 1]);
  return Number.isInteger(n) && n > 0
    ? n
    : `--n takes a positive whole number, not "${argv[at + 1] ?? ""}".`;
}

function printSection(section: Section): void {
  const lines = [section.title, ...(section.table.length > 0 ? [formatTable(section.table)] : [])];
  lines.push(...section.notes);
  process.stdout.write(`\n${lines.join("\n")}\n`);
}

async function main(argv: readonly string[]): Promise<void> {
  const n = parseRows(argv);
  if (typeof n === "string") {
    process.stderr.write(`${n}\nUsage: npm run bench [-- --n ${DEFAULT_ROWS}]\n`);
    process.exitCode = 2;
    return;
  }
  const memory: MemoryLog = { phases: [] };
  gcAndRecord(memory, "start");
  const start = process.hrtime.bigint();
  const tasks = generateTasks(n, SEED);
  const generatedMs = elapsedMs(start);
  gcAndRecord(memory, "generate");
  process.stdout.write(
    `FrontBack bench: ${integer.format(n)} generated tasks (seed ${SEED}, ${generatedMs.toFixed(0)} ms), ` +
      `node ${process.version}, ${process.platform} ${process.arch}\n`
  );
  const ctx: BenchContext = { tasks, rootDir: findRootDir(__dirname), memory };
  for (const section of SECTIONS) printSection(await section(ctx));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 1;
});
