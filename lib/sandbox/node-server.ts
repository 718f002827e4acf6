import "server-only";
import { errorFields, logFor } from "@/lib/observability/log";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SANDBOX_CREDENTIALS } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import { serveAfilnet } from "./http";
import type { Credentials } from "./protocol";

/**
 * The stand-in on a plain node:http server, outside Next: for tests of the app's client that
 * want a faithful Afilnet on 127.0.0.1. Serves `/api/http/` and `/api/basic/` (with or without
 * the trailing slash, under any prefix); everything else is a 404.
 */

export interface SandboxServer {
  /** e.g. http://127.0.0.1:41234/api/http/ */
  apiUrl: string;
  basicUrl: string;
  close: () => Promise<void>;
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export async function startSandboxServer(options: {
  db: Db;
  credentials?: Credentials;
  now?: () => Date;
  /** Called with each request as it arrives: lets a test check what travels where. */
  onRequest?: (request: SeenRequest) => void;
  /** A fixed port, to bring the "provider" back where the app expects it; default any free one. */
  port?: number;
}): Promise<SandboxServer> {
  const credentials = options.credentials ?? SANDBOX_CREDENTIALS;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logFor("sandbox").error(errorFields(error), "sandbox server failed a request");
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    options.onRequest?.({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers });
    const transport = /\/api\/http\/?$/.test(url.pathname) ? "http" : /\/api\/basic\/?$/.test(url.pathname) ? "basic" : null;
    if (!transport) {
      res.writeHead(404).end();
      return;
    }
    const request = await toWebRequest(req, res, url);
    const response = await serveAfilnet(request, { db: options.db, credentials, transport, now: options.now });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) return void res.end();
    const reader = response.body.getReader();
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) res.write(r.value);
      res.end();
    } catch {
      // The body failed mid-way (the `reset` fault): drop the connection like a real reset.
      res.destroy();
    }
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${base}/api/http/`,
    basicUrl: `${base}/api/basic/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function toWebRequest(req: IncomingMessage, res: ServerResponse, url: URL): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(key, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
  }
  const abort = new AbortController();
  // Lets a held answer (blackhole, latency) stop waiting once the caller has gone.
  res.once("close", () => abort.abort());
  return new Request(url, {
    method: req.method,
    headers,
    body: req.method === "GET" || req.method === "HEAD" ? undefined : body,
    signal: abort.signal,
  });
}
