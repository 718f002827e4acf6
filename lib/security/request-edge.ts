/**
 * What every request gets before any route code, wherever it enters (proxy.ts for pages, the HTTP
 * server's edge for the API): a well-formed request id and a path whose escapes decode. Pure.
 */

/** A proxy's own id is kept when it looks like one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function isRequestId(value: string | null | undefined): boolean {
  return REQUEST_ID.test(value ?? "");
}

/**
 * Next.js answers 500 (before any route code runs) to a path whose percent escapes do not decode,
 * such as /api/conversations/%ZZ (vercel/next.js#43303): such paths are answered 400 instead.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const BAD_PATH_MESSAGE = "This address has a broken percent escape.";
export const BAD_PATH_BODY = JSON.stringify({ error: { code: "bad_path", message: BAD_PATH_MESSAGE } });
