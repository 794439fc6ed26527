/**
 * The one error type the adapter hands to the pane and the ribbon command: a message a person can
 * act on, in English and Dutch, with the technical cause kept for whoever has to look into it.
 * Office errors are mapped by their `code` (Excel.ErrorCodes; "Error handling with the
 * application-specific JavaScript APIs" lists them); anything else is reported as unexpected.
 */

import { inEveryLanguage } from "../core/language/languages";
import type { Messages, OfficeErrorKind } from "../core/language/messages";
import type { Language } from "../core/types";

/** What went wrong, as the pane may want to react to it (e.g. offer to choose the task column). */
export type FrontBackErrorCode =
  | "cell-edit-mode"
  | "protected-sheet"
  | "protected-workbook"
  | "empty-sheet"
  | "no-tasks"
  | "no-task-column"
  | "no-employee-column"
  | "header-taken"
  | "data-in-the-way"
  | "no-room"
  | "rules-sheet-broken"
  | "access-denied"
  | "not-found"
  | "rejected"
  | "too-large"
  | "unsupported"
  | "unexpected";

/** Texts in every language, so the pane can show the owner's language whatever the run used. */
export type Texts = Readonly<Record<Language, string>>;

/** An error FrontBack reports to the owner. `message` is the English text. */
export class FrontBackError extends Error {
  readonly code: FrontBackErrorCode;
  readonly texts: Texts;
  /** What Excel (or the code) said, for a bug report; never shown as the main message. */
  readonly technical: string;
  readonly cause: unknown;

  constructor(code: FrontBackErrorCode, texts: Texts, cause?: unknown) {
    super(texts.en);
    this.name = "FrontBackError";
    this.code = code;
    this.texts = texts;
    this.cause = cause;
    this.technical = technicalText(cause);
  }

  /** The message in the given language. */
  messageIn(lang: Language): string {
    return this.texts[lang];
  }
}

function technicalText(cause: unknown): string {
  if (cause === undefined) return "";
  if (typeof cause === "string") return cause;
  if (typeof cause === "object" && cause !== null) {
    const { code, message, debugInfo } = cause as {
      code?: unknown;
      message?: unknown;
      debugInfo?: { errorLocation?: unknown };
    };
    if (typeof code === "string" && code !== "") {
      const location = debugInfo?.errorLocation;
      return [
        code,
        typeof message === "string" ? message : "",
        typeof location === "string" ? `at ${location}` : "",
      ]
        .filter((part) => part !== "")
        .join(": ");
    }
    if (cause instanceof Error) return `${cause.name}: ${cause.message}`;
  }
  try {
    return JSON.stringify(cause) ?? "";
  } catch {
    return Object.prototype.toString.call(cause);
  }
}

/** The `code` of an OfficeExtension.Error, or undefined for anything else. */
export function officeErrorCode(cause: unknown): string | undefined {
  if (typeof cause !== "object" || cause === null || cause instanceof FrontBackError)
    return undefined;
  const code = (cause as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** A message of the catalogue, picked from the messages of any language. */
export type Say = (messages: Messages, lang: Language) => string;

interface Mapping {
  readonly code: FrontBackErrorCode;
  readonly kind: OfficeErrorKind;
}

const CELL_EDIT: Mapping = { code: "cell-edit-mode", kind: "cellEditMode" };
const ACCESS_DENIED: Mapping = { code: "access-denied", kind: "accessDenied" };
const NOT_FOUND: Mapping = { code: "not-found", kind: "notFound" };
const REJECTED: Mapping = { code: "rejected", kind: "rejected" };
const TOO_LARGE: Mapping = { code: "too-large", kind: "tooLarge" };
const UNSUPPORTED: Mapping = { code: "unsupported", kind: "unsupported" };
const UNEXPECTED: Mapping = { code: "unexpected", kind: "unexpected" };

const MAPPINGS: Readonly<Record<string, Mapping>> = {
  InvalidOperationInCellEditMode: CELL_EDIT,
  AccessDenied: ACCESS_DENIED,
  ItemNotFound: NOT_FOUND,
  InvalidReference: NOT_FOUND,
  InvalidArgument: REJECTED,
  InvalidOperation: REJECTED,
  InsertDeleteConflict: REJECTED,
  MergedRangeConflict: REJECTED,
  FilteredRangeConflict: REJECTED,
  PivotTableRangeConflict: REJECTED,
  NonBlankCellOffSheet: REJECTED,
  RequestPayloadSizeLimitExceeded: TOO_LARGE,
  ResponsePayloadSizeLimitExceeded: TOO_LARGE,
  RangeExceedsLimit: TOO_LARGE,
  OperationCellsExceedLimit: TOO_LARGE,
  ApiNotFound: UNSUPPORTED,
  ApiNotAvailable: UNSUPPORTED,
  NotImplemented: UNSUPPORTED,
};

/**
 * Any error from a run as a FrontBackError: a FrontBackError as it is, an Office error by its
 * code, anything else as unexpected. `wrote` says results were already written, which the message
 * then mentions, since the owner then sees a mix of old and new results.
 */
export function toFrontBackError(cause: unknown, wrote = false): FrontBackError {
  if (cause instanceof FrontBackError) return cause;
  const code = officeErrorCode(cause);
  const mapping = (code === undefined ? undefined : MAPPINGS[code]) ?? UNEXPECTED;
  const texts = inEveryLanguage((m) =>
    wrote ? `${m.officeErrors[mapping.kind]} ${m.partlyWritten}` : m.officeErrors[mapping.kind]
  );
  return new FrontBackError(mapping.code, texts, cause);
}

/** An expected stop with FrontBack's own message (nothing from Excel behind it). */
export function stop(code: FrontBackErrorCode, say: Say): FrontBackError {
  return new FrontBackError(code, inEveryLanguage(say));
}

/** The error a run could not even start with: Excel older than the floor. */
export function unsupportedExcel(): FrontBackError {
  return new FrontBackError(
    UNSUPPORTED.code,
    inEveryLanguage((m) => m.officeErrors.unsupported),
    "ExcelApi 1.7 is not supported"
  );
}
