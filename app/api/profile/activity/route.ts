import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { activitySchema, markActive } from "@/lib/teams/presence";
import type { PresenceResponse } from "@/lib/teams/types";

export const dynamic = "force-dynamic";

/**
 * Input in an inbox tab (keys, pointer, touch, the tab shown again), reported at most once a
 * minute per tab: the agent is Online again, or stays so. No body, or an empty JSON object.
 */
export const POST = withAgent(rules.signedIn(), async (req, { agent }) => {
  if (req.body !== null && req.headers.get("content-length") !== "0") await parseJsonBody(req, activitySchema, 256);
  const { db } = await getRuntime();
  const after = await markActive(db, agent.id);
  return Response.json((after ?? { presence: "offline", away: false }) satisfies PresenceResponse);
});
