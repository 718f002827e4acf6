import "server-only";
import http from "node:http";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";

const globalForPeer = globalThis as unknown as { switchboardPeerAddress?: boolean };

/**
 * Route handlers never see the socket, and Next.js fills X-Forwarded-For from it only when the
 * client sent none: so a client can name any address. This stamps every incoming request with
 * its TCP peer's address under a header of our own, overwriting a client's value, before Next.js
 * handles it. Installed once per process, before the server takes requests.
 */
export function stampPeerAddresses(): void {
  if (globalForPeer.switchboardPeerAddress) return;
  globalForPeer.switchboardPeerAddress = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "unknown";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
