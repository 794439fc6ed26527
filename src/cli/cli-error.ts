/**
 * The one error type of the command line: a message a person can act on. The CLI prints it as a
 * single line on stderr and exits with status 2 (bad input), so every message names what to fix.
 */
export class CliError extends Error {
  /** Exit status for bad input: a missing file, an unknown option, a sheet without a task column. */
  static readonly BAD_INPUT = 2;

  constructor(
    message: string,
    /** The technical cause (an fs or exceljs error), kept for debugging; never shown as-is. */
    readonly detail?: unknown
  ) {
    super(oneLine(message));
    this.name = "CliError";
  }
}

/**
 * Collapses every run of whitespace (including newlines inside a quoted header) into one space, so
 * an error is always exactly one line on stderr, whatever text of the owner's it quotes.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The `code` of a Node system error ("ENOENT", "EACCES", ...), if the error has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
