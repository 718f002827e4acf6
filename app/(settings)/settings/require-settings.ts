import "server-only";
import { notFound, redirect } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { getSessionAgent } from "@/lib/auth/session";

/**
 * Every settings page checks the session itself (a layout is not re-rendered on client
 * navigation, so it cannot be the only guard).
 */
export async function requireSignedIn(returnTo: string) {
  const agent = await getSessionAgent();
  if (!agent) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return agent;
}

/** Admin-only pages: anyone else gets the not-found page, as the API answers them 403. */
export async function requireAdmin(returnTo: string) {
  const agent = await requireSignedIn(returnTo);
  if (!can.role(agent, "settings.manage")) notFound();
  return agent;
}
