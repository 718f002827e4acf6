import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, apiFetch } from "./api-fetch";

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
let server: Server;
let base = "";

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const handler = routes.get(`${req.method} ${req.url}`);
      if (handler) handler(req, body, res);
      else json(res, 404, { error: { code: "not_found", message: "No such route." } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("apiFetch", () => {
  it("returns the parsed JSON body of a successful call", async () => {
    routes.set("GET /api/channels", (_req, _body, res) => json(res, 200, { channels: [{ id: "c1" }] }));
    await expect(apiFetch<{ channels: { id: string }[] }>(`${base}/api/channels`)).resolves.toEqual({
      channels: [{ id: "c1" }],
    });
  });

  it("sends a JSON body with a JSON content type", async () => {
    routes.set("POST /api/echo", (req, body, res) =>
      json(res, 201, { contentType: req.headers["content-type"], received: JSON.parse(body) }),
    );
    const answer = await apiFetch<{ contentType: string; received: unknown }>(`${base}/api/echo`, {
      method: "POST",
      body: JSON.stringify({ text: "hi" }),
    });
    expect(answer).toEqual({ contentType: "application/json", received: { text: "hi" } });
  });

  it("throws the API's own code, message and fields on an error", async () => {
    routes.set("POST /api/reply", (_req, _body, res) =>
      json(res, 422, { error: { code: "invalid_input", message: "Write a message first.", fields: { text: "Required" } } }),
    );
    const error = await caught(apiFetch(`${base}/api/reply`, { method: "POST", body: "{}" }));
    expect(error).toMatchObject({ status: 422, code: "invalid_input", message: "Write a message first.", fields: { text: "Required" } });
  });

  it("falls back to plain words when an error body is not the API's shape", async () => {
    routes.set("GET /api/down", (_req, _body, res) => res.writeHead(502, { "Content-Type": "text/html" }).end("<h1>Bad gateway</h1>"));
    const error = await caught(apiFetch(`${base}/api/down`));
    expect(error.status).toBe(502);
    expect(error.code).toBe("http_502");
    expect(error.message).toMatch(/Could not reach the provider/);
  });

  it("reports an unreachable server as a network error with status 0", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await caught(apiFetch(`http://127.0.0.1:${port}/api/channels`));
    expect(error).toMatchObject({ status: 0, code: "network_error" });
  });
});
