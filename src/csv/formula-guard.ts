/**
 * Keeps text that FrontBack writes from being run as a spreadsheet formula (CSV injection).
 * Excel, LibreOffice and Google Sheets treat a CSV cell starting with =, +, - or @ (and, in some
 * versions, a tab or carriage return) as a formula; OWASP's advice is to prefix such a cell with
 * a single quote, which the spreadsheet shows as text.
 */

/** First characters that make a spreadsheet read a cell as a formula. */
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** A plain signed number such as -5, +3.5 or -7,5: harmless, and owners expect it to stay a number. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** True when a spreadsheet would run `text` as a formula if it were written into a CSV cell. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0]) && !PLAIN_NUMBER.test(text);
}

/**
 * The text to put in a CSV cell: unchanged, or prefixed with `'` when it would otherwise be read
 * as a formula. XLSX output needs no prefix: its cells are written with the string type.
 */
export function guardCsvText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
