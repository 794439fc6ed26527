/**
 * Turns any exceljs cell value into the text an owner sees in the cell, so the rest of the CLI
 * deals only in strings, whatever the workbook held. What exceljs adds to a plain value (dates,
 * rich text, links, formulas, errors) is read here; a number or a boolean as the core reads it.
 */

import { cellText } from "../core/cell-text";

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/**
 * A date as yyyy-mm-dd, with " hh:mm" (and ":ss") only when it has a time of day. exceljs reads
 * Excel's serial dates as UTC, so the UTC fields are the ones the owner typed.
 */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${pad(h)}:${pad(m)}${s === 0 ? "" : `:${pad(s)}`}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * The text of an exceljs cell value: strings as-is (a CSV cell is not trimmed either, and the
 * cell is written back as the owner had it), numbers and booleans as the core's cellText reads
 * them (General format, TRUE/FALSE), dates as yyyy-mm-dd, rich text joined, a hyperlink's text, a
 * formula's cached result, and an error such as #N/A as its code. Anything unknown becomes "".
 * Never throws.
 */
export function xlsxCellText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) return formatDate(value);
  if (!isRecord(value)) return cellText(value);
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
      .join("");
  }
  if ("hyperlink" in value) return xlsxCellText(value.text);
  if ("formula" in value || "sharedFormula" in value) return xlsxCellText(value.result);
  if (typeof value.error === "string") return value.error;
  if ("text" in value) return xlsxCellText(value.text);
  return "";
}
