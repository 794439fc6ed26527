/**
 * One `Excel.run` of the fake: the queue of commands that `sync` sends as one request, and the
 * accounting of each request (round trips, request and response payload in bytes). As in Excel
 * (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model): commands
 * queue on proxy objects and take effect at `sync`, in order; loaded properties become readable
 * only after that `sync`; a command that fails stops the batch, and what ran before it stays done.
 * Excel on the web refuses a request or response over 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded; "Resource limits and performance optimization for Office
 * Add-ins"): a request that is too large runs nothing, a response that is too large has run.
 */

import { FakeOfficeError, officeError } from "./errors";
import type { WorkbookModel } from "./model";

/** One round trip as the fake saw it. */
export interface RequestRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly commands: number;
  /** The error code the request failed with. */
  readonly failed?: string;
}

/** How the fake behaves; every field can change between runs. */
export interface FakeOptions {
  /** The highest ExcelApi requirement set the host supports, e.g. "1.7" or "1.17". */
  apiVersion: string;
  /** Excel on the web's payload limit; Infinity for desktop Excel, which has none. */
  payloadLimitBytes: number;
  /** The owner is typing in a cell: every request fails. */
  cellEditMode: boolean;
}

/** Bytes of a value as JSON in UTF-8, without building the UTF-8 copy. */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

interface Command {
  readonly location: string;
  readonly requestBytes: number;
  /** Runs the command; returns the bytes of what it sends back. */
  readonly run: () => number;
}

/** Bytes each command costs besides its arguments (its id, the object path, the method name). */
const COMMAND_OVERHEAD = 40;

export class FakeSession {
  private queue: Command[] = [];
  /** Loaded values waiting for the request to succeed before they become readable. */
  private staged: (() => void)[] = [];
  private syncCount = 0;

  constructor(
    readonly model: WorkbookModel,
    readonly options: FakeOptions,
    private readonly log: RequestRecord[],
    readonly counters: { calculationSuspended: number; screenUpdatingSuspended: number }
  ) {}

  /** Whether commands are waiting for a sync. */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** Round trips made so far in this run. */
  get syncs(): number {
    return this.syncCount;
  }

  isSetSupported(version: string): boolean {
    const [wantMajor, wantMinor] = version.split(".").map(Number);
    const [haveMajor, haveMinor] = this.options.apiVersion.split(".").map(Number);
    return wantMajor < haveMajor || (wantMajor === haveMajor && wantMinor <= haveMinor);
  }

  /** Queues a command; `run` returns the response bytes it produces (0 for a write). */
  command(location: string, args: unknown, run: () => number | void): void {
    this.queue.push({
      location,
      requestBytes: COMMAND_OVERHEAD + location.length + jsonBytes(args),
      run: () => {
        const bytes = run();
        return typeof bytes === "number" ? bytes : 0;
      },
    });
  }

  /** A member of a newer requirement set than the host has fails at sync, as ApiNotFound. */
  requireApi(version: string, location: string): void {
    if (this.isSetSupported(version)) return;
    this.command(location, null, () => {
      throw officeError("ApiNotFound", location, `(needs ExcelApi ${version})`);
    });
  }

  /** Publishes a loaded value once the request it came with succeeds. */
  stage(publish: () => void): void {
    this.staged.push(publish);
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const commands = this.queue;
    const staged: (() => void)[] = [];
    this.queue = [];
    const requestBytes = commands.reduce((sum, c) => sum + c.requestBytes, 0);
    const record = (responseBytes: number, failed?: string): void => {
      this.log.push({
        requestBytes,
        responseBytes,
        commands: commands.length,
        ...(failed !== undefined && { failed }),
      });
    };
    // Let the caller's code run on before the answer, as a real round trip does.
    await Promise.resolve();
    if (this.options.cellEditMode) {
      this.staged = [];
      record(0, "InvalidOperationInCellEditMode");
      throw officeError("InvalidOperationInCellEditMode", "RequestContext.sync");
    }
    if (requestBytes > this.options.payloadLimitBytes) {
      this.staged = [];
      record(0, "RequestPayloadSizeLimitExceeded");
      throw officeError("RequestPayloadSizeLimitExceeded", "RequestContext.sync");
    }
    let responseBytes = 0;
    for (const command of commands) {
      this.staged = staged;
      try {
        responseBytes += command.run();
      } catch (error) {
        this.staged = [];
        const failure =
          error instanceof FakeOfficeError
            ? error
            : officeError("GeneralException", command.location, String(error));
        record(responseBytes, failure.code);
        throw failure;
      }
    }
    this.staged = [];
    if (responseBytes > this.options.payloadLimitBytes) {
      record(responseBytes, "ResponsePayloadSizeLimitExceeded");
      throw officeError("ResponsePayloadSizeLimitExceeded", "RequestContext.sync");
    }
    record(responseBytes);
    for (const publish of staged) publish();
  }
}
