/**
 * Turns any exceljs cell value into the text an owner sees in the cell, so the rest of the CLI
 * deals only in strings, whatever the workbook held.
 */

import { generalNumber } from "../core/number-text";

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
 * The text of an exceljs cell value: strings as-is, numbers in General format, dates as
 * yyyy-mm-dd, booleans as TRUE/FALSE, rich text joined, a hyperlink's text, a formula's cached
 * result, and an error such as #N/A as its code. Anything unknown becomes "". Never throws.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return generalNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return formatDate(value);
  if (!isRecord(value)) return "";
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
      .join("");
  }
  if ("hyperlink" in value) return cellText(value.text);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result);
  if (typeof value.error === "string") return value.error;
  if ("text" in value) return cellText(value.text);
  return "";
}
