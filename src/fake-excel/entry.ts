/**
 * What Excel makes of a string written through `Range.values`, as if typed into the cell. The
 * reference (Excel.Range `values`) says: "If the returned value starts with a plus ("+"), minus
 * ("-"), or equal sign ("="), Excel interprets this value as a formula", and that ISO dates
 * (YYYY-MM-DD) are stored as dates. A leading apostrophe makes the rest text and is not part of
 * the value (it becomes the cell's quote prefix; office-js issue #6687 shows `formulas` and
 * `values` both return the text without it). Numbers, percentages and TRUE/FALSE are read as
 * Excel reads them when typed (en-US). "@" is treated as a formula too: Excel's entry reads it as
 * the implicit-intersection operator, and the reference does not promise otherwise.
 */

/** An error value such as #N/A or #NAME?. */
export class ErrorValue {
  constructor(readonly code: string) {}
}

/** What one cell holds. */
export type CellValue = string | number | boolean | ErrorValue;

/** The content a written value turns into. */
export interface Entry {
  readonly value: CellValue | undefined;
  readonly formula?: string;
  readonly quotePrefix?: boolean;
  readonly numberFormat?: string;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Excel's date serial of 1970-01-01. */
const EPOCH_SERIAL = 25569;

function isoDateSerial(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(time)) return undefined;
  return EPOCH_SERIAL + time / 86_400_000;
}

/**
 * Excel's reading of one value written through `values`; a `value` of undefined means empty, and
 * undefined as a whole means Excel refuses it (not a string, number or boolean).
 */
export function enterValue(written: unknown): Entry | undefined {
  if (written === null || written === undefined || written === "") return { value: undefined };
  if (typeof written === "number") {
    return Number.isFinite(written) ? { value: written } : { value: new ErrorValue("#NUM!") };
  }
  if (typeof written === "boolean") return { value: written };
  if (typeof written !== "string") return undefined;
  if (written.startsWith("'")) {
    const rest = written.slice(1);
    return rest === ""
      ? { value: undefined, quotePrefix: true }
      : { value: rest, quotePrefix: true };
  }
  const text = written.trim();
  if (NUMBER.test(text)) return { value: Number(text) };
  if (PERCENT.test(text)) return { value: Number(text.slice(0, -1)) / 100, numberFormat: "0%" };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  const serial = isoDateSerial(text);
  if (serial !== undefined) return { value: serial, numberFormat: "yyyy-mm-dd" };
  if (
    written.startsWith("=") ||
    written.startsWith("+") ||
    written.startsWith("-") ||
    written.startsWith("@")
  ) {
    const formula = written.startsWith("=") ? written : `=${written}`;
    // The fake does not calculate: a formula that was meant as text shows as an error, as
    // "=Call the supplier" does in Excel.
    return { value: new ErrorValue("#NAME?"), formula };
  }
  return { value: written };
}
