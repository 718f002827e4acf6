import "server-only";
import { redirect } from "next/navigation";
import { getSessionAgent } from "@/lib/auth/session";

/**
 * Every inbox page checks the session itself: the proxy only redirects, and a layout is not
 * re-rendered on client navigation, so it cannot be the only guard.
 */
export async function requireAgent(returnTo: string) {
  const agent = await getSessionAgent();
  if (!agent) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return agent;
}
