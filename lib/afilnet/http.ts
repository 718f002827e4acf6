import "server-only";
import { AfilnetTransportError, type AfilnetMethod } from "./errors";
import { basicCredentials, redact, type Secrets } from "./redact";

/**
 * One HTTP exchange with the provider, in one of its three transports, up to parsed JSON.
 * Everything that is not an HTTP 200 with a JSON body becomes an AfilnetTransportError whose
 * text has been stripped of the credentials (get mode carries them in the URL, and an error
 * page or a system error may echo it).
 */

export type AfilnetAuth = "post" | "basic" | "get";

export interface Transport extends Secrets {
  auth: AfilnetAuth;
  /** Where requests go: the API URL, or its `/api/basic/` sibling in basic mode. */
  endpoint: URL;
  timeoutMs: number;
}

/** `…/api/http/` → `…/api/basic/`; null when the URL does not end that way. */
export function basicEndpointFor(apiUrl: URL): URL | null {
  if (!/\/api\/http\/?$/.test(apiUrl.pathname)) return null;
  const url = new URL(apiUrl);
  url.pathname = apiUrl.pathname.replace(/\/api\/http\/?$/, "/api/basic/");
  return url;
}

export function buildRequest(
  transport: Transport,
  method: AfilnetMethod,
  fields: Record<string, string>,
): { url: URL; init: RequestInit } {
  const { auth, user, password } = transport;
  const url = new URL(transport.endpoint);
  const headers: Record<string, string> = { accept: "application/json" };
  // Next.js may cache GET fetches made while rendering; a poll must always reach the provider.
  const common = { headers, redirect: "manual", cache: "no-store" } as const;
  const params = new URLSearchParams({ class: "chat", method });
  if (auth !== "basic") {
    params.set("user", user);
    params.set("password", password);
  } else {
    headers.authorization = `Basic ${basicCredentials(transport)}`;
  }
  for (const [name, value] of Object.entries(fields)) params.set(name, value);

  if (auth === "get") {
    for (const [name, value] of params) url.searchParams.set(name, value);
    return { url, init: { ...common, method: "GET" } };
  }
  // URLSearchParams sends application/x-www-form-urlencoded;charset=UTF-8, percent-encoding UTF-8.
  return { url, init: { ...common, method: "POST", body: params } };
}

/** Performs the exchange; resolves to the parsed JSON of an HTTP 200 answer. */
export async function exchange(
  transport: Transport,
  method: AfilnetMethod,
  fields: Record<string, string>,
): Promise<unknown> {
  const { url, init } = buildRequest(transport, method, fields);
  const signal = AbortSignal.timeout(transport.timeoutMs);
  const fail = (message: string, details: FailureDetails) =>
    new AfilnetTransportError(redact(message, transport), { ...details, method });
  // Redact before cutting, or the cut could leave half a password behind.
  const clip = (text: string) => snippet(redact(text, transport));

  let body: string;
  try {
    const response = await fetch(url, { ...init, signal });
    if (response.status !== 200) {
      // A redirect is not followed: a POST would lose its form and a GET its credentials' privacy.
      const text = await response.text().catch(() => "");
      const location = redirectHost(response, url);
      const what = location
        ? `redirected to ${location}; point the API URL at the final address`
        : describeBody(text) === "HTML page"
          ? "HTML page"
          : "";
      throw fail(`HTTP ${response.status} from ${url.host}${what ? ` (${what})` : ""}`, {
        kind: "http_status",
        reachedServer: "yes",
        status: response.status,
        bodySnippet: clip(text),
      });
    }
    body = await response.text();
  } catch (error) {
    if (error instanceof AfilnetTransportError) throw error;
    if (signal.aborted) {
      throw fail(`no complete answer from ${url.host} within ${transport.timeoutMs} ms`, {
        kind: "timeout",
        reachedServer: "ambiguous",
      });
    }
    const { code, message } = rootCause(error);
    throw fail(`connection to ${url.host} failed: ${message}`, {
      kind: "network",
      reachedServer: code && NOT_SENT.has(code) ? "no" : "ambiguous",
      causeCode: code,
    });
  }

  try {
    // Some PHP stacks prefix a byte-order mark; it is not part of the JSON.
    return JSON.parse(body.replace(/^\uFEFF/, ""));
  } catch {
    throw fail(`answer from ${url.host} is not JSON (${describeBody(body) || "empty body"})`, {
      kind: "not_json",
      reachedServer: "yes",
      status: 200,
      bodySnippet: clip(body),
    });
  }
}

type FailureDetails = Omit<ConstructorParameters<typeof AfilnetTransportError>[1], "method">;

/** Failures that happen before a byte of the request leaves: repeating a send is then safe. */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** fetch wraps system errors in `TypeError: fetch failed`; the useful part is the innermost cause. */
function rootCause(error: unknown): { code?: string; message: string } {
  let current: unknown = error;
  let code: string | undefined;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const ownCode = (current as { code?: unknown }).code;
    if (typeof ownCode === "string") code = ownCode;
    if (!(current.cause instanceof Error)) break;
    current = current.cause;
  }
  const message = current instanceof Error ? current.message : String(current);
  return { code, message: code && !message.includes(code) ? `${message} (${code})` : message };
}

function redirectHost(response: Response, requested: URL): string | null {
  if (response.status < 300 || response.status >= 400) return null;
  const location = response.headers.get("location");
  if (!location) return null;
  try {
    return new URL(location, requested).host;
  } catch {
    return null;
  }
}

function describeBody(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return "";
  if (trimmed.startsWith("<")) return "HTML page";
  return trimmed.startsWith("{") || trimmed.startsWith("[") ? "truncated or invalid JSON" : "plain text";
}

function snippet(text: string): string | undefined {
  const collapsed = text.replace(/\s+/g, " ").trim();
  return collapsed ? collapsed.slice(0, 200) : undefined;
}
