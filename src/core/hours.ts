/**
 * Reads an hours cell as owners type it: "8", "7.5", the Dutch "7,5", "1.234,5" or "1,234.5",
 * with or without a unit after it ("7,5 uur", "8h").
 */

const LEADING_NUMBER = /^[+-]?(?:\d[\d.,]*|[.,]\d+)/;

/**
 * Hours as a number, or undefined when the cell holds no number. With both separators present,
 * the last one is the decimal mark; a lone comma is a decimal comma, as Dutch owners write it.
 */
export function parseHours(text: string): number | undefined {
  const match = LEADING_NUMBER.exec(text.trim());
  if (match === null) return undefined;
  let digits = match[0].replace(/[.,]+$/, "");
  const dot = digits.lastIndexOf(".");
  const comma = digits.lastIndexOf(",");
  if (dot !== -1 && comma !== -1) {
    const decimal = dot > comma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    digits = digits.split(thousands).join("").replace(decimal, ".");
  } else if (comma !== -1) {
    digits = digits.split(",").length > 2 ? digits.split(",").join("") : digits.replace(",", ".");
  } else if (digits.split(".").length > 2) {
    digits = digits.split(".").join("");
  }
  const value = Number(digits);
  return Number.isFinite(value) ? value : undefined;
}
