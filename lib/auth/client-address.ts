import "server-only";

/**
 * Set on every request from the TCP peer's address, replacing whatever a client sent under this
 * name (see lib/runtime/http-edge.ts): the one address a client cannot choose.
 */
export const PEER_ADDRESS_HEADER = "x-switchboard-peer";

/**
 * The client's address for throttling. With no proxy in front (TRUST_PROXY_HOPS=0), the TCP
 * peer: X-Forwarded-For is the client's to forge. Behind N proxies that each append the address
 * they saw, the N-th entry from the right of X-Forwarded-For (what the outermost trusted proxy
 * saw); entries further left are the client's to forge.
 */
export function clientAddress(headers: Headers, trustProxyHops: number): string {
  const peer = headers.get(PEER_ADDRESS_HEADER) ?? "unknown";
  if (trustProxyHops === 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustProxyHops] ?? peer;
}
