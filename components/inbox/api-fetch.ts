
/** A failed call to the app's own API, with the message the API meant for the person. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * The API's `{error:{code,message,fields?}}`, checked by hand: this file ships to every page, on
 * phones too, within the first-load budget (zod/mini's core alone is 28 KB gzipped there).
 */
function readErrorBody(body: unknown): { code: string; message: string; fields?: Record<string, string> } | null {
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error !== "object" || error === null) return null;
  const { code, message, fields } = error as Record<string, unknown>;
  if (typeof code !== "string" || typeof message !== "string" || message.length === 0) return null;
  if (fields === undefined) return { code, message };
  if (typeof fields !== "object" || fields === null || Object.values(fields).some((f) => typeof f !== "string")) return null;
  return { code, message, fields: fields as Record<string, string> };
}

/** Words for a failure whose body did not say (a proxy's HTML page, an empty 500…). */
export function fallbackMessage(status: number): string {
  if (status === 401) return "Your session has ended. Sign in again.";
  if (status === 403) return "You are not allowed to do that.";
  if (status === 404) return "This could not be found. It may have been removed.";
  if (status === 422) return "That was not accepted. Check it and try again.";
  if (status === 502 || status === 503 || status === 504)
    return "Could not reach the provider. Nothing was lost; try again in a moment.";
  return "Something went wrong on the server. Try again.";
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return undefined;
  }
}

/**
 * Every browser call to `/api/*` goes through here: JSON in and out, and one error type
 * whatever failed. A 401 means the session is gone, so the whole page goes to sign-in.
 */
export async function apiFetch<T>(url: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json");
  // A FormData body sets its own multipart boundary; naming a type here would break it.
  const isForm = typeof FormData !== "undefined" && init.body instanceof FormData;
  if (init.body !== undefined && !isForm && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");

  let res: Response;
  try {
    res = await fetch(url, { ...init, headers, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network_error", "Could not reach Switchboard. Check your connection and try again.");
  }

  if (res.status === 401 && typeof window !== "undefined") {
    // A full page load on purpose: it drops every cached conversation along with the session.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.href = "/login";
  }

  if (!res.ok) {
    const parsed = readErrorBody(await readJson(res));
    if (parsed) {
      const { code, message, fields } = parsed;
      throw new ApiError(res.status, code, message, fields);
    }
    throw new ApiError(res.status, `http_${res.status}`, fallbackMessage(res.status));
  }

  if (res.status === 204) return undefined as T;
  const body = await readJson(res);
  if (body === undefined) throw new ApiError(res.status, "bad_response", "The server sent an unreadable answer. Try again.");
  return body as T;
}
