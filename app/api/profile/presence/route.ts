import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { choosePresence, ownPresence, presenceChoiceSchema } from "@/lib/teams/presence";
import type { PresenceResponse } from "@/lib/teams/types";

export const dynamic = "force-dynamic";

const NONE: PresenceResponse = { presence: "offline", away: false };

/** One's own presence: the header's dot and the account menu's "Status". */
export const GET = withAgent(rules.signedIn(), async (_req, { agent }) => {
  const { db } = await getRuntime();
  return Response.json(((await ownPresence(db, agent.id)) ?? NONE) satisfies PresenceResponse);
});

/** `{away: true}` chooses Away until `{away: false}` (every signed-in agent, whatever its role). */
export const PUT = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { away } = await parseJsonBody(req, presenceChoiceSchema, 256);
  const { db } = await getRuntime();
  return Response.json(((await choosePresence(db, agent.id, away)) ?? NONE) satisfies PresenceResponse);
});
