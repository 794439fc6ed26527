/**
 * The one error type the adapter hands to the pane and the ribbon command: a message a person can
 * act on, in English and Dutch, with the technical cause kept for whoever has to look into it.
 * Office errors are mapped by their `code` (Excel.ErrorCodes; "Error handling with the
 * application-specific JavaScript APIs" lists them); anything else is reported as unexpected.
 */

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

/** Texts in both languages, so the pane can show the owner's language whatever the run used. */
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

interface Mapping {
  readonly code: FrontBackErrorCode;
  readonly texts: Texts;
}

const CELL_EDIT: Mapping = {
  code: "cell-edit-mode",
  texts: {
    en: "Excel is busy editing a cell. Press Enter or Esc to finish editing, then run FrontBack again.",
    nl: "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc om het bewerken af te ronden en start FrontBack opnieuw.",
  },
};

const ACCESS_DENIED: Mapping = {
  code: "access-denied",
  texts: {
    en: "Excel did not allow the change: the sheet or workbook may be protected or opened read-only. Unprotect it (Review > Unprotect Sheet) or open an editable copy, then run FrontBack again.",
    nl: "Excel stond de wijziging niet toe: het blad of de werkmap is misschien beveiligd of alleen-lezen geopend. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) of open een bewerkbare kopie en start FrontBack opnieuw.",
  },
};

const NOT_FOUND: Mapping = {
  code: "not-found",
  texts: {
    en: "A sheet, table or name FrontBack was working with disappeared while it ran (deleted or renamed). Run FrontBack again.",
    nl: "Een blad, tabel of naam waarmee FrontBack bezig was, verdween tijdens het werk (verwijderd of hernoemd). Start FrontBack opnieuw.",
  },
};

const REJECTED: Mapping = {
  code: "rejected",
  texts: {
    en: "Excel refused what FrontBack tried to write there, often because of merged cells, a filter or a table in the way. Unmerge those cells or clear the filter, then run FrontBack again.",
    nl: "Excel weigerde wat FrontBack daar wilde schrijven, vaak door samengevoegde cellen, een filter of een tabel die in de weg staat. Maak de samenvoeging ongedaan of wis het filter en start FrontBack opnieuw.",
  },
};

const TOO_LARGE: Mapping = {
  code: "too-large",
  texts: {
    en: "The sheet is too large for Excel to pass in one go (Excel on the web limits each exchange to 5 MB). Try Excel on the desktop, or split the tasks over two sheets.",
    nl: "Het blad is te groot om in één keer door te geven (Excel op het web beperkt elke uitwisseling tot 5 MB). Probeer Excel op de computer, of verdeel de taken over twee bladen.",
  },
};

const UNSUPPORTED: Mapping = {
  code: "unsupported",
  texts: {
    en: "This version of Excel lacks something FrontBack needs. FrontBack works in Excel 2016 or later, Microsoft 365 and Excel on the web: update Excel and try again.",
    nl: "Deze versie van Excel mist iets wat FrontBack nodig heeft. FrontBack werkt in Excel 2016 of later, Microsoft 365 en Excel op het web: werk Excel bij en probeer het opnieuw.",
  },
};

const UNEXPECTED: Mapping = {
  code: "unexpected",
  texts: {
    en: "Something unexpected went wrong, so FrontBack stopped. Your own cells are as you left them. Try again; if it happens again, send the technical details below to whoever supports FrontBack.",
    nl: "Er ging iets onverwachts mis, dus FrontBack is gestopt. Uw eigen cellen zijn zoals u ze achterliet. Probeer het opnieuw; gebeurt het weer, stuur dan de technische details hieronder naar wie FrontBack ondersteunt.",
  },
};

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

const PARTLY_WRITTEN: Texts = {
  en: "FrontBack had written part of its results when this happened, so some rows may show results from an earlier run; running it again finishes the job.",
  nl: "FrontBack had al een deel van de resultaten geschreven toen dit gebeurde, dus sommige rijen tonen misschien resultaten van een eerdere keer; start FrontBack opnieuw om het af te maken.",
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
  const texts: Texts = wrote
    ? {
        en: `${mapping.texts.en} ${PARTLY_WRITTEN.en}`,
        nl: `${mapping.texts.nl} ${PARTLY_WRITTEN.nl}`,
      }
    : mapping.texts;
  return new FrontBackError(mapping.code, texts, cause);
}

/** An expected stop with FrontBack's own message (nothing from Excel behind it). */
export function stop(code: FrontBackErrorCode, texts: Texts): FrontBackError {
  return new FrontBackError(code, texts);
}

/** The error a run could not even start with: Excel older than the floor. */
export function unsupportedExcel(): FrontBackError {
  return new FrontBackError(UNSUPPORTED.code, UNSUPPORTED.texts, "ExcelApi 1.7 is not supported");
}
