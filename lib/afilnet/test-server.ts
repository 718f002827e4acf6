import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A tiny stand-in for Afilnet for the client's tests: a real HTTP server on 127.0.0.1 whose
 * answers each test sets, recording every request it gets.
 */

export interface RecordedRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The form body, parsed (empty for GET). */
  form: Record<string, string>;
  /** Query and form together, as the provider reads them. */
  params: Record<string, string>;
}

export type Reply =
  | { kind: "json"; body: unknown; status?: number; delayMs?: number }
  | { kind: "raw"; body: string; status?: number; contentType?: string; headers?: Record<string, string> }
  /** Accept the request and never answer: the caller times out. */
  | { kind: "hang" }
  /** Drop the connection without answering. */
  | { kind: "reset" };

export type Responder = (request: RecordedRequest) => Reply;

export const success = (result?: unknown): Reply => ({
  kind: "json",
  body: result === undefined ? { status: "SUCCESS" } : { status: "SUCCESS", result },
});
export const failure = (code: string): Reply => ({ kind: "json", body: { status: "ERROR", error: code } });
export const list = (rows: unknown[]): Reply => success({ list: rows });

export interface AfilnetTestServer {
  /** e.g. http://127.0.0.1:41234/sandbox/api/http/ */
  apiUrl: string;
  requests: RecordedRequest[];
  /** Answer every request from now on with this. */
  respond(reply: Reply | Responder): void;
  /** Answer the next requests with these, in order, then fall back to `respond`'s. */
  enqueue(...replies: Reply[]): void;
  close(): Promise<void>;
}

export async function startAfilnetTestServer(): Promise<AfilnetTestServer> {
  const requests: RecordedRequest[] = [];
  const queue: Reply[] = [];
  let fallback: Responder = () => ({ kind: "raw", status: 500, body: "test server: no reply set" });

  const server = createServer(async (req, res) => {
    const recorded = await record(req);
    requests.push(recorded);
    answer(req, res, queue.shift() ?? fallback(recorded));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/sandbox/api/http/`,
    requests,
    respond(reply) {
      fallback = typeof reply === "function" ? reply : () => reply;
    },
    enqueue(...replies) {
      queue.push(...replies);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

async function record(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString("utf8");
  const url = new URL(req.url ?? "/", "http://test.invalid");
  const query = Object.fromEntries(url.searchParams);
  const isForm = (req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
  const form = isForm ? Object.fromEntries(new URLSearchParams(rawBody)) : {};
  return {
    method: req.method ?? "",
    url: req.url ?? "",
    path: url.pathname,
    query,
    headers: req.headers,
    rawBody,
    form,
    params: { ...query, ...form },
  };
}

function answer(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
  switch (reply.kind) {
    case "hang":
      return;
    case "reset":
      req.socket.destroy();
      return;
    case "raw":
      res.writeHead(reply.status ?? 200, {
        "content-type": reply.contentType ?? "text/html; charset=utf-8",
        ...reply.headers,
      });
      res.end(reply.body);
      return;
    case "json": {
      const send = () => {
        res.writeHead(reply.status ?? 200, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(reply.body));
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    }
  }
}

/** The credentials a request carried, and how: form body, query string or Basic header. */
export function credentialsOf(request: RecordedRequest): { user?: string; password?: string; via: string[] } {
  const via: string[] = [];
  if ("user" in request.form || "password" in request.form) via.push("body");
  if ("user" in request.query || "password" in request.query) via.push("query");
  const header = request.headers.authorization;
  if (header?.startsWith("Basic ")) {
    via.push("basic");
    const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1), via };
  }
  return { user: request.params.user, password: request.params.password, via };
}
