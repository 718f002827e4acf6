import "server-only";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { parseEnv, publicUrlOf, readProcessEnv } from "@/lib/config/env";
import { API_CONTENT_SECURITY_POLICY, strictTransportSecurity } from "@/lib/security/headers";
import { BAD_PATH_BODY, isDecodablePath, isRequestId } from "@/lib/security/request-edge";

const globalForEdge = globalThis as unknown as { switchboardHttpEdge?: boolean };

/**
 * What the HTTP server does to each request before Next.js handles it, installed once per process
 * before the server takes requests (instrumentation.ts):
 *
 * - Every request is stamped with its TCP peer's address under a header of our own, overwriting a
 *   client's value: route handlers never see the socket, and Next.js fills X-Forwarded-For from
 *   it only when the client sent none, so a client could otherwise name any address.
 * - API requests get here what proxy.ts gives pages: a request id, the API's policy (and HSTS on
 *   an https PUBLIC_URL) on the answer, and a 400 for an undecodable path. The API does not pass
 *   through proxy.ts: Next's middleware machinery costs ~1.1 ms of CPU per request, a third of a
 *   read route's (docs/benchmarks.md, "API requests per second").
 */
export function installHttpEdge(): void {
  if (globalForEdge.switchboardHttpEdge) return;
  globalForEdge.switchboardHttpEdge = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "unknown";
      if (answeredAtTheEdge(req, args[1] as http.ServerResponse)) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

// Read at the first request, not at import: the start validates the environment first.
let hstsValue: string | null | undefined;
const getHsts = () => (hstsValue === undefined ? (hstsValue = strictTransportSecurity(publicUrlOf(parseEnv(readProcessEnv())))) : hstsValue);

/** Prepares an API request; answers true when it answered it itself (a broken path). */
function answeredAtTheEdge(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const url = req.url ?? "";
  if (!url.startsWith("/api/")) return false;
  res.setHeader("content-security-policy", API_CONTENT_SECURITY_POLICY);
  const hsts = getHsts();
  if (hsts) res.setHeader("strict-transport-security", hsts);
  const query = url.indexOf("?");
  if (!isDecodablePath(query === -1 ? url : url.slice(0, query))) {
    res.writeHead(400, { "content-type": "application/json", "x-content-type-options": "nosniff" });
    res.end(BAD_PATH_BODY);
    return true;
  }
  if (!isRequestId(req.headers["x-request-id"] as string | undefined)) req.headers["x-request-id"] = randomUUID();
  return false;
}
