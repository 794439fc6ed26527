/**
 * Warnings about the owner's files: one line each, naming the file and the row, so a long list
 * still reads in a terminal. The run goes on; the rest of the file is used.
 */

import { oneLine } from "./cli-error";

/** Most warnings of one kind to print before summing up the rest, so 50,000 bad rows stay readable. */
export const MAX_WARNINGS_PER_KIND = 20;

/**
 * A warning located in a file: "skills.csv row 3: ...". When the message already starts with
 * the same "Row 3", the prefix leaves the row out rather than saying it twice.
 */
export function locatedWarning(label: string, row: number | undefined, message: string): string {
  const text = oneLine(message);
  if (row === undefined) return `${label}: ${text}`;
  const stated = /^row\s+(\d+)\b/i.exec(text);
  if (stated !== null && Number(stated[1]) === row) return `${label}: ${text}`;
  return `${label} row ${row}: ${text}`;
}

/** Caps a list of warnings, ending it with how many were left out. */
export function capWarnings(lines: readonly string[], label: string): string[] {
  if (lines.length <= MAX_WARNINGS_PER_KIND) return [...lines];
  const more = lines.length - MAX_WARNINGS_PER_KIND;
  return [...lines.slice(0, MAX_WARNINGS_PER_KIND), `${label}: ${more} more like these`];
}
