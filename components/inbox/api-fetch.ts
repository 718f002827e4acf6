// The mini build: this file ships to every page, on phones too.
import { z } from "zod/mini";

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

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().check(z.minLength(1)),
    fields: z.optional(z.record(z.string(), z.string())),
  }),
});

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
    const parsed = errorBodySchema.safeParse(await readJson(res));
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiError(res.status, code, message, fields);
    }
    throw new ApiError(res.status, `http_${res.status}`, fallbackMessage(res.status));
  }

  if (res.status === 204) return undefined as T;
  const body = await readJson(res);
  if (body === undefined) throw new ApiError(res.status, "bad_response", "The server sent an unreadable answer. Try again.");
  return body as T;
}
