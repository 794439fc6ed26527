/**
 * Writes an output file all at once or not at all: into a temporary file in the same folder,
 * then renamed over the target, so a failure never leaves a half-written file behind and an
 * owner's existing file is only replaced by a complete one.
 */

import { randomBytes } from "crypto";
import { existsSync, promises as fs, statSync } from "fs";
import * as path from "path";
import { CliError, errorCode } from "./cli-error";

/**
 * Checks, before any work, that the output can be written: its folder exists, it is not a
 * folder itself, and it is none of the input files (compared by resolved path and, when it
 * exists, by file identity, which also catches links and case-insensitive file systems).
 */
export function checkOutputPath(
  out: string,
  label: string,
  inputs: readonly { readonly file: string; readonly label: string }[]
): void {
  const dir = path.dirname(out);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CliError(
      `the folder for --out ${label} does not exist. Create it first or choose another path.`
    );
  }
  const outStat = existsSync(out) ? statSync(out) : undefined;
  if (outStat?.isDirectory() === true)
    throw new CliError(`--out ${label} is a folder; give a file name such as result.xlsx.`);
  for (const input of inputs) {
    const same =
      path.resolve(input.file) === path.resolve(out) ||
      (outStat !== undefined && existsSync(input.file) && sameFile(outStat, statSync(input.file)));
    if (same) {
      throw new CliError(
        `--out ${label} is the same file as the input ${input.label}; FrontBack never overwrites its input. Choose another --out file.`
      );
    }
  }
}

function sameFile(a: { dev: number; ino: number }, b: { dev: number; ino: number }): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.ino !== 0;
}

/**
 * Runs `write` against a temporary path next to `target`, then renames it onto `target`. On any
 * failure the temporary file is removed and the error is reported as a CliError.
 */
export async function writeAtomically(
  target: string,
  label: string,
  write: (tempPath: string) => Promise<void>
): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    await write(temp);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    if (error instanceof CliError) throw error;
    const code = errorCode(error);
    if (code === "EACCES" || code === "EPERM" || code === "EBUSY") {
      throw new CliError(
        `cannot write ${label}: it is open in another program or not writable. Close it and try again.`,
        error
      );
    }
    if (code === "ENOSPC") throw new CliError(`cannot write ${label}: the disk is full.`, error);
    throw error;
  }
}
