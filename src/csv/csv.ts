/**
 * CSV as owners' spreadsheets write it: UTF-8 with or without BOM, comma- or semicolon-separated
 * (Dutch Excel uses `;`), RFC 4180 quoting with embedded delimiters, quotes and newlines.
 * Parsing and writing are single linear passes, so a 200,000-row file takes well under a second.
 */

import { guardCsvText } from "./formula-guard";

/** The separators FrontBack reads and writes. */
export type Delimiter = "," | ";";

/** A parsed CSV file. Row `i` is record `i + 1` as a spreadsheet numbers it. */
export interface ParsedCsv {
  readonly rows: string[][];
  readonly delimiter: Delimiter;
  /** Set when a quote is opened and never closed: the 1-based record where it opened. */
  readonly unclosedQuoteRow?: number;
}

/** Line ending of every CSV FrontBack writes: CRLF, as RFC 4180 and Excel use. */
const CSV_EOL = "\r\n";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

/** Excel's own hint for the separator, written as the first line by some exports: `sep=;`. */
const SEP_LINE = /^sep=([,;])[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * The separator of a CSV text: the one that occurs more often, outside quotes, in its first
 * record (the header). A header with neither is a single column; comma is then as good as any.
 */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === COMMA) commas++;
    else if (c === SEMICOLON) semicolons++;
    else if (c === LF || c === CR) break;
  }
  return semicolons > commas ? ";" : ",";
}

/** Index of the next delimiter or line break at or after `from`, or `text.length`. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let k = from;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === delimiter || c === LF || c === CR) break;
    k++;
  }
  return k;
}

/**
 * Parses CSV text. A leading BOM and an Excel `sep=` line are honoured and dropped; blank lines at
 * the end are dropped. Text between a closing quote and the next delimiter is kept (as Excel does)
 * rather than rejected. Never throws.
 */
export function parseCsv(input: string): ParsedCsv {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let delimiter: Delimiter;
  const sep = SEP_LINE.exec(text);
  if (sep !== null) {
    delimiter = sep[1] === ";" ? ";" : ",";
    text = text.slice(sep[0].length);
  } else {
    delimiter = detectDelimiter(text);
  }
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let unclosedQuoteRow: number | undefined;
  let i = 0;

  while (i < n) {
    if (text.charCodeAt(i) === QUOTE) {
      let value = "";
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q === -1) {
          unclosedQuoteRow ??= rows.length + 1;
          value += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(start, q + 1);
          start = q + 2;
          continue;
        }
        value += text.slice(start, q);
        i = q + 1;
        break;
      }
      const end = fieldEnd(text, i, d);
      if (end > i) value += text.slice(i, end);
      row.push(value);
      i = end;
    } else {
      const end = fieldEnd(text, i, d);
      row.push(text.slice(i, end));
      i = end;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      // A delimiter as the very last character still ends a (blank) field.
      if (i === n) row.push("");
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();

  return unclosedQuoteRow === undefined
    ? { rows, delimiter }
    : { rows, delimiter, unclosedQuoteRow };
}

/** True when every cell of a row is empty or whitespace. */
export function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== "") return false;
  return true;
}

const NEEDS_QUOTES: Readonly<Record<Delimiter, RegExp>> = {
  ",": /[",\r\n]/,
  ";": /[";\r\n]/,
};

/**
 * One CSV field: formula-like text gets its `'` prefix (formula-guard.ts), then RFC 4180 quoting
 * when the text holds the delimiter, a quote or a line break.
 */
export function csvField(text: string, delimiter: Delimiter): string {
  const safe = guardCsvText(text);
  return NEEDS_QUOTES[delimiter].test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes rows as CSV: every field through csvField, CRLF after every record (the last too).
 * The lines are built in one array and joined once, so the cost is linear in the output size.
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter: Delimiter): string {
  const lines: string[] = new Array<string>(rows.length);
  for (let r = 0; r < rows.length; r++) lines[r] = csvRecord(rows[r], delimiter);
  return joinRecords(lines);
}

/** One CSV record without its line end: every field through csvField, joined by the delimiter. */
export function csvRecord(cells: readonly string[], delimiter: Delimiter): string {
  // join() makes one flat string; `+=` would keep a tree of pieces alive per record until the end.
  const fields = new Array<string>(cells.length);
  for (let c = 0; c < cells.length; c++) fields[c] = csvField(cells[c], delimiter);
  return fields.join(delimiter);
}

/** Records joined into a CSV text, CRLF after each; "" for none. */
export function joinRecords(records: readonly string[]): string {
  return records.length === 0 ? "" : records.join(CSV_EOL) + CSV_EOL;
}
