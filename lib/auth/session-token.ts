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

/** The session id a cookie names, or null for anything forged, expired or malformed. */
export async function decodeSessionToken(token: string | undefined, secret: string): Promise<string | null> {
  if (!token || token.length > 4096) return null;
  try {
    const payload = await decode({ token, secret });
    const sid = payload?.sid;
    return typeof sid === "string" && UUID.test(sid) ? sid : null;
  } catch {
    return null;
  }
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
