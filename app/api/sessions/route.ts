import { rules } from "@/lib/auth/route-rules";
import { withAgent } from "@/lib/api/handler";
import { clearSessionCookie } from "@/lib/auth/session-token";
import { endAgentSessions } from "@/lib/auth/sessions";
import { getRuntime } from "@/lib/runtime/boot";
import { recordAudit } from "@/lib/teams/audit";

export const dynamic = "force-dynamic";

export interface SignOutEverywhereResponse {
  ended: number;
}

/** "Sign out everywhere": every session of the signed-in agent ends, this one included. */
export const DELETE = withAgent(rules.signedIn(), async (_req, { agent }) => {
  const { db, config } = await getRuntime();
  const ended = await db.transaction(async (tx) => {
    const count = await endAgentSessions(tx, agent.id);
    await recordAudit(tx, { actor: agent, kind: "sign_out", target: { type: "agent", id: agent.id }, after: { scope: "everywhere", sessions: count } });
    return count;
  });
  return Response.json({ ended } satisfies SignOutEverywhereResponse, { headers: { "set-cookie": clearSessionCookie(config.publicUrl) } });
});
