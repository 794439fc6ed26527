/**
 * Reads the command line into a plain command. Anything it does not understand is bad input
 * (CliError), so a typo never runs a command with a silently ignored option.
 */

import { LANGUAGES } from "../core/language/languages";
import type { Language } from "../core/types";
import { CliError } from "./cli-error";

/** Options of `frontback classify`. */
export interface ClassifyCommand {
  readonly kind: "classify";
  readonly input: string;
  readonly out?: string;
  readonly skills?: string;
  readonly rules?: string;
  readonly lang: Language;
  readonly sheet?: string;
  readonly taskColumn?: string;
}

/** Options of `frontback rules`. */
export interface RulesCommand {
  readonly kind: "rules";
  readonly lang: Language;
  readonly out?: string;
}

/** What the command line asks for. */
export type Command = { readonly kind: "help" } | ClassifyCommand | RulesCommand;

type OptionName = "out" | "skills" | "rules" | "lang" | "sheet" | "task-column";

const CLASSIFY_OPTIONS: ReadonlySet<OptionName> = new Set<OptionName>([
  "out",
  "skills",
  "rules",
  "lang",
  "sheet",
  "task-column",
]);
const RULES_OPTIONS: ReadonlySet<OptionName> = new Set<OptionName>(["out", "lang"]);
const SHORT: Readonly<Record<string, OptionName>> = { "-o": "out" };
const HELP_FLAGS = new Set(["--help", "-h", "help"]);

const SEE_HELP = 'Run "frontback --help" for usage.';

/** The option a flag names (`--out`, `-o`), if the command takes it. */
function optionNamed(flag: string, allowed: ReadonlySet<OptionName>): OptionName | undefined {
  const name = SHORT[flag] ?? (flag.startsWith("--") ? flag.slice(2) : undefined);
  for (const option of allowed) if (option === name) return option;
  return undefined;
}

function parseLang(value: string): Language {
  const asked = value.trim().toLowerCase();
  const lang = LANGUAGES.find((known) => known === asked);
  if (lang !== undefined) return lang;
  throw new CliError(`--lang must be ${LANGUAGES.join(" or ")}, not "${value}".`);
}

/**
 * Parses `argv` (the arguments after the program name). `--opt value` and `--opt=value` both
 * work; `--` ends the options, for a file name that starts with a dash. Throws CliError.
 */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new CliError(`missing command: classify or rules. ${SEE_HELP}`);
  if (argv.some((arg, i) => HELP_FLAGS.has(arg) && (i === 0 || arg !== "help")))
    return { kind: "help" };

  const [command, ...rest] = argv;
  if (command !== "classify" && command !== "rules") {
    const what = command.startsWith("-")
      ? `unknown option ${command}`
      : `unknown command "${command}"`;
    throw new CliError(`${what}. Commands: classify, rules. ${SEE_HELP}`);
  }
  const allowed = command === "classify" ? CLASSIFY_OPTIONS : RULES_OPTIONS;
  const values = new Map<OptionName, string>();
  const positionals: string[] = [];
  let optionsEnded = false;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (optionsEnded || !arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const option = optionNamed(flag, allowed);
    if (option === undefined) {
      throw new CliError(`unknown option ${flag} for "frontback ${command}". ${SEE_HELP}`);
    }
    let value: string | undefined;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else if (i + 1 < rest.length && !rest[i + 1].startsWith("--")) {
      value = rest[++i];
    }
    if (value === undefined || value.trim() === "")
      throw new CliError(`${flag} needs a value. ${SEE_HELP}`);
    if (values.has(option)) throw new CliError(`--${option} is given twice; give it once.`);
    values.set(option, value);
  }

  const lang = parseLang(values.get("lang") ?? "en");
  if (command === "rules") {
    if (positionals.length > 0) {
      throw new CliError(
        `"frontback rules" takes no file name; use --out ${positionals[0]} to write the rules there.`
      );
    }
    return { kind: "rules", lang, out: values.get("out") };
  }

  if (positionals.length === 0) {
    throw new CliError(
      `missing the tasks file: frontback classify <tasks.csv|tasks.xlsx>. ${SEE_HELP}`
    );
  }
  if (positionals.length > 1) {
    throw new CliError(
      `"frontback classify" reads one tasks file, but got ${positionals.length}: ${positionals.join(", ")}.`
    );
  }
  return {
    kind: "classify",
    input: positionals[0],
    out: values.get("out"),
    skills: values.get("skills"),
    rules: values.get("rules"),
    lang,
    sheet: values.get("sheet"),
    taskColumn: values.get("task-column"),
  };
}
