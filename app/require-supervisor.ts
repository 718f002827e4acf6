import "server-only";
import { forbidden } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireSignedIn } from "@/app/(settings)/settings/require-settings";

/**
 * Supervisors and admins only (the policy's "reports.view", which covers the wallboard): anyone
 * else gets the 403 page, as the API answers them 403. Checked by the layout and the page alike:
 * a layout is not re-rendered on client navigation.
 */
export async function requireSupervisor(returnTo: string) {
  const agent = await requireSignedIn(returnTo);
  if (!can.role(agent, "reports.view")) forbidden();
  return agent;
}
