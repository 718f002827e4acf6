/**
 * Errors thrown by the Afilnet client. Their messages and fields are safe to log and to show:
 * they never carry the account's user, password, Authorization header or a URL holding them.
 */

export const AFILNET_METHODS = [
  "getchatchannels",
  "sendmessage",
  "sendfile",
  "getchats",
  "getmessages",
  "getunreadmessages",
] as const;
export type AfilnetMethod = (typeof AFILNET_METHODS)[number];

/** The codes the vendor documents for the `chat` class. */
export const AFILNET_ERROR_CODES = [
  "MISSING_USER",
  "MISSING_PASSWORD",
  "MISSING_CLASS",
  "MISSING_METHOD",
  "MISSING_COMPULSORY_PARAM",
  "INCORRECT_USER_PASSWORD",
  "INCORRECT_CLASS",
  "INCORRECT_METHOD",
  "CHANNEL_NOT_FOUND",
  "CHAT_NOT_FOUND",
  "INCORRECT_FILETYPE",
  "INCORRECT_FILEURL",
  "INCORRECT_THUMBURL",
] as const;
export type AfilnetDocumentedErrorCode = (typeof AFILNET_ERROR_CODES)[number];
/** A documented code, or whatever else the provider sends (kept verbatim, never dropped). */
export type AfilnetErrorCode = AfilnetDocumentedErrorCode | (string & {});

export function isDocumentedErrorCode(code: string): code is AfilnetDocumentedErrorCode {
  return (AFILNET_ERROR_CODES as readonly string[]).includes(code);
}

/** The provider answered `status: ERROR`. None of its codes is worth retrying as is. */
export class AfilnetApiError extends Error {
  override readonly name = "AfilnetApiError";
  readonly retryable = false;
  readonly documented: boolean;

  constructor(
    readonly method: AfilnetMethod,
    readonly code: AfilnetErrorCode,
  ) {
    super(`Afilnet ${method} failed with ${code}`);
    this.documented = isDocumentedErrorCode(code);
  }
}

export type AfilnetTransportErrorKind = "http_status" | "not_json" | "malformed" | "timeout" | "network";

/**
 * Whether the request got to the provider. "no": it certainly did not (refused, unknown host),
 * so a send may be repeated. "yes": something answered, just not with the protocol. "ambiguous":
 * the connection died or timed out after sending, so a send may have taken effect.
 */
export type AfilnetReachedServer = "no" | "yes" | "ambiguous";

export interface AfilnetTransportErrorDetails {
  kind: AfilnetTransportErrorKind;
  method: AfilnetMethod;
  reachedServer: AfilnetReachedServer;
  /** HTTP status, when an answer came back. */
  status?: number;
  /** System error code of the network failure (ECONNRESET, UND_ERR_SOCKET…), when known. */
  causeCode?: string;
  /** The start of an unexpected answer, redacted, for the log. */
  bodySnippet?: string;
  /** Requests made for this call, retries included. */
  attempts?: number;
}

/** Anything but a well-formed answer: HTTP error, HTML page, bad JSON, wrong shape, timeout, reset. */
export class AfilnetTransportError extends Error {
  override readonly name = "AfilnetTransportError";
  readonly kind: AfilnetTransportErrorKind;
  readonly method: AfilnetMethod;
  readonly reachedServer: AfilnetReachedServer;
  readonly status?: number;
  readonly causeCode?: string;
  readonly bodySnippet?: string;
  attempts: number;

  constructor(message: string, details: AfilnetTransportErrorDetails) {
    super(`Afilnet ${details.method}: ${message}`);
    this.kind = details.kind;
    this.method = details.method;
    this.reachedServer = details.reachedServer;
    this.status = details.status;
    this.causeCode = details.causeCode;
    this.bodySnippet = details.bodySnippet;
    this.attempts = details.attempts ?? 1;
  }

  /**
   * A malformed answer is the provider speaking a shape this client does not understand; asking
   * again gets the same answer. Every other transport failure may pass.
   */
  get retryable(): boolean {
    return this.kind !== "malformed";
  }

  /** A send that failed this way may still have been delivered: check upstream before resending. */
  get mayHaveTakenEffect(): boolean {
    return this.reachedServer !== "no";
  }
}

/** The caller handed the client something the protocol cannot carry; a programming error. */
export class AfilnetInputError extends Error {
  override readonly name = "AfilnetInputError";
  readonly retryable = false;

  constructor(
    readonly method: AfilnetMethod,
    /** Paths of the offending fields, never their values (message text is private). */
    readonly fields: string[],
  ) {
    super(`Afilnet ${method}: invalid input (${fields.join(", ") || "input"})`);
  }
}

export type AfilnetError = AfilnetApiError | AfilnetTransportError | AfilnetInputError;

export function isAfilnetError(error: unknown): error is AfilnetError {
  return (
    error instanceof AfilnetApiError || error instanceof AfilnetTransportError || error instanceof AfilnetInputError
  );
}
