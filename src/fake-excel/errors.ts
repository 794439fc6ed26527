/**
 * Errors as Excel raises them: a `RichApi.Error` with a `code`, a message, and `debugInfo`
 * naming where it happened. Codes and messages are those of "Error handling with the
 * application-specific JavaScript APIs" (learn.microsoft.com/office/dev/add-ins/testing/
 * application-specific-api-error-handling); PropertyNotLoaded is what office.js throws for a
 * property read before load and sync.
 */

/** The error a fake request fails with, shaped like `OfficeExtension.Error`. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: {
    readonly code: string;
    readonly message: string;
    readonly errorLocation: string;
  };

  constructor(code: string, message: string, errorLocation: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

const MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of the Office application.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  GeneralException: "There was an internal error while processing the request.",
};

/** An error with Excel's message for the code, and an optional detail after it. */
export function officeError(code: string, errorLocation: string, detail?: string): FakeOfficeError {
  const message = MESSAGES[code] ?? code;
  return new FakeOfficeError(
    code,
    detail === undefined ? message : `${message} ${detail}`,
    errorLocation
  );
}

/** What office.js throws when a property is read before it was loaded and synced. */
export function propertyNotLoaded(className: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${className}.${property}`
  );
}
