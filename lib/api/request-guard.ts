import "server-only";
import { AppError } from "@/lib/errors";
import { readCappedBody } from "@/lib/http/capped-body";

/** Methods that change state: they must come from a page of this site (CSRF). */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const JSON_BODY_LIMIT_BYTES = 64 * 1024;

export const crossOriginRefused = () =>
  new AppError("cross_origin", 403, "This request did not come from a Switchboard page. Reload the page and try again.");

/**
 * A browser names the page that sent a request in `Origin` (and `Sec-Fetch-Site`). A
 * state-changing request is accepted only from this site: the public URL's origin, or the host
 * the request was sent to (a page served on that host). A form or fetch from any other site,
 * even a same-site one, is refused, and so is a request that names no origin at all.
 */
export function isSameOrigin(req: Request, publicUrl: string): boolean {
  const origin = req.headers.get("origin");
  if (origin === null) return req.headers.get("sec-fetch-site") === "same-origin";
  if (origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === new URL(publicUrl).origin) return true;
  const host = req.headers.get("host");
  return host !== null && parsed.host === host.toLowerCase();
}

export function assertSameOrigin(req: Request, publicUrl: string): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  if (!isSameOrigin(req, publicUrl)) throw crossOriginRefused();
}

const mediaType = (req: Request) => (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();

/** 415 unless the body is declared as one of `types`: a text/plain form cannot pose as JSON. */
export function assertContentType(req: Request, types: readonly string[]): string {
  const type = mediaType(req);
  if (!types.includes(type)) {
    throw new AppError("unsupported_media_type", 415, `Send the body as ${types.join(" or ")}.`);
  }
  return type;
}

export const bodyTooLarge = (limit: number) =>
  new AppError("payload_too_large", 413, `The request body is larger than ${Math.round(limit / 1024)} KB.`);

/** The body as text, refused with 413 past `limit` bytes (see readCappedBody). */
export async function readBodyText(req: Request, limit: number): Promise<string> {
  const bytes = await readCappedBody(req, limit);
  if (bytes === null) throw bodyTooLarge(limit);
  return bytes.toString("utf8");
}

/** A JSON body: declared as JSON (415), at most `limit` bytes (413), parseable (400). */
export async function readJsonBody(req: Request, limit = JSON_BODY_LIMIT_BYTES): Promise<unknown> {
  assertContentType(req, ["application/json"]);
  const text = await readBodyText(req, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("malformed_body", 400, "The request body must be JSON.");
  }
}
