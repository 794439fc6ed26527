/** Numbers as a spreadsheet shows them, shared by every host that reads cells. */

/** A number as Excel shows it in General format: binary noise such as 0.30000000000000004 dropped. */
export function generalNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  return String(Number(value.toPrecision(15)));
}
