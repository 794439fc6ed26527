/**
 * Cells as the core needs them. `Range.values` gives strings, numbers (dates too), booleans, and
 * errors as their text ("#N/A"); `valueTypes` tells an error from text that merely looks like one.
 * A task must be text; any other value is skipped with a reason rather than guessed at.
 */

import { parseHours } from "../core/hours";
import { cellText as textOf } from "../core/cell-text";

/** Why a task cell was skipped. */
export type SkipReason = "number" | "boolean" | "error" | "other";

/** A task cell: text to classify, blank (no task on this row), or skipped with a reason. */
export type TaskCell =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "blank" }
  | { readonly kind: "skip"; readonly reason: SkipReason };

const BLANK: TaskCell = { kind: "blank" };

/** Reads a task cell from its value and its value type. */
export function taskCell(value: unknown, type: string | undefined): TaskCell {
  if (type === "Empty" || value === "" || value === null || value === undefined) return BLANK;
  if (type === "Error") return { kind: "skip", reason: "error" };
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? BLANK : { kind: "text", text };
  }
  if (typeof value === "number") return { kind: "skip", reason: "number" };
  if (typeof value === "boolean") return { kind: "skip", reason: "boolean" };
  return { kind: "skip", reason: "other" };
}

/**
 * The text of an employee, role or override cell, as the core reads a cell (text trimmed, a
 * number as shown in General format for employee numbers, TRUE/FALSE); nothing for an empty or
 * error cell, whose value type is what tells an error from text that looks like one.
 */
export function cellText(value: unknown, type: string | undefined): string | undefined {
  if (type === "Error" || type === "Empty") return undefined;
  const text = textOf(value);
  return text === "" ? undefined : text;
}

/** Hours from a cell: a number as it is, text as owners type it ("7,5 uur"); else nothing. */
export function hoursOf(value: unknown, type: string | undefined): number | undefined {
  if (type === "Error") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return parseHours(value);
  return undefined;
}
