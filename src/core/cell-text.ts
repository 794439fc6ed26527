/**
 * The text of a cell, one rule for every host: the add-in reads cells from Excel, the command
 * line from CSV and XLSX files, and both hand the core names, headers, rules and overrides whose
 * cells may hold numbers or booleans as well as text.
 */

import { generalNumber } from "./number-text";

/**
 * The text a cell holds, as FrontBack reads it:
 * - text: without the spaces around it, which an owner never means ("Anna " is Anna);
 * - a number: as Excel shows it in General format, so 0.1 + 0.2 reads "0.3"; a number that is
 *   not finite, which no sheet holds, has no text;
 * - a boolean: TRUE or FALSE, as Excel shows it;
 * - anything else (empty, an object, an error a host passes as an object): no text, "".
 * Never throws. Hosts that know more about a cell (its value type, an exceljs rich text or date)
 * handle that and leave the rest to this function.
 */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return generalNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}
