import "server-only";
import type { Db } from "@/lib/db/client";
import { readCappedBody } from "@/lib/http/capped-body";
import { takeFault } from "./faults";
import { handleAfilnetRequest, type Credentials } from "./protocol";

/** The HTTP face of the stand-in: Web Request in, Web Response out, faults applied. */

export interface ServeAfilnetOptions {
  db: Db;
  credentials: Credentials;
  /** `http`: credentials in the params (GET query or form POST); `basic`: in Authorization. */
  transport: "http" | "basic";
  now?: () => Date;
}

const HTML_ERROR_PAGE = `<!DOCTYPE html>
<html><head><title>503 Service Temporarily Unavailable</title></head>
<body><h1>Service Temporarily Unavailable</h1><p>The server is temporarily unable to service your request.</p><hr><address>Apache Server</address></body></html>
`;

export async function serveAfilnet(request: Request, options: ServeAfilnetOptions): Promise<Response> {
  const params = await readParams(request);
  const basicAuth = options.transport === "basic" ? parseBasicAuth(request.headers.get("authorization")) : undefined;
  const run = () => handleAfilnetRequest(options.db, params, { credentials: options.credentials, basicAuth, now: options.now });

  const fault = takeFault(params.method);
  switch (fault?.kind) {
    case undefined:
      return json(await run());
    case "latency":
      await sleep(fault.ms, request.signal);
      return json(await run());
    case "http500":
      return new Response("Internal Server Error", { status: 500, headers: { "content-type": "text/plain; charset=utf-8" } });
    case "html":
      return new Response(HTML_ERROR_PAGE, { status: fault.status, headers: { "content-type": "text/html; charset=utf-8" } });
    case "malformed": {
      const body = JSON.stringify(await run());
      return new Response(body.slice(0, Math.max(1, Math.floor(body.length / 2))), {
        status: 200,
        headers: { "content-type": "application/json; charset=utf-8" },
      });
    }
    case "reset":
      return abortedResponse();
    case "blackhole": {
      const envelope = await run();
      await sleep(fault.ms, request.signal);
      return json(envelope);
    }
    case "error":
      return json({ status: "ERROR", error: fault.code });
  }
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json; charset=utf-8" } });
}

/**
 * Headers and a first chunk go out, then the body stream errors: the server can only abort
 * the connection, and the caller's body read fails mid-way, as on a reset.
 */
function abortedResponse(): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"status":"SUCC'));
    },
    async pull(controller) {
      await sleep(20);
      controller.error(new Error("sandbox fault: connection reset"));
    },
  });
  return new Response(stream, { status: 200, headers: { "content-type": "application/json; charset=utf-8" } });
}

// Far above any real call (a message is the largest field); past it the body is not read at all.
const MAX_BODY_BYTES = 256 * 1024;

/** Query string and form body together, the body winning, as PHP's $_REQUEST does. */
async function readParams(request: Request): Promise<Record<string, string>> {
  const params: Record<string, string> = {};
  const add = (key: string, value: unknown) => {
    if (typeof value === "string" && !(key in params)) params[key] = value;
  };
  if (request.method === "POST") {
    const rawType = request.headers.get("content-type") ?? "";
    const type = rawType.toLowerCase();
    try {
      const isForm = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
      const body = isForm ? await readCappedBody(request, MAX_BODY_BYTES) : null;
      if (body === null) {
        // Not a form, or too large to read: no fields from the body.
      } else if (type.startsWith("application/x-www-form-urlencoded")) {
        for (const [key, value] of new URLSearchParams(Buffer.from(body).toString("utf8"))) add(key, value);
      } else {
        const form = await new Response(new Uint8Array(body), { headers: { "content-type": rawType } }).formData();
        for (const [key, value] of form) add(key, value);
      }
    } catch {
      // An unreadable body carries no fields; the caller gets MISSING_USER like any empty call.
    }
  }
  for (const [key, value] of new URL(request.url).searchParams) add(key, value);
  return params;
}

/** `Authorization: Basic base64(user:password)`; null when absent or unreadable. */
export function parseBasicAuth(header: string | null): Credentials | null {
  const match = /^basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon === -1) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
