import "server-only";
import { AfilnetApiError, AfilnetInputError, AfilnetTransportError } from "@/lib/afilnet/errors";

/**
 * A short, safe code for what went wrong with a provider call, stored on the channel and shown
 * to agents: `transport:timeout`, `transport:http_503`, `api:CHANNEL_NOT_FOUND`, `internal`.
 * Never a message, a URL or anything else that could carry credentials.
 */
export function syncErrorCode(error: unknown): string {
  if (error instanceof AfilnetTransportError) {
    return error.kind === "http_status" && error.status ? `transport:http_${error.status}` : `transport:${error.kind}`;
  }
  if (error instanceof AfilnetApiError) return `api:${sanitize(error.code)}`;
  if (error instanceof AfilnetInputError) return "input";
  return "internal";
}

/** Provider error codes are free strings: keep them short and plain. */
function sanitize(code: string): string {
  return code.replace(/[^A-Za-z0-9_.-]/g, "").slice(0, 60) || "UNKNOWN";
}

/**
 * For the log: the provider code, or an unexpected error's class and SQLSTATE-like code. Never
 * its message, which for a failed query lists the parameters (message text among them).
 */
export function describeError(error: unknown): string {
  const code = syncErrorCode(error);
  if (code !== "internal") return code;
  const e = error as { name?: unknown; code?: unknown; cause?: { code?: unknown; name?: unknown } } | null;
  const inner = e?.cause && typeof e.cause === "object" ? e.cause : undefined;
  const sqlState = typeof e?.code === "string" ? e.code : typeof inner?.code === "string" ? inner.code : null;
  const name = typeof inner?.name === "string" && inner.name !== "Error" ? inner.name : typeof e?.name === "string" ? e.name : "Error";
  return `internal: ${name}${sqlState ? ` ${sqlState}` : ""}`;
}
