/**
 * Text that stays text. A string written through `Range.values` is read as if typed: "=..",
 * "+..", "-.." become formulas (Excel.Range `values` reference), "0612" a number, "2024-03-05" a
 * date, "TRUE" a boolean, and a leading apostrophe disappears. An apostrophe in front makes
 * Excel keep the rest as text, exactly as written: the apostrophe is not part of the value (it
 * becomes the cell's quote prefix, saved in the file), so a colleague without the add-in sees the
 * same text and editing the cell keeps it text.
 */

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32_767;

/** Words Excel reads as TRUE or FALSE in English or Dutch Excel. */
const BOOLEAN_WORDS: ReadonlySet<string> = new Set(["true", "false", "waar", "onwaar"]);

/** A month name or weekday with a number after it ("May 5", "mei 2024"): Excel may read a date. */
const DATE_LIKE = /^\p{L}{3,}\.?[\s\-/]+\d{1,4}(?:[\s\-/,]+\d{1,4})?$/u;

/**
 * Whether Excel keeps `text` exactly, as text, when it is written as it is: it starts with a
 * letter and cannot be read as a boolean or a date. Everything else gets the apostrophe.
 */
export function staysText(text: string): boolean {
  return /^\p{L}/u.test(text) && !BOOLEAN_WORDS.has(text.toLowerCase()) && !DATE_LIKE.test(text);
}

/** Cuts text to what a cell holds, marking the cut. */
export function fitCell(text: string, room = MAX_CELL_CHARS): string {
  return text.length <= room ? text : `${text.slice(0, room - 1)}…`;
}

/**
 * What to write through `values` so that the cell shows `text`, as text: the text itself when
 * Excel keeps it, otherwise with an apostrophe in front. Too long text is cut to fit a cell.
 */
export function textValue(text: string): string {
  if (text === "") return "";
  if (staysText(text)) return fitCell(text);
  return `'${fitCell(text, MAX_CELL_CHARS - 1)}`;
}

/** A cell value to write: text made safe, numbers as they are. */
export function cellValue(value: string | number): string | number {
  return typeof value === "string" ? textValue(value) : value;
}

/** Bytes a cell value adds to a request as JSON (UTF-8), a close upper estimate. */
export function valueBytes(value: unknown): number {
  if (typeof value === "number") return String(value).length + 1;
  if (typeof value === "boolean") return 6;
  if (typeof value !== "string") return 5;
  let bytes = 3;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x22 || code === 0x5c || code < 0x20) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}
