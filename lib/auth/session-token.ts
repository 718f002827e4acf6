import "server-only";
import { decode, encode } from "next-auth/jwt";

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

// next-auth's cookie names, so the proxy's redirect and existing tooling keep recognising them.
// The __Secure- prefix makes browsers refuse the cookie over plain http: only for https sites.
const PLAIN_COOKIE = "next-auth.session-token";
const SECURE_COOKIE = "__Secure-next-auth.session-token";

export function sessionCookieName(publicUrl: string): string {
  return publicUrl.startsWith("https:") ? SECURE_COOKIE : PLAIN_COOKIE;
}

/**
 * The cookie holds next-auth's encrypted token (JWE, key derived from AUTH_SECRET) naming a row
 * of agent_sessions. The row is the authority: deleting it ends the session whatever the
 * cookie says, which a self-contained JWT could not do.
 */
export function encodeSessionToken(sessionId: string, agentId: string, secret: string): Promise<string> {
  return encode({ token: { sub: agentId, sid: sessionId }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Decoded cookies, by their exact string. Decoding costs an HKDF key derivation and a JWE
 * decryption on every request (about 3 % of the server's CPU under load, see docs/benchmarks.md),
 * yet a given string always decodes to the same session id until the token expires. Only what
 * decoded is kept, until the token's own `exp`, and only for the secret it was decoded with. This
 * is not a session cache: the session row is still read on every request (findSessionAgent), so
 * sign-out and revocation end access at once. Bounded: the oldest entry goes first.
 */
const decoded = new Map<string, { sid: string; secret: string; expiresAtMs: number }>();
const DECODED_MAX_ENTRIES = 10_000;

/** The session id a cookie names, or null for anything forged, expired or malformed. */
export async function decodeSessionToken(token: string | undefined, secret: string): Promise<string | null> {
  if (!token || token.length > 4096) return null;
  const known = decoded.get(token);
  if (known && known.secret === secret && Date.now() < known.expiresAtMs) return known.sid;
  try {
    const payload = await decode({ token, secret });
    const sid = payload?.sid;
    if (typeof sid !== "string" || !UUID.test(sid)) return null;
    if (typeof payload?.exp === "number") remember(token, { sid, secret, expiresAtMs: payload.exp * 1000 });
    return sid;
  } catch {
    return null;
  }
}

function remember(token: string, entry: { sid: string; secret: string; expiresAtMs: number }) {
  decoded.delete(token);
  if (decoded.size >= DECODED_MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
  decoded.set(token, entry);
}

export function sessionCookieOptions(publicUrl: string, maxAgeSeconds = SESSION_MAX_AGE_SECONDS) {
  return {
    name: sessionCookieName(publicUrl),
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: publicUrl.startsWith("https:"),
    maxAge: maxAgeSeconds,
  };
}

/** A Set-Cookie header value (route handlers answer plain Responses). */
export function serializeSessionCookie(publicUrl: string, value: string, maxAgeSeconds = SESSION_MAX_AGE_SECONDS): string {
  const o = sessionCookieOptions(publicUrl, maxAgeSeconds);
  return [`${o.name}=${value}`, `Path=${o.path}`, `Max-Age=${maxAgeSeconds}`, "HttpOnly", "SameSite=Lax", ...(o.secure ? ["Secure"] : [])].join("; ");
}

export const clearSessionCookie = (publicUrl: string) => serializeSessionCookie(publicUrl, "", 0);
