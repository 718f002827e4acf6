import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getRuntime } from "@/lib/runtime/boot";
import { decodeSessionToken, sessionCookieName } from "./session-token";
import { findSessionAgent, type SignedInAgent } from "./sessions";

export type { SessionAgent, SignedInAgent } from "./sessions";

/**
 * The signed-in agent of this request, or null. The session row and the agent are read from the
 * database on every request, so sign-out, "Sign out everywhere", a new password or a
 * deactivation end access at once, whatever a copied cookie says. Cached per request: a page
 * and its layout read it once.
 */
export const getSessionAgent = cache(async (): Promise<SignedInAgent | null> => {
  const runtime = await getRuntime();
  const jar = await cookies();
  const sessionId = await decodeSessionToken(jar.get(sessionCookieName(runtime.config.publicUrl))?.value, runtime.config.authSecret);
  if (!sessionId) return null;
  return findSessionAgent(runtime.db, sessionId, runtime.config.mode);
});
