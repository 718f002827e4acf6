import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { setAlertMode } from "@/lib/teams/alert-mode";
import { alertModeSchema } from "@/lib/validation/alerts";

export const dynamic = "force-dynamic";

/** One's own in-tab alerts: all messages, new conversations only, or off. */
export const PUT = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { db } = await getRuntime();
  const alertMode = await setAlertMode(db, agent.id, await parseJsonBody(req, alertModeSchema, 1024));
  return Response.json({ alertMode });
});
