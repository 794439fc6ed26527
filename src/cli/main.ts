/**
 * The command line's entry point as a function: parses the arguments, runs the command, and
 * turns every failure into an exit status and one line on stderr. The process wiring lives in
 * bin/frontback.js, so tests run this in-process.
 */

import { parseArgs } from "./args";
import { classifyCommand } from "./classify-command";
import { CliError, oneLine } from "./cli-error";
import type { Io } from "./io";
import { rulesCommand } from "./rules-command";
import { USAGE } from "./usage";

export type { Io } from "./io";

/** Exit status for an unexpected failure: a bug to report, not something the owner can fix. */
const INTERNAL_ERROR = 1;

/**
 * Runs `frontback` with `argv` (the arguments after the program name). Resolves to the exit
 * status: 0 done, 2 bad input, 1 unexpected error. Never rejects.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case "help":
        io.stdout(USAGE);
        return 0;
      case "classify":
        return await classifyCommand(command, io);
      case "rules":
        return await rulesCommand(command, io);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`frontback: ${error.message}\n`);
      return CliError.BAD_INPUT;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `frontback: unexpected error: ${oneLine(detail)}. Please report it with the command you ran.\n`
    );
    return INTERNAL_ERROR;
  }
}
