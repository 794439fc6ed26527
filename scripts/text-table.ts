/**
 * Plain-text tables for the terminal reports of the scripts (eval, bench): columns padded to
 * their widest cell, the first column left-aligned and the others right-aligned, as numbers read.
 */

/** A table as rows of cells; the first row is the header. */
export type TextTable = readonly (readonly string[])[];

/** The table as lines of text, with a rule under the header. */
export function formatTable(table: TextTable): string {
  if (table.length === 0) return "";
  const columns = Math.max(...table.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(...table.map((row) => (row[c] ?? "").length))
  );
  const line = (row: readonly string[]): string =>
    widths
      .map((width, c) => {
        const cell = row[c] ?? "";
        return c === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(table[0]), rule, ...table.slice(1).map(line)].join("\n");
}

/** A share as a percentage with one decimal, or "-" when there is nothing to share. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;
}
